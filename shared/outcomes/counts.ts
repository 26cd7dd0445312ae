// Counts as the staff report them: exact ("36") or approximate ("400余" — the number
// with an "about" mark meaning "a little more than"). Names are never needed.
import { z } from 'zod';

export const MAX_COUNT = 1_000_000;

/** A reported count; `about` marks "400余": at least this many, the exact figure unknown. */
export const reportedCount = z.object({
  value: z.number().int().min(0).max(MAX_COUNT),
  about: z.boolean().default(false),
});
export type ReportedCount = z.output<typeof reportedCount>;

export const optionalReportedCount = reportedCount.nullish().transform((v) => v ?? null);

/**
 * Adds counts; the sum is approximate when any part is. Null parts are skipped; the sum is
 * null when every part is null (nothing recorded is not zero).
 */
export function sumCounts(parts: readonly (ReportedCount | null | undefined)[]): ReportedCount | null {
  let value = 0;
  let about = false;
  let any = false;
  for (const p of parts) {
    if (!p) continue;
    any = true;
    value += p.value;
    about ||= p.about;
  }
  return any ? { value, about } : null;
}

/**
 * `small` can be at most `big`. Only provable contradictions are refused: when `big` is
 * approximate ("400余" means 400 or more), any `small` may fit under it.
 */
export function contradicts(small: ReportedCount | null, big: ReportedCount | null): boolean {
  if (!small || !big || big.about) return false;
  return small.value > big.value;
}

/** "400余" in Chinese, "400+" in English; numbers grouped by the locale. */
export function formatCount(c: ReportedCount | null, lang: 'zh' | 'en', empty = '—'): string {
  if (!c) return empty;
  const n = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en').format(c.value);
  return c.about ? (lang === 'zh' ? `${n}余` : `${n}+`) : n;
}
