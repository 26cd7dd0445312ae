// The DesktopShell's download and install, with electron-updater and the generic provider: the
// address is this installation's setting (Settings › 软件更新), passed by the core with each
// download, never the placeholder in electron-builder.yml. The core decides what to offer
// (electron/core/updates/); here the feed is read again, the offered version downloaded and its
// sha512 verified by electron-updater, and the installer run only when the user says so.
import { app } from 'electron';
import { autoUpdater, CancellationToken } from 'electron-updater';
import { log } from '../core/logs/log';
import type { UpdateDownloadOutcome, UpdateProgress, UpdaterShell } from '../core/updates/updaterShell';

export function electronUpdater(): UpdaterShell {
  let progress: UpdateProgress | null = null;
  let running: CancellationToken | null = null;
  let downloaded: string | null = null;
  let listening = false;

  /** Set on each download: autoUpdater is one object, and these are our rules, not its defaults. */
  const configure = (feedUrl: string) => {
    autoUpdater.autoDownload = false;
    // Never install behind the user's back when the app quits: a colleague shutting down at the
    // end of the day should not meet an installer (or, on Windows, an elevation prompt). The
    // downloaded file stays verified in electron-updater's cache and is offered again.
    autoUpdater.autoInstallOnAppQuit = false;
    autoUpdater.allowDowngrade = false;
    autoUpdater.setFeedURL({ provider: 'generic', url: feedUrl });
    if (!listening) {
      listening = true;
      autoUpdater.on('download-progress', (p) => (progress = { transferred: p.transferred, total: p.total }));
    }
  };

  return {
    async updateDownload(feedUrl, version): Promise<UpdateDownloadOutcome> {
      // Unpacked (npm start) there is no installer to replace and no app-update.yml.
      if (!app.isPackaged) return { ok: false, reason: 'notPackaged' };
      if (running) return { ok: false, reason: 'failed' };
      configure(feedUrl);
      const token = new CancellationToken();
      running = token;
      progress = { transferred: 0, total: 0 };
      try {
        const found = await autoUpdater.checkForUpdates();
        if (!found?.isUpdateAvailable) return { ok: false, reason: 'notAvailable' };
        // The feed changed since the user read it: they download what they were told about, or nothing.
        if (found.updateInfo.version !== version) return { ok: false, reason: 'versionChanged' };
        await autoUpdater.downloadUpdate(token);
        downloaded = version;
        return { ok: true };
      } catch (e) {
        if (token.cancelled) return { ok: false, reason: 'cancelled' };
        // In the app's log like every other failure (the text redacted there), not on a console nobody sees.
        log.warn('update.downloadFailed', { version, error: e });
        return { ok: false, reason: (e as { code?: unknown }).code === 'ERR_CHECKSUM_MISMATCH' ? 'checksum' : 'failed' };
      } finally {
        running = null;
        progress = null;
      }
    },
    updateProgress: async () => progress,
    updateCancel: async () => running?.cancel(),
    async updateInstall() {
      if (!downloaded) return false;
      // After this call returns to the core: the window closes and the workspace is closed
      // cleanly (will-quit) before the installer replaces the program.
      setImmediate(() => autoUpdater.quitAndInstall(false, true));
      return true;
    },
  };
}
