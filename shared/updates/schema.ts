// Updates from the bureau's intranet (Settings › 软件更新, 帮助 › 检查更新, the notice at start):
// the contract between the renderer and the core. The core reads the feed and decides what to
// show (electron/core/updates/); electron-updater in the main process downloads and installs.
import { z } from 'zod';
import { withTextRule } from '../validation';

/**
 * The address of the folder on the bureau's web server that holds latest.yml and the installers
 * (electron-updater's generic provider). http or https only, and no user name or password in it:
 * the address is shown on screen and kept in a plain settings file.
 */
// (An empty address is only "required": the other rules pass it.)
export const updateFeedUrl = withTextRule(z.string().trim().min(1).max(1000), {})
  .refine((u) => u === '' || parsedUrl(u) !== null, { message: 'updateFeedInvalid' })
  .refine((u) => ['http:', 'https:'].includes(parsedUrl(u)?.protocol ?? 'http:'), { message: 'updateFeedScheme' })
  .refine((u) => !parsedUrl(u)?.username && !parsedUrl(u)?.password, { message: 'updateFeedCredentials' });

function parsedUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** null: no address, so no checks at all. */
export const updateSetFeedInput = z.object({ url: updateFeedUrl.nullable() }).strict();

/** A version as the feed names it (the core compares it with the one it offered). */
const version = withTextRule(z.string().trim().min(1).max(64), {});

/** 跳过此版本 (the version offered), or null: offer it again. */
export const updateSkipInput = z.object({ version: version.nullable() }).strict();
/** Downloads the version the last check offered (electron-updater checks it is still the newest). */
export const updateDownloadInput = z.object({ version }).strict();

/** A version on the feed, as the user is told about it. */
export const updateRelease = z.object({
  version: z.string(),
  /** The release notes as plain text (never rendered as HTML), or null. */
  notes: z.string().nullable(),
  /** When it was released (ISO 8601), or null. */
  date: z.string().nullable(),
  /** The installer's size in bytes, or null when the feed does not say. */
  size: z.number().int().nonnegative().nullable(),
});
export type UpdateRelease = z.infer<typeof updateRelease>;

export const UNREACHABLE_REASONS = ['timeout', 'connection', 'certificate', 'notFound', 'httpStatus'] as const;
export const DAMAGED_REASONS = ['notYaml', 'noVersion', 'badVersion', 'noFiles', 'tooLarge'] as const;

/** What a check found, in the words the UI shows. */
export const updateCheck = z.discriminatedUnion('kind', [
  /** No address set: nothing is asked of any server. */
  z.object({ kind: z.literal('notConfigured') }),
  /** The feed's version is this one (or older). */
  z.object({ kind: z.literal('upToDate'), latest: z.string() }),
  z.object({ kind: z.literal('available'), release: updateRelease }),
  /** Newer, but the user chose to skip exactly this version. */
  z.object({ kind: z.literal('skipped'), release: updateRelease }),
  /** The server did not answer with the feed file; `status` is the HTTP status when there was one. */
  z.object({ kind: z.literal('unreachable'), reason: z.enum(UNREACHABLE_REASONS), file: z.string(), status: z.number().int().nullable() }),
  /** The server answered with something that is not a feed electron-updater could install from. */
  z.object({ kind: z.literal('damaged'), reason: z.enum(DAMAGED_REASONS), file: z.string() }),
]);
export type UpdateCheck = z.infer<typeof updateCheck>;

export const DOWNLOAD_FAILURES = ['notPackaged', 'notAvailable', 'versionChanged', 'checksum', 'failed'] as const;
export type DownloadFailure = (typeof DOWNLOAD_FAILURES)[number];

/** The message key (errors.*) of each way a download can fail: the job's error and the status say the same. */
export const DOWNLOAD_FAILURE_KEYS = {
  notPackaged: 'updateNotPackaged',
  notAvailable: 'updateNoLongerAvailable',
  versionChanged: 'updateVersionChanged',
  checksum: 'updateChecksum',
  failed: 'updateDownloadFailed',
} as const satisfies Record<DownloadFailure, string>;

/** Where the download of an offered version stands (electron-updater's, in the main process). */
export const updateDownload = z.discriminatedUnion('state', [
  z.object({ state: z.literal('idle') }),
  /** Progress through jobs.status(jobId). */
  z.object({ state: z.literal('downloading'), version: z.string(), jobId: z.string() }),
  /** Verified (sha512) and waiting for 重启并安装. */
  z.object({ state: z.literal('downloaded'), version: z.string() }),
  z.object({ state: z.literal('failed'), version: z.string(), reason: z.enum(DOWNLOAD_FAILURES) }),
]);
export type UpdateDownload = z.infer<typeof updateDownload>;

export const updateStatus = z.object({
  /** This program's version. */
  currentVersion: z.string(),
  feedUrl: z.string().nullable(),
  /** Why the stored address is not used (an error key), when IT staff wrote one by hand that is not valid. */
  feedUrlIssue: z.string().nullable(),
  skippedVersion: z.string().nullable(),
  /** The last check's time (ISO 8601) and finding, since the program started; null before the first. */
  checkedAt: z.string().nullable(),
  check: updateCheck.nullable(),
  download: updateDownload,
  /** Whether this window can download and install (the desktop app; not the Chromium harness). */
  canInstall: z.boolean(),
});
export type UpdateStatus = z.infer<typeof updateStatus>;
