// The import channels as jobs: open asks the native dialog for a file and reads it in a job,
// chunk by chunk, so it can be cancelled at any moment and the core answers meanwhile;
// preview and commit plan every row in a job, yielding between chunks so the window stays
// responsive. The commit can be cancelled until its one write transaction starts.
import type { DuplicateChoice, ImportMapping, ImportTarget } from '../../../shared/imports/schema';
import type { CoreContext } from '../context';
import { jobsOf } from '../jobs/jobs';
import { commitImport, importsOf, openImport, previewImport, problemsPage } from './service';

const FILTERS = [
  { name: 'Excel / CSV', extensions: ['xlsx', 'csv', 'txt'] },
  { name: 'Excel', extensions: ['xlsx'] },
  { name: 'CSV', extensions: ['csv', 'txt'] },
];

export async function startOpen(ctx: CoreContext, target: ImportTarget) {
  const path = await ctx.dialogs.chooseFileToOpen(FILTERS);
  if (!path) return null;
  const jobId = jobsOf(ctx).start('imports.open', async (job) => {
    job.progress(0, 1, 'reading');
    const opened = await openImport(importsOf(ctx), target, path, {
      tick: async (done, total) => {
        job.progress(done, total, 'reading');
        await job.checkpoint();
      },
      signal: job.signal,
      ...(ctx.parseXlsxElsewhere ? { parseElsewhere: ctx.parseXlsxElsewhere } : {}),
    });
    job.progress(1, 1, 'reading');
    return opened;
  });
  return { jobId };
}

/** The channel's parsed input. */
interface Run {
  importId: string;
  sheet: string;
  mapping: ImportMapping;
  duplicates: DuplicateChoice;
}

export function startPreview(ctx: CoreContext, input: Run) {
  const db = ctx.session.db;
  importsOf(ctx).get(input.importId); // an expired file is refused at once, not by a failed job
  const jobId = jobsOf(ctx).start('imports.preview', async (job) => {
    const summary = await previewImport(db, importsOf(ctx), input.importId, input.sheet, input.mapping, async (done, total) => {
      job.progress(done, total, 'checking');
      await job.checkpoint();
    });
    return summary;
  });
  return { jobId };
}

export function startCommit(ctx: CoreContext, input: Run) {
  const db = ctx.session.db;
  importsOf(ctx).get(input.importId);
  const jobId = jobsOf(ctx).start('imports.commit', async (job) => {
    const result = await commitImport(
      db, importsOf(ctx), input.importId, input.sheet, input.mapping, input.duplicates,
      async (done, total) => {
        job.progress(done, total, 'checking');
        await job.checkpoint();
      },
      // The last moment to stop: after this the records are written in one transaction.
      async (records) => {
        job.progress(0, records, 'importing');
        await job.checkpoint();
      },
    );
    job.progress(result.created + result.updated + result.skipped, result.created + result.updated + result.skipped, 'importing');
    return result;
  });
  return { jobId };
}

export const problems = (ctx: CoreContext, importId: string, offset: number, limit: number) => problemsPage(importsOf(ctx), importId, offset, limit);
export const discard = (ctx: CoreContext, importId: string) => importsOf(ctx).drop(importId);
