// jobs.*: long work polled by id (see jobs.ts).
import { done, type HandlerMap } from '../handlerMap';
import { jobsOf } from './jobs';

export const jobHandlers: HandlerMap<'jobs'> = {
  'jobs.status': ({ id }, ctx) => jobsOf(ctx).status(id),
  'jobs.cancel': ({ id }, ctx) => (jobsOf(ctx).cancel(id), done),
};
