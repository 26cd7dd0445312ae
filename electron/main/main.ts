// The Electron main process: one window showing the renderer from app://bundle, the
// menu, native dialogs, printing and the IPC wiring to the core, which runs in a worker
// thread (dist/electron/core.cjs) so that no query or job ever holds up the window.
// Everything it decides about security comes from electron/shell (tested without Electron).
import { app, BrowserWindow, dialog, Menu, protocol, session as electronSession } from 'electron';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApiError } from '../../shared/result';
import type { WorkspaceInfo } from '../../shared/workspace/schema';
import { ApiFailure } from '../../shared/result';
import { readAppSettings } from '../core/appSettings/appSettings';
import { osKeyStore } from './keystore';
import { type CoreWorker, startCoreWorker } from '../core/worker/client';
import { bundleFileForUrl, contentTypeFor } from '../shell/bundle';
import {
  APP_SCHEME,
  APP_URL,
  CONTENT_SECURITY_POLICY,
  isAllowedNavigation,
  isAllowedPermission,
  PRIVILEGED_SCHEMES,
  webPreferences,
  windowOpenHandler,
} from '../shell/security';
import { defaultWorkspacePath, rememberWorkspace, startupWorkspace } from '../shell/workspaceLocation';
import { describeError as describeErrorIn, type Language, mainTexts } from '../shell/mainText';
import { WINDOW_SIZE } from '../shell/windowState';
import { attachContextMenu } from './contextMenu';
import { nativeFileDialogs } from './dialogs';
import { chromiumPrinter } from './printer';
import { electronShell } from './desktopShell';
import { hostFacts, startDiagnostics } from './diagnostics';
import { registerIpc } from './ipc';
import { buildMenu, type MenuActions } from './menu';
import { rememberPlace, restoredPlace } from './windowPlace';
import { log } from '../core/logs/log';

// main.cjs sits in dist/electron, next to preload.cjs; the renderer is in dist/renderer.
const RENDERER_DIR = join(__dirname, '..', 'renderer');
const PRELOAD = join(__dirname, 'preload.cjs');
const CORE = join(__dirname, 'core.cjs');

// Must happen before `ready`: the log, global error handlers and the crash reporter first.
startDiagnostics();
protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES.map((s) => ({ scheme: s.scheme, privileges: { ...s.privileges } })));

let mainWindow: BrowserWindow | null = null;
/** Set while the window reloads after File › New/Open switched workspaces: the workspace it came from. */
let switchedFrom: WorkspaceInfo | null = null;
/**
 * The in-app language, which menus and dialogs follow: at start as the renderer last left it in
 * app-settings.json (so the first dialogs, before any window, are in it too), then as the renderer
 * switches it (app.setLanguage reaches electronShell's setLanguage).
 */
let language: Language = readAppSettings(app.getPath('userData')).language;
const texts = () => mainTexts(language);
/** Until the menus exist, a switch only changes the language; start() makes it rebuild them too. */
let switchLanguage = (next: Language) => void (language = next);

/** A message box on the window when there is one. */
function showMessage(options: Electron.MessageBoxOptions): void {
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
}

/** Takes the window to a place in the app (the renderer's hash routes), without reloading the page. */
async function showInWindow(hash: `#/${string}`): Promise<void> {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
  await mainWindow.webContents.executeJavaScript(`location.hash = ${JSON.stringify(hash)}`);
}

/** The path a save reported ({ path } or a bare path); null when the user cancelled. */
const savedPath = (value: unknown): string | null =>
  typeof value === 'string' ? value : value && typeof value === 'object' && 'path' in value && typeof value.path === 'string' ? value.path : null;

if (!app.requestSingleInstanceLock()) {
  // Another window already has the workspace open; it comes to the front (see second-instance).
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start, (e: unknown) => {
    dialog.showErrorBox(texts().startFailed, String(e));
    app.exit(1);
  });
}

async function openStartupWorkspace(core: CoreWorker, userData: string): Promise<void> {
  const remembered = startupWorkspace(userData);
  try {
    await core.open(remembered);
  } catch (e) {
    const fallback = defaultWorkspacePath(userData);
    if (remembered === fallback) throw e;
    // A workspace that needs its passphrase here is asked for in the window (info.pendingUnlock).
    const needsKey = e instanceof ApiFailure && e.error.key === 'workspaceNeedsKey';
    if (await offerRecovery(core, remembered, e)) return;
    if (!needsKey) dialog.showErrorBox(texts().cannotOpenLast, `${remembered}\n${describeFailure(e)}\n\n${texts().openingDefault(fallback)}`);
    await core.open(fallback);
  }
}

