// The open workspace: one SQLite file. New, open and save-a-copy swap or copy it.
import { basename } from 'node:path';
import { existsSync, rmSync } from 'node:fs';
import type { WorkspaceInfo } from '../../../shared/workspace/schema';
import { fail } from '../../../shared/result';
import { saveVia } from '../files/atomicSave';
import { type Db, NewerWorkspaceError, openDb, schemaVersion } from '../db/open';

export class WorkspaceSession {
  private current: { path: string; db: Db; healthy: boolean; problem: string | null } | null = null;

  constructor(path?: string) {
    if (path) this.open(path);
  }

  get db(): Db {
    return this.current?.db ?? fail('WORKSPACE', 'noWorkspace');
  }

  /** The open file's path, null when none is open. */
  get openPath(): string | null {
    return this.current?.path ?? null;
  }

  get writable(): boolean {
    return this.current?.healthy ?? false;
  }

  info(): WorkspaceInfo {
    const c = this.current ?? fail('WORKSPACE', 'noWorkspace');
    return {
      path: c.path,
      name: basename(c.path).replace(/\.(sqlite|db)$/i, ''),
      schemaVersion: schemaVersion(c.db),
      readOnly: !c.healthy,
      problem: c.problem,
    };
  }

  /** Opens (creating if missing) and migrates a workspace file, closing the previous one. */
  open(path: string): WorkspaceInfo {
    let opened;
    try {
      opened = openDb(path);
    } catch (e) {
      if (e instanceof NewerWorkspaceError) return fail('WORKSPACE', 'workspaceTooNew', { version: e.version });
      return fail('WORKSPACE', 'workspaceUnreadable', { path });
    }
    this.close();
    this.current = { path, ...opened };
    return this.info();
  }

  /** A new, empty workspace at `path` (an existing file there is replaced: the dialog asked). */
  create(path: string): WorkspaceInfo {
    if (this.current?.path === path) this.close();
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) rmSync(path + suffix);
    return this.open(path);
  }

  /**
   * A consistent copy of the open workspace, taken with SQLite's online backup into a temporary
   * file beside `path` and renamed onto it (files/atomicSave, journalled in `dataDir`): a
   * failed or killed copy leaves no half a database under the name the user chose.
   */
  async saveCopy(path: string, dataDir: string): Promise<void> {
    if (this.current?.path === path) fail('WORKSPACE', 'copyOntoItself');
    const db = this.db;
    await saveVia(dataDir, path, async (tempPath) => {
      await db.backup(tempPath);
      // A file being replaced may have SQLite files of its own beside it (a WAL or a hot rollback
      // journal a crash left). The backup used to write into that database and so took them
      // into account; after a rename SQLite would apply them to the new copy and find it
      // corrupt. They belong to the file the user chose to replace, so they go with it.
      for (const suffix of ['-wal', '-shm', '-journal']) rmSync(path + suffix, { force: true });
    });
  }

  close(): void {
    this.current?.db.close();
    this.current = null;
  }
}
