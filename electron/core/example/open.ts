// "打开示例工作区": the example lives in the app's own folder under a fixed name. It is
// built when missing (or on request), into a temporary file first so a failed build never
// costs the example already there, then opened like any workspace.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkspaceInfo } from '../../../shared/workspace/schema';
import type { WorkspaceSession } from '../workspace/session';
import { buildExampleWorkspace } from './build';
import { EXAMPLE_FILE_NAME } from './content';

const removeFile = (path: string) => {
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(path + suffix)) rmSync(path + suffix);
};

export function openExampleWorkspace(session: WorkspaceSession, dataDir: string, rebuild: boolean): WorkspaceInfo {
  const path = join(dataDir, EXAMPLE_FILE_NAME);
  if (rebuild || !existsSync(path)) {
    mkdirSync(dataDir, { recursive: true });
    const building = `${path}.building`;
    buildExampleWorkspace(building, session.keyring);
    if (session.openPath === path) session.close();
    removeFile(path);
    renameSync(building, path);
  }
  return session.open(path);
}
