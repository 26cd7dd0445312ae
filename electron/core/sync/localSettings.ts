// Team sync's settings for this computer and this workspace: this computer's and its user's
// names, which team, where packets are exchanged, how often to sync, how the last sync went.
// They live in the workspace's settings table, which is never synced (each computer has its
// own); the team key
// and the WebDAV password are not here but wrapped by the keystore (secrets.ts); the computer's
// id is the engine's (sync_state, bound to this installation and the file's place).
import type { SyncResultSummary } from '../../../shared/sync/schema';
import type { Db } from '../db/open';
import { readSetting, writeSetting } from '../workspace/settings';

export type StoredPlace = { kind: 'folder'; path: string } | { kind: 'webdav'; url: string; username: string };

export interface LastSync {
  at: string;
  ok: boolean;
  summary: SyncResultSummary | null;
  /** The i18n key (errors.*) of why it failed. */
  error: string | null;
}

export interface SyncSettings {
  computerName: string | null;
  userName: string | null;
  team: { id: string; name: string } | null;
  place: StoredPlace | null;
  autoMinutes: number;
  lastSync: LastSync | null;
}

const KEYS = {
  computerName: 'sync.computerName',
  userName: 'sync.userName',
  team: 'sync.team',
  place: 'sync.place',
  autoMinutes: 'sync.autoMinutes',
  lastSync: 'sync.lastSync',
} as const;

/** Automatic sync is on by default once a team and a place are set: every 10 minutes. */
export const DEFAULT_AUTO_MINUTES = 10;

function json<T>(db: Db, key: string): T | null {
  const v = readSetting(db, key);
  if (v === null) return null;
  try {
    return JSON.parse(v) as T;
  } catch {
    return null;
  }
}

export function readSyncSettings(db: Db): SyncSettings {
  const auto = Number(readSetting(db, KEYS.autoMinutes) ?? DEFAULT_AUTO_MINUTES);
  return {
    computerName: readSetting(db, KEYS.computerName),
    userName: readSetting(db, KEYS.userName),
    team: json(db, KEYS.team),
    place: json(db, KEYS.place),
    autoMinutes: Number.isInteger(auto) && auto >= 0 ? auto : DEFAULT_AUTO_MINUTES,
    lastSync: json(db, KEYS.lastSync),
  };
}

export function writeSyncSettings(db: Db, patch: Partial<SyncSettings>): void {
  db.transaction(() => {
    for (const [name, value] of Object.entries(patch) as [keyof SyncSettings, unknown][]) {
      if (value === undefined) continue;
      const stored = value === null ? null : typeof value === 'string' ? value : JSON.stringify(value);
      writeSetting(db, KEYS[name], stored);
    }
  })();
}
