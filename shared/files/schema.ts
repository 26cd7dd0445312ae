// Saved files handed to the operating system (打开文件 / 打开所在文件夹 after every save) and
// reports sent to a printer through the system's print dialog.
//
// The renderer only names a path the core told it (a save's result); the core opens nothing
// else: see electron/core/files/savedFiles.ts.
import { z } from 'zod';
import { REPORT_LANGS } from '../trips/contract';
import { id } from '../validation';

/** A file the app saved in this run, as its save answered (`{ path }`). */
export const savedFileInput = z.object({ path: z.string().min(1).max(4096) }).strict();
export type SavedFileInput = z.input<typeof savedFileInput>;

const lang = z.enum(REPORT_LANGS).default('zh');

/** Which report goes to the printer: the same documents that are saved as PDF. */
export const printInput = z.discriminatedUnion('report', [
  z.object({ report: z.literal('tripReport'), tripId: id, lang }).strict(),
  z.object({ report: z.literal('vettingSummary'), companyId: id, lang }).strict(),
  z.object({ report: z.literal('itinerary'), tripId: id, lang }).strict(),
]);
export type PrintInput = z.input<typeof printInput>;
export type PrintedReport = z.output<typeof printInput>['report'];

/** false when the user closed the print dialog without printing. */
export const printOutput = z.object({ printed: z.boolean() });
export type PrintOutput = z.infer<typeof printOutput>;
