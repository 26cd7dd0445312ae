// Saving the trip report (工作简报): the user picks where it goes in a native save dialog,
// then the PDF is printed through Chromium or the .docx written. Both take well under a
// second on a real trip (a trip has tens of items, not thousands), so they are plain calls,
// not jobs. Both are saved through a temporary file (files/atomicSave): a failed or killed
// write leaves no half-written file behind.
import { safeFileName } from '../../../../shared/fileNames';
import type { ReportLang } from '../../trips/labels';
import type { CoreContext } from '../../context';
import { recordExport } from '../../exportLog/log';
import { printReport, saveReport } from '../print';
import { tripReportData } from './data';
import { tripReportDocx } from './docx';
import { tripReportHtml } from './html';

const WORD_FILTER = { name: 'Word', extensions: ['docx'] };

export function tripReportPreview(ctx: CoreContext, tripId: string, lang: ReportLang): { html: string; fileBase: string } {
  const d = tripReportData(ctx.session.db, tripId, lang);
  return { html: tripReportHtml(d), fileBase: d.fileBase };
}

export async function saveTripReportPdf(ctx: CoreContext, tripId: string, lang: ReportLang): Promise<{ path: string } | null> {
  const { html, fileBase } = tripReportPreview(ctx, tripId, lang);
  const saved = await printReport(ctx, html, safeFileName(fileBase, 'pdf'));
  if (saved) recordExport(ctx.session, { kind: 'report', what: 'tripReportPdf', filter: { tripId }, path: saved.path });
  return saved;
}

export async function saveTripReportDocx(ctx: CoreContext, tripId: string, lang: ReportLang): Promise<{ path: string } | null> {
  // Built before the dialog opens: a trip that is gone fails without asking for a file.
  const d = tripReportData(ctx.session.db, tripId, lang);
  const bytes = await tripReportDocx(d);
  const path = await ctx.dialogs.chooseSaveDestination(safeFileName(d.fileBase, 'docx'), [WORD_FILTER]);
  if (!path) return null;
  await saveReport(ctx, path, bytes);
  recordExport(ctx.session, { kind: 'report', what: 'tripReportDocx', filter: { tripId }, path });
  return { path };
}
