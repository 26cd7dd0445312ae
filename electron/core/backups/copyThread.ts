// A copy of the workspace (a backup, save-a-copy) written on a connection and a thread of its
// own, so the core goes on answering and writing meanwhile. On the core's thread the first
// backup of the day held every call for the length of the copy: 2.6 s on the bench workspace,
// about 34 s at 5×.
//
// The thread opens the workspace read-only and runs VACUUM INTO (verifiedCopy.ts says why)
// inside one read transaction: WAL lets it read a snapshot while the core writes, and its
// snapshot keeps any checkpoint from passing it, so the WAL frames it reads stay where they
// are. Once VACUUM INTO has returned it lets go of the workspace (`released`) and checks and
// flushes the copy, which is its own file from then on.
//
// Like the integrity check after opening (db/checkThread.ts), the thread runs the core's own
// script, which starts as this copy when its workerData says so (worker/entry.ts). The key
// reaches it in workerData: a structured clone between two threads, never logged or written.
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { ApiFailure, type ApiError } from '../../../shared/result';
import type { WorkspaceKey } from '../crypto/workspaceKey';
import { openDamaged } from '../db/open';
import { flushFileSync } from '../files/flush';
import { check, type CopyFacts, vacuumInto } from './verifiedCopy';

const ROLE = 'verifiedCopy';
/** The longest close() or a re-key waits for a copy to let go of the workspace: a stuck thread must not hang the core. */
const RELEASE_WAIT_MS = 120_000;

interface CopyData {
  role: typeof ROLE;
  source: string;
  key: WorkspaceKey | null;
  target: string;
  /** One Int32: 0 while the thread reads the workspace, 1 once it no longer does. */
  released: SharedArrayBuffer;
}

/** What the thread posts back: the copy's facts, or why it failed (an error cannot cross as itself). */
type CopyAnswer = { facts: CopyFacts } | { apiError: ApiError } | { code: string | null; message: string };

/** The thread itself failed (it could not start, say), not the copy: the copy can be written elsewhere instead. */
export class CopyThreadFailed extends Error {}

/** A copy under way in its thread. */
export interface BackgroundCopy {
  /** The checked, flushed copy's facts; rejects as the copy on the core's thread would have thrown. */
  done: Promise<CopyFacts>;
  /** Blocks until the thread no longer reads the workspace (before it is closed or re-keyed); the copy itself goes on. */
  waitUntilReleased(): void;
}

/** Starts copying the workspace at `source` into `target` (missing or empty) in a thread running `script`. */
export function copyInThread(script: string, source: string, key: WorkspaceKey | null, target: string): BackgroundCopy {
  const released = new SharedArrayBuffer(4);
  const flag = new Int32Array(released);
  const data: CopyData = { role: ROLE, source, key, target, released };
  const worker = new Worker(script, { workerData: data, name: 'workspace copy' });
  // A thread that ended, however, reads nothing: nobody must wait for it.
  const release = () => {
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  };
  const done = new Promise<CopyFacts>((resolve, reject) => {
    worker.once('message', (answer: CopyAnswer) => resolve(factsOf(answer)));
    worker.once('error', (e) => {
      release();
      reject(new CopyThreadFailed(`the copy's thread failed: ${e.message}`));
    });
    worker.once('exit', (code) => {
      release();
      reject(new CopyThreadFailed(`the copy's thread ended (${code}) without an answer`));
    });
  });
  return {
    done,
    waitUntilReleased: () => {
      const until = Date.now() + RELEASE_WAIT_MS;
      while (Atomics.load(flag, 0) === 0 && Date.now() < until) Atomics.wait(flag, 0, 0, until - Date.now());
    },
  };
}

function factsOf(answer: CopyAnswer): CopyFacts {
  if ('facts' in answer) return answer.facts;
  if ('apiError' in answer) throw new ApiFailure(answer.apiError);
  // A SQLite failure keeps its code, so db/errors.ts names it for the user (a full disk, say).
  throw Object.assign(new Error(answer.message), answer.code ? { code: answer.code } : {});
}

/** Whether this thread was started as a copy (the core's script then runs runCopyThread). */
export const isCopyThread = (): boolean => (workerData as Partial<CopyData> | null)?.role === ROLE;

/** In the copy's thread: VACUUM INTO on a read-only connection, then the copy checked and flushed. */
export function runCopyThread(): void {
  const { source, key, target, released } = workerData as CopyData;
  const flag = new Int32Array(released);
  let answer: CopyAnswer;
  try {
    const db = openDamaged(source, key); // read-only, with the key: this connection never writes the workspace
    try {
      db.pragma('cache_size = -8192'); // every page is read once: no need to keep many
      vacuumInto(db, target);
    } finally {
      db.close();
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
    }
    const facts = check(target, key, { toRollbackMode: true });
    flushFileSync(target);
    answer = { facts };
  } catch (e) {
    if (e instanceof ApiFailure) answer = { apiError: e.error };
    else answer = { code: e instanceof Error && 'code' in e && typeof e.code === 'string' ? e.code : null, message: e instanceof Error ? e.message : String(e) };
  }
  parentPort!.postMessage(answer);
}
