// Settings › 软件更新 and the check at start: the address (this installation's own setting,
// app-settings.json), checks of the feed, skipping a version, and the download and install
// that electron-updater does in the main process, asked through the DesktopShell seam.
import { DOWNLOAD_FAILURE_KEYS, type UpdateCheck, type UpdateStatus, updateFeedUrl } from '../../../shared/updates/schema';
import type { JobStatus } from '../../../shared/jobs/schema';
import { fail, toFieldIssues } from '../../../shared/result';
import { readAppSettings, updateAppSettings, type AppSettings } from '../appSettings/appSettings';
import type { CoreContext } from '../context';
import { done } from '../handlerMap';
import { JobCancelled, jobsOf } from '../jobs/jobs';
import { APP_VERSION } from './appVersion';
import { decide, isSkipped } from './decide';
import { parseFeed } from './feed';
import { feedFileName, feedFileUrl } from './feedFile';
import { fetchFeed } from './fetchFeed';
import { updatesOf } from './state';
import type { UpdateDownloadOutcome } from './updaterShell';

/** The stored address if it is one we would accept (IT staff may have written the file by hand). */
function configuredFeed(settings: AppSettings): { url: string | null; issue: string | null } {
  if (settings.updateFeedUrl === null) return { url: null, issue: null };
  const parsed = updateFeedUrl.safeParse(settings.updateFeedUrl);
  return parsed.success ? { url: parsed.data, issue: null } : { url: null, issue: toFieldIssues(parsed.error.issues)[0]?.key ?? 'invalidValue' };
}

export function updateStatus(ctx: CoreContext): UpdateStatus {
  const settings = readAppSettings(ctx.dataDir);
  const feed = configuredFeed(settings);
  const state = updatesOf(ctx);
  settleDownload(ctx);
  const current = feed.url !== null && state.check?.feedUrl === feed.url ? state.check : null;
  return {
    currentVersion: APP_VERSION,
    feedUrl: settings.updateFeedUrl,
    feedUrlIssue: feed.issue,
    skippedVersion: settings.skippedVersion,
    checkedAt: current ? state.checkedAt : null,
    check: feed.url === null ? { kind: 'notConfigured' } : (current?.finding ?? null),
    download: state.download,
    canInstall: ctx.shell !== undefined,
  };
}

/**
 * A download job that ended without saying how (cancelled before it began, or stopped by a
 * failure of its own): the offer again, or the failure.
 */
function settleDownload(ctx: CoreContext): void {
  const state = updatesOf(ctx);
  if (state.download.state !== 'downloading') return;
  let job: JobStatus | null = null;
  try {
    job = jobsOf(ctx).status(state.download.jobId);
  } catch {
    // Gone from the job list: it ended long ago.
  }
  if (job?.state === 'running') return;
  state.download = job?.state === 'failed' ? { state: 'failed', version: state.download.version, reason: 'failed' } : { state: 'idle' };
}

/** Saves the address (null: none, so no checks); the last finding was for the old one. */
export function setFeed(ctx: CoreContext, url: string | null): UpdateStatus {
  saveSettings(ctx, { updateFeedUrl: url });
  updatesOf(ctx).check = null;
  return updateStatus(ctx);
}

/** Reads the feed now and decides what to show; a check already on its way is shared. */
export async function checkNow(ctx: CoreContext): Promise<UpdateStatus> {
  const state = updatesOf(ctx);
  if (!state.checking) {
    state.checking = runCheck(ctx).finally(() => (state.checking = null));
  }
  await state.checking;
  return updateStatus(ctx);
}

async function runCheck(ctx: CoreContext): Promise<void> {
  const state = updatesOf(ctx);
  const settings = readAppSettings(ctx.dataDir);
  const feedUrl = configuredFeed(settings).url;
  if (feedUrl === null) return;
  const file = feedFileName(process.platform, process.arch);
  const fetched = await fetchFeed(feedFileUrl(feedUrl, file), state.timeoutMs);
  const read = fetched.fetchFailed ? fetched : parseFeed(fetched.text);
  // The skipped version as it is now: the user may have skipped meanwhile.
  const finding = decide(APP_VERSION, { file, read }, readAppSettings(ctx.dataDir).skippedVersion);
  state.check = { feedUrl, finding };
  state.checkedAt = new Date().toISOString();
}

