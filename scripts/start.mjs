// Starts the desktop app (run `npm start`, which builds first).
//
// With the Electron runtime present, it runs Electron on this folder. Electron's npm
// package downloads that runtime on first use, from GitHub; where that is impossible,
// the same renderer and core open in a Chromium window through the test harness
// (tests/harness/openWindow.ts). `--chromium` goes there directly.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const INSTALL_TIMEOUT_MS = 30_000;

/**
 * The Electron binary, or null when it is not downloaded. Read the way electron's
 * index.js does it (path.txt + dist/), without require('electron'), which would start a download.
 */
function electronBinary() {
  let pkgDir;
  try {
    pkgDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { pkgDir: null, binary: null };
  }
  const pathFile = join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(pkgDir, 'dist');
  const binary = relative ? join(distDir, relative) : null;
  return { pkgDir, binary: binary && existsSync(binary) ? binary : null };
}

/** One attempt at Electron's own download, with a time limit; its output is kept short. */
function tryInstallElectron(pkgDir) {
  console.log(`Electron 运行时缺失，正在尝试下载（最多 ${INSTALL_TIMEOUT_MS / 1000} 秒）… / Electron runtime missing, trying to download it …`);
  const result = spawnSync(process.execPath, [join(pkgDir, 'install.js')], {
    cwd: pkgDir,
    timeout: INSTALL_TIMEOUT_MS,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status === 0) return true;
  const why = result.error?.code === 'ETIMEDOUT' ? 'timed out' : (result.stderr || result.stdout || '').trim().split('\n')[0];
  console.log(`  (download failed: ${why || `exit ${result.status}`})`);
  return false;
}

function runElectron(binary) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [root], { stdio: 'inherit', env });
  const forward = (signal) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** Node >= 22 for better-sqlite3; under `npm run` the `node` devDependency puts Node 24 first on PATH. */
function nodeForHarness() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= 22) return process.execPath;
  const local = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'node.cmd' : 'node');
  return existsSync(local) ? local : process.execPath;
}

function runChromium() {
  const tsx = join(dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs');
  const args = [tsx, join(root, 'tests', 'harness', 'openWindow.ts'), ...process.argv.slice(2).filter((a) => a !== '--chromium')];
  const child = spawn(nodeForHarness(), args, { stdio: 'inherit', cwd: root });
  const forward = (signal) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv.includes('--chromium')) {
  runChromium();
} else {
  let { pkgDir, binary } = electronBinary();
  if (!binary && pkgDir && tryInstallElectron(pkgDir)) binary = electronBinary().binary;
  if (binary) {
    runElectron(binary);
  } else {
    console.log(
      [
        '',
        '无法在这台机器上下载 Electron 运行时（它从 GitHub 下载，这台机器无法访问；如有镜像可设置 ELECTRON_MIRROR），',
        '所以同一个应用改为通过测试工具在 Chromium 窗口中打开：界面、核心和工作区文件与桌面版相同，',
        '只是“新建 / 打开 / 另存副本”所需的原生文件对话框不可用。以后可直接运行 `npm run start:chromium` 打开这个窗口。',
        '',
        'The Electron runtime could not be downloaded on this machine (it comes from GitHub, which is unreachable here;',
        'set ELECTRON_MIRROR if you have a mirror), so the same app is opening in a Chromium window through the test',
        'harness instead: same screens, same core, same workspace file; only the native file dialogs (New / Open /',
        'Save a copy) are unavailable. `npm run start:chromium` does this directly.',
        '',
      ].join('\n'),
    );
    runChromium();
  }
}
