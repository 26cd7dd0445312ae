// What an answer to each kind of item looks like, and whether a given value is one.
// Answers cross the bridge as plain JSON: a string, a number or a list of strings,
// with 'na' for "not applicable" on every kind.
import { z } from 'zod';
import { textProblem } from '../text/characters';
import { DATE_RANGE, LIMITS, isoDate } from '../validation';
import type { TemplateItem } from './template';

export const NA = 'na';
export const answerValue = z.union([z.string().max(LIMITS.longText), z.number(), z.array(z.string().max(60)).max(30)]);
export type AnswerValue = z.output<typeof answerValue>;

export const isNa = (v: AnswerValue | null | undefined) => v === NA;

export interface AnswerProblem {
  key: string;
  params?: Record<string, string | number>;
}

/** Why `value` is not an answer to `item`, or null when it is. */
export function answerProblem(item: TemplateItem, value: AnswerValue): AnswerProblem | null {
  if (value === NA) return null;
  const wrongKind: AnswerProblem = { key: 'answerWrongKind', params: { kind: item.kind } };
  switch (item.kind) {
    case 'yesNo':
      return value === 'yes' || value === 'no' ? null : wrongKind;
    case 'passFail':
      return value === 'pass' || value === 'fail' ? null : wrongKind;
    case 'number':
      // Text where a number is needed ("5500元", "about 6") is refused, not guessed at.
      return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= 1e9 ? null : { key: 'answerNeedsNumber' };
    case 'singleChoice':
      if (typeof value !== 'string') return wrongKind;
      return item.options.some((o) => o.key === value) ? null : { key: 'answerNotAnOption' };
    case 'multiChoice':
      if (!Array.isArray(value) || value.length === 0) return wrongKind;
      if (new Set(value).size !== value.length || !value.every((v) => item.options.some((o) => o.key === v))) return { key: 'answerNotAnOption' };
      return null;
    case 'date':
      if (typeof value !== 'string') return wrongKind;
      return dateAnswerProblem(value);
    case 'text':
      if (typeof value !== 'string') return wrongKind;
      if (!value.trim()) return { key: 'required' };
      return textAnswerProblem(value);
    case 'photo':
      // A photo item is answered by attaching photos; only "not applicable" is a value.
      return wrongKind;
  }
}

function dateAnswerProblem(value: string): AnswerProblem | null {
  const parsed = isoDate.safeParse(value);
  if (parsed.success) return null;
  return parsed.error.issues[0]?.message === 'dateOutOfRange' ? { key: 'dateOutOfRange', params: DATE_RANGE } : { key: 'invalidDate' };
}

/** A written answer is notes-like text: the one text rule, several lines allowed. */
function textAnswerProblem(value: string): AnswerProblem | null {
  const problem = textProblem(value, true);
  return problem ? { key: problem.key, params: { char: problem.char } } : null;
}
