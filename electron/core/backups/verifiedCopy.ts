// A copy of the open workspace that is known good before anyone relies on it: written to a
// temporary name beside the destination, opened and checked, flushed to the disk, and only
// then renamed into place. A copy that fails its check is removed, never kept.
//
// How it is written: the WAL is checkpointed into the file and truncated, and the file's
// bytes are copied as they are — pages stay encrypted under the workspace's key, so an
// encrypted workspace's copy costs what a plain one's does. (VACUUM INTO, the other way,
// decrypts and re-encrypts every page: on the bench workspace it made an encrypted backup
// 2× as slow as a plain one, over the 3 s target.) This is a consistent snapshot because the
// core does nothing else meanwhile (it is synchronous) and no other process writes (the
// workspace's lock). When the checkpoint cannot finish — another window still reads the WAL —
// or this is a read-only view of a file another window writes, VACUUM INTO is used instead. Either way the copy is left in rollback-journal mode, so it
// opens on its own, also from a write-protected USB stick.
import { randomBytes } from 'node:crypto';
import { constants, copyFileSync, renameSync, rmSync, statSync } from 'node:fs';
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

/**
 * Writes a copy of the workspace `db` (whose file is `source`) into `target` (missing or
 * empty) and checks it; its key is registered (a copy keeps the file's salt, so this only
 * matters for a key the keyring lacks).
 */
export function copyInto(db: Db, source: string, key: WorkspaceKey | null, target: string, keyring: Keyring): CopyFacts {
  // Only the workspace's writer may copy bytes: a read-only view (another window writes) reads a snapshot.
  const [result] = db.readonly ? [] : (db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number }[]);
  if (result && result.busy === 0 && result.log <= 0) copyFileSync(source, target, constants.COPYFILE_FICLONE);
  else db.prepare('VACUUM INTO ?').run(target);
  if (key) keyring.remember(target, key);
  return check(target, key, { toRollbackMode: true });
}

/** Writes a checked copy of `db` at `dest` (replacing what is there) and registers its key. */
export function writeVerifiedCopy(db: Db, source: string, key: WorkspaceKey | null, dest: string, keyring: Keyring): CopyFacts {
  const temp = `${dest}.${randomBytes(4).toString('hex')}.liaison-tmp`;
  try {
    const facts = copyInto(db, source, key, temp, keyring);
    flushFileSync(temp);
    renameSync(temp, dest);
    flushDirSync(dirname(dest));
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
