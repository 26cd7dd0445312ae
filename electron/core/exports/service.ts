// 'exports.start': ask where to save (a Chinese file name with today's date is suggested),
// then write the spreadsheet as a job, chunk by chunk, with progress and cancel. The file is
// written to a journalled temporary file next to the destination and renamed onto it at the
// end (files/atomicSave.ts), so a cancelled, failed or killed export leaves nothing behind and
// never clobbers a file the user chose to replace with half a spreadsheet.
import type { ExportRequest } from '../../../shared/exports/schema';
import { localDay } from '../../../shared/dates';
import { safeFileName } from '../../../shared/fileNames';
import { fail } from '../../../shared/result';
import type { Db } from '../db/open';
import { type PendingSave, startSave } from '../files/atomicSave';
import type { CoreContext, FileFilter } from '../context';
import { recordExport } from '../exportLog/log';
import { JobCancelled, type JobContext, jobsOf } from '../jobs/jobs';
import type { ExportSource, Label, Lang } from './columns';
import { companiesSource, companyFileName } from './datasets/companies';
import { exportLogFileName, exportLogSource } from './datasets/exportLog';
import { outcomeFileName, outcomesSource } from './datasets/outcomes';
import { placementFileName, placementsSource } from './datasets/placements';
import { positionFileName, positionsSource } from './datasets/positions';
import { vettingFileName, vettingsSource } from './datasets/vettings';
import { visitFileName, visitsSource } from './datasets/visits';
import { csvWriter, type SheetWriter, xlsxWriter } from './writers';

const FILE_NAMES: Record<ExportRequest['dataset'], Label> = {
  companies: companyFileName, vettings: vettingFileName, visits: visitFileName,
  positions: positionFileName, outcomes: outcomeFileName, placements: placementFileName, exportLog: exportLogFileName,
};

const FILTERS: Record<ExportRequest['format'], FileFilter[]> = {
  xlsx: [{ name: 'Excel', extensions: ['xlsx'] }],
  csv: [{ name: 'CSV', extensions: ['csv'] }],
};

/** The suggested file name, e.g. 企业名录-2026-11-24.xlsx (the name in the UI language). */
export const exportFileName = (r: Pick<ExportRequest, 'dataset' | 'format' | 'lang'>, today = localDay()) =>
  safeFileName(`${FILE_NAMES[r.dataset][r.lang as Lang]}-${today}`, r.format);

function sourceOf(db: Db, r: ExportRequest): ExportSource {
  switch (r.dataset) {
    case 'companies':
      return companiesSource(db, r.filter, r.lang);
    case 'vettings':
      return vettingsSource(db, r.filter, r.lang);
    case 'visits':
      return visitsSource(db, r.filter, r.lang);
    case 'positions':
      return positionsSource(db, r.filter, r.lang);
    case 'outcomes':
      return outcomesSource(db, r.filter, r.lang);
    case 'placements':
      return placementsSource(db, r.filter, r.lang);
    case 'exportLog':
      return exportLogSource(db, r.lang);
  }
}

export async function startExport(ctx: CoreContext, r: ExportRequest): Promise<{ jobId: string } | null> {
  const path = await ctx.dialogs.chooseSaveDestination(exportFileName(r), FILTERS[r.format]);
  if (!path) return null;
  const db = ctx.session.db;
  return {
    jobId: jobsOf(ctx).start(`export.${r.dataset}`, async (job) => {
      const written = await writeExport(db, r, path, job, ctx.dataDir);
      recordExport(ctx.session, { kind: 'export', what: r.dataset, filter: r.filter, rows: written.rows, path }, db);
      return written;
    }),
  };
}

/** `work`, unless the job is cancelled first (then JobCancelled; `work` is left to fail quietly once its file is gone). */
function untilCancelled<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  work.catch(() => {});
  if (signal.aborted) return Promise.reject(new JobCancelled());
  return Promise.race([work, new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new JobCancelled()), { once: true }))]);
}

/** Writes the export to `path` (journalled in `dataDir`, see atomicSave); the job's result is { path, rows }. */
export async function writeExport(db: Db, r: ExportRequest, path: string, job: JobContext, dataDir: string): Promise<{ path: string; rows: number }> {
  job.progress(0, 0, 'reading');
  const source = sourceOf(db, r);
  job.progress(0, source.total, 'writing');
  await job.checkpoint();
  let save: PendingSave | null = null;
  let writer: SheetWriter | null = null;
  let rows = 0;
  try {
    save = await startSave(dataDir, path);
    writer = r.format === 'xlsx' ? xlsxWriter(save.tempPath, source.columns, FILE_NAMES[r.dataset][r.lang]) : csvWriter(save.tempPath, source.columns);
    for (const chunk of source.chunks()) {
      await writer.add(chunk);
      rows += chunk.length;
      job.progress(rows, source.total, 'writing');
      await job.checkpoint();
    }
    // Zipping up an XLSX takes most of the time after the last row is added: say so rather than
    // sit at 100 %, and let a cancel stop it there too.
    job.progress(rows, source.total, 'saving');
    await untilCancelled(writer.finish(), job.signal);
    // A cancel that lands while the file is being put in place comes too late: the export is done.
    await save.commit();
  } catch (e) {
    await writer?.abort();
    await save?.discard();
    // A file system refusal (read-only folder, file open in Excel on Windows) is the user's to fix.
    if (e instanceof Error && 'syscall' in e) fail('WORKSPACE', 'exportWriteFailed', { path });
    throw e;
  }
  return { path, rows };
}
