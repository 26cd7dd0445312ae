// react-hook-form resolver that checks a form with the same zod schema the core
// uses at the bridge, and words the problems with the same message keys
// (shared/result.ts toFieldIssues), so the user reads one sentence for one rule
// whether it is caught before sending or after.
import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { type FieldIssue, toFieldIssues } from '../../../shared/result';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export const issueMessage = (t: Translate, issue: Pick<FieldIssue, 'key' | 'params'>) =>
  t(`errors.${issue.key}`, { ...issue.params, defaultValue: t('errors.invalidValue') });

function setPath(target: Record<string, unknown>, path: (string | number)[], value: unknown) {
  let node = target;
  path.forEach((p, i) => {
    if (i === path.length - 1) {
      if (node[p] === undefined) node[p] = value;
    } else {
      node = (node[p] ??= typeof path[i + 1] === 'number' ? [] : {}) as Record<string, unknown>;
    }
  });
}

export function issuesToFieldErrors(t: Translate, issues: FieldIssue[]): FieldErrors {
  const errors: Record<string, unknown> = {};
  for (const issue of issues) {
    const path = issue.path.length ? issue.path : ['root'];
    setPath(errors, path, { type: issue.key, message: issueMessage(t, issue) });
  }
  return errors as FieldErrors;
}

/**
 * Where an issue of the channel's input shows in a form whose values are shaped otherwise
 * (a count's number box, a company's row, the form holding one part of the input).
 */
export type IssueAt<F> = (issue: FieldIssue, values: F) => FieldIssue;

/** The form holds the `key` part of the channel's input (`{ tripId, item }`): issues lose that prefix. */
export const inside =
  (key: string) =>
  (issue: FieldIssue): FieldIssue =>
    issue.path[0] === key ? { ...issue, path: issue.path.slice(1) } : issue;

/**
 * `toInput` turns what the form holds (strings in number fields, '' for "not set")
 * into the channel's input; the schema then checks it exactly as the core will.
 */
export function schemaResolver<F extends FieldValues, S extends z.ZodType>(schema: S, toInput: (values: F) => unknown, t: Translate, issueAt?: IssueAt<F>): Resolver<F> {
  return async (values) => {
    const parsed = schema.safeParse(toInput(values), { reportInput: true });
    if (parsed.success) return { values, errors: {} };
    const issues = toFieldIssues(parsed.error.issues);
    return { values: {}, errors: issuesToFieldErrors(t, issueAt ? issues.map((i) => issueAt(i, values)) : issues) as FieldErrors<F> };
  };
}

/** Form text → number or null; text that is not a number is kept so the schema reports it. */
export const numberOrNull = (s: string | number | null | undefined): number | string | null => {
  if (s === null || s === undefined) return null;
  if (typeof s === 'number') return s;
  const trimmed = s.trim();
  if (trimmed === '') return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : trimmed;
};
