// Saving a file the user chose a place for (an export, a printed report, a copy of the
// workspace) so that the destination is only ever the old file or the complete new one, and a
// cancelled, failed or killed save leaves nothing in the user's folder for good.
//
// How a save goes:
//   1. A journal entry, <dataDir>/pending-files/<16 hex>.json, records the temporary file's path
//      (and the writing process's id), fsynced before the temporary file exists: if the process
//      dies at any later point, the next start knows what to remove.
//   2. The temporary file is created next to the destination (same folder, so the final rename
//      stays on one file system and is atomic), exclusively, under the name
//
//          .<destination name>.<8 lowercase hex>.liaison-part
//
//      e.g. ".企业名录-2026-11-24.xlsx.3fa94c07.liaison-part". The leading dot hides it on macOS
//      and Linux while it is being written; the suffix is ours alone; the random part keeps two
//      saves to one destination apart. Leftovers are only ever removed when they are named in
//      the journal AND match this pattern, so a user's own "report.xlsx.part" (the name the app
//      used before) or any file we did not journal is never touched.
//   3. The caller writes the temporary file however it likes (bytes, a stream, SQLite's backup).
//   4. commit(): fsync the file, rename it onto the destination, fsync the folder (so the rename
//      itself survives a power cut), then drop the journal entry. Without the fsync before the
//      rename a power cut could leave the destination renamed but empty.
//   5. discard() (failure, cancel): remove the temporary file, then the journal entry.
//
// At start the app calls removeLeftoverTempFiles(dataDir) for saves that a crash interrupted.
// The journal holds nothing but the temporary path and a process id.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { truncateUtf8 } from '../../../shared/fileNames';
import { flushDir, flushFile } from './flush';

export const TEMP_FILE_SUFFIX = '.liaison-part';

/** Our temporary names: a dot, the destination's name (maybe shortened), 8 hex digits, the suffix. */
const TEMP_NAME = /^\..+\.[0-9a-f]{8}\.liaison-part$/su;

/** Whether `name` (a file name, not a path) is one of our temporary names. */
export const isTempFileName = (name: string): boolean => TEMP_NAME.test(name);

/** The folder of the journal inside the app's data folder. */
export const JOURNAL_DIR = 'pending-files';

/**
 * At most this many UTF-8 bytes of the destination's name go into the temporary name: with the
 * 23 bytes around it the name stays far below the 255 bytes (Linux, macOS) or UTF-16 units
 * (Windows) a name may have, however long the user's file name is (Chinese names take 3 bytes
 * a character). The name is only there so a person who sees the file knows what it was.
 */
const NAME_BYTES = 120;

const shortened = (name: string): string => truncateUtf8(name, NAME_BYTES) || 'file';

/** A fresh temporary path next to `destination`. */
export function tempPathFor(destination: string): string {
  return join(dirname(destination), `.${shortened(basename(destination))}.${randomBytes(4).toString('hex')}${TEMP_FILE_SUFFIX}`);
}

interface JournalEntry {
  /** The temporary file's absolute path. */
  path: string;
  /** The process writing it: a leftover of a process still running is a save in progress. */
  pid: number;
}

/** Writes a journal entry naming `tempPath` and makes sure it is on disk; returns the entry's path. */
async function journal(dataDir: string, tempPath: string): Promise<string> {
  const dir = join(dataDir, JOURNAL_DIR);
  await mkdir(dir, { recursive: true });
  const entry = join(dir, `${randomBytes(8).toString('hex')}.json`);
  const handle = await open(entry, 'wx');
  try {
    await handle.writeFile(JSON.stringify({ path: tempPath, pid: process.pid } satisfies JournalEntry));
    await handle.sync();
  } catch (e) {
    await handle.close();
    await rm(entry, { force: true });
    throw e;
  }
  await handle.close();
  await flushDir(dir);
  return entry;
}

/** Drops a journal entry. A failure is harmless: the next start finds the file gone and drops it then. */
const forget = (entry: string) => rm(entry, { force: true }).catch(() => {});

/** A save under way: write `tempPath`, then commit() or discard(). */
export interface PendingSave {
  readonly destination: string;
  /** The temporary file (created empty) to write the content to. */
  readonly tempPath: string;
  /**
   * Puts the written file in place: fsync, rename onto the destination (replacing a file the
   * user chose to replace), fsync of the folder. Whatever wrote `tempPath` must have closed it
   * or at least finished writing. On failure the temporary file is still there: discard() it.
   */
  commit(): Promise<void>;
  /**
   * Removes the temporary file and its journal entry. Never throws (it runs while another error
   * is on its way to the user): a file that cannot be removed now (Windows, a virus scanner
   * holding it) keeps its entry, and the next start removes it. Safe to call more than once
   * and after commit().
   */
  discard(): Promise<void>;
}

