// What the outcome screens share: which figures each kind of event has, and counts in the
// UI language ("400余" / "400+").
import { useTranslation } from 'react-i18next';
import { type ReportedCount, formatCount } from '../../../../shared/outcomes/counts';
import type { CountField, OutcomeKind } from '../../../../shared/outcomes/schema';

/** The figures asked for and shown per kind (a training counts trainees, a job fair people met). */
export const FIELDS_BY_KIND: Record<OutcomeKind, readonly CountField[]> = {
  jobFair: ['positionsOffered', 'jobSeekers', 'resumes', 'intentions', 'intentionsPoor'],
  campusRecruitment: ['positionsOffered', 'jobSeekers', 'resumes', 'hired', 'intentions', 'intentionsPoor'],
  training: ['trainees'],
};

/** Columns of tables mixing kinds (trip section, ledger). */
export const TABLE_FIELDS: readonly CountField[] = ['positionsOffered', 'jobSeekers', 'resumes', 'intentions', 'intentionsPoor', 'hired', 'trainees'];

export function useCount() {
  const { i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'zh';
  return (c: ReportedCount | null, empty = '—') => formatCount(c, lang, empty);
}
