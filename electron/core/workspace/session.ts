// The open workspace: one SQLite file, encrypted, locked for one writer, backed up.
// New, open, unlock, encrypt, save-a-copy, backups and restore all go through here, so
// the rules (keys from the keyring, the lock, a backup before anything risky) hold for all.
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { BackupEntry, BackupReason, RetentionPolicy } from '../../../shared/backups/schema';
import { ApiFailure, fail } from '../../../shared/result';
import type { WorkspaceInfo } from '../../../shared/workspace/schema';
import { readRetention } from '../backups/policy';
import { backupDirOf, backupFileName, backupPath, ensureDir, hasBackupOn, listBackups, prune, writeFacts } from '../backups/store';
import { type BackgroundCopy, CopyThreadFailed } from '../backups/copyThread';
import { checkWithAny, copyInto, type CopyFacts, putInPlace, tempBeside, writeVerifiedCopy } from '../backups/verifiedCopy';
import { flushDirSync, flushFileSync } from '../files/flush';
import { saveVia } from '../files/atomicSave';
import type { Keyring } from '../crypto/keyring';
import { newRandomKey, rekey, type WorkspaceKey } from '../crypto/workspaceKey';
import type { BackgroundCheck } from '../db/checkThread';
import { checkableTables, checkTable, closeDb, type Db, describeProblems, isPlainSqliteFile, openDamaged, openDb, type OpenedDb, schemaVersion } from '../db/open';
import { currentOwner, type LockOwner, WorkspaceLock } from './lock';
import { log } from '../logs/log';

/** How long after opening the integrity check and the day's backup start. */
const BACKGROUND_START_MS = 1000;

export interface SessionOptions {
  keyring: Keyring;
  /** The app's data folder: automatic backups go to its `backups/` folder. Without it, none are made. */
  dataDir?: string;
  /** How many backups to keep; by default the app-wide setting in `dataDir` (Settings › 备份与恢复). */
  retention?: RetentionPolicy;
  /** Who this is, for the lock a colleague would see. */
  owner?: LockOwner;
  /** The clock, for tests of daily backups and retention. */
  now?: () => Date;
  /**
   * Runs the integrity check after opening on a connection and a thread of its own (the core's
   * worker thread passes db/checkThread.ts checkInThread), so calls and writes are not held up
   * while it reads the file. Without it the check goes table by table on this thread, between calls.
   */
  checkElsewhere?: (path: string, key: WorkspaceKey | null) => BackgroundCheck;
  /**
   * Writes a copy (a backup by hand or the day's first, save-a-copy) on a connection and a
   * thread of its own (the core's worker thread passes backups/copyThread.ts copyInThread), so
   * calls and writes go on while it runs. Without it copies are written on this thread.
   */
  copyElsewhere?: (path: string, key: WorkspaceKey | null, target: string) => BackgroundCopy;
}

interface Current extends OpenedDb {
  path: string;
  lock: WorkspaceLock | null;
  lockedBy: LockOwner | null;
  /** Set while a backup is looked at read-only: the workspace to go back to. */
  backupOf: { path: string; createdAt: string } | null;
}

export class WorkspaceSession {
  private current: Current | null = null;
  /** A file that needs a passphrase: chosen in a dialog, waiting for `unlock`. */
  private pendingUnlock: string | null = null;
  private readonly now: () => Date;

  constructor(
    path: string | undefined,
    private readonly options: SessionOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    if (path) this.open(path);
  }

  get db(): Db {
    return this.current?.db ?? fail('WORKSPACE', 'noWorkspace');
  }

  get keyring(): Keyring {
    return this.options.keyring;
  }

  /** The open file's path, null when none is open. */
  get openPath(): string | null {
    return this.current?.path ?? null;
  }

  get writable(): boolean {
    return this.current !== null && this.current.readOnly === null && this.current.backupOf === null;
  }

