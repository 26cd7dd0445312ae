// The Electron binary cannot be downloaded here, so the main process is run against
// a recording stand-in for the `electron` module: the real bundle (built by esbuild
// the way scripts/build.mjs builds it), the real core, a real workspace file. It checks
// the wiring that unit tests of electron/shell cannot: what main.ts actually registers.
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/channels';
import { CONTENT_SECURITY_POLICY } from '../shell/security';
import { buildCore, CORE_ENTRY, nodeBundle } from '../../scripts/bundles.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
let bundle: string;
let root: string;

/** Electron calls these with arguments of every shape; the tests call them with what Electron would pass. */
type Listener = (...args: unknown[]) => unknown;
/** The parts of a menu item the tests read or click. */
type MenuItem = { label?: string; type?: string; role?: string; enabled?: boolean; click(): void; submenu: MenuItem[] };
class Emitter {
  listeners = new Map<string, Listener[]>();
  on(event: string, fn: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), fn]);
    return this;
  }
  once(event: string, fn: Listener) {
    return this.on(event, fn);
  }
  emit(event: string, ...args: unknown[]) {
    for (const fn of this.listeners.get(event) ?? []) fn(...args);
  }
}

/** A recording stand-in for the parts of Electron that main.ts uses. */
/** Work areas of the displays the fake screen reports: a 1920×1080 primary (task bar below) and, unless removed, one to its left. */
const PRIMARY = { x: 0, y: 0, width: 1920, height: 1040 };
const LEFT = { x: -1680, y: 0, width: 1680, height: 1010 };

function fakeElectron(userData: string, options: { osKeystore?: boolean; displays?: (typeof PRIMARY)[] } = {}) {
  const calls = {
    privileged: [] as unknown[],
    protocolHandlers: new Map<string, (req: Request) => Promise<Response>>(),
    ipc: new Map<string, Listener>(),
    windows: [] as FakeWindow[],
    menu: null as null | { template: MenuItem[] },
    /** Every right-click menu shown, as its template. */
    popups: [] as MenuItem[][],
    messageBoxes: [] as Electron.MessageBoxOptions[],
    errorBoxes: [] as string[],
    permissionRequest: null as null | Listener,
    blockedUrls: [] as string[],
    exitCode: null as number | null,
    quits: 0,
    /** crashReporter.start's options, and whether it came before `ready`. */
    crashReporter: null as null | { options: Electron.CrashReporterStartOptions; beforeReady: boolean },
  };
  const answers = { messageBoxSync: 1, open: null as string | null, save: null as string | null };
  const app = new (class extends Emitter {
    isPackaged = false;
    ready!: () => void;
    private readyPromise = new Promise<void>((r) => (this.ready = r));
    requestSingleInstanceLock = () => true;
    isReadyNow = false;
    whenReady = () => this.readyPromise.then(() => void (this.isReadyNow = true));
    getPath = (name: string) => (name === 'userData' ? userData : join(userData, name));
    getName = () => '对口支援工作台';
    getVersion = () => '0.1.0';
    quit = () => void calls.quits++;
    exit = (code: number) => void (calls.exitCode = code);
  })();
  class FakeWebContents extends Emitter {
    reloads = 0;
    scripts: string[] = [];
    reload() {
      this.reloads++;
    }
    executeJavaScript(code: string) {
      this.scripts.push(code);
      return Promise.resolve();
    }
  }
  class FakeWindow extends Emitter {
    static getAllWindows = () => calls.windows;
    webContents = new FakeWebContents();
    loaded: string | null = null;
    constructor(public options: Electron.BrowserWindowConstructorOptions) {
      super();
      calls.windows.push(this);
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
    show() {}
    focus() {}
    restore() {}
    maximized = false;
    bounds = { x: 0, y: 0, width: 0, height: 0 };
    maximize() {
      this.maximized = true;
    }
    isMaximized = () => this.maximized;
    isMinimized = () => false;
    isFullScreen = () => false;
    isDestroyed = () => false;
    getNormalBounds = () => this.bounds;
  }
  const electron = {
    app,
    // By default no OS keystore: the shell falls back to its file-backed one. With one, it
    // "wraps" by tagging and reversing, enough to see which store a blob went through.
    safeStorage: {
      isEncryptionAvailable: () => options.osKeystore === true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (text: string) => Buffer.concat([Buffer.from('OSKEY:'), Buffer.from(text).reverse()]),
      decryptString: (blob: Buffer) => Buffer.from(blob.subarray(6)).reverse().toString(),
    },
    BrowserWindow: FakeWindow,
    crashReporter: { start: (options: Electron.CrashReporterStartOptions) => (calls.crashReporter = { options, beforeReady: !app.isReadyNow }) },
    protocol: {
      registerSchemesAsPrivileged: (list: unknown[]) => calls.privileged.push(...list),
      handle: (scheme: string, handler: (req: Request) => Promise<Response>) => calls.protocolHandlers.set(scheme, handler),
    },
    ipcMain: { handle: (channel: string, fn: Listener) => calls.ipc.set(channel, fn) },
    Menu: {
      buildFromTemplate: (template: MenuItem[]) => ({ template, popup: () => calls.popups.push(template) }),
      setApplicationMenu: (m: { template: MenuItem[] }) => (calls.menu = m),
    },
    screen: {
      getAllDisplays: () => (options.displays ?? [PRIMARY, LEFT]).map((workArea) => ({ workArea })),
      getPrimaryDisplay: () => ({ workArea: PRIMARY }),
    },
    dialog: {
      showErrorBox: (title: string, body: string) => calls.errorBoxes.push(`${title}: ${body}`),
      // (window?, options): the options come last.
      showMessageBox: async (...args: unknown[]) => (calls.messageBoxes.push(args.at(-1) as Electron.MessageBoxOptions), { response: 0 }),
      showMessageBoxSync: (...args: unknown[]) => (calls.messageBoxes.push(args.at(-1) as Electron.MessageBoxOptions), answers.messageBoxSync),
      showOpenDialog: async () => ({ canceled: !answers.open, filePaths: answers.open ? [answers.open] : [] }),
      showSaveDialog: async () => ({ canceled: !answers.save, filePath: answers.save ?? '' }),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Listener) => (calls.permissionRequest = fn),
        setPermissionCheckHandler: () => {},
        webRequest: {
          onBeforeRequest: (filter: { urls: string[] }, fn: Listener) => {
            calls.blockedUrls.push(...filter.urls);
            fn({}, (r: { cancel: boolean }) => expect(r.cancel).toBe(true));
          },
        },
      },
    },
  };
  return { electron, app, calls, answers };
}
type Fake = ReturnType<typeof fakeElectron>;

