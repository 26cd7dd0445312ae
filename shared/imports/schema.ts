// Importing companies (with contacts) and positions from a spreadsheet the staff
// already keep: open the file, map its columns to fields, preview every problem,
// then commit all or nothing. The parsed file stays in the core, keyed by importId.
import { z } from 'zod';
import type { FieldIssue } from '../result';

export const IMPORT_TARGETS = ['companies', 'positions'] as const;
export const importTarget = z.enum(IMPORT_TARGETS);
export type ImportTarget = z.infer<typeof importTarget>;

/** Fields a column can fill, in the order the mapping step shows them. Starred ones are required. */
export const COMPANY_FIELDS = [
  'name', 'creditCode', 'town', 'industry', 'headcount', 'address', 'tags', 'notes', 'contactName', 'contactRole', 'contactPhone',
] as const;
export const POSITION_FIELDS = [
  'company', 'jobType', 'title', 'headcount', 'pay', 'payMin', 'payMax', 'hoursPerDay', 'daysPerWeek', 'roomIncluded', 'boardIncluded', 'notes',
] as const;
export type CompanyField = (typeof COMPANY_FIELDS)[number];
export type PositionField = (typeof POSITION_FIELDS)[number];
export type ImportField = CompanyField | PositionField;

export const REQUIRED_FIELDS: Record<ImportTarget, readonly ImportField[]> = {
  companies: ['name'],
  positions: ['company', 'jobType', 'title', 'headcount'],
};
export const fieldsOf = (target: ImportTarget): readonly ImportField[] => (target === 'companies' ? COMPANY_FIELDS : POSITION_FIELDS);

/** Field → index of the column that fills it (null: not imported). */
export const importMapping = z.record(z.string().max(40), z.number().int().min(0).max(500).nullable());
export type ImportMapping = Record<string, number | null>;

export const DUPLICATE_CHOICES = ['skip', 'update'] as const;
export const duplicateChoice = z.enum(DUPLICATE_CHOICES);
export type DuplicateChoice = z.infer<typeof duplicateChoice>;

/** Most data rows one import takes: previewing and committing stay within seconds and the problem list stays readable. */
export const MAX_IMPORT_ROWS = 20_000;
/**
 * Largest file an import opens, checked from the file's size before a byte is read: 20,000 rows
 * of a wide register are a few megabytes, so 50 MB is room to spare, and a larger file (a
 * database dump, a video renamed .csv) is refused at once instead of filling the memory.
 */
export const MAX_IMPORT_MB = 50;
/** Most columns a row of a text file may have: the mapping reaches column 500, and a row of millions of fields would fill the memory before its line ended. */
export const MAX_IMPORT_COLUMNS = 500;
export const MAX_IMPORT_BYTES = MAX_IMPORT_MB * 1024 * 1024;

export const importSheet = z.object({
  name: z.string(),
  headers: z.array(z.string()),
  rowCount: z.number(),
  /** The first few data rows, shown beside the mapping. */
  samples: z.array(z.array(z.string())),
  guessedMapping: importMapping,
});
export type ImportSheet = z.infer<typeof importSheet>;

export const importOpenInput = z.object({ target: importTarget }).strict();
export const importOpened = z.object({
  importId: z.string(),
  target: importTarget,
  fileName: z.string(),
  /** 'utf-8', 'gb18030' (CSV saved by a Chinese Excel), 'utf-16le'/'utf-16be' (Excel's "Unicode text") or 'xlsx'. */
  encoding: z.string(),
  sheets: z.array(importSheet),
});
export type ImportOpened = z.infer<typeof importOpened>;

export const importRunInput = z
  .object({ importId: z.string().max(64), sheet: z.string().max(200), mapping: importMapping, duplicates: duplicateChoice.default('skip') })
  .strict();
export type ImportRunInput = z.input<typeof importRunInput>;

export const importProblemsInput = z
  .object({ importId: z.string().max(64), offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) })
  .strict();

/** One problem of one row: `row` is the spreadsheet's row number, as Excel shows it. */
export const importProblem = z.object({
  row: z.number(),
  /** The record's name in that row (company name, or company · position title), to recognise it. */
  label: z.string(),
  field: z.string(),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  /** The cell's text as read. */
  value: z.string(),
});
export type ImportProblem = z.infer<typeof importProblem> & Pick<FieldIssue, 'params'>;

export const importDuplicate = z.object({ row: z.number(), label: z.string(), existing: z.string(), by: z.enum(['name', 'creditCode', 'title']) });
export type ImportDuplicate = z.infer<typeof importDuplicate>;

export const importSummary = z.object({
  /** Data rows read. */
  rows: z.number(),
  /** Records the rows make (rows naming the same company add contacts to one record). */
  records: z.number(),
  ok: z.number(),
  /** Rows with at least one problem: never imported. */
  problemRows: z.number(),
  duplicates: z.number(),
  problems: z.array(importProblem),
  /** How many problems in all (`problems` holds the first page). */
  problemCount: z.number(),
  duplicateRows: z.array(importDuplicate),
  encoding: z.string(),
});
export type ImportSummary = z.infer<typeof importSummary>;

export const importResult = z.object({ created: z.number(), updated: z.number(), skipped: z.number(), failed: z.number() });
export type ImportResult = z.infer<typeof importResult>;

export const importRef = z.object({ importId: z.string().max(64) }).strict();
export const importProblemsPage = z.object({ total: z.number(), rows: z.array(importProblem) });
