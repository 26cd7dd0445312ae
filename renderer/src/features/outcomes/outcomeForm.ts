// What the outcome form holds (text in number fields, an "about" tick per count, an optional
// split by company) and how it becomes the contract's input. Rows of the split left blank are
// not sent, so issue paths are mapped back to the rows the user sees.
import type { ReportedCount } from '../../../../shared/outcomes/counts';
import { COUNT_FIELDS, type CountField, type Outcome, type OutcomeInput } from '../../../../shared/outcomes/schema';
import type { FieldIssue } from '../../../../shared/result';
import { numberOrNull } from '../../lib/formResolver';

export interface CountForm {
  value: string;
  about: boolean;
}
export const SPLIT_FIELDS = ['resumes', 'intentions', 'intentionsPoor'] as const;
export type SplitField = (typeof SPLIT_FIELDS)[number];

export interface CompanyRowForm extends Record<SplitField, CountForm> {
  companyId: string;
  companyName: string;
}

export type OutcomeForm = Record<CountField, CountForm> & {
  trainingHours: string;
  notes: string;
  split: boolean;
  companies: CompanyRowForm[];
};

const countToForm = (c: ReportedCount | null): CountForm => ({ value: c ? String(c.value) : '', about: c?.about ?? false });

export function outcomeToForm(o: Outcome, companies: readonly { companyId: string; companyName: string }[]): OutcomeForm {
  const stored = new Map(o.companies.map((c) => [c.companyId, c]));
  // Every company offered for the split, then any the split already had that is no longer offered.
  const rows = [...companies, ...o.companies.filter((c) => !companies.some((x) => x.companyId === c.companyId))].map((c) => {
    const s = stored.get(c.companyId);
    return { companyId: c.companyId, companyName: c.companyName, ...Object.fromEntries(SPLIT_FIELDS.map((f) => [f, countToForm(s?.[f] ?? null)])) } as CompanyRowForm;
  });
  return {
    ...(Object.fromEntries(COUNT_FIELDS.map((f) => [f, countToForm(o[f])])) as Record<CountField, CountForm>),
    trainingHours: o.trainingHours === null ? '' : String(o.trainingHours),
    notes: o.notes ?? '',
    split: o.companies.length > 0,
    companies: rows,
  };
}

/** Blank: not counted (null); otherwise the number (text that is not one is kept for the schema to report). */
const formToCount = (c: CountForm) => {
  const v = numberOrNull(c.value);
  return v === null ? null : ({ value: v, about: c.about } as ReportedCount);
};
const blankRow = (r: CompanyRowForm) => SPLIT_FIELDS.every((f) => r[f].value.trim() === '');

/** The input, and for each company sent the index of its row in the form. */
export function formToOutcomeInput(f: OutcomeForm): { input: OutcomeInput; rows: number[] } {
  const rows = f.split ? f.companies.flatMap((r, i) => (blankRow(r) ? [] : [i])) : [];
  return {
    input: {
      ...(Object.fromEntries(COUNT_FIELDS.map((k) => [k, formToCount(f[k])])) as Record<CountField, ReportedCount | null>),
      trainingHours: numberOrNull(f.trainingHours) as number | null,
      notes: f.notes,
      companies: rows.map((i) => {
        const r = f.companies[i]!;
        return { companyId: r.companyId, ...(Object.fromEntries(SPLIT_FIELDS.map((k) => [k, formToCount(r[k])])) as Record<SplitField, ReportedCount | null>) };
      }),
    },
    rows,
  };
}

const isCount = (k: unknown) => typeof k === 'string' && (COUNT_FIELDS as readonly string[]).includes(k);

/**
 * An issue as the form names it: a contradiction at a count goes on its number box
 * (`intentions.value`), a company's issue on the row the user sees. Bridge issues lose
 * their 'outcome' prefix.
 */
export function formPath(issue: FieldIssue, rows: readonly number[]): FieldIssue {
  let path = issue.path[0] === 'outcome' ? issue.path.slice(1) : [...issue.path];
  if (path[0] === 'companies' && typeof path[1] === 'number') path = ['companies', rows[path[1]] ?? path[1], ...path.slice(2)];
  const last = path.at(-1);
  if (isCount(last) && (path.length === 1 || path[0] === 'companies')) path = [...path, 'value'];
  return { ...issue, path };
}
