// Workspace settings live in the workspace file: who is using it travels with the data.
import type { Settings } from '../../../shared/workspace/schema';
import type { Db } from '../db/open';

function get(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

function set(db: Db, key: string, value: string | null): void {
  if (value === null) db.prepare('DELETE FROM settings WHERE key = ?').run(key);
  else db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** The staff member the user said they are ("who am I"); used by the audit trail and new visits. */
export const currentStaffId = (db: Db): string | null => get(db, 'currentStaffId');

export function getSettings(db: Db): Settings {
  return { currentStaffId: currentStaffId(db) };
}

export function updateSettings(db: Db, patch: Partial<Settings>): Settings {
  if (patch.currentStaffId !== undefined) set(db, 'currentStaffId', patch.currentStaffId);
  return getSettings(db);
}
