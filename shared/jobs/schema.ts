// Long work (exports, imports) runs as a job in the core: the start channel returns a job id
// and the renderer polls 'jobs.status' until the job is done, failed or cancelled.
import { z } from 'zod';
import { ERROR_CODES } from '../result';
import { id } from '../validation';

const fieldIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

/** The ApiError shape of shared/result.ts, as data a job status can carry. */
export const apiError = z.object({
  code: z.enum(ERROR_CODES),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  issues: z.array(fieldIssue).optional(),
});

/** What a start channel returns: the job's id, or null when the user cancelled the file dialog. */
export const jobStarted = z.object({ jobId: z.string() }).nullable();
export type JobStarted = z.infer<typeof jobStarted>;

export const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const jobStatus = z.object({
  id: z.string(),
  kind: z.string(),
  state: z.enum(JOB_STATES),
  done: z.number(),
  total: z.number(),
  /** i18n key under jobs.stage.* (e.g. 'writing'), or null. */
  stage: z.string().nullable(),
  /** What the job returned when done (e.g. { path, rows }). */
  result: z.record(z.string(), z.unknown()).nullable(),
  error: apiError.nullable(),
});
export type JobStatus = z.infer<typeof jobStatus>;

export const jobRef = z.object({ id }).strict();
