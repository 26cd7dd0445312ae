// Waits for a job the import wizard started, reporting its progress: the file and preview
// steps show it inline (the commit uses the shared JobDialog). Resolves with the job's result,
// rejects with ApiCallError on failure, resolves null when the job was cancelled.
import type { JobStatus } from '../../../../shared/jobs/schema';
import { ApiCallError, api, call } from '../../lib/api';

const POLL_MS = 200;

export async function awaitJob<T>(jobId: string, onStatus?: (s: JobStatus) => void): Promise<T | null> {
  for (;;) {
    const s = await call(api().jobs.status({ id: jobId }));
    onStatus?.(s);
    if (s.state === 'done') return s.result as T;
    if (s.state === 'failed') throw new ApiCallError(s.error ?? { code: 'INTERNAL', key: 'internal' });
    if (s.state === 'cancelled') return null;
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}
