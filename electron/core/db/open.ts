// Opening a workspace file. The order matters: nothing is written to a file before we know
// it is ours (its header's application_id, or our tables in a file from before that mark),
// that its key fits, and that its version is not newer than this app. Only then are the
// pragmas set (journal_mode=WAL writes to the file), the integrity checked and migrations
// run. Whatever fails closes what was opened.
import { accessSync, closeSync, constants, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { fail } from '../../../shared/result';
import { applyKey, type WorkspaceKey } from '../crypto/workspaceKey';
import { APP_ID } from './appId';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { cacheStatements } from './statements';

export type Db = Database.Database;

/** Why a workspace opened read-only; null when it can be written. */
export type ReadOnlyReason = 'damaged' | 'readOnlyFile' | 'locked' | null;

export interface OpenedDb {
  db: Db;
  /** False when the file failed `quick_check`: it is opened read-only and nothing may be written. */
  healthy: boolean;
  problem: string | null;
  readOnly: ReadOnlyReason;
  /** The key that opened it; null for a plain (unencrypted) file. */
  key: WorkspaceKey | null;
  /** The integrity check ran while opening (see OpenOptions.deferCheck). */
  checked: boolean;
}

export interface OpenOptions {
  /** Keys to try, in order (an encrypted file needs one that fits). */
  keys?: WorkspaceKey[];
  /** Create the file when missing, encrypted with `keys[0]` (plain when no key is given). */
  create?: boolean;
  /** Open read-only whatever the file allows (another app instance holds it). */
  readOnly?: boolean;
  /**
   * Leave the integrity check to the caller (`checkableTables` / `checkTable`, table by table,
   * after opening) when the file was closed cleanly and needs no migration. `checked` says
   * whether it ran.
   */
  deferCheck?: boolean;
  /** Told before migrations change an existing file, with its version (a backup is taken there). */
  beforeMigrate?: (db: Db, fromVersion: number, key: WorkspaceKey | null) => void;
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
/** An encrypted file is whole pages; SQLite's smallest page is 512 bytes. */
const MIN_PAGE = 512;

export function openDb(path: string, options: OpenOptions = {}): OpenedDb {
  const keys = options.keys ?? [];
  const exists = existsSync(path);
  if (!exists && !options.create) fail('WORKSPACE', 'workspaceMissing');
  let plain = !exists ? keys.length === 0 : false;
  if (exists) {
    const { size } = statSync(path);
    const head = readHead(path);
    plain = head.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC);
    if (size === 0 || (!plain && (size % MIN_PAGE !== 0 || isOtherKnownFile(path)))) fail('WORKSPACE', 'notAWorkspace');
    if (!plain && keys.length === 0) fail('WORKSPACE', 'workspaceNeedsKey');
  }
  const fileReadOnly = exists && !canWrite(path);
  const readOnly = fileReadOnly || options.readOnly === true;

  const unlocked = plain ? { db: connect(path, readOnly, exists), key: null } : unlock(path, readOnly, exists, keys);
  let db = unlocked.db;
  const key = unlocked.key;
  try {
    if (exists) checkIdentity(db);
    if (readOnly) {
      setReadPragmas(db);
      if (schemaVersion(db) < LATEST_VERSION) fail('WORKSPACE', 'workspaceReadOnlyOld');
      return { db, healthy: true, problem: null, readOnly: fileReadOnly ? 'readOnlyFile' : 'locked', key, checked: false };
    }
    // From here on the file is ours, of a version we know: it may be written.
    const closedCleanly = db.pragma('journal_mode', { simple: true }) !== 'wal' && !hasWalContent(path);
    const from = schemaVersion(db);
    db.pragma('journal_mode = WAL');
    setReadPragmas(db);
    setWritePragmas(db);
    // The check reads every page: on a large encrypted file most of the time of opening. It
    // may wait until after opening (the caller runs `checkTable` per table) when the file was closed
    // cleanly and needs no migration; after a crash, or before a migration, it runs now.
    const deferCheck = options.deferCheck === true && closedCleanly && from === LATEST_VERSION;
    const problem = deferCheck ? [] : quickCheck(db);
    if (problem.length > 0) {
      db.close();
      db = openDamaged(path, key);
      return { db, healthy: false, problem: describeProblems(problem), readOnly: 'damaged', key, checked: true };
    }
    if (from > 0 && from < LATEST_VERSION) options.beforeMigrate?.(db, from, key);
    migrate(db);
    return { db, healthy: true, problem: null, readOnly: null, key, checked: !deferCheck };
  } catch (e) {
    if (db.open) db.close();
    throw e;
  }
}

/**
 * Closes a workspace so that the `.sqlite` file alone is complete: the WAL is checkpointed
 * into it and truncated, and the file is left in rollback-journal mode, so it can be copied
 * on its own and opened from a read-only medium (a WAL file cannot be read without writing
 * its `-shm`). Another connection still reading it keeps WAL mode; that is fine.
 */
export function closeDb(db: Db): void {
  if (!db.open) return;
  if (!db.readonly) {
    try {
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.pragma('journal_mode = DELETE');
    } catch {
      // busy (another reader) or the medium went away: SQLite recovers the WAL at the next open
    }
  }
  db.close();
}

/** A SQLite file in clear (an older workspace, or a backup of one): its header says so. */
export const isPlainSqliteFile = (path: string): boolean => readHead(path).subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC);