  /** Why writes are refused, as the error the user reads. */
  readOnlyError(): never {
    const c = this.current ?? fail('WORKSPACE', 'noWorkspace');
    if (c.backupOf) fail('WORKSPACE', 'viewingBackup');
    if (c.readOnly === 'locked') fail('WORKSPACE', 'workspaceLocked', { user: c.lockedBy?.user ?? '', computer: c.lockedBy?.computer ?? '' });
    if (c.readOnly === 'readOnlyFile') fail('WORKSPACE', 'workspaceReadOnlyFile');
    return fail('WORKSPACE', 'workspaceReadOnly');
  }

  info(): WorkspaceInfo {
    const c = this.current ?? fail('WORKSPACE', 'noWorkspace');
    const shown = c.backupOf?.path ?? c.path;
    return {
      path: c.path,
      name: basename(shown).replace(/\.(sqlite|db)$/i, ''),
      schemaVersion: schemaVersion(c.db),
      readOnly: !this.writable,
      readOnlyReason: c.backupOf ? 'backup' : c.readOnly,
      problem: c.problem,
      lockedBy: c.lockedBy,
      encrypted: c.key !== null,
      passphrase: c.key?.kind === 'passphrase',
      keystoreProtects: this.options.keyring.store.protects,
      viewingBackup: c.backupOf ? { createdAt: c.backupOf.createdAt } : null,
      pendingUnlock: this.pendingUnlock ? { name: basename(this.pendingUnlock).replace(/\.(sqlite|db)$/i, '') } : null,
    };
  }

  cancelUnlock(): WorkspaceInfo {
    this.pendingUnlock = null;
    return this.info();
  }

  /**
   * Opens a workspace file, closing the previous one; a missing file becomes a new, encrypted
   * workspace. A file whose key is not in the keyring waits for `unlock` (workspaceNeedsKey).
   */
  open(path: string): WorkspaceInfo {
    if (!existsSync(path)) {
      // A folder that is gone (a USB stick pulled out, a drive not mapped) is not a place to start afresh.
      if (!existsSync(dirname(path))) fail('WORKSPACE', 'workspaceMissing');
      return this.create(path);
    }
    return this.openWith(path, this.options.keyring.keysFor(path));
  }

  /** Opens the file that asked for a passphrase, with the passphrase the user typed. */
  unlock(passphrase: string): WorkspaceInfo {
    const path = this.pendingUnlock ?? fail('WORKSPACE', 'nothingToUnlock');
    const key: WorkspaceKey = { kind: 'passphrase', text: passphrase };
    const info = this.openWith(path, [key]);
    // Remembered only once it opened: a wrong passphrase is never stored.
    if (this.current?.key === key && this.current.readOnly !== 'readOnlyFile') this.options.keyring.remember(path, key);
    return info;
  }

  /** A new, empty, encrypted workspace at `path` (an existing file there is replaced: the dialog asked). */
  create(path: string): WorkspaceInfo {
    if (this.current?.path === path) this.close();
    // Built under a temporary name and renamed once its key is in the keyring: a crash
    // half-way never leaves an encrypted file nobody has the key of at the chosen path.
    const building = `${path}.${randomBytes(4).toString('hex')}.liaison-tmp`;
    const key = newRandomKey();
    try {
      const { db } = openDb(building, { keys: [key], create: true });
      closeDb(db);
      this.options.keyring.remember(building, key);
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
      renameSync(building, path);
      flushDirSync(dirname(path));
    } finally {
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(building + suffix, { force: true });
    }
    return this.openWith(path, [key]);
  }