async function until(done: () => boolean, ms = 5000) {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Loads a fresh copy of the main bundle with the fake electron, and lets the app become ready. */
async function startMain(userData: string, options: Parameters<typeof fakeElectron>[1] = {}): Promise<Fake> {
  const fake = fakeElectron(userData, options);
  (globalThis as { __fakeElectron?: unknown }).__fakeElectron = fake.electron;
  const req = createRequire(bundle);
  delete req.cache[bundle];
  delete req.cache[req.resolve('electron')];
  req(bundle);
  fake.app.ready();
  // start() makes the window, then opens (and on first run creates and migrates) the workspace;
  // the page's calls wait for that open, so one answered means the app has started.
  await until(() => fake.calls.windows.length > 0 || fake.calls.exitCode !== null);
  if (fake.calls.exitCode === null) await call(fake, 'workspace.info');
  return fake;
}

const trustedEvent = { senderFrame: { url: 'app://bundle/index.html', parent: null } };
const call = (fake: Fake, channel: string, input: unknown = {}, event: unknown = trustedEvent) => fake.calls.ipc.get(channel)!(event, input);
const menuItem = (fake: Fake, top: string, label: string) =>
  fake.calls.menu!.template.find((m) => m.label === top)!.submenu.find((i) => i.label === label)!;
/** Quits as Electron does: 'will-quit', which main.ts holds off until the core has closed the workspace. */
async function quit(fake: Fake) {
  let held = false;
  fake.app.emit('will-quit', { preventDefault: () => (held = true) });
  if (held) await until(() => fake.calls.quits > 0);
}

beforeAll(async () => {
  // Each test loads a fresh copy of the main bundle, and each copy's libraries add their own
  // process 'exit' listener: more than Node's default of ten warns of a leak that is not one.
  process.setMaxListeners(40);
  root = mkdtempSync(join(tmpdir(), 'liaison-main-'));
  // Laid out like dist/: electron/main.cjs next to preload.cjs, the renderer beside it.
  mkdirSync(join(root, 'electron'));
  mkdirSync(join(root, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(root, 'renderer', 'assets', 'index-1.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'outside the bundle');
  // `electron` resolves to the stand-in, better-sqlite3 to the real driver.
  mkdirSync(join(root, 'node_modules', 'electron'), { recursive: true });
  writeFileSync(join(root, 'node_modules', 'electron', 'index.js'), 'module.exports = globalThis.__fakeElectron;');
  symlinkSync(join(repo, 'node_modules', 'better-sqlite3-multiple-ciphers'), join(root, 'node_modules', 'better-sqlite3-multiple-ciphers'), 'junction');
  bundle = join(root, 'electron', 'main.cjs');
  // main.cjs and the core's worker script beside it, built as scripts/build.mjs builds them.
  await Promise.all([
    build({ ...nodeBundle, entryPoints: [join(repo, 'electron/main/main.ts')], outfile: bundle, logLevel: 'silent' }),
    buildCore(CORE_ENTRY, join(root, 'electron', 'core.cjs')),
  ]);
}, 30_000);

let userData: string;
let fake: Fake;
beforeEach(async () => {
  userData = mkdtempSync(join(tmpdir(), 'liaison-userdata-'));
  fake = await startMain(userData);
});
afterEach(async () => {
  await quit(fake);
  rmSync(userData, { recursive: true, force: true });
});

describe('the main process', () => {
  it('registers app:// as a standard, secure scheme before the app is ready', () => {
    expect(fake.calls.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
  });

  it('keeps crash dumps on this computer, writes its log into userData/logs and tells the core its versions', async () => {
    expect(fake.calls.crashReporter).toEqual({ options: expect.objectContaining({ uploadToServer: false }), beforeReady: true });
    const files = readdirSync(join(userData, 'logs'));
    expect(files).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2}\.log$/)]);
    expect(readFileSync(join(userData, 'logs', files[0]!), 'utf8')).toMatch(/^\S+Z INFO main app\.started \{"version":"0\.1\.0"\}$/m);
    expect(await call(fake, 'diagnostics.versions')).toMatchObject({ ok: true, value: { app: '0.1.0', node: process.versions.node } });
  });

  it('opens 工作区.sqlite in the user-data folder and remembers it', async () => {
    const info = await call(fake, 'workspace.info');
    expect(info).toEqual({ ok: true, value: expect.objectContaining({ path: join(userData, '工作区.sqlite') }) });
    expect(JSON.parse(readFileSync(join(userData, 'last-workspace.json'), 'utf8'))).toEqual({ path: join(userData, '工作区.sqlite') });
  });

  it('keeps each workspace key wrapped by the OS keystore (safeStorage), never in clear', async () => {
    await quit(fake);
    rmSync(userData, { recursive: true, force: true });
    userData = mkdtempSync(join(tmpdir(), 'liaison-userdata-'));
    fake = await startMain(userData, { osKeystore: true });
    const info = await call(fake, 'workspace.info');
    expect(info).toMatchObject({ ok: true, value: { encrypted: true, keystoreProtects: true } });
    const ring = JSON.parse(readFileSync(join(userData, 'keyring.json'), 'utf8')) as { entries: Record<string, string[]> };
    const blobs = Object.values(ring.entries).flat();
    expect(blobs.length).toBeGreaterThan(0);
    for (const blob of blobs) {
      const bytes = Buffer.from(blob, 'base64');
      expect(bytes.subarray(0, 6).toString()).toBe('OSKEY:');
      expect(bytes.toString()).not.toMatch(/"hex"/); // the key's JSON only ever in wrapped form
    }
    expect(existsSync(join(userData, 'local-keystore.key'))).toBe(false);
  });

  it('handles exactly the contract channels, and only for the app page', async () => {
    expect([...fake.calls.ipc.keys()].sort()).toEqual([...CHANNELS].sort());
    const untrusted = [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: 'app://bundle/index.html', parent: {} } },
      { senderFrame: null },
    ];
    for (const event of untrusted) {
      await expect(Promise.resolve().then(() => call(fake, 'companies.list', {}, event))).rejects.toThrow(/Refused/);
    }
    expect(await call(fake, 'companies.create', { name: 7 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('opens one locked-down 1280×800 window on app://bundle/index.html, titled by the page', () => {
    expect(fake.calls.windows).toHaveLength(1);
    const win = fake.calls.windows[0]!;
    // Centred on the primary display, the first time.
    expect(win.options).toMatchObject({ x: 320, y: 120, width: 1280, height: 800, minWidth: 1024, minHeight: 700 });
    expect(win.options).not.toHaveProperty('title');
    expect(win.options.webPreferences).toMatchObject({
      preload: join(root, 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(win.loaded).toBe('app://bundle/index.html');
  });

  it('serves the renderer from its folder only, with the CSP header', async () => {
    const handler = fake.calls.protocolHandlers.get('app')!;
    const page = await handler(new Request('app://bundle/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const script = await handler(new Request('app://bundle/assets/index-1.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    for (const url of ['app://bundle/../secret.txt', 'app://bundle/%2e%2e/secret.txt', 'app://bundle/missing.js', 'app://other/index.html']) {
      expect((await handler(new Request(url))).status, url).toBe(404);
    }
  });

  it('denies window.open, outside navigation, webviews, remote requests and device permissions', () => {
    const contents = new Emitter() as Emitter & { setWindowOpenHandler(fn: Listener): void; openHandler?: Listener };
    contents.setWindowOpenHandler = (fn) => (contents.openHandler = fn);
    fake.app.emit('web-contents-created', {}, contents);
    expect(contents.openHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const navigate = (url: string) => {
      let prevented = false;
      contents.emit('will-navigate', { url, preventDefault: () => (prevented = true) });
      return prevented;
    };
    expect(navigate('https://example.com/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://bundle/index.html#/visits')).toBe(false);
    let webviewPrevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (webviewPrevented = true) });
    expect(webviewPrevented).toBe(true);
    expect(fake.calls.blockedUrls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
    const answers: boolean[] = [];
    fake.calls.permissionRequest!({}, 'media', (ok: boolean) => answers.push(ok));
    fake.calls.permissionRequest!({}, 'geolocation', (ok: boolean) => answers.push(ok));
    expect(answers).toEqual([false, false]);
  });

  it('has the Chinese menu, with developer tools only when not packaged', () => {
    const labels = fake.calls.menu!.template.map((m) => [m.label, m.submenu.map((i) => i.label ?? i.type)]);
    expect(labels).toEqual([
      ['文件', ['新建工作区…', '打开工作区…', '另存副本…', 'separator', '打开示例工作区', 'separator', '退出']],
      ['编辑', ['撤销', '重做', 'separator', '剪切', '复制', '粘贴', '全选']],
      ['视图', ['重新加载', '开发者工具', 'separator', '实际大小', '放大', '缩小', 'separator', '全屏']],
      ['帮助', ['检查更新…', 'separator', '打开日志文件夹', '导出诊断信息…', 'separator', '关于']],
    ]);
  });
});

describe('the language of menus and dialogs', () => {
  const topLabels = () => fake.calls.menu!.template.map((m) => m.label);

  it('follows the renderer’s switch, and begins the next start in it', async () => {
    expect(await call(fake, 'app.setLanguage', { language: 'en' })).toEqual({ ok: true, value: { language: 'en' } });
    expect(topLabels()).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(JSON.parse(readFileSync(join(userData, 'app-settings.json'), 'utf8'))).toMatchObject({ language: 'en' });

    // Dialogs follow it too: the unsaved-edits question, asked by the main process itself.
    fake.answers.messageBoxSync = 1;
    fake.calls.windows[0]!.webContents.emit('will-prevent-unload', { preventDefault: () => {} });
    expect(fake.calls.messageBoxes.at(-1)).toMatchObject({ title: 'Unsaved changes', buttons: ['Discard changes', 'Keep editing'] });

    await quit(fake);
    fake = await startMain(userData);
    expect(topLabels()).toEqual(['File', 'Edit', 'View', 'Help']);
    await call(fake, 'app.setLanguage', { language: 'zh' });
    expect(topLabels()).toEqual(['文件', '编辑', '视图', '帮助']);
  });

  it('refuses a language it does not have, and keeps the one it has', async () => {
    expect(await call(fake, 'app.setLanguage', { language: 'fr' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(topLabels()).toEqual(['文件', '编辑', '视图', '帮助']);
  });

  it('the About box names the unit set in Settings, in the current language', async () => {
    await call(fake, 'settings.update', { unitName: '迪庆州对口支援工作组' });
    await call(fake, 'app.setLanguage', { language: 'en' });
    menuItem(fake, 'Help', 'About').click();
    await until(() => fake.calls.messageBoxes.at(-1)?.title === 'About');
    const detail = fake.calls.messageBoxes.at(-1)!.detail!.split('\n');
    expect(detail[0]).toBe('迪庆州对口支援工作组');
    expect(detail[1]).toBe(`Workspace: ${join(userData, '工作区.sqlite')}`);
    expect(detail.join('\n')).not.toMatch(/嘉定/);
  });

  it('Help › 检查更新 takes the window to Settings › updates without reloading it', async () => {
    menuItem(fake, '帮助', '检查更新…').click();
    const contents = fake.calls.windows[0]!.webContents;
    await until(() => contents.scripts.length > 0);
    expect(contents.scripts).toEqual(['location.hash = "#/settings/updates"']);
    expect(contents.reloads).toBe(0);
  });
});

describe('the right-click menu', () => {
  const rightClick = (params: object) =>
    fake.calls.windows[0]!.webContents.emit('context-menu', {}, { isEditable: false, selectionText: '', editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true }, ...params });
  const shown = () => fake.calls.popups.at(-1)?.map((i) => i.label ?? i.type);

  it('offers cut, copy, paste and select all in a field, copy and select all on selected text, in the current language', async () => {
    rightClick({ isEditable: true });
    expect(shown()).toEqual(['剪切', '复制', '粘贴', 'separator', '全选']);
    expect(fake.calls.popups.at(-1)!.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    rightClick({ selectionText: '德钦' });
    expect(shown()).toEqual(['复制', '全选']);
    await call(fake, 'app.setLanguage', { language: 'en' });
    rightClick({ selectionText: '德钦' });
    expect(shown()).toEqual(['Copy', 'Select all']);
  });

  it('shows nothing where there is nothing to edit or copy', () => {
    rightClick({});
    expect(fake.calls.popups).toHaveLength(0);
  });
});

describe('the window’s place', () => {
  const closeWindow = () => fake.calls.windows[0]!.emit('close', { preventDefault: () => {} });

  it('is remembered on close and restored at the next start, maximised as it was', async () => {
    const win = fake.calls.windows[0]!;
    win.bounds = { x: -1500, y: 100, width: 1400, height: 900 };
    win.maximized = true;
    closeWindow();
    expect(JSON.parse(readFileSync(join(userData, 'window-state.json'), 'utf8'))).toEqual({ bounds: win.bounds, maximized: true });

    await quit(fake);
    fake = await startMain(userData);
    expect(fake.calls.windows[0]!.options).toMatchObject({ x: -1500, y: 100, width: 1400, height: 900 });
    fake.calls.windows[0]!.emit('ready-to-show');
    expect(fake.calls.windows[0]!.maximized).toBe(true);
  });

  it('comes back on the primary display when its monitor is gone', async () => {
    fake.calls.windows[0]!.bounds = { x: -1500, y: 100, width: 1400, height: 900 };
    closeWindow();
    await quit(fake);
    fake = await startMain(userData, { displays: [PRIMARY] });
    expect(fake.calls.windows[0]!.options).toMatchObject({ x: 260, y: 70, width: 1400, height: 900 });
    fake.calls.windows[0]!.emit('ready-to-show');
    expect(fake.calls.windows[0]!.maximized).toBe(false);
  });

  it('is saved once a move has settled, not on every step of it', async () => {
    const win = fake.calls.windows[0]!;
    win.bounds = { x: 10, y: 20, width: 1300, height: 750 };
    for (let i = 0; i < 5; i++) win.emit('move');
    expect(existsSync(join(userData, 'window-state.json'))).toBe(false);
    await until(() => existsSync(join(userData, 'window-state.json')), 3000);
    expect(JSON.parse(readFileSync(join(userData, 'window-state.json'), 'utf8'))).toEqual({ bounds: win.bounds, maximized: false });
  });
});

describe('File › Open and unsaved edits', () => {
  const openOther = async () => {
    const other = join(userData, '楚雄专场.sqlite');
    fake.answers.open = other;
    const reloads = fake.calls.windows[0]!.webContents.reloads;
    menuItem(fake, '文件', '打开工作区…').click();
    await until(() => fake.calls.windows[0]!.webContents.reloads > reloads);
    return other;
  };
  const unload = () => {
    let left = false;
    fake.calls.windows[0]!.webContents.emit('will-prevent-unload', { preventDefault: () => (left = true) });
    return left;
  };

  it('switches the workspace through the core, reloads the page and remembers the file', async () => {
    const other = await openOther();
    expect(await call(fake, 'workspace.info')).toMatchObject({ ok: true, value: { path: other, name: '楚雄专场' } });
    expect(fake.calls.windows[0]!.webContents.reloads).toBe(1);
    expect(JSON.parse(readFileSync(join(userData, 'last-workspace.json'), 'utf8'))).toEqual({ path: other });

    // Next start opens it again.
    await quit(fake);
    fake = await startMain(userData);
    expect(await call(fake, 'workspace.info')).toMatchObject({ ok: true, value: { path: other } });
  });

  it('cancelling the dialog changes nothing', async () => {
    fake.answers.open = null;
    menuItem(fake, '文件', '打开工作区…').click();
    // The dialog is asked for by the core and answered here; give that round trip time to happen.
    await new Promise((r) => setTimeout(r, 200));
    expect(fake.calls.windows[0]!.webContents.reloads).toBe(0);
    expect(await call(fake, 'workspace.info')).toMatchObject({ value: { path: join(userData, '工作区.sqlite') } });
  });

  it('with a dirty form, the user may go back to the workspace the edits belong to', async () => {
    await openOther();
    fake.answers.messageBoxSync = 1; // 回到之前的工作区
    expect(unload()).toBe(false);
    expect(fake.calls.messageBoxes.at(-1)).toMatchObject({ buttons: ['放弃修改并切换', '回到之前的工作区'] });
    expect(await call(fake, 'workspace.info')).toMatchObject({ value: { path: join(userData, '工作区.sqlite') } });
    expect(JSON.parse(readFileSync(join(userData, 'last-workspace.json'), 'utf8'))).toEqual({ path: join(userData, '工作区.sqlite') });
  });

  it('with a dirty form, the user may discard the edits and switch', async () => {
    const other = await openOther();
    fake.answers.messageBoxSync = 0; // 放弃修改并切换
    expect(unload()).toBe(true);
    expect(await call(fake, 'workspace.info')).toMatchObject({ value: { path: other } });
  });

  it('closing with a dirty form asks, and leaves only when the user discards', () => {
    fake.answers.messageBoxSync = 1; // 继续编辑
    expect(unload()).toBe(false);
    expect(fake.calls.messageBoxes.at(-1)).toMatchObject({ buttons: ['放弃修改', '继续编辑'] });
    fake.answers.messageBoxSync = 0; // 放弃修改
    expect(unload()).toBe(true);
  });

  it('File › New creates the chosen file (with .sqlite added) and switches to it', async () => {
    fake.answers.save = join(userData, '德钦');
    menuItem(fake, '文件', '新建工作区…').click();
    await until(() => fake.calls.windows[0]!.webContents.reloads > 0);
    expect(existsSync(join(userData, '德钦.sqlite'))).toBe(true);
    expect(await call(fake, 'workspace.info')).toMatchObject({ value: { name: '德钦' } });
  });

  it('File › Save a copy writes a copy and keeps the open workspace', async () => {
    fake.answers.save = join(userData, '备份.sqlite');
    menuItem(fake, '文件', '另存副本…').click();
    // The copy is written, checked and flushed before it is renamed into place and confirmed.
    await until(() => fake.calls.messageBoxes.at(-1)?.message === '副本已保存。');
    expect(existsSync(join(userData, '备份.sqlite'))).toBe(true);
    expect(await call(fake, 'workspace.info')).toMatchObject({ value: { name: '工作区' } });
  });
});
