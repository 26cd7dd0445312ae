// Pieces every vetting screen shares: texts in the UI language, answers worded for
// people, the verdict chip, and the message of a failed call next to what caused it.
import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { localDay } from '../../../../shared/dates';
import type { AnswerValue } from '../../../../shared/vetting/answers';
import type { Verdict } from '../../../../shared/vetting/scoring';
import type { Localized, TemplateItem } from '../../../../shared/vetting/template';
import { errorText } from '../../app/Notifier';
import { ApiCallError } from '../../lib/api';
import { issueMessage } from '../../lib/formResolver';

type T = (key: string, o?: Record<string, unknown>) => string;
type Fmt = { date: (iso: string | null | undefined) => string; number: (n: number | null | undefined) => string };

/** A template text in the UI language (English falls back to Chinese when not translated). */
export function useLoc() {
  const { i18n } = useTranslation();
  return (l: Localized | null | undefined) => (!l ? '' : i18n.language.startsWith('en') && l.en ? l.en : l.zh);
}

/** An answer as the reviewer reads it: yes/no, the option's label, the number with its unit. */
export function answerText(item: TemplateItem | undefined, value: AnswerValue | null | undefined, t: T, fmt: Fmt, loc: (l: Localized) => string): string {
  if (value === null || value === undefined) return '—';
  if (value === 'na') return t('vetting.answer.na');
  if (!item) return Array.isArray(value) ? value.join('、') : String(value);
  switch (item.kind) {
    case 'yesNo':
    case 'passFail':
      return t(`vetting.answer.${String(value)}`);
    case 'number':
      return `${fmt.number(value as number)}${item.unit ? ` ${item.unit}` : ''}`;
    case 'singleChoice':
      return loc(item.options.find((o) => o.key === value)?.label ?? { zh: String(value), en: '' });
    case 'multiChoice':
      return (value as string[]).map((k) => loc(item.options.find((o) => o.key === k)?.label ?? { zh: k, en: '' })).join('、');
    case 'date':
      return fmt.date(value as string);
    default:
      return String(value);
  }
}

const VERDICT_COLOR = { approved: 'success', conditional: 'warning', rejected: 'error' } as const;

export function VerdictChip({ verdict, variant = 'filled' }: { verdict: Verdict | null; variant?: 'filled' | 'outlined' }) {
  const { t } = useTranslation();
  if (!verdict) return <>—</>;
  return <Chip size="small" variant={variant} color={VERDICT_COLOR[verdict]} label={t(`vetting.verdict.${verdict}`)} />;
}

/** The calendar day (YYYY-MM-DD, the user's time zone) of a stored timestamp, for useFormat().date. */
export const dayOf = (iso: string): string => localDay(iso);

/** A score 0–100 with one decimal, or "—" when nothing counts. */
export const scoreText = (score: number | null | undefined, fmt: Fmt) => (score === null || score === undefined ? '—' : fmt.number(score));

/** The message of a failed call and the field it is about ('value', 'note', 'reason'…), if any. */
export function failure(e: unknown, t: T): { field: string | null; message: string } {
  if (!(e instanceof ApiCallError)) return { field: null, message: t('errors.internal') };
  const issue = e.error.issues?.find((i) => i.path.length > 0);
  if (issue) return { field: String(issue.path[0]), message: issueMessage(t, issue) };
  return { field: null, message: errorText(t, e.error) };
}
