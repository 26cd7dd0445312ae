// Where the keys take the reviewer on the default checklist (renderer/src/features/vetting/checklistKeys.ts):
// Enter to the next unanswered item, a "no" bringing its follow-up next, wrapping to items left
// behind; digits meaning yes / no / N/A, or an option's number.
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE } from '../../electron/core/vetting/defaultTemplate';
import type { AnswerValue } from '../../shared/vetting/answers';
import type { Vetting } from '../../shared/vetting/schema';
import { templateItems } from '../../shared/vetting/template';
import { digitAnswer, nextItemKey } from '../../renderer/src/features/vetting/checklistKeys';

const context = { minimumWage: 2690, thresholds: { approved: 80, conditional: 60 } };
const vetting = (answers: Record<string, AnswerValue>, photos: string[] = []) =>
  ({ template: DEFAULT_TEMPLATE, context, answers: Object.entries(answers).map(([itemKey, value]) => ({ itemKey, value })), photos: photos.map((itemKey) => ({ itemKey })) }) as unknown as Vetting;
const item = (key: string) => templateItems(DEFAULT_TEMPLATE).find((i) => i.key === key)!;

describe('moving through the checklist', () => {
  it('starts on the first unanswered item and skips answered ones', () => {
    expect(nextItemKey(vetting({}), null, 'nextUnanswered')).toBe('monthlyPay');
    expect(nextItemKey(vetting({ monthlyPay: 5500, socialInsurance: 'pass' }), null, 'nextUnanswered')).toBe('paidMonthlyOnTime');
    expect(nextItemKey(vetting({ socialInsurance: 'pass' }), 'paidMonthlyOnTime', 'nextUnanswered', { itemKey: 'paidMonthlyOnTime', value: 'yes' })).toBe('overtimePaidByLaw');
  });

  it('a "no" just given brings its follow-up next, before its reply is back', () => {
    expect(nextItemKey(vetting({}), 'paidMonthlyOnTime', 'nextUnanswered', { itemKey: 'paidMonthlyOnTime', value: 'no' })).toBe('arrearsDetails');
    expect(nextItemKey(vetting({ paidMonthlyOnTime: 'no' }), 'paidMonthlyOnTime', 'nextUnanswered', { itemKey: 'paidMonthlyOnTime', value: 'yes' })).toBe('socialInsurance');
  });

  it('wraps to an item left behind; with everything answered Enter is simply the next item', () => {
    const all = Object.fromEntries(templateItems(DEFAULT_TEMPLATE).filter((i) => !i.showWhen && i.kind !== 'photo').map((i) => [i.key, 'na' as AnswerValue]));
    const photos = ['contractSample', 'dormitoryPhoto', 'workshopPhoto'];
    const { hotWater: _, ...allButHotWater } = all;
    expect(nextItemKey(vetting(allButHotWater, photos), 'reviewerComments', 'nextUnanswered')).toBe('hotWater');
    expect(nextItemKey(vetting(all, photos), 'hotWater', 'nextUnanswered')).toBe('mealsProvided');
    expect(nextItemKey(vetting(all, photos), 'reviewerComments', 'nextUnanswered')).toBeNull();
  });

  it('↑ and ↓ step through the shown items, follow-ups only when shown', () => {
    expect(nextItemKey(vetting({}), 'paidMonthlyOnTime', 'next')).toBe('socialInsurance');
    expect(nextItemKey(vetting({ paidMonthlyOnTime: 'no' }), 'paidMonthlyOnTime', 'next')).toBe('arrearsDetails');
    expect(nextItemKey(vetting({}), 'socialInsurance', 'previous')).toBe('paidMonthlyOnTime');
    expect(nextItemKey(vetting({}), 'monthlyPay', 'previous')).toBeNull();
  });
});

describe('digits', () => {
  it('answer yes / no / N/A, pass / fail / N/A; a photo takes only 3', () => {
    expect([1, 2, 3, 4].map((d) => digitAnswer(item('hotWater'), d, null))).toEqual(['yes', 'no', 'na', undefined]);
    expect([1, 2, 3].map((d) => digitAnswer(item('dormSafety'), d, null))).toEqual(['pass', 'fail', 'na']);
    expect([1, 3].map((d) => digitAnswer(item('dormitoryPhoto'), d, null))).toEqual([undefined, 'na']);
  });

  it('pick an option by its number, or tick and untick one', () => {
    expect(digitAnswer(item('commute'), 3, null)).toBe('shuttle');
    expect(digitAnswer(item('commute'), 6, null)).toBeUndefined();
    expect(digitAnswer(item('hazards'), 2, ['dust'])).toEqual(['dust', 'noise']);
    expect(digitAnswer(item('hazards'), 1, ['dust'])).toBeNull();
  });

  it('mean nothing on numbers, dates and text (they are typed there)', () => {
    for (const key of ['monthlyPay', 'onSiteCheckDate', 'reviewerComments']) expect(digitAnswer(item(key), 1, null)).toBeUndefined();
  });
});
