// Long work in the core (exports, imports) as seen from a screen: start it, poll its status
// every ~200 ms, show progress with a cancel button, then the result. The core keeps serving
// other calls meanwhile, so the rest of the window stays usable.
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { JobStatus } from '../../../shared/jobs/schema';
import type { ApiError } from '../../../shared/result';
import { JobDialog } from '../components/JobDialog';
import { api, ApiCallError, call } from './api';

const POLL_MS = 200;

export interface JobRunOptions {
  /** The success message from the job's result; default: "exported N rows to …" or "saved to …". */
  describe?: (result: Record<string, unknown>) => string;
  /** Told once when the job is done (e.g. to reload a list after an import). */
  onDone?: (result: Record<string, unknown>) => void;
}

export type JobView =
  | { phase: 'starting' }
  | { phase: 'running'; status: JobStatus; cancelling: boolean }
  | { phase: 'finished'; status: JobStatus }
  | { phase: 'refused'; error: ApiError };

export function useJob(): {
  run: (start: () => Promise<{ jobId: string } | null>, title: string, options?: JobRunOptions) => void;
  dialog: ReactNode;
} {
  const [shown, setShown] = useState<{ title: string; describe: JobRunOptions['describe'] }>({ title: '', describe: undefined });
  const [view, setView] = useState<JobView | null>(null);
  const onDone = useRef<JobRunOptions['onDone']>(undefined);
  const jobId = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      if (timer.current) clearTimeout(timer.current);
    };
  }, []);

  const poll = useCallback((id: string) => {
    const next = async () => {
      let status: JobStatus;
      try {
        status = await call(api().jobs.status({ id }));
      } catch (e) {
        if (alive.current) setView({ phase: 'refused', error: e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' } });
        return;
      }
      if (!alive.current || jobId.current !== id) return;
      if (status.state === 'running') {
        setView((v) => ({ phase: 'running', status, cancelling: v?.phase === 'running' && v.cancelling }));
        timer.current = setTimeout(() => void next(), POLL_MS);
      } else {
        setView({ phase: 'finished', status });
        if (status.state === 'done') onDone.current?.(status.result ?? {});
      }
    };
    void next();
  }, []);

  const run = useCallback(
    (start: () => Promise<{ jobId: string } | null>, jobTitle: string, runOptions: JobRunOptions = {}) => {
      onDone.current = runOptions.onDone;
      jobId.current = null;
      setShown({ title: jobTitle, describe: runOptions.describe });
      setView({ phase: 'starting' });
      start().then(
        (started) => {
          if (!alive.current) return;
          // null: the user cancelled the save/open dialog, so nothing happened and nothing is shown.
          if (!started) return setView(null);
          jobId.current = started.jobId;
          poll(started.jobId);
        },
        (e: unknown) => alive.current && setView({ phase: 'refused', error: e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' } }),
      );
    },
    [poll],
  );

  const cancel = useCallback(() => {
    const id = jobId.current;
    if (!id) return;
    setView((v) => (v?.phase === 'running' ? { ...v, cancelling: true } : v));
    void api().jobs.cancel({ id });
  }, []);

  const close = useCallback(() => {
    jobId.current = null;
    if (timer.current) clearTimeout(timer.current);
    setView(null);
  }, []);

  // While the native save dialog is up nothing of ours shows; the job dialog comes with the job.
  const dialog = view && view.phase !== 'starting' ? <JobDialog title={shown.title} view={view} describe={shown.describe} onCancel={cancel} onClose={close} /> : null;
  return { run, dialog };
}
