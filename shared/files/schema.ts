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

/**
 * The kinds of file the app writes that a program should open (打开文件). A name typed in the
 * save dialog can end otherwise ("名单.bat"): opening that would run our CSV as commands, so
 * such a file is only shown in its folder. Workspace copies, backups and team files are for this
 * app, not another program: folder only too. The core refuses the rest; the renderer offers
 * only 打开所在文件夹 for them.
 */
export const OPENABLE_EXTENSIONS: ReadonlySet<string> = new Set(['pdf', 'docx', 'xlsx', 'csv', 'ics', 'json', 'jpg', 'jpeg', 'png', 'webp', 'zip', 'txt', 'log']);

/** A path's extension, lower case, '' when none (either separator: the path may be Windows'). */
export const extensionOf = (path: string): string => /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';

export const opensWithProgram = (path: string): boolean => OPENABLE_EXTENSIONS.has(extensionOf(path));

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
