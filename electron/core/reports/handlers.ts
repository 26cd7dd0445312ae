// reports.*: vetting summaries and the trip report (工作简报), previewed as HTML or saved.
import type { HandlerMap } from '../handlerMap';
import { printOnPaper } from './printOnPaper';
import * as tripReport from './tripReport/service';
import * as vettingReports from './vettingService';

export const reportHandlers: HandlerMap<'reports'> = {
  'reports.vettingSummary': ({ companyId, lang }, ctx) => vettingReports.printCompanySummary(ctx, companyId, lang),
  'reports.vettingSummaryHtml': ({ companyId, lang }, { session }) => ({ html: vettingReports.companySummaryHtml(session.db, companyId, lang) }),
  'reports.vettingSummaries': ({ lang, ...set }, ctx) => vettingReports.startSummariesJob(ctx, set, lang),
  'reports.tripReportHtml': ({ tripId, lang }, ctx) => tripReport.tripReportPreview(ctx, tripId, lang),
  'reports.tripReportPdf': ({ tripId, lang }, ctx) => tripReport.saveTripReportPdf(ctx, tripId, lang),
  'reports.tripReportDocx': ({ tripId, lang }, ctx) => tripReport.saveTripReportDocx(ctx, tripId, lang),
  'reports.print': (input, ctx) => printOnPaper(ctx, input),
};
