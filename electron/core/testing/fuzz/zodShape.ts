// Reads a contract schema's shape through zod 4's own definitions (`schema._zod.def`), so the
// fuzz derives its payloads from the contract as it is today instead of from a copy of it that
// would drift. Only what the generator and the mutations need is read.
import type { z } from 'zod';

/** The parts of a zod 4 definition the fuzz reads. */
export interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  checks?: { _zod: { def: CheckDef } }[];
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  value?: number | bigint;
  inclusive?: boolean;
  maximum?: number;
  minimum?: number;
}

export const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'readonly', 'prefault', 'catch', 'nonoptional']);

/** The schema under optional/nullable/default wrappers and transforms: what a value must be. */
export function unwrap(s: z.ZodType): z.ZodType {
  for (;;) {
    const d = defOf(s);
    if (WRAPPERS.has(d.type)) s = d.innerType!;
    else if (d.type === 'pipe') s = d.in!;
    else return s;
  }
}

/** Whether a field may be left out of its object (optional, or with a default). */
export const isOptional = (s: z.ZodType) => s.safeParse(undefined).success;

export type StringFormat = 'id' | 'date' | 'dateTime' | 'itemKey' | 'backupId' | 'text';

const PATTERNS: [StringFormat, RegExp][] = [
  ['id', /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/],
  ['date', /^\d{4}-\d{2}-\d{2}$/],
  ['dateTime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/],
  ['itemKey', /^[a-z][a-zA-Z0-9_]{0,59}$/],
  ['backupId', /^\d{8}-\d{6}-\d{3}-[a-zA-Z]+\.sqlite$/],
];

const checksOf = (d: Def) => (d.checks ?? []).map((c) => c._zod.def);

/** What kind of text a string schema holds, told by its pattern (the contract's patterns are few). */
export function stringFormat(s: z.ZodType): StringFormat {
  const re = checksOf(defOf(s)).find((c) => c.format === 'regex')?.pattern;
  if (!re) return 'text';
  const found = PATTERNS.find(([, p]) => String(p) === String(re));
  if (!found) throw new Error(`the fuzz does not know the pattern ${String(re)}; add it to PATTERNS`);
  return found[0];
}

export function lengthBounds(s: z.ZodType): { min: number; max: number } {
  let min = 0;
  let max = Infinity;
  for (const c of checksOf(defOf(s))) {
    if (c.check === 'min_length') min = Math.max(min, c.minimum!);
    if (c.check === 'max_length') max = Math.min(max, c.maximum!);
  }
  return { min, max };
}

export function numberBounds(s: z.ZodType): { min: number; max: number; int: boolean } {
  let min = -Infinity;
  let max = Infinity;
  let int = false;
  for (const c of checksOf(defOf(s))) {
    if (c.check === 'greater_than') min = Math.max(min, Number(c.value) + (c.inclusive ? 0 : 1));
    if (c.check === 'less_than') max = Math.min(max, Number(c.value) - (c.inclusive ? 0 : 1));
    if (c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32' || c.format === 'uint32')) int = true;
  }
  return { min, max, int };
}

/** Objects made with `.strict()` refuse keys they do not know. */
export const isStrict = (s: z.ZodType) => {
  const c = defOf(s).catchall;
  return !!c && defOf(c).type === 'never';
};
