// Opening a workspace file: pragmas, integrity check, migrations.
import Database from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS } from './migrations';

export type Db = Database.Database;

export interface OpenedDb {
  db: Db;
  /** False when the file failed `quick_check`: it is opened read-only and nothing may be written. */
  healthy: boolean;
  problem: string | null;
}

export class NewerWorkspaceError extends Error {
  constructor(public readonly version: number) {
    super(`workspace schema ${version} is newer than this app (${LATEST_VERSION})`);
  }
}

export function openDb(path: string): OpenedDb {
  const db = new Database(path);
  // A saved record must survive a power cut: WAL with FULL sync.
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');

  const problem = quickCheck(db);
  if (problem.length > 0) {
    db.close();
    return { db: new Database(path, { readonly: true }), healthy: false, problem: problem.slice(0, 5).join('; ') };
  }
  migrate(db);
  return { db, healthy: true, problem: null };
}

/**
 * The problems `quick_check` finds, none when the file is sound. When a table's own pages
 * are damaged, SQLite does not list the problem but fails the check with SQLITE_CORRUPT:
 * that is a finding too, not a reason to refuse the file.
 */
function quickCheck(db: Db): string[] {
  try {
    const check = db.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    return check.map((r) => r.quick_check).filter((r) => r !== 'ok');
  } catch (e) {
    if (e instanceof Database.SqliteError && e.code.startsWith('SQLITE_CORRUPT')) return [e.message];
    db.close();
    throw e;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every migration above the file's version, each in its own transaction. */
export function migrate(db: Db, target = LATEST_VERSION): void {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) {
    db.close();
    throw new NewerWorkspaceError(current);
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      db.exec(m.sql);
      m.seed?.(db);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
