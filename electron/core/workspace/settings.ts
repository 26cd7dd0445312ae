// Workspace settings live in the workspace file: who is using it travels with the data.
import type { ScoringContext } from '../../../shared/vetting/scoring';
import { DEFAULT_VETTING_SETTINGS, type Settings, type SettingsUpdate, settings as settingsSchema } from '../../../shared/workspace/schema';
import { recordAudit } from '../audit/audit';
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

/** A stored figure, or its default when it was never set (or no longer reads as valid). */
function figure<K extends keyof typeof DEFAULT_VETTING_SETTINGS>(db: Db, key: K): Settings[K] {
  const stored = get(db, key);
  if (stored === null) return DEFAULT_VETTING_SETTINGS[key] as Settings[K];
  const parsed = settingsSchema.shape[key].safeParse(JSON.parse(stored));
  return (parsed.success ? parsed.data : DEFAULT_VETTING_SETTINGS[key]) as Settings[K];
}

export function getSettings(db: Db): Settings {
  return {
    currentStaffId: currentStaffId(db),
    minimumWage: figure(db, 'minimumWage'),
    vettingValidityMonths: figure(db, 'vettingValidityMonths'),
    verdictThresholds: figure(db, 'verdictThresholds'),
  };
}

/** The figures a draft vetting is scored with. */
export function scoringContext(db: Db): ScoringContext {
  const s = getSettings(db);
  return { minimumWage: s.minimumWage, thresholds: s.verdictThresholds };
}

export function updateSettings(db: Db, patch: SettingsUpdate): Settings {
  return db.transaction(() => {
    if (patch.currentStaffId !== undefined) set(db, 'currentStaffId', patch.currentStaffId);
    for (const key of ['minimumWage', 'vettingValidityMonths', 'verdictThresholds'] as const) {
      const value = patch[key];
      if (value === undefined) continue;
      const before = figure(db, key);
      if (JSON.stringify(before) === JSON.stringify(value)) continue;
      set(db, key, JSON.stringify(value));
      // The figures change verdicts and due dates: the audit trail says who changed them.
      recordAudit(db, 'settings', key, 'update', { [key]: [before, value] });
    }
    return getSettings(db);
  })();
}
