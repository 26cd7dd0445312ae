// Channels of the vetting summaries (审核摘要): one company's PDF, or a set's (the companies
// of a trip, or a selection from the company list) as a job.
import { z } from 'zod';
import { REPORT_LANGS } from '../trips/contract';
import { id } from '../validation';

const lang = z.enum(REPORT_LANGS).default('zh');

export const vettingSummaryInput = z.object({ companyId: id, lang }).strict();
/** Where the PDF went; null when the user cancelled the save dialog. */
export const vettingSummarySaved = z.object({ path: z.string() }).nullable();
export const vettingSummaryHtmlOutput = z.object({ html: z.string() });

/** A set: the participating companies of a trip, or companies picked from the list (at most 2,000). */
export const vettingSummariesInput = z.union([
  z.object({ tripId: id, lang }).strict(),
  z.object({ companyIds: z.array(id).min(1).max(2000), lang }).strict(),
]);
