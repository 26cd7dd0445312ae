// The main process's side of updates without the Electron binary: electron-updater replaced by a
// recording stand-in, so what electron/main/updater.ts asks of it is checked — the generic
// provider at the user's address, no download or install on its own, the version the user was
// offered or nothing, progress from its events, a checksum failure told apart, cancel, and
// quitAndInstall only after a verified download.
import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ app: { isPackaged: true } }));

const updater = vi.hoisted(() => {
  class FakeToken {
    cancelled = false;
    cancel() {
      this.cancelled = true;
      fake.rejectDownload?.(Object.assign(new Error('cancelled'), { name: 'CancellationError' }));
    }
  }
  const fake = {
    emitter: null as unknown as EventEmitter,
    feedVersion: '0.2.0',
    rejectDownload: null as null | ((e: Error) => void),
    resolveDownload: null as null | (() => void),
    calls: [] as unknown[][],
    autoUpdater: null as unknown as object,
    FakeToken,
  };
  return fake;
});

vi.mock('electron', () => electron);
vi.mock('electron-updater', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const emitter = new Emitter();
  updater.emitter = emitter;
  updater.autoUpdater = Object.assign(emitter, {
    autoDownload: true,
    autoInstallOnAppQuit: true,
    allowDowngrade: true,
    setFeedURL: (o: unknown) => updater.calls.push(['setFeedURL', o]),
    checkForUpdates: async () => {
      updater.calls.push(['checkForUpdates']);
      return { isUpdateAvailable: updater.feedVersion !== '0.1.0', updateInfo: { version: updater.feedVersion } };
    },
    downloadUpdate: (token: unknown) => {
      updater.calls.push(['downloadUpdate', token instanceof updater.FakeToken]);
      return new Promise<string[]>((resolve, reject) => {
        updater.resolveDownload = () => resolve(['/tmp/setup.exe']);
        updater.rejectDownload = reject;
      });
    },
    quitAndInstall: (silent: boolean, runAfter: boolean) => updater.calls.push(['quitAndInstall', silent, runAfter]),
  });
  return { autoUpdater: updater.autoUpdater, CancellationToken: updater.FakeToken };
});

const { electronUpdater } = await import('./updater');
const FEED = 'http://10.1.2.3/liaison/';

/** Waits until the download has been asked of electron-updater. */
const downloading = async () => {
  while (!updater.resolveDownload) await new Promise((r) => setTimeout(r, 1));
};

beforeEach(() => {
  updater.calls = [];
  updater.feedVersion = '0.2.0';
  updater.resolveDownload = null;
  updater.rejectDownload = null;
  electron.app.isPackaged = true;
});

describe('electron-updater behind the DesktopShell seam', () => {
  it('reads the generic feed at the address given, downloads nothing and installs nothing on its own', async () => {
    const shell = electronUpdater();
    const done = shell.updateDownload(FEED, '0.2.0');
    await downloading();
    expect(updater.calls.slice(0, 2)).toEqual([['setFeedURL', { provider: 'generic', url: FEED }], ['checkForUpdates']]);
    expect(updater.autoUpdater).toMatchObject({ autoDownload: false, autoInstallOnAppQuit: false, allowDowngrade: false });
    updater.emitter.emit('download-progress', { transferred: 40, total: 100, percent: 40 });
    expect(await shell.updateProgress()).toEqual({ transferred: 40, total: 100 });
    updater.resolveDownload!();
    expect(await done).toEqual({ ok: true });
    expect(await shell.updateProgress()).toBeNull();
    expect(updater.calls.some((c) => c[0] === 'quitAndInstall')).toBe(false);
  });

  it('installs only after a download, when asked: quitAndInstall with the installer shown and the app started again', async () => {
    const shell = electronUpdater();
    expect(await shell.updateInstall()).toBe(false);
    const done = shell.updateDownload(FEED, '0.2.0');
    await downloading();
    updater.resolveDownload!();
    await done;
    expect(await shell.updateInstall()).toBe(true);
    await new Promise((r) => setImmediate(r));
    expect(updater.calls.at(-1)).toEqual(['quitAndInstall', false, true]);
  });

  it('downloads only the version the user was offered', async () => {
    updater.feedVersion = '0.3.0';
    expect(await electronUpdater().updateDownload(FEED, '0.2.0')).toEqual({ ok: false, reason: 'versionChanged' });
    updater.feedVersion = '0.1.0';
    expect(await electronUpdater().updateDownload(FEED, '0.2.0')).toEqual({ ok: false, reason: 'notAvailable' });
    expect(updater.calls.some((c) => c[0] === 'downloadUpdate')).toBe(false);
  });

  it('tells a checksum failure from other failures, and a cancel from both', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const shell = electronUpdater();
    let done = shell.updateDownload(FEED, '0.2.0');
    await downloading();
    updater.rejectDownload!(Object.assign(new Error('sha512 checksum mismatch'), { code: 'ERR_CHECKSUM_MISMATCH' }));
    expect(await done).toEqual({ ok: false, reason: 'checksum' });
    updater.resolveDownload = null;
    done = shell.updateDownload(FEED, '0.2.0');
    await downloading();
    updater.rejectDownload!(new Error('socket hang up'));
    expect(await done).toEqual({ ok: false, reason: 'failed' });
    updater.resolveDownload = null;
    done = shell.updateDownload(FEED, '0.2.0');
    await downloading();
    await shell.updateCancel();
    expect(await done).toEqual({ ok: false, reason: 'cancelled' });
    expect(await shell.updateInstall()).toBe(false);
  });

  it('an unpacked app (npm start) does not update itself', async () => {
    electron.app.isPackaged = false;
    expect(await electronUpdater().updateDownload(FEED, '0.2.0')).toEqual({ ok: false, reason: 'notPackaged' });
    expect(updater.calls).toEqual([]);
  });
});
