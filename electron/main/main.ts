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
import { nativeFileDialogs } from './dialogs';
import { chromiumPrinter } from './printer';
import { electronShell } from './desktopShell';
import { hostFacts, startDiagnostics } from './diagnostics';
import { registerIpc } from './ipc';
import { buildMenu } from './menu';
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
    dialog.showErrorBox('启动失败', String(e));
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
    if (!needsKey) dialog.showErrorBox('无法打开上次的工作区', `${remembered}\n${describeFailure(e)}\n\n将打开默认工作区：${fallback}`);
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
  const choice = dialog.showMessageBoxSync({
    type: 'warning',
    title: '无法打开工作区',
    message: `无法打开上次的工作区：${describeFailure(e)}`,
    detail: `有一个通过完整性检查的备份：${new Date(backup.createdAt).toLocaleString('zh-CN')}（${backup.counts?.companies ?? 0} 家企业，${backup.counts?.visits ?? 0} 条走访）。恢复它吗？无法打开的文件会改名保留在原处。`,
    buttons: ['恢复此备份', '打开默认工作区'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (choice !== 0) return false;
  try {
    await core.recoverFromBackup(path);
    return true;
  } catch (err) {
    dialog.showErrorBox('恢复失败', describeFailure(err));
    return false;
  }
}

const describeFailure = (e: unknown) => (e instanceof ApiFailure ? describeError(e.error) : (e as Error).message);

const MESSAGES: Record<string, string> = {
  workspaceUnreadable: '无法读取该文件：它不是工作区，或已损坏。',
  notAWorkspace: '不是本程序的工作区。',
  workspaceNeedsKey: '此工作区已加密，本机没有它的密钥：请在“设置 › 工作区”中输入口令打开。',
  workspaceMissing: '找不到该工作区文件。',
  workspaceTooNew: '该工作区由更新版本的程序创建，请先升级本程序。',
  copyOntoItself: '不能把副本保存到当前打开的工作区文件上。',
  noWorkspace: '没有打开的工作区。',
};
const describeError = (error: ApiError) => MESSAGES[error.key] ?? `${error.code}: ${error.key}`;

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
      dialogs: nativeFileDialogs(() => mainWindow),
      printer: chromiumPrinter,
      shell: electronShell(),
      host: hostFacts(),
      onWorkspaceChanged: (info) => rememberWorkspace(userData, info.path),
    });
  } catch (e) {
    dialog.showErrorBox('无法启动', `${describeFailure(e)}\n\n${userData}`);
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
      dialog.showErrorBox('无法打开工作区', `${describeFailure(e)}\n\n${userData}`);
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
    const options = { type: 'error' as const, title: '操作失败', message: describeError(error) };
    void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
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

  Menu.setApplicationMenu(
    buildMenu(
      {
        newWorkspace: () => void switchWorkspace('workspace.create'),
        openWorkspace: () => void switchWorkspace('workspace.open'),
        openExample: () => void switchWorkspace('workspace.openExample'),
        saveCopy: async () => {
          await startup;
          const result = await core.call('workspace.saveCopy', {});
          if (!result.ok) return failed(result.error);
          if (result.value && mainWindow) {
            await dialog.showMessageBox(mainWindow, { type: 'info', title: '另存副本', message: '副本已保存。', detail: result.value.path });
          }
        },
        about: async () => {
          await startup;
          const { path } = await core.info();
          const options = {
            type: 'info' as const,
            title: '关于',
            message: `${app.getName()} ${app.getVersion()}`,
            detail: [
              '上海市嘉定区人力资源和社会保障局 对口支援与合作交流工作小组',
              `工作区：${path}`,
              `Electron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
            ].join('\n'),
          };
          void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
        },
      },
      { isPackaged: app.isPackaged, isMac: process.platform === 'darwin' },
    ),
  );

  const createWindow = () => {
    const win = new BrowserWindow({
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 700,
      show: false,
      backgroundColor: '#ffffff',
      // No `title`: the window shows the page's document.title, which names the open workspace.
      webPreferences: webPreferences(PRELOAD),
    });
    mainWindow = win;
    win.once('ready-to-show', () => win.show());
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
        const choice = dialog.showMessageBoxSync(win, {
          type: 'warning',
          title: '有未保存的修改',
          message: '当前页面有未保存的修改。',
          detail: `这些修改属于之前的工作区「${previous.name}」。可以放弃它们并切换到新的工作区，或回到之前的工作区继续编辑。`,
          buttons: ['放弃修改并切换', '回到之前的工作区'],
          defaultId: 1,
          cancelId: 1,
          noLink: true,
        });
        if (choice === 0) return event.preventDefault();
        // The page stays; the workspace its edits belong to opens again under it.
        core.open(previous.path).then(
          () => rememberWorkspace(userData, previous.path),
          (e: unknown) => dialog.showErrorBox('无法回到之前的工作区', `${previous.path}\n${describeFailure(e)}`),
        );
        return;
      }
      const choice = dialog.showMessageBoxSync(win, {
        type: 'question',
        title: '有未保存的修改',
        message: '当前页面有未保存的修改，确定要放弃吗？',
        buttons: ['放弃修改', '继续编辑'],
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
