// Where the workspace file lives: the user-data folder by default, or the one the
// user opened last (remembered in a small JSON file next to it). The desktop app and
// the Chromium fallback use the same rules, so both open the same workspace.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

export const DEFAULT_WORKSPACE_FILE = '工作区.sqlite';
const LAST_WORKSPACE_FILE = 'last-workspace.json';

export const defaultWorkspacePath = (userDataDir: string) => join(userDataDir, DEFAULT_WORKSPACE_FILE);

/** The remembered workspace, if the note is readable and the file still exists (a removed USB stick falls back to the default). */
export function readLastWorkspace(userDataDir: string): string | null {
  try {
    const note: unknown = JSON.parse(readFileSync(join(userDataDir, LAST_WORKSPACE_FILE), 'utf8'));
    const path = typeof note === 'object' && note !== null && 'path' in note ? note.path : null;
    return typeof path === 'string' && isAbsolute(path) && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** Remembers the open workspace; written to a temp file and renamed, so a crash never leaves half a note. */
export function rememberWorkspace(userDataDir: string, path: string): void {
  mkdirSync(userDataDir, { recursive: true });
  const target = join(userDataDir, LAST_WORKSPACE_FILE);
  writeFileSync(`${target}.tmp`, JSON.stringify({ path }, null, 2));
  renameSync(`${target}.tmp`, target);
}

/** The workspace to open at start-up. */
export const startupWorkspace = (userDataDir: string) => readLastWorkspace(userDataDir) ?? defaultWorkspacePath(userDataDir);

/**
 * Electron's `app.getPath('userData')` worked out without Electron (for the Chromium
 * fallback): the OS's per-user config folder plus the product name.
 */
export function userDataDirFor(
  productName: string,
  env: Record<string, string | undefined>,
  platform: NodeJS.Platform,
  home: string,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', productName);
  const config = env.XDG_CONFIG_HOME && isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : join(home, '.config');
  return join(config, productName);
}
