// The record of what leaves the workspace (Settings › 导出记录): one entry per export, saved or
// printed report, saved copy and backup to another place, written once the file is.
import { z } from 'zod';
import { id } from '../validation';

/** export: a spreadsheet (exports.start), a scanned agreement or a template file (FILE_KEYS); report: a PDF/Word/.ics document; copy: workspace.saveCopy; backup: backups.saveTo. */
export const EXPORT_LOG_KINDS = ['export', 'report', 'copy', 'backup'] as const;
export type ExportLogKind = (typeof EXPORT_LOG_KINDS)[number];

/**
 * Files an `export` entry names (`what`) besides the datasets: a scanned agreement as it was
 * stored, a checklist template as shared with colleagues, the diagnostics file (导出诊断信息).
 */
export const FILE_KEYS = ['agreementDocument', 'template', 'diagnostics'] as const;
export type FileKey = (typeof FILE_KEYS)[number];

/** The documents a `report` entry names (`what`); …Printed went to a printer (打印…), with no file name. */
export const REPORT_KEYS = ['vettingSummary', 'vettingSummaries', 'tripReportPdf', 'tripReportDocx', 'itinerary', 'ics', 'vettingSummaryPrinted', 'tripReportPrinted', 'itineraryPrinted'] as const;
export type ReportKey = (typeof REPORT_KEYS)[number];

/**
 * A filter as logged: field → value, free search text only as `query: true` (a search may be a
 * person's name), ids as the core finds their names when the log is read (an id whose record
 * is gone reads as null).
 */
export const loggedFilter = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));
export type LoggedFilter = z.infer<typeof loggedFilter>;

export const exportLogEntry = z.object({
  id: z.number(),
  at: z.string(),
  kind: z.enum(EXPORT_LOG_KINDS),
  /** A dataset (exports) or report key; 'workspace' for a copy or backup. */
  what: z.string(),
  filter: loggedFilter,
  rows: z.number().nullable(),
  /** The base name of the file written, never its folder; '' for a report printed on paper. */
  fileName: z.string(),
  staffId: id.nullable(),
  staffName: z.string().nullable(),
});
export type ExportLogEntry = z.infer<typeof exportLogEntry>;

export const exportLogListInput = z.object({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(200).default(50) }).strict();
export type ExportLogListInput = z.input<typeof exportLogListInput>;

export const exportLogPage = z.object({ total: z.number(), rows: z.array(exportLogEntry) });
export type ExportLogPage = z.infer<typeof exportLogPage>;
