// Finds the system Chromium the tests and the Electron-less fallback drive.
// Playwright's own browser download is blocked on this project's machines, so we use
// Debian's `chromium` package (or whatever CHROMIUM_PATH points at).
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const INSTALL_HINT = 'install with `apt-get install -y chromium fonts-noto-cjk` or set CHROMIUM_PATH';

export function findChromium(env: Record<string, string | undefined> = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH points at ${fromEnv}, which does not exist: ${INSTALL_HINT}`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(`No Chromium found (looked at ${CANDIDATES.join(', ')}): ${INSTALL_HINT}`);
}

/** Flags for running as root in a container, without background chatter to Google. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function chromiumLaunchOptions(env: Record<string, string | undefined> = process.env) {
  return {
    executablePath: findChromium(env),
    args: [...CHROMIUM_ARGS],
    // Without a UTF-8 locale (a bare CI environment) Chromium cannot name a download
    // 用工企业审核清单.json and saves it as "download".
    env: { ...env, LANG: utf8Locale(env.LANG) },
  };
}

const utf8Locale = (lang: string | undefined) => (lang && /utf-?8/i.test(lang) ? lang : 'C.UTF-8');
