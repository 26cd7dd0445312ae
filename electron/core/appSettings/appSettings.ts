// This installation's own settings, kept in the app's data folder rather than in a workspace:
// they hold whichever workspace is open, and the main process reads them before any is (the
// language of its first dialogs, the window's place). IT staff may also place the file there
// with an update address before the first start. Unknown or damaged values read as defaults.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writePrivateFileSync } from '../files/privateFile';

export const APP_SETTINGS_FILE = 'app-settings.json';

export interface AppSettings {
  /** The in-app language (the renderer's switch); menus and native dialogs follow it. */
  language: 'zh' | 'en';
  /** The bureau's intranet address electron-updater's generic provider reads; null: no checks. */
  updateFeedUrl: string | null;
  /** A version the user chose to skip: not offered again (a newer one is). */
  skippedVersion: string | null;
}

const DEFAULTS: AppSettings = { language: 'zh', updateFeedUrl: null, skippedVersion: null };

export function readAppSettings(dataDir: string): AppSettings {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(join(dataDir, APP_SETTINGS_FILE), 'utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) raw = parsed as Record<string, unknown>;
  } catch {
    // Missing or damaged: the defaults.
  }
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);
  return {
    language: raw.language === 'en' ? 'en' : DEFAULTS.language,
    updateFeedUrl: text(raw.updateFeedUrl),
    skippedVersion: text(raw.skippedVersion),
  };
}

/** Changes some settings, keeping the others; written whole or not at all. */
export function updateAppSettings(dataDir: string, change: Partial<AppSettings>): AppSettings {
  const next = { ...readAppSettings(dataDir), ...change };
  writePrivateFileSync(join(dataDir, APP_SETTINGS_FILE), `${JSON.stringify(next, null, 2)}\n`);
  return next;
}
