// The tests' own operations on the core in its worker thread, on top of the host's
// (electron/core/worker/ops.ts): look at the session's state, finish its background work now,
// play a slow machine, seed many records quickly. Built into dist/test/core.cjs only.
import { insertCompany, reindexCompany } from '../../electron/core/companies/repository';
import { jobsOf } from '../../electron/core/jobs/jobs';
import { updatesOf } from '../../electron/core/updates/state';
import type { CoreState, Ops } from '../../electron/core/worker/ops';
import { fingerprint } from '../../electron/core/testing/fuzz/fingerprint';
import { collectIds } from '../../electron/core/testing/fuzz/idPool';

export const testOps = {
  /** Runs the session's pending background work (the deferred check, the day's backup) now. */
  settle: async ({ session }: CoreState) => {
    session.settle();
    await session.copiesDone(); // the day's backup may already be under way in its thread
  },
  /** Opens `path` with its check after opening held until `settle()`. */
  openHeld: ({ session }: CoreState, path: string) => {
    const info = session.open(path);
    session.holdBackgroundWork();
    return info;
  },
  state: ({ session }: CoreState) => ({ writable: session.writable, openPath: session.openPath }),
  /** Milliseconds every job checkpoint waits, as on a slow machine (0: none). */
  pauseJobs: ({ ctx }: CoreState, ms: number) => void (jobsOf(ctx).pauseAtCheckpointMs = ms),
  /** The time limit of an update check (a server that never answers, without waiting 15 s for it). */
  updateCheckTimeout: ({ ctx }: CoreState, ms: number) => void (updatesOf(ctx).timeoutMs = ms),
  /** `count` companies named `${prefix}${i}号有限公司`, written straight through the repository. */
  seedCompanies: ({ session }: CoreState, count: number, prefix: string) => {
    const db = session.db;
    db.transaction(() => {
      for (let i = 0; i < count; i++) {
        const id = `01890a5d-ac96-774b-bcce-${String(i).padStart(12, '0')}`;
        const values = { name: `${prefix}${i}号有限公司`, creditCode: null, townId: null, industryId: null, headcount: i + 1, address: '嘉定区示例路1号', tags: [], status: 'candidate' as const, notes: null, contacts: [] };
        insertCompany(db, id, values, '2026-01-01T00:00:00Z');
        reindexCompany(db, id);
      }
    })();
  },
  /** The contract fuzz's look at the workspace: what a write would change, and ids to put in payloads. */
  fingerprint: ({ session }: CoreState) => fingerprint(session.db),
  ids: ({ session }: CoreState) => collectIds(session.db),
  /** An error nobody catches, thrown from a timer of the core's thread (its global handlers log it). */
  throwLater: (_: CoreState, message: string) => void setTimeout(() => {
    throw new Error(message);
  }),
  /** A promise rejected with nobody waiting for it. */
  rejectLater: (_: CoreState, message: string) => void Promise.reject(new Error(message)),
  /** Runs one statement on the open workspace, as a damaged or foreign file could hold its rows. */
  sql: ({ session }: CoreState, statement: string, ...params: (string | number | null)[]) => void session.db.prepare(statement).run(...params),
} satisfies Ops;

export type TestOps = typeof testOps;
