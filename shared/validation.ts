// Building blocks for the contract's schemas. Limits are generous for real use
// and small enough that an oversized string is refused before it reaches SQLite.
import { z } from 'zod';
import { textProblem } from './text/characters';
import { containsResidentId } from './text/personalNumbers';
import { isPhoneNumber } from './text/phone';
import { cleanSearchText } from './text/searchText';

export const LIMITS = {
  name: 120,
  shortText: 200,
  longText: 5000,
  phone: 40,
  tag: 30,
  tags: 20,
  query: 100,
  listPage: 500,
  contacts: 50,
  followUps: 50,
  staffPerVisit: 20,
} as const;

/** Random text ids (UUID v7): records made on two laptops never collide. */
export const id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);

export interface TextOptions {
  /** A notes-like field shown as several lines: tab and line breaks are allowed in it. */
  multiline?: boolean;
}

/** Every text field's characters pass the one text rule (shared/text/characters.ts). */
export const withTextRule = (schema: z.ZodString, { multiline = false }: TextOptions) =>
  schema.superRefine((s, ctx) => {
    const problem = textProblem(s, multiline);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.key, params: { char: problem.char }, input: s });
  });

/** Text that may be empty and stays a string (a translation not yet written is ''). */
export const plainText = (max: number, options: TextOptions = {}) => withTextRule(z.string().trim().max(max), options);

/** Required text: trimmed, not empty, bounded. */
export const requiredText = (max: number, options: TextOptions = {}) => withTextRule(z.string().trim().min(1).max(max), options);

/** Optional text: empty input is stored as null so "no answer" has one form. */
export const optionalText = (max: number, options: TextOptions = {}) =>
  withTextRule(z.string().trim().max(max), options)
    .nullish()
    .transform((v) => (v ? v : null));

/** Notes and other free text over several lines; the form warns about personal numbers in it (text/personalNumbers.ts). */
export const notesText = (max: number) => optionalText(max, { multiline: true });

/** A name (of a person, a company, a place): a resident ID number is not a name and is refused. */
const noResidentId = (schema: z.ZodString) => schema.refine((s) => !containsResidentId(s), 'nameHasIdNumber');
export const requiredName = (max: number) => noResidentId(requiredText(max));
export const optionalName = (max: number) =>
  noResidentId(withTextRule(z.string().trim().max(max), {}))
    .nullish()
    .transform((v) => (v ? v : null));

/** One phone number in a format someone can dial (text/phone.ts), or nothing. */
export const optionalPhone = withTextRule(z.string().trim().max(LIMITS.phone), {})
  .refine((s) => s === '' || isPhoneNumber(s), 'invalidPhone')
  .nullish()
  .transform((v) => (v ? v : null));

/**
 * The years every date of the workspace lies in. Nothing the bureau records is older or
 * further ahead, and date arithmetic that stays inside them never meets the edges of
 * JavaScript dates (year 0, years past 9999) or SQLite's date functions.
 */
export const DATE_RANGE = { min: '1900-01-01', max: '2100-12-31' } as const;
export const inDateRange = (date: string) => date.slice(0, 10) >= DATE_RANGE.min && date.slice(0, 10) <= DATE_RANGE.max;

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as YYYY-MM-DD that really exists (no 2018-02-30), within DATE_RANGE. */
// The pattern stays a regex check of its own: tools that read the contract (the fuzz) know a date by it.
export const isoDate = z.string().regex(DATE_PATTERN, 'invalidDate').superRefine((s, ctx) => {
  const problem = DATE_PATTERN.test(s) ? dateProblem(s) : null;
  if (problem) ctx.addIssue({ code: 'custom', message: problem, ...(problem === 'dateOutOfRange' ? { params: DATE_RANGE } : {}), input: s });
});

function dateProblem(s: string): 'invalidDate' | 'dateOutOfRange' | null {
  // Date.parse reads the four-digit year as written (no 0–99 → 1900s mapping).
  const t = Date.parse(`${s}T00:00:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== s) return 'invalidDate';
  return inDateRange(s) ? null : 'dateOutOfRange';
}

export const optionalDate = isoDate.nullish().transform((v) => v ?? null);

/** A count of people or things. */
export const count = (max = 1_000_000) => z.number().int().min(0).max(max);
export const optionalCount = (max = 1_000_000) =>
  count(max)
    .nullish()
    .transform((v) => v ?? null);

/** Money is whole yuan. */
export const yuan = z.number().int().min(0).max(1_000_000);
export const optionalYuan = yuan.nullish().transform((v) => v ?? null);

export const optionalBool = z
  .boolean()
  .nullish()
  .transform((v) => v ?? null);

export const pageInput = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(LIMITS.listPage).default(100),
};

/** A search box's text: any text is accepted and cleaned, never refused (text/searchText.ts). */
export const searchText = (max: number) => z.string().transform((s) => cleanSearchText(s, max));
export const searchQuery = searchText(LIMITS.query).default('');

export const timestamps = {
  createdAt: z.string(),
  updatedAt: z.string(),
};
