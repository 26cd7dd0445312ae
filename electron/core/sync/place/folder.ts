// A folder as the place: a USB stick passed around, or a mapped drive on the bureau's file
// server. Only whole files ever appear under their names: each is written under a hidden
// temporary name in the same folder, flushed to the disk, then renamed (a rename within one
// folder is atomic on every file system we meet, FAT32 and SMB included).
//
// The root is the folder the user chose and is never created here: when it is missing the
// stick was pulled or the drive is not mapped, and creating it would write packets onto the
// local disk instead.
import { type FileHandle, mkdir, open, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { flushDir } from '../../files/flush';
import { PlaceError, type SyncPlace, isTempName, placeSegments, tempNameFor } from './place';

/** File system errors that mean the medium or the share went away, not that a file is missing. */
const GONE = new Set(['EIO', 'ENODEV', 'ENXIO', 'ESTALE', 'ENOTCONN', 'EHOSTDOWN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ECONNRESET', 'EBADF']);
const DENIED = new Set(['EACCES', 'EPERM', 'EROFS']);

const codeOf = (e: unknown): string => (e as NodeJS.ErrnoException)?.code ?? '';

export class FolderPlace implements SyncPlace {
  constructor(readonly root: string) {}

  async reachable(): Promise<boolean> {
    try {
      return (await stat(this.root)).isDirectory();
    } catch {
      return false;
    }
  }

  async list(dir: string): Promise<string[]> {
    const path = this.pathOf(dir);
    try {
      return (await readdir(path)).filter((name) => !isTempName(name)).sort();
    } catch (e) {
      if (codeOf(e) === 'ENOENT' || codeOf(e) === 'ENOTDIR') {
        await this.rootThere();
        return [];
      }
      throw this.failure(e, dir);
    }
  }

  async read(path: string): Promise<Uint8Array> {
    try {
      return new Uint8Array(await readFile(this.pathOf(path)));
    } catch (e) {
      if (codeOf(e) === 'ENOENT') {
        await this.rootThere();
        throw new PlaceError('notFound', `no such file in the place: ${path}`);
      }
      throw this.failure(e, path);
    }
  }

  async ensureDir(dir: string): Promise<void> {
    await this.rootThere();
    try {
      await mkdir(this.pathOf(dir), { recursive: true });
    } catch (e) {
      throw this.failure(e, dir);
    }
  }

  async write(path: string, bytes: Uint8Array): Promise<void> {
    const segments = placeSegments(path);
    if (segments.length === 0) throw new PlaceError('refused', 'a file needs a name');
    const name = segments[segments.length - 1]!;
    const folder = join(this.root, ...segments.slice(0, -1));
    const destination = join(folder, name);
    if (await this.sameFileThere(destination, bytes, path)) return;

    await this.rootThere();
    const temp = join(folder, tempNameFor(name));
    let handle: FileHandle | null = null;
    try {
      await mkdir(folder, { recursive: true });
      handle = await open(temp, 'wx');
      await handle.writeFile(bytes);
      // On the disk before it has its name: a power cut or a pulled stick after the rename
      // must not leave a packet that is named but empty.
      await handle.sync();
      await handle.close();
      handle = null;
      // Checked again just before: only this computer writes in its folder, so nothing comes between.
      if (await this.sameFileThere(destination, bytes, path)) return;
      await rename(temp, destination);
      await flushDir(folder);
    } catch (e) {
      if (e instanceof PlaceError) throw e;
      throw this.failure(e, path);
    } finally {
      await handle?.close().catch(() => undefined);
      await rm(temp, { force: true }).catch(() => undefined); // gone already after the rename; a stick pulled: nothing to do
    }
  }

  /** True when `destination` holds these bytes already; PlaceError('exists') when it holds others. */
  private async sameFileThere(destination: string, bytes: Uint8Array, path: string): Promise<boolean> {
    let there: Buffer;
    try {
      there = await readFile(destination);
    } catch (e) {
      if (codeOf(e) === 'ENOENT') return false;
      throw this.failure(e, path);
    }
    if (there.equals(bytes)) return true;
    throw new PlaceError('exists', `another file has this name in the place: ${path}`);
  }

  private pathOf(path: string): string {
    return join(this.root, ...placeSegments(path));
  }

  /** Throws 'unreachable' when the chosen folder itself is gone (a stick pulled, a drive not mapped). */
  private async rootThere(): Promise<void> {
    if (!(await this.reachable())) throw new PlaceError('unreachable', 'the sync folder is not there (a USB stick pulled, a drive not connected?)');
  }

  private failure(e: unknown, path: string): PlaceError {
    const code = codeOf(e);
    if (code === 'ENOENT' || GONE.has(code)) return new PlaceError('unreachable', `the sync folder went away (${code}) at ${path}`);
    if (DENIED.has(code)) return new PlaceError('refused', `not allowed to write in the sync folder (${code}) at ${path}`);
    if (code === 'ENOSPC' || code === 'EDQUOT') return new PlaceError('refused', `the sync folder is full (${code}) at ${path}`);
    return new PlaceError('refused', `the sync folder refused (${code || String(e)}) at ${path}`);
  }
}
