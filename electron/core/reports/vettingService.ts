// Exporting vetting summaries: one company's as a PDF straight away (a page or two prints in
// well under a second), a set's as a job — pages are built a few companies at a time with a
// checkpoint between (the window stays responsive, cancel stops it), then Chromium prints the
// whole document once. The file is written only at the very end, through a temporary file
// (files/atomicSave), so a cancelled, failed or killed job leaves nothing behind.
import { localDay } from '../../../shared/dates';
import { safeFileName } from '../../../shared/fileNames';
import { fail } from '../../../shared/result';
import type { Db } from '../db/open';
import type { CoreContext } from '../context';
import { recordExport } from '../exportLog/log';
import { JobCancelled, type JobContext, jobsOf } from '../jobs/jobs';
import { getTrip } from '../trips/service';
import { reportIssuer } from '../workspace/settings';
import type { ReportLang } from './document';
import { printerOf, printReport, saveReport } from './print';
import { signedOffSummaryData, type VettingSummaryData, vettingSummaryData } from './vettingData';
import { companyPage, vettingSummariesHtml, vettingSummaryHtml } from './vettingSummary';

export function companySummaryHtml(db: Db, companyId: string, lang: ReportLang, date = localDay()): string {
  return vettingSummaryHtml(signedOffSummaryData(db, companyId), lang, reportIssuer(db), date);
}

export async function printCompanySummary(ctx: CoreContext, companyId: string, lang: ReportLang): Promise<{ path: string } | null> {
  const data = signedOffSummaryData(ctx.session.db, companyId);
  const html = vettingSummaryHtml(data, lang, reportIssuer(ctx.session.db));
  const saved = await printReport(ctx, html, safeFileName(`${data.company.name}-${lang === 'zh' ? '审核摘要' : 'vetting summary'}`, 'pdf'));
  if (saved) recordExport(ctx.session, { kind: 'report', what: 'vettingSummary', filter: { companyId }, rows: 1, path: saved.path });
  return saved;
}

export type SummarySet = { companyIds: string[] } | { tripId: string };

/** The companies of a set, in order, and what the document is about (the trip's title). */
function resolveSet(db: Db, set: SummarySet): { companyIds: string[]; subtitle: string | null } {
  if ('tripId' in set) {
    const trip = getTrip(db, set.tripId);
    return { companyIds: trip.participants.map((p) => p.companyId), subtitle: trip.title };
  }
  return { companyIds: [...new Set(set.companyIds)], subtitle: null };
}

/** Companies gathered per chunk: ~20 ms of work each, well under the 50 ms between checkpoints. */
const CHUNK = 8;

/**
 * Builds a set's document page by page. `job` reports progress (stage 'buildingPages', one
 * unit per company) and checkpoints between chunks; without one it runs straight through
 * (tests, the bench).
 */
export async function buildSummariesHtml(db: Db, set: SummarySet, lang: ReportLang, job?: Pick<JobContext, 'progress' | 'checkpoint'>, date = localDay()) {
  const { companyIds, subtitle } = resolveSet(db, set);
  if (!companyIds.length) fail('VALIDATION', 'noCompaniesToReport');
  const all: VettingSummaryData[] = [];
  const pages: string[] = [];
  const total = companyIds.length + 1; // the last unit is printing
  for (let i = 0; i < companyIds.length; i++) {
    const data = vettingSummaryData(db, companyIds[i]!);
    all.push(data);
    if (data.vetting) pages.push(companyPage(data, all.length, lang));
    if (job && (i + 1) % CHUNK === 0) {
      job.progress(i + 1, total, 'buildingPages');
      await job.checkpoint();
    }
  }
  if (job) {
    job.progress(companyIds.length, total, 'printing');
    await job.checkpoint(); // a cancel before printing stops here
  }
  return { html: vettingSummariesHtml(all, pages, lang, reportIssuer(db), subtitle, date), companies: all.length, vetted: pages.length, subtitle };
}

/** Asks where to save, then starts the job; null when the user cancelled the dialog. */
export async function startSummariesJob(ctx: CoreContext, set: SummarySet, lang: ReportLang): Promise<{ jobId: string } | null> {
  const printer = printerOf(ctx);
  const { companyIds, subtitle } = resolveSet(ctx.session.db, set);
  if (!companyIds.length) fail('VALIDATION', 'noCompaniesToReport');
  const base = lang === 'zh' ? '企业审核摘要' : 'vetting summaries';
  const path = await ctx.dialogs.choosePdfDestination(safeFileName(subtitle ? `${subtitle}-${lang === 'zh' ? '参与企业审核摘要' : base}` : `${base}（${companyIds.length}）`, 'pdf'));
  if (!path) return null;
  const jobId = jobsOf(ctx).start('reports.vettingSummaries', async (job) => {
    job.progress(0, companyIds.length + 1, 'buildingPages');
    const built = await buildSummariesHtml(ctx.session.db, set, lang, job);
    const pdf = await printer.toPdf(built.html);
    // Printing cannot be interrupted: a cancel that came meanwhile still wins, before any file exists.
    if (job.signal.aborted) throw new JobCancelled();
    await saveReport(ctx, path, pdf);
    recordExport(ctx.session, { kind: 'report', what: 'vettingSummaries', filter: 'tripId' in set ? { tripId: set.tripId } : { companyIds }, rows: built.companies, path });
    job.progress(built.companies + 1, built.companies + 1, 'printing');
    return { path, companies: built.companies, vetted: built.vetted };
  });
  return { jobId };
}