  private openWith(path: string, keys: WorkspaceKey[]): WorkspaceInfo {
    // Our own lock would make the file look held by someone else: let go of it first.
    if (this.current?.path === path) this.close();
    const lockResult = WorkspaceLock.acquire(path, this.options.owner ?? currentOwner(), this.now);
    const lock = 'held' in lockResult ? lockResult.held : null;
    const lockedBy = 'heldBy' in lockResult ? lockResult.heldBy : null;
    let opened: OpenedDb;
    try {
      opened = openDb(path, {
        keys,
        readOnly: lockedBy !== null,
        deferCheck: true,
        beforeMigrate: (db, _from, key) => void this.backupInto(path, db, key, 'premigrate'),
      });
    } catch (e) {
      lock?.release();
      const keyProblem = e instanceof ApiFailure && (e.error.key === 'workspaceNeedsKey' || e.error.key === 'workspaceWrongKey');
      if (keyProblem) this.pendingUnlock = path;
      // The keyring's keys do not fit (the file was re-keyed elsewhere): the user's passphrase may.
      if (keyProblem && keys.every((k) => k.kind === 'raw')) fail('WORKSPACE', 'workspaceNeedsKey');
      throw e;
    }
    // Another file opening (the default workspace, after the last one asked for its passphrase
    // at start) leaves the question open; the one it was about answers it.
    if (this.pendingUnlock === path) this.pendingUnlock = null;
    this.close();
    this.current = { ...opened, path, lock, lockedBy, backupOf: null };
    // What support asks first: which schema, whether it could be written, encrypted how — never its path.
    log.info('workspace.opened', { schemaVersion: schemaVersion(opened.db), status: opened.readOnly ?? 'writable', kind: opened.key?.kind ?? 'plain' });
    if (opened.readOnly === null) this.startBackgroundWork(opened.checked);
    return this.info();
  }

  /** Plain (from before encryption) → encrypted under a new random key, after a checked backup. */
  encrypt(): WorkspaceInfo {
    const c = this.writableCurrent();
    if (c.key) fail('WORKSPACE', 'alreadyEncrypted');
    this.backup('beforeEncrypt');
    const info = this.rekeyTo(newRandomKey());
    this.encryptPlainBackups();
    return info;
  }

  /**
   * The backups of a workspace that was plain are plain too, the one just taken included: once
   * the workspace is encrypted they are encrypted under its key, so no clear copy of the
   * people's data stays in the app's folder.
   */
  private encryptPlainBackups(): void {
    const dir = this.backupDir();
    const key = this.current?.key;
    if (!dir || !key) return;
    for (const entry of listBackups(dir)) {
      const file = join(dir, entry.id);
      if (!isPlainSqliteFile(file)) continue;
      const db = new Database(file, { fileMustExist: true });
      try {
        db.pragma('journal_mode = DELETE'); // SQLite3MultipleCiphers encrypts a plain file only in rollback mode
        rekey(db, key);
      } finally {
        db.close();
      }
      this.options.keyring.remember(file, key);
    }
  }

  /** Puts the workspace under a passphrase the user typed (or changes it). */
  setPassphrase(passphrase: string): WorkspaceInfo {
    this.writableCurrent();
    return this.rekeyTo({ kind: 'passphrase', text: passphrase });
  }

  private rekeyTo(key: WorkspaceKey): WorkspaceInfo {
    const c = this.writableCurrent();
    const { path } = c;
    // The new key is in the keyring before the file changes (the salt stays through a re-key),
    // so whichever key the file ends up under after a crash, the keyring has it; the old one
    // stays too, for the backups made before.
    if (c.key) this.options.keyring.remember(path, key);
    this.letCopiesGo();
    c.db.pragma('wal_checkpoint(TRUNCATE)');
    // SQLite3MultipleCiphers encrypts a plain file only in rollback-journal mode; we hold the
    // lock, so no other connection needs the WAL meanwhile.
    if (!c.key) {
      c.db.pragma('journal_mode = DELETE');
      rekey(c.db, key);
      c.db.pragma('journal_mode = WAL');
    } else {
      rekey(c.db, key);
      // Pages written before the re-key may linger in the WAL: checkpoint and truncate it.
      c.db.pragma('wal_checkpoint(TRUNCATE)');
    }
    if (!c.key) this.options.keyring.remember(path, key); // a plain file has no salt before the re-key
    c.key = key;
    return this.info();
  }

  private writableCurrent(): Current {
    const c = this.current ?? fail('WORKSPACE', 'noWorkspace');
    if (!this.writable) this.readOnlyError();
    return c;
  }