function readHead(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(100);
    readSync(fd, head, 0, 100, 0);
    return head;
  } finally {
    closeSync(fd);
  }
}

/** Signatures of files people open by mistake: ZIP (xlsx, docx), PDF, PNG, JPEG, old Office. */
const OTHER_MAGIC = ['504b0304', '25504446', '89504e47', 'ffd8ff', 'd0cf11e0'];

/**
 * An encrypted workspace is indistinguishable from random bytes; a text file or a document
 * of another kind is not. Its first 512 bytes: a known signature, or valid UTF-8 text
 * (random bytes almost never are).
 */
function isOtherKnownFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(MIN_PAGE);
    const n = readSync(fd, head, 0, MIN_PAGE, 0);
    const hex = head.subarray(0, 4).toString('hex');
    if (OTHER_MAGIC.some((m) => hex.startsWith(m))) return true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, n - 4)); // a character may be cut at the end
      return true;
    } catch {
      return false;
    }
  } finally {
    closeSync(fd);
  }
}

/** A file marked read-only (its write bits off, which root would ignore) or on a read-only medium. */
function canWrite(path: string): boolean {
  if ((statSync(path).mode & 0o200) === 0) return false;
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function connect(path: string, readonly: boolean, mustExist: boolean): Db {
  const db = cacheStatements(new Database(path, { readonly, fileMustExist: mustExist }));
  // Write transactions begin IMMEDIATE: a deferred one takes the write lock only at its first
  // write, and a lock conflict there fails at once instead of waiting out busy_timeout.
  const transaction = db.transaction.bind(db);
  // (better-sqlite3 nests a transaction inside another as a savepoint whichever variant is called.)
  db.transaction = ((fn: Parameters<Db['transaction']>[0]) => transaction(fn).immediate) as Db['transaction'];
  return db;
}

/**
 * A connection opened with the first key that reads the file (a wrong key leaves SQLite
 * unable to read page 1). Each key gets a fresh connection: after a failed key,
 * SQLite3MultipleCiphers lets the same connection read with the right one but refuses its
 * writes as "readonly database".
 */
function unlock(path: string, readOnly: boolean, exists: boolean, keys: WorkspaceKey[]): { db: Db; key: WorkspaceKey } {
  for (const key of keys) {
    const db = connect(path, readOnly, exists);
    try {
      applyKey(db, key);
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
      return { db, key };
    } catch (e) {
      db.close();
      if (!(e instanceof Database.SqliteError && e.code === 'SQLITE_NOTADB')) throw e;
    }
  }
  return fail('WORKSPACE', 'workspaceWrongKey');
}

/** Ours: our application_id, or (a file from before migration 8 wrote it) our own tables. */
function checkIdentity(db: Db): void {
  let appId: number;
  let version: number;
  try {
    appId = db.pragma('application_id', { simple: true }) as number;
    version = schemaVersion(db);
  } catch (e) {
    if (e instanceof Database.SqliteError && e.code === 'SQLITE_NOTADB') fail('WORKSPACE', 'notAWorkspace');
    throw e;
  }
  if (appId !== APP_ID) {
    const ours =
      appId === 0 &&
      version > 0 &&
      (db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table' AND name IN ('settings', 'companies', 'audit')`).get() as { n: number }).n === 3;
    if (!ours) fail('WORKSPACE', 'notAWorkspace');
  }
  if (version > LATEST_VERSION) fail('WORKSPACE', 'workspaceTooNew', { version });
}

function setReadPragmas(db: Db): void {
  // A saved record must survive a power cut: WAL with FULL sync.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Pages are decrypted (and their HMAC checked) as they enter the cache: a larger cache keeps
  // the hot ones decrypted. 128 MB, not 32: on the bench's 20,000 companies / 100,000 visits the
  // overdue follow-ups and the dashboard read 96–128 MB of pages, and with a smaller cache the
  // encrypted file decrypted them again on every call (~500 ms instead of ~100; plain ~120 → ~100
  // ms). The cache fills as pages are read (the open's quick_check reads them all), so an open
  // workspace of that size holds up to 128 MB of it in memory.
  db.pragma('cache_size = -131072');
  // Statement journals (each write that fires a trigger keeps one, to undo the statement alone)
  // and sorts that spill are held in memory, not in temporary files: a temporary file would hold
  // pages of an encrypted workspace in clear outside it, and on a bare table with a trigger a
  // temp-file journal made each insert 3× slower.
  db.pragma('temp_store = MEMORY');
}

/**
 * Deleted content is overwritten with zeros, not just unlinked from the b-tree: a removed
 * contact's name or a purged company's notes must not stay readable in the file's free pages
 * (nor in a copy made page by page). Costs a write of each freed page, which a delete or an
 * update that shrinks a row does anyway in WAL mode.
 */
function setWritePragmas(db: Db): void {
  db.pragma('secure_delete = ON');
}

/**
 * The problems `quick_check` finds, none when the file is sound.
 *
 * It runs table by table over every table that holds data — ours, SQLite's schema, and the
 * FTS5 indexes' own tables — checking each b-tree and its indexes (page structure, key
 * order, record format, NOT NULL and STRICT types). What it leaves out is the FTS5 modules'
 * own consistency check (which a whole-file quick_check runs through the virtual tables):
 * it re-reads the entire search index, took 2 of the 2.4 seconds a whole-file check took
 * on a workspace of 100,000 visits, and only verifies derived data that can be rebuilt
 * from the records. Being per table, it also skips the whole-file accounting of free and
 * unused pages.
 *
 * When a table's own pages are damaged SQLite does not list the problem but fails the
 * check with SQLITE_CORRUPT: that is a finding too, not a reason to refuse the file.
 */
export function quickCheck(db: Db): string[] {
  for (const table of checkableTables(db)) {
    const problems = checkTable(db, table);
    if (problems.length > 0) return problems;
  }
  return [];
}

/** The tables `quickCheck` goes through, SQLite's schema first. */
export function checkableTables(db: Db): string[] {
  return (db.pragma('table_list') as { schema: string; name: string; type: string }[])
    .filter((t) => t.schema === 'main' && (t.type === 'table' || t.type === 'shadow'))
    .map((t) => t.name)
    .sort((a, b) => Number(b === 'sqlite_schema') - Number(a === 'sqlite_schema'));
}

/** The problems `quick_check` finds in one table and its indexes; none when they are sound. */
export function checkTable(db: Db, table: string): string[] {
  try {
    const check = db.pragma(`quick_check("${table.replace(/"/g, '""')}")`, { simple: false }) as { quick_check: string }[];
    return check.map((r) => r.quick_check).filter((r) => r !== 'ok');
  } catch (e) {
    if (e instanceof Database.SqliteError && (e.code.startsWith('SQLITE_CORRUPT') || e.code === 'SQLITE_NOTADB')) return [e.message];
    throw e;
  }
}

export const describeProblems = (problems: string[]) => problems.slice(0, 5).join('; ');

/** A damaged file, opened read-only so nothing is ever written to it. */
export function openDamaged(path: string, key: WorkspaceKey | null): Db {
  const db = connect(path, true, true);
  if (key) applyKey(db, key);
  setReadPragmas(db);
  return db;
}

/** A WAL with frames in it: the last session did not close (a crash), or is still open. */
function hasWalContent(path: string): boolean {
  try {
    return statSync(`${path}-wal`).size > 0;
  } catch {
    return false;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every migration above the file's version, each in its own transaction. */
export function migrate(db: Db, target = LATEST_VERSION): void {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) fail('WORKSPACE', 'workspaceTooNew', { version: current });
  for (const m of MIGRATIONS) {
    if (m.version <= current || m.version > target) continue;
    db.transaction(() => {
      db.exec(m.sql);
      m.seed?.(db);
      m.data?.(db);
      db.pragma(`user_version = ${m.version}`);
    })();
    if (m.vacuumAfter) {
      db.exec('VACUUM');
      // VACUUM in WAL mode writes the whole file into the log first: the old pages leave it here.
      db.pragma('wal_checkpoint(TRUNCATE)');
    }
  }
}
