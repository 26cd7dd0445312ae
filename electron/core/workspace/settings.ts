// Workspace settings live in the workspace file: who is using it travels with the data.
import type { ScoringContext } from '../../../shared/vetting/scoring';
import { fail } from '../../../shared/result';
import { DEFAULT_UNIT_NAME, DEFAULT_VETTING_SETTINGS, LOGO_LIMITS, type Settings, type SettingsUpdate, settings as settingsSchema } from '../../../shared/workspace/schema';
import { recordAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { imageInfo } from '../vetting/image';

function get(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
  return row?.value ?? null;
}

function set(db: Db, key: string, value: string | null): void {
  if (value === null) db.prepare('DELETE FROM settings WHERE key = ?').run(key);
  else db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/** One key of the settings table (team sync keeps this computer's own sync settings there too). */
export { get as readSetting, set as writeSetting };

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
    unitName: get(db, 'unitName') ?? DEFAULT_UNIT_NAME,
    hasLogo: get(db, 'logo') !== null,
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
    if (patch.unitName !== undefined) {
      const before = getSettings(db).unitName;
      if (before !== patch.unitName) {
        set(db, 'unitName', patch.unitName);
        recordAudit(db, 'settings', 'unitName', 'update', { unitName: [before, patch.unitName] });
      }
    }
    return getSettings(db);
  })();
}

// ── The reports' logo ────────────────────────────────────────────────────────
// Stored as a data: URL in the settings table: small (≤ 512 KB), read only when a report
// is built or the Settings screen shows it.

/** The logo as a data: URL, or null. */
export const getLogo = (db: Db): string | null => get(db, 'logo');

/** What heads a report: the issuing unit and its logo. */
export const reportIssuer = (db: Db) => ({ unitName: getSettings(db).unitName, logo: getLogo(db) });

/** Stores a PNG or JPEG logo, checked by its own header (like vetting photos), not by what it claims. */
export function setLogo(db: Db, data: string): { dataUrl: string } {
  const refuse = (key: string, params?: Record<string, number>) => fail('VALIDATION', key, params, [{ path: ['data'], key, params }]);
  const b64 = data.replace(/^data:image\/[a-z+.-]+;base64,/i, '');
  if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return refuse('logoNotImage');
  const bytes = Buffer.from(b64, 'base64');
  if (bytes.length > LOGO_LIMITS.maxBytes) return refuse('logoTooLarge', { maxKb: LOGO_LIMITS.maxBytes / 1024 });
  const info = imageInfo(bytes);
  if (!info || !(LOGO_LIMITS.types as readonly string[]).includes(info.mime)) return refuse('logoNotImage');
  const dataUrl = `data:${info.mime};base64,${bytes.toString('base64')}`;
  db.transaction(() => {
    set(db, 'logo', dataUrl);
    recordAudit(db, 'settings', 'logo', 'update', { logo: [null, `${info.mime} ${info.width}×${info.height}, ${bytes.length} bytes`] });
  })();
  return { dataUrl };
}

export function removeLogo(db: Db): void {
  db.transaction(() => {
    if (getLogo(db) === null) return;
    set(db, 'logo', null);
    recordAudit(db, 'settings', 'logo', 'delete', { logo: ['logo', null] });
  })();
}
