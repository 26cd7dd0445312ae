// Team sync as the whole window sees it: the status (pending changes, open cards, the sync
// going on), read after every write and every few seconds (an automatic sync starts in the
// core by itself), the progress of the running sync, and how the last one ended.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { JobStatus } from '../../../../shared/jobs/schema';
import type { ApiError } from '../../../../shared/result';
import type { SyncResultSummary, SyncStatus } from '../../../../shared/sync/schema';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, ApiCallError, call } from '../../lib/api';

const IDLE_POLL_MS = 10_000;
const RUNNING_POLL_MS = 300;

/** How a sync seen by this window ended: its summary, or why it failed. */
export type SyncOutcome = { id: string; summary: SyncResultSummary } | { id: string; error: ApiError };

interface SyncState {
  status: SyncStatus | null;
  /** Why the status could not be read (a damaged file, say); null when it was. */
  error: ApiError | null;
  /** The running sync's progress (null while none runs). */
  progress: Pick<JobStatus, 'done' | 'total' | 'stage'> | null;
  outcome: SyncOutcome | null;
  clearOutcome: () => void;
  /** Starts a sync by hand; a refusal (not set up, read-only) comes back as the outcome. */
  start: () => Promise<void>;
  /** Reads the status again now (after a setting was saved, a card resolved). */
  refresh: () => void;
  /** Set up enough to sync: a name, a team and a place. */
  ready: boolean;
}

const Ctx = createContext<SyncState | null>(null);
const errorOf = (e: unknown): ApiError => (e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' });

export function SyncStatusProvider({ children }: { children: ReactNode }) {
  const ws = useWorkspace();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [progress, setProgress] = useState<SyncState['progress']>(null);
  const [outcome, setOutcome] = useState<SyncOutcome | null>(null);
  const [tick, setTick] = useState(0);
  const watched = useRef<string | null>(null);
  /** The sync started by this window's button: its ending is always told; an automatic one's only when it brought something. */
  const startedHere = useRef<string | null>(null);
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  const { changed } = ws;

  // The status, after every write (ws.version) and every few seconds.
  useEffect(() => {
    if (!ws.info || ws.info.pendingUnlock) return;
    let live = true;
    call(api().sync.status({})).then(
      (s) => {
        if (!live) return;
        setStatus(s);
        setError(null);
      },
      (e) => {
        if (!live) return;
        setStatus(null);
        setError(errorOf(e));
      },
    );
    const timer = setTimeout(refresh, IDLE_POLL_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [ws.info, ws.version, tick, refresh]);

  // A running sync (started here or by the core's timer): its progress, then its outcome.
  const runningId = status?.running?.jobId ?? null;
  useEffect(() => {
    if (!runningId || watched.current === runningId) return;
    watched.current = runningId;
    let live = true;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      let job: JobStatus;
      try {
        job = await call(api().jobs.status({ id: runningId }));
      } catch (e) {
        if (live) setOutcome({ id: runningId, error: errorOf(e) });
        return;
      }
      if (!live) return;
      if (job.state === 'running') {
        setProgress({ done: job.done, total: job.total, stage: job.stage });
        timer = setTimeout(() => void poll(), RUNNING_POLL_MS);
        return;
      }
      setProgress(null);
      watched.current = null;
      const byHand = startedHere.current === runningId;
      if (job.state === 'done') {
        const summary = job.result as SyncResultSummary;
        const worthTelling = summary.received > 0 || summary.cards > 0 || summary.needsUpgrade > 0 || summary.refused.length > 0;
        if (byHand || worthTelling) setOutcome({ id: runningId, summary });
      } else if (job.state === 'failed' && job.error) setOutcome({ id: runningId, error: job.error });
      // Colleagues' records arrived: every list and page reads again (and the status with them).
      changed();
    };
    setProgress({ done: 0, total: 0, stage: null });
    void poll();
    return () => {
      live = false;
      clearTimeout(timer);
      if (watched.current === runningId) watched.current = null;
    };
  }, [runningId, changed]);

  const start = useCallback(async () => {
    try {
      const started = await call(api().sync.run({}));
      if (!started) return;
      startedHere.current = started.jobId;
      setStatus((s) => (s ? { ...s, running: { jobId: started.jobId } } : s));
    } catch (e) {
      setOutcome({ id: String(Date.now()), error: errorOf(e) });
    }
  }, []);

  const ready = Boolean(status?.computerName && status.team && status.place);
  const clearOutcome = useCallback(() => setOutcome(null), []);
  return <Ctx.Provider value={{ status, error, progress, outcome, clearOutcome, start, refresh, ready }}>{children}</Ctx.Provider>;
}

export function useSync(): SyncState {
  const v = useContext(Ctx);
  if (!v) throw new Error('useSync outside SyncStatusProvider');
  return v;
}