/** 跳过此版本 (only the version offered), or null: offer it again. */
export function skip(ctx: CoreContext, version: string | null): UpdateStatus {
  const state = updatesOf(ctx);
  if (version !== null && offeredRelease(ctx)?.version !== version) return fail('CONFLICT', 'updateNotOffered');
  saveSettings(ctx, { skippedVersion: version });
  const finding = state.check?.finding;
  if (state.check && finding && (finding.kind === 'available' || finding.kind === 'skipped')) {
    const kind = isSkipped(finding.release.version, version) ? 'skipped' : 'available';
    state.check = { ...state.check, finding: { kind, release: finding.release } };
  }
  return updateStatus(ctx);
}

/** The release the last check of the current address offered (skipped or not). */
function offeredRelease(ctx: CoreContext) {
  const check: UpdateCheck | null = updateStatus(ctx).check;
  return check?.kind === 'available' || check?.kind === 'skipped' ? check.release : null;
}

/**
 * Downloads the offered version as a job (jobs.status shows its bytes): electron-updater checks
 * the feed again, downloads, and verifies the file's sha512 before it counts as downloaded.
 */
export function startDownload(ctx: CoreContext, version: string): { jobId: string } {
  const shell = ctx.shell ?? fail('WORKSPACE', 'updateNeedsDesktop');
  const feedUrl = configuredFeed(readAppSettings(ctx.dataDir)).url ?? fail('CONFLICT', 'updateNotConfigured');
  if (offeredRelease(ctx)?.version !== version) return fail('CONFLICT', 'updateNotOffered');
  const state = updatesOf(ctx);
  if (state.download.state === 'downloading') return { jobId: state.download.jobId };

  const jobId = jobsOf(ctx).start('updateDownload', async (job) => {
    const ended: { outcome: UpdateDownloadOutcome | null } = { outcome: null };
    const download = shell.updateDownload(feedUrl, version).then(
      (outcome) => (ended.outcome = outcome),
      () => (ended.outcome = { ok: false, reason: 'failed' }),
    );
    while (ended.outcome === null) {
      await Promise.race([download, new Promise((resolve) => setTimeout(resolve, state.progressEveryMs))]);
      if (job.signal.aborted) {
        await shell.updateCancel();
        await download;
        break;
      }
      // Progress is for the eye only: a question the shell did not answer is not a failed download.
      const progress = ended.outcome === null ? await shell.updateProgress().catch(() => null) : null;
      if (progress) job.progress(progress.transferred, progress.total);
    }
    // Cancelled, unless the download was already through when the cancel came.
    const outcome = ended.outcome ?? { ok: false, reason: 'cancelled' };
    if (!outcome.ok) {
      if (outcome.reason === 'cancelled') {
        state.download = { state: 'idle' };
        throw new JobCancelled();
      }
      state.download = { state: 'failed', version, reason: outcome.reason };
      return fail(outcome.reason === 'versionChanged' || outcome.reason === 'notAvailable' ? 'CONFLICT' : 'WORKSPACE', DOWNLOAD_FAILURE_KEYS[outcome.reason]);
    }
    state.download = { state: 'downloaded', version };
    return { version };
  });
  state.download = { state: 'downloading', version, jobId };
  return { jobId };
}

/** 重启并安装: the main process quits (the workspace closes cleanly first) and runs the installer. */
export async function install(ctx: CoreContext): Promise<typeof done> {
  const shell = ctx.shell ?? fail('WORKSPACE', 'updateNeedsDesktop');
  if (updatesOf(ctx).download.state !== 'downloaded' || !(await shell.updateInstall())) return fail('CONFLICT', 'updateNotDownloaded');
  return done;
}

/** app-settings.json written whole or not at all; a folder that cannot be written says so. */
function saveSettings(ctx: CoreContext, change: Partial<AppSettings>): void {
  try {
    updateAppSettings(ctx.dataDir, change);
  } catch {
    fail('WORKSPACE', 'appSettingsNotSaved');
  }
}
