// The files this app saved in this run, per workspace: the only paths 打开文件 / 打开所在文件夹
// hand to the operating system. The renderer is untrusted (a compromised page could otherwise
// make the shell open any program or folder on the computer), so it can only point at a file
// the core itself wrote, and only while the workspace that wrote it is open.
//
// Kept in memory, not in the export log: the log keeps a file's base name, never its folder
// (a folder can name a person), and a workspace open read-only writes no log entry at all.
import path from 'node:path';
import type { Db } from '../db/open';
import type { WorkspaceSession } from '../workspace/session';

/** Saved paths by the workspace connection they came from (the session itself when none is open). */
const saved = new WeakMap<object, Set<string>>();

const keyOf = (session: WorkspaceSession): object => (session.openPath ? session.db : session);

/** One spelling per file: absolute, and on Windows without regard to case (its file system ignores it). */
export const samePath = (p: string) => (process.platform === 'win32' ? path.win32.resolve(p).toLowerCase() : path.resolve(p));

/**
 * Remembers a file once it is written. `db` is the workspace it came from when that may no
 * longer be the open one (a job that outlived it); the file then opens from nowhere.
 */
export function rememberSavedFile(session: WorkspaceSession, filePath: string, db?: Db): void {
  const key = db ?? keyOf(session);
  let paths = saved.get(key);
  if (!paths) saved.set(key, (paths = new Set()));
  paths.add(samePath(filePath));
}

/** Whether the open workspace (or, with none open, this run) saved `filePath`. */
export function wasSaved(session: WorkspaceSession, filePath: string): boolean {
  return saved.get(keyOf(session))?.has(samePath(filePath)) ?? false;
}