/**
 * The last workspace cannot be opened at all (damaged beyond a read-only view): rather than a
 * dead end, offer its newest backup that passes its check. True when it was restored and opened.
 */
async function offerRecovery(core: CoreWorker, path: string, e: unknown): Promise<boolean> {
  const backup = await core.newestGoodBackup(path);
  if (!backup) return false;
  const t = texts();
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    title: t.cannotOpenWorkspace,
    message: t.recovery.message(describeFailure(e)),
    detail: t.recovery.detail(new Date(backup.createdAt).toLocaleString(t.locale), backup.counts?.companies ?? 0, backup.counts?.visits ?? 0),
    buttons: [t.recovery.restore, t.recovery.openDefault],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (choice !== 0) return false;
  try {
    await core.recoverFromBackup(path);
    return true;
  } catch (err) {
    dialog.showErrorBox(texts().recovery.failed, describeFailure(err));
    return false;
  }
}

const describeFailure = (e: unknown) => (e instanceof ApiFailure ? describeError(e.error) : (e as Error).message);

const describeError = (error: ApiError) => describeErrorIn(texts(), error);

async function start() {
  const userData = app.getPath('userData');
  mkdirSync(userData, { recursive: true });

  // The core (database, services, jobs) in its worker thread; it asks this process for what
  // only Electron can do: native dialogs, printing, the OS keystore. At start it also removes
  // the temporary files of saves a crash interrupted.
  let core: CoreWorker;
  try {
    core = await startCoreWorker({
      script: CORE,
      dataDir: userData,
      keyStore: osKeyStore(userData),
      dialogs: nativeFileDialogs(() => mainWindow, texts),
      printer: chromiumPrinter,
      shell: electronShell({ setLanguage: (next) => switchLanguage(next) }),
      host: hostFacts(),
      onWorkspaceChanged: (info) => rememberWorkspace(userData, info.path),
    });
  } catch (e) {
    dialog.showErrorBox(texts().cannotStart, `${describeFailure(e)}\n\n${userData}`);
    app.exit(1);
    return;
  }
  // The window comes up before the startup workspace is open: opening can take minutes (the
  // first start of a new version upgrades the file, and a big workspace's upgrade rewrites
  // it), and the window says so meanwhile instead of nothing being on screen. Every call the
  // page makes waits until that open has ended, so it never meets "no workspace" or the
  // workspace a failed open fell back from.
  const startup = (async () => {
    try {
      await openStartupWorkspace(core, userData);
    } catch (e) {
      dialog.showErrorBox(texts().cannotOpenWorkspace, `${describeFailure(e)}\n\n${userData}`);
      app.exit(1);
      return;
    }
    // Fails only when the core has already stopped: the app is quitting during its start.
    await core.info().then(
      (info) => rememberWorkspace(userData, info.path),
      () => undefined,
    );
  })();
  registerIpc(async (channel, input) => {
    await startup;
    return core.invoke(channel, input);
  });

  // The renderer's files, from dist/renderer only.
  protocol.handle(APP_SCHEME, async (request) => {
    const file = request.method === 'GET' ? bundleFileForUrl(RENDERER_DIR, request.url) : null;
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    const headers: Record<string, string> = { 'content-type': contentTypeFor(file) };
    if (file.endsWith('.html')) headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
    return new Response(new Uint8Array(body), { headers });
  });

  const ses = electronSession.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(isAllowedPermission(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => isAllowedPermission(permission));
  // No remote content, whatever a page tries (the CSP says the same from the page's side).
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (_details, callback) =>
    callback({ cancel: true }),
  );

  const failed = (error: ApiError) => {
    showMessage({ type: 'error', title: texts().operationFailed, message: describeError(error) });
  };

  // File › New / Open: the core shows the dialog and switches; the renderer then starts afresh.
  const switchWorkspace = async (channel: 'workspace.create' | 'workspace.open' | 'workspace.openExample') => {
    await startup;
    const before = await core.info();
    const result = await core.call(channel, {});
    // The window asks for the passphrase (workspace.info's pendingUnlock) when it reloads.
    if (!result.ok && result.error.key === 'workspaceNeedsKey') return mainWindow?.webContents.reload();
    if (!result.ok) return failed(result.error);
    if (result.value === null || !mainWindow) return;
    switchedFrom = before;
    mainWindow.webContents.reload();
  };

  const menuActions: MenuActions = {
    newWorkspace: () => void switchWorkspace('workspace.create'),
    openWorkspace: () => void switchWorkspace('workspace.open'),
    openExample: () => void switchWorkspace('workspace.openExample'),
    saveCopy: async () => {
      await startup;
      const result = await core.call('workspace.saveCopy', {});
      if (!result.ok) return failed(result.error);
      const t = texts();
      if (result.value && mainWindow) showMessage({ type: 'info', title: t.copySaved.title, message: t.copySaved.message, detail: result.value.path });
    },
    // The log folder and diagnostics are the core's (electron/core/diagnostics); a failure shows as any other.
    openLogFolder: async () => {
      await startup;
      const result = await core.invoke('diagnostics.openLogFolder', {});
      if (!result.ok) failed(result.error);
    },
    exportDiagnostics: async () => {
      await startup;
      const result = await core.invoke('diagnostics.export', {});
      if (!result.ok) return failed(result.error);
      const saved = savedPath(result.value);
      const t = texts();
      if (saved) showMessage({ type: 'info', title: t.diagnostics.title, message: t.diagnostics.message, detail: saved });
    },
    // Settings › 更新 checks and offers the update; the menu only takes the window there.
    checkUpdates: () => void showInWindow('#/settings/updates'),
    about: async () => {
      await startup;
      const { path } = await core.info();
      // The unit is the open workspace's (Settings › 报告); a workspace still locked has none to read.
      const settings = await core.call('settings.get', {});
      const unit = settings.ok ? settings.value.unitName : null;
      const t = texts();
      showMessage({
        type: 'info',
        title: t.about.title,
        message: `${app.getName()} ${app.getVersion()}`,
        detail: [
          ...(unit ? [unit] : []),
          t.about.workspace(path),
          `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
        ].join('\n'),
      });
    },
  };
  const menuOptions = { isPackaged: app.isPackaged, isMac: process.platform === 'darwin' };
  Menu.setApplicationMenu(buildMenu(menuActions, texts(), menuOptions));
  // The renderer switched its language: the menus are made again in it; dialogs read it as they open.
  switchLanguage = (next) => {
    if (next === language) return;
    language = next;
    Menu.setApplicationMenu(buildMenu(menuActions, texts(), menuOptions));
  };

  const createWindow = () => {
    const place = restoredPlace(userData);
    const win = new BrowserWindow({
      ...place.bounds,
      minWidth: WINDOW_SIZE.minWidth,
      minHeight: WINDOW_SIZE.minHeight,
      show: false,
      backgroundColor: '#ffffff',
      // No `title`: the window shows the page's document.title, which names the open workspace.
      webPreferences: webPreferences(PRELOAD),
    });
    mainWindow = win;
    rememberPlace(win, userData);
    attachContextMenu(win.webContents, texts);
    // Maximised only once it is ready: maximize() on a hidden window shows it at once, blank.
    win.once('ready-to-show', () => {
      if (place.maximized) win.maximize();
      win.show();
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    win.webContents.on('did-finish-load', () => {
      switchedFrom = null;
    });

    // The renderer asks (beforeunload) while a form has unsaved edits; the user decides here.
    win.webContents.on('will-prevent-unload', (event) => {
      const previous = switchedFrom;
      switchedFrom = null;
      if (previous) {
        // The workspace has already been switched under the form: leave it, or go back to where the edits belong.
        const t = texts().unsaved;
        const choice = dialog.showMessageBoxSync(win, {
          type: 'warning',
          title: t.title,
          message: t.switchedMessage,
          detail: t.switchedDetail(previous.name),
          buttons: [t.discardAndSwitch, t.goBack],
          defaultId: 1,
          cancelId: 1,
          noLink: true,
        });
        if (choice === 0) return event.preventDefault();
        // The page stays; the workspace its edits belong to opens again under it.
        core.open(previous.path).then(
          () => rememberWorkspace(userData, previous.path),
          (e: unknown) => dialog.showErrorBox(texts().unsaved.cannotGoBack, `${previous.path}\n${describeFailure(e)}`),
        );
        return;
      }
      const t = texts().unsaved;
      const choice = dialog.showMessageBoxSync(win, {
        type: 'question',
        title: t.title,
        message: t.closeMessage,
        buttons: [t.discard, t.keepEditing],
        defaultId: 1,
        cancelId: 1,
        noLink: true,
      });
      // preventDefault() here means: ignore the page's beforeunload and leave.
      if (choice === 0) event.preventDefault();
    });

    void win.loadURL(APP_URL);
  };

  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // The workspace is closed cleanly (checkpointed, its lock released) before the process ends.
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void core
      .close()
      .catch((e: unknown) => log.error('core.closeFailed', { error: e }))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}

// Every web contents (the window, devtools, anything a page tries to open) gets the same guards.
app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(windowOpenHandler);
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
});
