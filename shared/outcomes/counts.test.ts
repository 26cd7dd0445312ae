// Counts as the staff report them: "36" exact, "400余" approximate. Sums stay approximate
// when any part is; a contradiction is only what can be proved.
import { describe, expect, it } from 'vitest';
import { contradicts, formatCount, reportedCount, sumCounts } from './counts';

const exact = (value: number) => ({ value, about: false });
const about = (value: number) => ({ value, about: true });

describe('a reported count', () => {
  it('is a whole number from 0, exact unless marked', () => {
    expect(reportedCount.parse({ value: 36 })).toEqual(exact(36));
    expect(reportedCount.safeParse({ value: -1, about: false }).success).toBe(false);
    expect(reportedCount.safeParse({ value: 2.5, about: false }).success).toBe(false);
    expect(reportedCount.safeParse({ value: 1_000_001, about: false }).success).toBe(false);
  });
});

describe('sumCounts', () => {
  it('adds counted parts and skips uncounted ones', () => {
    expect(sumCounts([exact(91), null, exact(29), undefined])).toEqual(exact(120));
  });
  it('is approximate when any part is', () => {
    expect(sumCounts([about(400), exact(36)])).toEqual(about(436));
  });
  it('is null when nothing was counted (not zero)', () => {
    expect(sumCounts([])).toBeNull();
    expect(sumCounts([null, null])).toBeNull();
    expect(sumCounts([exact(0)])).toEqual(exact(0));
  });
});

describe('contradicts', () => {
  it('refuses a smaller figure above an exact larger one', () => {
    expect(contradicts(exact(50), exact(36))).toBe(true);
    expect(contradicts(exact(36), exact(36))).toBe(false);
    expect(contradicts(about(50), exact(36))).toBe(true);
  });
  it('accepts anything under an approximate figure ("400余" may be 500)', () => {
    expect(contradicts(exact(450), about(400))).toBe(false);
  });
  it('has nothing to compare when either side was not counted', () => {
    expect(contradicts(null, exact(3))).toBe(false);
    expect(contradicts(exact(3), null)).toBe(false);
  });
});

describe('formatCount', () => {
  it('shows 400余 in Chinese and 400+ in English, grouped by the locale', () => {
    expect(formatCount(about(400), 'zh')).toBe('400余');
    expect(formatCount(about(400), 'en')).toBe('400+');
    expect(formatCount(exact(2025), 'zh')).toBe('2,025');
    expect(formatCount(exact(36), 'en')).toBe('36');
  });
  it('shows a dash (or the given text) when not counted', () => {
    expect(formatCount(null, 'zh')).toBe('—');
    expect(formatCount(null, 'zh', '')).toBe('');
  });
});
