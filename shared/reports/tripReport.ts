// Channels of the trip report (工作简报): one trip, in the UI's language, as PDF or Word.
import { z } from 'zod';
import { REPORT_LANGS } from '../trips/contract';
import { id } from '../validation';

export const tripReportInput = z.object({ tripId: id, lang: z.enum(REPORT_LANGS).default('zh') }).strict();
export type TripReportInput = z.input<typeof tripReportInput>;

/** Where the file went; null when the user cancelled the save dialog. */
export const tripReportSaved = z.object({ path: z.string() }).nullable();
export const tripReportHtmlOutput = z.object({ html: z.string(), fileBase: z.string() });
