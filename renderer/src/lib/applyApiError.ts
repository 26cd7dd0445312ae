// A failed save: field problems go next to their fields, anything else to the snackbar.
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { ApiCallError } from './api';
import { type IssueAt, issueMessage, type Translate } from './formResolver';

export function applyApiError<F extends FieldValues>(form: UseFormReturn<F>, e: unknown, t: Translate, notifyError: (e: unknown) => void, issueAt?: IssueAt<F>): void {
  const issues = e instanceof ApiCallError ? (e.error.issues ?? []) : [];
  const values = form.getValues();
  const known = (issueAt ? issues.map((i) => issueAt(i, values)) : issues).filter((i) => i.path.length > 0);
  known.forEach((issue, n) =>
    form.setError(issue.path.join('.') as Path<F>, { type: issue.key, message: issueMessage(t, issue) }, { shouldFocus: n === 0 }),
  );
  if (known.length === 0) notifyError(e);
}

/** The first field problem of a failed call, worded for the user; null when it had none. */
export function firstIssueMessage(e: unknown, t: Translate): string | null {
  const issue = e instanceof ApiCallError ? e.error.issues?.[0] : undefined;
  return issue ? issueMessage(t, issue) : null;
}
