// Forcing what was written onto the disk: a file (fsync), and a folder after a rename in it
// (so the rename itself survives a power cut). One place for both, synchronous for the core's
// synchronous steps (backups, keys) and asynchronous for saves that yield (exports).
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * Error codes of a folder fsync that mean "this platform or file system cannot do that", not
 * "the disk failed": Windows cannot open a folder as a file (EISDIR, EPERM, EACCES), some
 * network and FUSE file systems refuse fsync on a folder (EINVAL, ENOTSUP). The rename has
 * happened by then; it is just not forced to disk, which is all those systems offer.
 */
const NO_DIR_SYNC = new Set(['EISDIR', 'EPERM', 'EACCES', 'EINVAL', 'ENOTSUP']);
const cannotSyncDir = (e: unknown) => NO_DIR_SYNC.has((e as NodeJS.ErrnoException).code ?? '');

/**
 * Forces `file` onto the disk. A fresh descriptor is enough: fsync flushes the file whichever
 * descriptor wrote it (a stream or SQLite that wrote and closed its own). 'r+' because Windows
 * needs write access to flush.
 */
export function flushFileSync(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function flushDirSync(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch (e) {
    if (!cannotSyncDir(e)) throw e;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

export async function flushFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function flushDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (e) {
    if (!cannotSyncDir(e)) throw e;
  } finally {
    await handle?.close();
  }
}
