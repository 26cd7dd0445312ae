// The state of Settings › 软件更新 as the core has it (updates.status), a check on request, and
// the running download's bytes, polled from its job while it runs.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobStatus } from '../../../../shared/jobs/schema';
import type { ApiError } from '../../../../shared/result';
import type { UpdateStatus } from '../../../../shared/updates/schema';
import { api, ApiCallError, call } from '../../lib/api';

const POLL_MS = 250;

const apiErrorOf = (e: unknown): ApiError => (e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' });

export interface Updates {
  status: UpdateStatus | null;
  /** The status could not be read. */
  error: ApiError | null;
  checking: boolean;
  /** The running download's job (its bytes), while one runs. */
  job: JobStatus | null;
  /** The finished download job's error, when it failed. */
  downloadError: ApiError | null;
  load: () => Promise<void>;
  check: () => Promise<void>;
  /** Takes a status a call returned (after saving the address, skipping, starting a download). */
  set: (status: UpdateStatus) => void;
}

export function useUpdates(): Updates {
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [checking, setChecking] = useState(false);
  const [job, setJob] = useState<JobStatus | null>(null);
  const [downloadError, setDownloadError] = useState<ApiError | null>(null);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => void (alive.current = false);
  }, []);

  const set = useCallback((next: UpdateStatus) => {
    if (!alive.current) return;
    setStatus(next);
    setError(null);
  }, []);

  const load = useCallback(async () => {
    try {
      set(await call(api().updates.status({})));
    } catch (e) {
      if (alive.current) setError(apiErrorOf(e));
    }
  }, [set]);

  const check = useCallback(async () => {
    setChecking(true);
    try {
      set(await call(api().updates.check({})));
    } catch (e) {
      if (alive.current) setError(apiErrorOf(e));
    } finally {
      if (alive.current) setChecking(false);
    }
  }, [set]);

  // While a download runs, its job says how many bytes are in; when it ends, the status says how.
  const jobId = status?.download.state === 'downloading' ? status.download.jobId : null;
  useEffect(() => {
    if (!jobId) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const s = await call(api().jobs.status({ id: jobId }));
        if (!alive.current) return;
        setJob(s);
        if (s.state === 'running') {
          setDownloadError(null);
          timer = setTimeout(() => void poll(), POLL_MS);
        } else {
          setDownloadError(s.error);
          setJob(null);
          await load();
        }
      } catch (e) {
        if (alive.current) setDownloadError(apiErrorOf(e));
      }
    };
    void poll();
    return () => clearTimeout(timer);
  }, [jobId, load]);

  return { status, error, checking, job, downloadError, load, check, set };
}