  /**
   * A checked copy of the open workspace at `path` (a place the user chose), encrypted like it
   * and openable on this computer: written into a temporary file beside it (files/atomicSave,
   * journalled in `dataDir`, so a killed copy leaves nothing behind after the next start),
   * checked, and renamed onto it.
   */
  async saveCopy(path: string, dataDir: string): Promise<void> {
    const c = this.current ?? fail('WORKSPACE', 'noWorkspace');
    if (c.path === path || c.backupOf?.path === path) fail('WORKSPACE', 'copyOntoItself');
    await this.track(saveVia(dataDir, path, async (tempPath) => {
      await this.copyOf(c, tempPath);
      // A file being replaced may have SQLite files of its own beside it (a WAL or a hot journal
      // a crash left); after the rename SQLite would apply them to the new copy and find it
      // corrupt. They belong to the file the user chose to replace, so they go with it.
      for (const suffix of ['-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
    }));
  }

  /** Copies running in their threads, each with the temporary file it writes. */
  private readonly copies = new Map<BackgroundCopy, string>();

  /**
   * Writes a checked copy of the open workspace into `target` (missing or empty): in a thread of
   * its own when the session has one, while the core goes on; otherwise here. A file on a
   * write-protected medium is copied here too: a second connection to it may not be able to
   * read its WAL (it cannot write the -shm), the core's own connection can.
   */
  private async copyOf(c: Current, target: string): Promise<CopyFacts> {
    if (!this.options.copyElsewhere || c.readOnly === 'readOnlyFile') return copyInto(c.db, c.key, target, this.options.keyring);
    const copy = this.options.copyElsewhere(c.path, c.key, target);
    this.copies.set(copy, target);
    try {
      const facts = await copy.done;
      if (c.key) this.options.keyring.remember(target, c.key);
      return facts;
    } catch (e) {
      // The thread could not copy (it could not start, say): copy here instead, as without one,
      // unless the workspace was closed or switched meanwhile.
      if (!(e instanceof CopyThreadFailed) || this.current !== c) throw e;
      rmSync(target, { force: true }); // VACUUM INTO writes only into a missing or empty file
      return copyInto(c.db, c.key, target, this.options.keyring);
    } finally {
      this.copies.delete(copy);
    }
  }

  /**
   * Before the file is closed or re-keyed: waits until no copy reads it any more (a copy under
   * way reads a snapshot through the WAL, which closing would checkpoint away and a re-key would
   * rewrite). The copies themselves go on and finish in their threads; this waits at most for
   * the rest of one VACUUM INTO.
   */
  private letCopiesGo(): void {
    for (const copy of this.copies.keys()) copy.waitUntilReleased();
  }

  /** Resolves once every copy under way has finished (the host's close at quit, tests). */
  async copiesDone(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** Backups and copies under way here, with what follows them (rename, facts, pruning). */
  private readonly running = new Set<Promise<unknown>>();

  private track<T>(work: Promise<T>): Promise<T> {
    this.running.add(work);
    void work.finally(() => this.running.delete(work)).catch(() => {});
    return work;
  }

  // ── backups ────────────────────────────────────────────────────────────────────────────

  private backupDir(path = this.current?.backupOf?.path ?? this.current?.path): string | null {
    return this.options.dataDir && path ? backupDirOf(this.options.dataDir, path) : null;
  }

  /**
   * Takes a backup of the open workspace into its backups folder now, here: for the backups
   * that must be complete before what follows them (a re-key, a restore, closing).
   */
  backup(reason: BackupReason): BackupEntry {
    const c = this.current ?? fail('WORKSPACE', 'noWorkspace');
    if (c.backupOf) fail('WORKSPACE', 'viewingBackup');
    const entry = this.backupInto(c.path, c.db, c.key, reason);
    return entry ?? fail('WORKSPACE', 'noBackupFolder');
  }

  /** Takes a backup (by hand, the day's first) in a thread of its own when the session has one: the core answers meanwhile. */
  backupInBackground(reason: BackupReason): Promise<BackupEntry> {
    const c = this.current ?? fail('WORKSPACE', 'noWorkspace');
    if (c.backupOf) fail('WORKSPACE', 'viewingBackup');
    const dir = this.backupDir(c.path) ?? fail('WORKSPACE', 'noBackupFolder');
    const plain = c.key === null; // rekeyTo sets c.key in place
    return this.track(
      (async () => {
        ensureDir(dir);
        const at = this.now();
        const file = `${dir}/${backupFileName(at, reason)}`;
        const temp = tempBeside(file);
        try {
          const facts = await this.copyOf(c, temp);
          putInPlace(temp, file);
          const entry = this.recordBackup(dir, file, at, reason, facts)!;
          // A plain workspace encrypted while this copy was written: the copy is plain, and like the
          // backups before it must not stay so (encryptPlainBackups ran before it was in place).
          if (plain && this.current?.path === c.path && this.current.key) this.encryptPlainBackups();
          return entry;
        } catch (e) {
          rmSync(temp, { force: true });
          throw e;
        }
      })(),
    );
  }

  private backupInto(workspacePath: string, db: Db, key: WorkspaceKey | null, reason: BackupReason): BackupEntry | null {
    const dir = this.backupDir(workspacePath);
    if (!dir) return null;
    ensureDir(dir);
    const at = this.now();
    const file = `${dir}/${backupFileName(at, reason)}`;
    const facts = writeVerifiedCopy(db, key, file, this.options.keyring);
    return this.recordBackup(dir, file, at, reason, facts);
  }

  /** A backup in place: its facts beside it, the rolling set pruned (leaving alone the copies still being written). */
  private recordBackup(dir: string, file: string, at: Date, reason: BackupReason, facts: CopyFacts): BackupEntry | null {
    writeFacts(file, at, reason, facts);
    prune(dir, this.options.retention ?? readRetention(this.options.dataDir!), new Set(this.copies.values()));
    return listBackups(dir).find((e) => file.endsWith(e.id)) ?? null;
  }

  listBackups(): BackupEntry[] {
    const dir = this.backupDir();
    return dir ? listBackups(dir) : [];
  }

  /** The newest backup that opens with a key we have and passes the integrity check. */
  newestGoodBackup(workspacePath?: string): BackupEntry | null {
    const dir = this.backupDir(workspacePath);
    if (!dir) return null;
    for (const entry of listBackups(dir)) {
      try {
        checkWithAny(backupPath(dir, entry.id)!, [...this.options.keyring.keysFor(backupPath(dir, entry.id)!), null]);
        return entry;
      } catch {
        // no key of ours opens it, or it is damaged: try the next
      }
    }
    return null;
  }

  /**
   * Replaces the workspace with a backup. The current state is backed up first; a damaged
   * file, which cannot be backed up, is kept aside as `<name>.damaged-<time>.sqlite` instead.
   * Refused while a colleague has the file open or the file is read-only.
   */
  restore(id: string): WorkspaceInfo {
    let c = this.current ?? fail('WORKSPACE', 'noWorkspace');
    // From a backup being looked at: back to the workspace first, which takes its lock.
    if (c.backupOf) {
      this.closeBackup();
      c = this.current!;
    }
    if (c.readOnly === 'locked' || c.readOnly === 'readOnlyFile') this.readOnlyError();
    const target = c.path;
    const dir = this.backupDir(target)!;
    const source = (dir && backupPath(dir, id)) || fail('NOT_FOUND', 'backupNotFound');
    const keys = this.options.keyring.keysFor(source);
    checkWithAny(source, keys.length ? keys : [null]); // a backup that fails its check is never restored
    // Copied aside before anything else, so no backup taken below can prune it away.
    const temp = `${target}.${randomBytes(4).toString('hex')}.liaison-tmp`;
    copyFileSync(source, temp);
    const damaged = c.readOnly === 'damaged';
    try {
      flushFileSync(temp);
      if (!damaged) this.backup('beforeRestore');
    } catch (e) {
      rmSync(temp, { force: true });
      throw e;
    }
    this.close();
    this.replaceWith(target, temp, damaged ? 'damaged' : null);
    return this.openWith(target, keys);
  }

  /** Renames `temp` onto `target`; with `keepAs`, the file there is kept aside under that word and the time. */
  private replaceWith(target: string, temp: string, keepAs: 'damaged' | 'unreadable' | null): void {
    if (keepAs && existsSync(target)) renameSync(target, `${target.replace(/\.(sqlite|db)$/i, '')}.${keepAs}-${this.now().toISOString().replace(/[:.]/g, '-')}.sqlite`);
    for (const suffix of ['-wal', '-shm', '-journal']) rmSync(target + suffix, { force: true });
    renameSync(temp, target);
    flushDirSync(dirname(target));
  }

  /**
   * For a workspace that cannot be opened at all (its first page damaged, say): puts its
   * newest good backup in its place and opens that. The unreadable file is kept beside it
   * as `<name>.unreadable-<time>.sqlite`, never deleted: someone may still rescue it.
   */
  recoverFromBackup(path: string): WorkspaceInfo {
    const entry = this.newestGoodBackup(path) ?? fail('NOT_FOUND', 'backupNotFound');
    const source = backupPath(this.backupDir(path)!, entry.id)!;
    const keys = this.options.keyring.keysFor(source);
    if (this.current?.path === path) this.close();
    const temp = `${path}.${randomBytes(4).toString('hex')}.liaison-tmp`;
    copyFileSync(source, temp);
    flushFileSync(temp);
    this.replaceWith(path, temp, 'unreadable');
    return this.openWith(path, keys);
  }

  /** Looks inside a backup, read-only; `closeBackup` goes back to the workspace. */
  openBackup(id: string): WorkspaceInfo {
    const c = this.current ?? fail('WORKSPACE', 'noWorkspace');
    const workspace = c.backupOf?.path ?? c.path;
    const dir = this.backupDir(workspace)!;
    const path = (dir && backupPath(dir, id)) || fail('NOT_FOUND', 'backupNotFound');
    const entry = listBackups(dir).find((e) => e.id === id)!;
    const opened = openDb(path, { keys: this.options.keyring.keysFor(path), readOnly: true });
    this.close();
    this.current = { ...opened, readOnly: null, path, lock: null, lockedBy: null, backupOf: { path: workspace, createdAt: entry.createdAt } };
    return this.info();
  }

  closeBackup(): WorkspaceInfo {
    const c = this.current ?? fail('WORKSPACE', 'noWorkspace');
    if (!c.backupOf) return this.info();
    return this.open(c.backupOf.path);
  }

  // ── after opening: the integrity check, then the day's first backup ─────────────────────

  /** The work left after opening, run a moment later so opening stays quick. */
  private background: { db: Db; tables: string[]; timer: NodeJS.Timeout | null; elsewhere: BackgroundCheck | null } | null = null;
  /** Set while settle() runs the work here and now. */
  private settling = false;

  /**
   * After a clean close the integrity check waits until after opening (openDb's deferCheck):
   * in a thread of its own when the session has one (`checkElsewhere`), otherwise table by
   * table, a step at a time, so the calls of a user who has just opened the workspace are
   * answered between them; writes go on meanwhile either way. If it finds damage the workspace
   * turns read-only from then on, as if the damage had been found while opening. Then comes
   * the day's first backup. `settle()` runs what is left at once, here (tests, closing).
   */
  private startBackgroundWork(checked: boolean): void {
    const db = this.current!.db;
    this.background = { db, tables: checked ? [] : checkableTables(db), timer: null, elsewhere: null };
    this.nextBackgroundStep(BACKGROUND_START_MS);
  }

  /** Hands the whole check to its thread; the work goes on here when it answers. */
  private checkElsewhere(): void {
    const work = this.background!;
    const c = this.current!;
    const check = this.options.checkElsewhere!(c.path, c.key);
    work.elsewhere = check;
    work.tables = [];
    check.done.then(
      (problems) => {
        if (this.background !== work || work.elsewhere !== check) return; // closed, switched or settled meanwhile
        work.elsewhere = null;
        if (problems.length > 0) {
          this.markDamaged(problems);
          this.background = null;
        } else {
          this.nextBackgroundStep(0);
        }
      },
      () => {
        if (this.background !== work || work.elsewhere !== check) return;
        // The thread could not check (it could not start, say): check here instead.
        work.elsewhere = null;
        work.tables = checkableTables(work.db);
        this.nextBackgroundStep(0);
      },
    );
  }

  private nextBackgroundStep(delayMs: number): void {
    const work = this.background;
    if (!work) return;
    work.timer = setTimeout(() => {
      work.timer = null;
      if (this.background !== work || this.current?.db !== work.db) return;
      if (this.backgroundStep()) this.nextBackgroundStep(0);
    }, delayMs);
    work.timer.unref();
  }

  /** One step; true while there is more to do here. */
  private backgroundStep(): boolean {
    const work = this.background!;
    if (work.tables.length > 0 && this.options.checkElsewhere && !this.settling) {
      this.checkElsewhere();
      return false;
    }
    const table = work.tables.shift();
    if (table !== undefined) {
      const problems = checkTable(work.db, table);
      if (problems.length === 0) return true;
      this.markDamaged(problems);
    } else {
      // Every table has passed, here or in its thread (导出诊断信息 reports the file as checked).
      if (this.current?.db === work.db) this.current.checked = true;
      const dir = this.writable ? this.backupDir() : null;
      if (dir && !hasBackupOn(dir, this.now())) {
        // In its thread, unless settle() wants it done now; a failed one is tried again at the next open.
        if (this.options.copyElsewhere && !this.settling) void this.backupInBackground('daily').catch(() => {});
        else this.backup('daily');
      }
    }
    this.background = null;
    return false;
  }

  /** Damage found after opening: from now on the file is only read, like one found damaged while opening. */
  private markDamaged(problems: string[]): void {
    log.warn('workspace.damaged', { count: problems.length });
    const c = this.current!;
    c.db.close(); // not closeDb: nothing more is written to a damaged file
    this.current = { ...c, db: openDamaged(c.path, c.key), healthy: false, problem: describeProblems(problems), readOnly: 'damaged' };
  }

  /**
   * What the integrity check said of the open file, as far as it has run (导出诊断信息): it
   * never starts a check of its own, the one after opening is reused. null: no file is open.
   */
  integrity(): { status: 'passed' | 'damaged' | 'checking' | 'notChecked'; problem: string | null } | null {
    const c = this.current;
    if (!c) return null;
    if (!c.healthy || c.readOnly === 'damaged') return { status: 'damaged', problem: c.problem };
    if (c.checked) return { status: 'passed', problem: null };
    const work = this.background;
    if (work && work.db === c.db) return { status: 'checking', problem: null };
    return { status: 'notChecked', problem: null };
  }

  /** Keeps the work after opening from starting by itself: it waits for `settle()` (tests that need it at a moment of their choosing). */
  holdBackgroundWork(): void {
    const work = this.background;
    if (work?.timer) clearTimeout(work.timer);
    if (work) work.timer = null;
  }

  /** Runs what is left of the work after opening now, here (the integrity check, the day's backup). */
  settle(): void {
    const work = this.background;
    if (!work) return;
    if (work.timer) clearTimeout(work.timer);
    if (work.elsewhere) {
      // Its thread may be half-way: the check starts over here.
      work.elsewhere.stop();
      work.elsewhere = null;
      work.tables = checkableTables(work.db);
    }
    this.settling = true;
    try {
      while (this.background === work && this.backgroundStep());
    } finally {
      this.settling = false;
    }
  }

  /**
   * Closes the file complete on its own (WAL checkpointed and truncated), after a backup
   * when this session changed something, and gives up the lock.
   */
  close(): void {
    const c = this.current;
    if (!c) return;
    if (this.background?.timer) clearTimeout(this.background.timer);
    this.background?.elsewhere?.stop();
    this.background = null;
    try {
      if (this.writable && changedSinceOpen(c.db)) this.backup('close');
    } catch {
      // a backup that cannot be made (disk full) must not keep the file from closing
    }
    this.letCopiesGo();
    closeDb(c.db);
    c.lock?.release();
    this.current = null;
  }
}

/** Rows this connection inserted, changed or deleted since it opened. */
const changedSinceOpen = (db: Db) => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n > 0;
