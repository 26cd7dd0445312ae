// The app in a Chromium window, for machines where the Electron runtime cannot be
// downloaded. Same renderer, same core, same workspace file as the desktop app;
// only the window and the native file dialogs differ.
//
//   npm run start:chromium                        (builds first)
//   tsx tests/harness/openWindow.ts [--workspace /path/to/file.sqlite]
//
// Switching workspaces (File › New / Open / Save a copy) needs the desktop app's native
// file dialogs; here those dialogs answer "cancelled" and say so in the terminal.
// Start with --workspace to open another file.
//
// No desktop shell answers here either (no `shell` is given to the core): 打开文件, 打开所在文件夹
// and 打印… then tell the user in the window, in their language, that they need the desktop app
// (errors.shellUnavailable), as saving a PDF does without a printer. A window.print() of the app's
// own page would print the screen, not the report.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { FileDialogs } from '../../electron/core';
import { type CoreWorker, startCoreWorker } from '../../electron/core/worker/client';
import { rememberWorkspace, startupWorkspace, userDataDirFor } from '../../electron/shell/workspaceLocation';
import { openApp, RENDERER_DIR } from './bridge';
import { harnessHost } from './hostFacts';
import { CHROMIUM_ARGS, findChromium } from './chromium';

const CORE = join(__dirname, '..', '..', 'dist', 'electron', 'core.cjs');
const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { productName: string };

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  if (Number(process.versions.node.split('.')[0]) < 22) {
    // better-sqlite3 13 crashes (segfault) on Node 20 rather than failing cleanly.
    fail(`Node ${process.versions.node} is too old (22+ needed): run \`npm run start:chromium\`, whose scripts use the project's Node 24.`);
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    fail(
      [
        '没有图形显示（DISPLAY 未设置），无法打开窗口。在无显示器的机器上请用虚拟显示运行：',
        'No graphical display (DISPLAY is not set), so no window can open. On a headless machine run it under a virtual display:',
        '',
        '    apt-get install -y xvfb && xvfb-run -a npm run start:chromium',
      ].join('\n'),
      2,
    );
  }

  let executablePath: string;
  try {
    executablePath = findChromium();
  } catch (e) {
    fail((e as Error).message);
  }

  try {
    readFileSync(join(RENDERER_DIR, 'index.html'));
    readFileSync(CORE);
  } catch {
    fail(`The app is not built (${RENDERER_DIR}/index.html or ${CORE} is missing): run \`npm run build\` first.`);
  }

  const userData = userDataDirFor(pkg.productName, process.env, process.platform, homedir());
  const requested = argValue('--workspace');
  const workspacePath = requested ? resolve(requested) : startupWorkspace(userData);
  mkdirSync(dirname(workspacePath), { recursive: true });

  const noDialog = (what: string) => async () => {
    console.log(`「${what}」需要桌面版的文件对话框；在 Chromium 窗口中不可用。可用 --workspace <文件> 启动以打开其他工作区。`);
    console.log(`"${what}" needs the desktop app's file dialog; not available in the Chromium window. Start with --workspace <file> to open another workspace.`);
    return null;
  };
  const dialogs: FileDialogs = {
    chooseNewWorkspace: noDialog('新建工作区'),
    chooseWorkspaceToOpen: noDialog('打开工作区'),
    chooseCopyDestination: noDialog('另存副本'),
    choosePdfDestination: noDialog('打印为 PDF'),
    chooseSaveDestination: noDialog('导出'),
    chooseFileToOpen: noDialog('导入'),
    chooseFolder: noDialog('选择文件夹'),
  };
  // The core in its worker thread, as the desktop app runs it (the same dist/electron/core.cjs;
  // at start it removes the temporary files of saves a crash interrupted). Keys are wrapped by
  // the file-backed stand-in for the OS keystore, in the same data folder.
  let core: CoreWorker;
  try {
    core = await startCoreWorker({ script: CORE, dataDir: userData, dialogs, host: harnessHost(), onWorkspaceChanged: (info) => rememberWorkspace(userData, info.path) });
    await core.open(workspacePath);
  } catch (e) {
    fail(`Cannot open the workspace ${workspacePath}: ${(e as Error).message}`);
  }
  rememberWorkspace(userData, workspacePath);
  console.log(`工作区 / workspace: ${workspacePath}`);

  // A throwaway profile: the app keeps nothing in the browser, everything is in the workspace file.
  const profile = mkdtempSync(join(tmpdir(), 'liaison-chromium-'));
  // The page is Chinese and the browser's UI may not be: no "translate this page?" bubble.
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ translate: { enabled: false } }));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false,
    // The window is 1280×800 and the page follows its size when the user resizes it.
    viewport: null,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // --app: a plain window without tabs or address bar. --test-type: no "unsupported flag" bar for --no-sandbox.
    args: [...CHROMIUM_ARGS, '--window-size=1280,800', '--app=data:text/html,', '--test-type'],
  });

  let closing = false;
  const shutdown = async (code = 0) => {
    if (closing) return;
    closing = true;
    await context.close().catch(() => {});
    await core.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(130));
  process.on('SIGTERM', () => void shutdown(143));
  context.on('close', () => void shutdown(0));

  const page = context.pages()[0] ?? (await context.newPage());
  // One window, like the desktop app: anything else that opens is closed.
  context.on('page', (other) => void other.close());
  page.on('close', () => void shutdown(0));
  page.on('pageerror', (error) => console.error('[renderer]', error));
  // Playwright answers page dialogs itself. A beforeunload prompt (a form with unsaved edits)
  // keeps the page open, so nothing is lost; the user saves or cancels, then closes again.
  page.on('dialog', (dialog) => {
    if (dialog.type() === 'beforeunload') {
      console.log('有未保存的修改：请先保存或取消，再关闭窗口。 / Unsaved edits: save or cancel them, then close the window.');
      return void dialog.dismiss();
    }
    return void (dialog.type() === 'alert' ? dialog.accept() : dialog.dismiss());
  });

  await openApp(page, core.invoke, { onBlockedRequest: (url) => console.warn(`blocked: ${url}`) });
  console.log('窗口已打开；关闭窗口即退出。 / The window is open; close it to quit.');
  if (process.env.LIAISON_SCREENSHOT) {
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: process.env.LIAISON_SCREENSHOT });
  }
}

main().catch((e) => fail(`Could not open the Chromium window: ${(e as Error).stack ?? e}`));
