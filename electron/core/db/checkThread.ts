// The integrity check after opening, on a connection and a thread of its own. On the core's
// thread it went table by table between calls, and a call that came during a large table
// waited for it: up to 3.6 s on a workspace of 500,000 visits. Here it reads a snapshot of the
// file (WAL lets a reader and the writer work at once) while the core answers calls and writes;
// only damage it finds stops the writes (workspace/session.ts).
//
// The thread runs the core's own script (dist/electron/core.cjs), which starts as this check
// when its workerData says so (worker/entry.ts).
import { parentPort, Worker, workerData } from 'node:worker_threads';
import type { WorkspaceKey } from '../crypto/workspaceKey';
import { checkableTables, checkTable, openDamaged } from './open';

const ROLE = 'integrityCheck';

interface CheckData {
  role: typeof ROLE;
  path: string;
  key: WorkspaceKey | null;
}

/** A check under way in its thread: the problems it found (none: sound), or stopped. */
export interface BackgroundCheck {
  done: Promise<string[]>;
  stop(): void;
}

/** Starts the check of the workspace at `path` in a thread running `script` (the core's script). */
export function checkInThread(script: string, path: string, key: WorkspaceKey | null): BackgroundCheck {
  const data: CheckData = { role: ROLE, path, key };
  const worker = new Worker(script, { workerData: data, name: 'integrity check' });
  const done = new Promise<string[]>((resolve, reject) => {
    worker.once('message', (m: { problems: string[] }) => resolve(m.problems));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the integrity check's thread ended (${code}) without an answer`)));
  });
  done.catch(() => {}); // the session looks at it; stopping is not a failure anyone waits for
  return { done, stop: () => void worker.terminate() };
}

/** Whether this thread was started as the check (the core's script then runs runCheckThread). */
export const isCheckThread = (): boolean => (workerData as Partial<CheckData> | null)?.role === ROLE;

/** In the check's thread: every table checked on a read-only connection, the first problems found posted back. */
export function runCheckThread(): void {
  const { path, key } = workerData as CheckData;
  // Read-only, like a damaged file is opened: this connection never writes.
  const db = openDamaged(path, key);
  let problems: string[] = [];
  try {
    db.pragma('cache_size = -8192'); // every page is read once: no need to keep many
    for (const table of checkableTables(db)) {
      problems = checkTable(db, table);
      if (problems.length > 0) break;
    }
  } finally {
    db.close();
  }
  parentPort!.postMessage({ problems });
}
