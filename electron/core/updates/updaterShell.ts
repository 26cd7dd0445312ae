// The part of the DesktopShell seam (context.ts) that downloads and installs: electron-updater's,
// in the main process (electron/main/updater.ts); the e2e harness answers with a stand-in that
// reports the progress a test sets (tests/e2e/fixtures.ts StubShell). JSON-safe values only.
import type { DownloadFailure } from '../../../shared/updates/schema';

/** How a download ended: downloaded and verified (sha512), or why not. */
export type UpdateDownloadOutcome = { ok: true } | { ok: false; reason: DownloadFailure | 'cancelled' };

/** Bytes of the running download. */
export interface UpdateProgress {
  transferred: number;
  total: number;
}

export interface UpdaterShell {
  /**
   * Checks the generic feed at `feedUrl` again and downloads `version` if it is still the one
   * offered; resolves when the file is downloaded and its sha512 verified, or with the reason.
   */
  updateDownload(feedUrl: string, version: string): Promise<UpdateDownloadOutcome>;
  /** The running download's progress; null when none runs. */
  updateProgress(): Promise<UpdateProgress | null>;
  /** Stops the running download (updateDownload then resolves with 'cancelled'). */
  updateCancel(): Promise<void>;
  /** Quits and runs the downloaded installer; false when nothing is downloaded. */
  updateInstall(): Promise<boolean>;
}
