// A copy of the open workspace that is known good before anyone relies on it: written to a
// temporary name beside the destination, opened and checked, flushed to the disk, and only
// then renamed into place. A copy that fails its check is removed, never kept.
//
// How it is written: VACUUM INTO, which writes the live pages afresh and leaves out the free
// ones — the pages of deleted records, which still hold their text (a removed contact's name
// and phone) until SQLite reuses them. A byte copy of the file carried them along. An encrypted
// workspace's copy is encrypted under the same key (SQLite3MultipleCiphers gives VACUUM INTO's
// target the main database's cipher and key; backups.test.ts opens it with the key and fails
// to without). VACUUM INTO decrypts and re-encrypts every page, about 2× the time of a byte
// copy on the bench workspace, so the copies the user waits for run in a thread of their own
// (copyThread.ts) while the core goes on answering; the ones that must come first (before a
// migration, a re-key, a restore, on closing) run here, on the core's connection. The copy
// is left in rollback-journal mode, so it opens on its own, also from a write-protected USB stick.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { fail } from '../../../shared/result';
import type { Keyring } from '../crypto/keyring';
import { applyKey, type WorkspaceKey } from '../crypto/workspaceKey';
import { type Db, quickCheck, schemaVersion } from '../db/open';
import { flushDirSync, flushFileSync } from '../files/flush';

export interface CopyFacts {
  size: number;
  schemaVersion: number;
  counts: RecordCounts;
}

export interface RecordCounts {
  companies: number;
  visits: number;
  vettings: number;
  trips: number;
}

const COUNTED = {
  companies: 'SELECT count(*) AS n FROM companies WHERE deleted_at IS NULL',
  visits: 'SELECT count(*) AS n FROM visits WHERE deleted_at IS NULL',
  vettings: 'SELECT count(*) AS n FROM vettings',
  trips: 'SELECT count(*) AS n FROM trips WHERE deleted_at IS NULL',
} as const;

/** Counts of the main records; a table an older schema lacks counts 0 (a pre-migration backup). */
export function recordCounts(db: Db): RecordCounts {
  const tables = new Set((db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
  const count = (sql: string) => (tables.has(/FROM (\w+)/.exec(sql)![1]!) ? (db.prepare(sql).get() as { n: number }).n : 0);
  return {
    companies: count(COUNTED.companies),
    visits: count(COUNTED.visits),
    vettings: count(COUNTED.vettings),
    trips: count(COUNTED.trips),
  };
}

/** VACUUM INTO `target` (missing or empty): a copy of `db` without its free pages, under its key. */
export function vacuumInto(db: Db, target: string): void {
  db.prepare('VACUUM INTO ?').run(target);
}

/**
 * Writes a copy of the workspace `db` into `target` (missing or empty) here, on this thread,
 * and checks it; its key is registered with the keyring (for a passphrase, the copy's own salt).
 */
export function copyInto(db: Db, key: WorkspaceKey | null, target: string, keyring: Keyring): CopyFacts {
  vacuumInto(db, target);
  if (key) keyring.remember(target, key);
  return check(target, key, { toRollbackMode: true });
}

/** A temporary name beside `dest`, for a copy on its way there. */
export const tempBeside = (dest: string): string => `${dest}.${randomBytes(4).toString('hex')}.liaison-tmp`;

/** Puts a written, checked copy in place: flushed, renamed onto `dest`, the folder flushed (the rename survives a power cut). */
export function putInPlace(temp: string, dest: string): void {
  flushFileSync(temp);
  renameSync(temp, dest);
  flushDirSync(dirname(dest));
}

/** Writes a checked copy of `db` at `dest` (replacing what is there), here, and registers its key. */
export function writeVerifiedCopy(db: Db, key: WorkspaceKey | null, dest: string, keyring: Keyring): CopyFacts {
  const temp = tempBeside(dest);
  try {
    const facts = copyInto(db, key, temp, keyring);
    putInPlace(temp, dest);
    return facts;
  } catch (e) {
    rmSync(temp, { force: true });
    throw e;
  }
}

/** Checks a copy with the first of `keys` that opens it (null: a plain copy); throws when none does or it is not sound. */
export function checkWithAny(path: string, keys: (WorkspaceKey | null)[]): CopyFacts {
  let error: unknown = new Error('no key to try');
  for (const key of keys) {
    try {
      return check(path, key);
    } catch (e) {
      error = e;
    }
  }
  throw error;
}

/**
 * Opens a copy and checks it; throws when it is not sound. Read-only, unless `toRollbackMode`:
 * a copy just made is switched out of WAL mode first (its one write), so it opens on its own.
 */
export function check(path: string, key: WorkspaceKey | null, { toRollbackMode = false } = {}): CopyFacts {
  const copy = new Database(path, { readonly: !toRollbackMode, fileMustExist: true });
  try {
    if (key) applyKey(copy, key);
    if (toRollbackMode) copy.pragma('journal_mode = DELETE');
    const problems = quickCheck(copy);
    if (problems.length > 0) fail('WORKSPACE', 'backupDamaged');
    return { size: statSync(path).size, schemaVersion: schemaVersion(copy), counts: recordCounts(copy) };
  } finally {
    copy.close();
  }
}
