// Long work (exports, imports) as jobs: started by a channel that returns at once with a job
// id, polled through 'jobs.status', stopped through 'jobs.cancel'. Jobs run in the core's own
// process, cooperatively: between chunks of at most ~50 ms of work a job awaits
// `checkpoint()`, which yields to the event loop so IPC calls keep being answered (better-sqlite3
// is synchronous, so a worker thread would need its own connection and gain little here).
import { workspaceErrorOf } from '../db/errors';
import type { JobStatus } from '../../../shared/jobs/schema';
import { ApiFailure, type ApiError, fail } from '../../../shared/result';
import type { CoreContext } from '../context';
import { newId } from '../ids';
import { log } from '../logs/log';

export interface JobContext {
  signal: AbortSignal;
  /** Report progress: `done` of `total` units, with an optional stage key (i18n key under jobs.stage.*). */
  progress(done: number, total: number, stage?: string): void;
  /** Yields to the event loop (setImmediate); throws JobCancelled when cancelled. Call between chunks. */
  checkpoint(): Promise<void>;
}

export type JobRun = (job: JobContext) => Promise<Record<string, unknown>>;

/** Thrown by `checkpoint()` once the job was cancelled; the job's `finally`/`catch` cleans up. */
export class JobCancelled extends Error {
  constructor() {
    super('job cancelled');
    this.name = 'JobCancelled';
  }
}

/** How long a finished job's status stays readable. */
export const KEEP_FINISHED_MS = 10 * 60_000;

interface Entry {
  status: JobStatus;
  controller: AbortController;
  finishedAt: number | null;
}

export class Jobs {
  private readonly entries = new Map<string, Entry>();

  /**
   * Milliseconds every checkpoint waits, as on a slow machine (default: none). End-to-end tests
   * set it so a person's 取消 lands mid-job however fast this machine finishes the work.
   */
  pauseAtCheckpointMs = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Starts `run` on the next turn of the event loop and returns the job's id at once. */
  start(kind: string, run: JobRun): string {
    this.prune();
    const id = newId();
    const controller = new AbortController();
    const entry: Entry = {
      status: { id, kind, state: 'running', done: 0, total: 0, stage: null, result: null, error: null },
      controller,
      finishedAt: null,
    };
    this.entries.set(id, entry);
    const { signal } = controller;
    const job: JobContext = {
      signal,
      progress: (done, total, stage) => {
        if (entry.status.state !== 'running') return;
        entry.status.done = done;
        entry.status.total = total;
        if (stage !== undefined) entry.status.stage = stage;
      },
      checkpoint: async () => {
        if (signal.aborted) throw new JobCancelled();
        await new Promise<void>((resolve) => (this.pauseAtCheckpointMs > 0 ? setTimeout(resolve, this.pauseAtCheckpointMs) : setImmediate(resolve)));
        if (signal.aborted) throw new JobCancelled();
      },
    };
    const finish = (patch: Partial<JobStatus>) => {
      Object.assign(entry.status, patch);
      entry.finishedAt = this.now();
    };
    void new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => {
        if (signal.aborted) throw new JobCancelled();
        return run(job);
      })
      .then(
        (result) => finish({ state: 'done', result }),
        (e: unknown) => {
          // Whatever a cancelled job throws while unwinding (an AbortError, a closed stream) is the cancel itself.
          if (e instanceof JobCancelled || signal.aborted) finish({ state: 'cancelled' });
          else finish({ state: 'failed', error: jobError(e, kind) });
        },
      );
    return id;
  }

  status(id: string): JobStatus {
    this.prune();
    const entry = this.entries.get(id);
    if (!entry) return fail('NOT_FOUND', 'jobNotFound');
    return structuredClone(entry.status);
  }

  /**
   * Asks the job to stop; it stops at its next checkpoint, cleans up, and its state becomes
   * 'cancelled'. Cancelling a finished job changes nothing.
   */
  cancel(id: string): void {
    const entry = this.entries.get(id);
    if (!entry) return fail('NOT_FOUND', 'jobNotFound');
    if (entry.status.state === 'running') entry.controller.abort();
  }

  private prune(): void {
    const cutoff = this.now() - KEEP_FINISHED_MS;
    for (const [id, e] of this.entries) if (e.finishedAt !== null && e.finishedAt < cutoff) this.entries.delete(id);
  }
}

function jobError(e: unknown, kind: string): ApiError {
  if (e instanceof ApiFailure) return e.error;
  const workspaceError = workspaceErrorOf(e);
  if (workspaceError) return workspaceError;
  // Unexpected: the main process's log gets the details, the user a general message.
  log.error('job.failed', { kind, error: e });
  return { code: 'INTERNAL', key: 'internal' };
}

const perContext = new WeakMap<CoreContext, Jobs>();

/** One Jobs per CoreContext, made on first use: no wiring in main.ts or the harness. */
export function jobsOf(ctx: CoreContext): Jobs {
  let jobs = perContext.get(ctx);
  if (!jobs) perContext.set(ctx, (jobs = new Jobs()));
  return jobs;
}
