// 打印…: a report sent to a printer through the system's print dialog, besides saving it as a
// PDF. The core builds the same HTML the PDF is printed from and asks the desktop shell, which
// loads it in a hidden window and shows the print dialog (electron/main/printing.ts).
import type { PrintedReport } from '../../../shared/files/schema';
import { ApiFailure, fail } from '../../../shared/result';
import type { CoreContext } from '../context';
import type { Db } from '../db/open';
import { recordExport } from '../exportLog/log';
import { shellOf } from '../files/opened';
import { itineraryHtml } from '../trips/itineraryReport';
import { getTrip } from '../trips/service';
import { reportIssuer } from '../workspace/settings';
import type { ReportLang } from './document';
import { tripReportPreview } from './tripReport/service';
import { companySummaryHtml } from './vettingService';

export type PrintRequest =
  | { report: Extract<PrintedReport, 'tripReport' | 'itinerary'>; tripId: string; lang: ReportLang }
  | { report: Extract<PrintedReport, 'vettingSummary'>; companyId: string; lang: ReportLang };

/** The report's HTML, as its PDF would print it. */
export function printedHtml(ctx: CoreContext, r: PrintRequest): string {
  const db: Db = ctx.session.db;
  switch (r.report) {
    case 'tripReport':
      return tripReportPreview(ctx, r.tripId, r.lang).html;
    case 'vettingSummary':
      return companySummaryHtml(db, r.companyId, r.lang);
    case 'itinerary':
      return itineraryHtml(getTrip(db, r.tripId), r.lang, reportIssuer(db));
  }
}

export async function printOnPaper(ctx: CoreContext, r: PrintRequest): Promise<{ printed: boolean }> {
  const shell = shellOf(ctx);
  // Built before the dialog shows: a trip or company that is gone fails without asking for a printer.
  const html = printedHtml(ctx, r);
  let printed: boolean;
  try {
    printed = await shell.print(html);
  } catch (e) {
    if (e instanceof ApiFailure) throw e;
    // The printer's own words ("Print job failed"), after a sentence of ours.
    return fail('WORKSPACE', 'printFailed', { reason: e instanceof Error ? e.message : String(e) });
  }
  // Paper leaves the workspace as a file does: logged like a saved report, without a file name.
  if (printed) recordExport(ctx.session, { kind: 'report', what: `${r.report}Printed`, filter: 'tripId' in r ? { tripId: r.tripId } : { companyId: r.companyId } });
  return { printed };
}