/**
 * Starts a save to `destination`: journals and creates the temporary file. Fails as the file
 * system does (no such folder, no permission) with nothing left behind.
 */
export async function startSave(dataDir: string, destination: string): Promise<PendingSave> {
  destination = resolve(destination);
  const tempPath = tempPathFor(destination);
  const entry = await journal(dataDir, tempPath);
  try {
    // 'wx': never opens a file that exists, so a save cannot write into anything not its own.
    await (await open(tempPath, 'wx')).close();
  } catch (e) {
    await forget(entry);
    throw e;
  }
  let settled = false;
  return {
    destination,
    tempPath,
    async commit() {
      if (settled) throw new Error('this save was already committed or discarded');
      await flushFile(tempPath);
      await rename(tempPath, destination);
      settled = true;
      await flushDir(dirname(destination));
      await forget(entry);
    },
    async discard() {
      // After a commit the temporary name may belong to nothing, or (in theory) to another
      // save's file: only remove it while it is still this save's.
      if (!settled) {
        try {
          await rm(tempPath, { force: true });
        } catch {
          return;
        }
      }
      settled = true;
      await forget(entry);
    },
  };
}

/**
 * Saves to `destination` through a temporary file: `write(tempPath)` writes it, then it is
 * committed; if `write` or the commit throws, the temporary file is removed and the error rethrown.
 */
export async function saveVia<T>(dataDir: string, destination: string, write: (tempPath: string) => Promise<T>): Promise<T> {
  const save = await startSave(dataDir, destination);
  try {
    const result = await write(save.tempPath);
    await save.commit();
    return result;
  } catch (e) {
    await save.discard();
    throw e;
  }
}

/** Saves `bytes` as `destination`, all or nothing. */
export async function saveBytes(dataDir: string, destination: string, bytes: Uint8Array | string): Promise<void> {
  await saveVia(dataDir, destination, async (tempPath) => {
    const handle = await open(tempPath, 'w');
    try {
      await handle.writeFile(bytes);
    } finally {
      await handle.close();
    }
  });
}

/** Whether process `pid` is running (this one included). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseEntry(text: string): JournalEntry | null {
  try {
    const v = JSON.parse(text) as Partial<JournalEntry>;
    if (typeof v.path !== 'string' || !isAbsolute(v.path) || !Number.isInteger(v.pid)) return null;
    return { path: v.path, pid: v.pid! };
  } catch {
    return null;
  }
}

/** How long an entry whose folder is missing (a USB stick not plugged in) is kept for a later start. */
export const KEEP_UNREACHABLE_MS = 30 * 86_400_000;

const SQLITE_SIDE_FILES = ['-journal', '-wal', '-shm'];

/**
 * Removes what one journal entry names; true when the entry has served its purpose. The
 * temporary file goes (with the rollback journal or WAL files SQLite's backup may have put beside
 * it) only if its name is one of our temporary names; an entry naming anything else is dropped
 * without touching that file.
 */
async function clearEntry(entry: JournalEntry, entryAgeMs: number, removed: string[]): Promise<boolean> {
  if (!isTempFileName(basename(entry.path))) return true;
  const folder = await stat(dirname(entry.path)).catch(() => null);
  if (!folder) return entryAgeMs > KEEP_UNREACHABLE_MS;
  for (const suffix of ['', ...SQLITE_SIDE_FILES]) {
    const file = entry.path + suffix;
    try {
      await rm(file);
      if (!suffix) removed.push(file);
    } catch (e) {
      // Already gone (the save ended and only its entry was left) is what we want.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return false;
    }
  }
  return true;
}

/**
 * Removes what interrupted saves left behind: for each journal entry whose process is gone,
 * the temporary file it names, then the entry. An entry that cannot be parsed was cut short
 * while being written, before its temporary file existed, and is just dropped. A file that
 * cannot be removed now (a read-only or unplugged drive) keeps its entry for a later start.
 * Never throws: tidying up must not stop the app from starting. Returns the files removed.
 */
export async function removeLeftoverTempFiles(dataDir: string): Promise<string[]> {
  const dir = join(dataDir, JOURNAL_DIR);
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names.filter((n) => /^[0-9a-f]{16}\.json$/.test(n)).sort()) {
    const entryPath = join(dir, name);
    try {
      const [text, info] = await Promise.all([readFile(entryPath, 'utf8'), stat(entryPath)]);
      const entry = parseEntry(text);
      // A save still running (another window of the app on the same data folder) keeps its file.
      if (entry && isRunning(entry.pid)) continue;
      if (!entry || (await clearEntry(entry, Date.now() - info.mtimeMs, removed))) await rm(entryPath, { force: true });
    } catch {
      // Unreadable or gone meanwhile: left for another start.
    }
  }
  return removed;
}
