// Outcomes (成效) of the events on a trip's itinerary: job fairs, campus recruitment and
// trainings. Counts first; an optional per-company split of résumés and intentions.
import { z } from 'zod';
import { LIMITS, id, isoDate, notesText } from '../validation';
import { type ReportedCount, contradicts, optionalReportedCount, reportedCount, sumCounts } from './counts';

/** Itinerary item kinds that have outcomes. */
export const OUTCOME_KINDS = ['jobFair', 'campusRecruitment', 'training'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
export const hasOutcome = (kind: string): kind is OutcomeKind => (OUTCOME_KINDS as readonly string[]).includes(kind);

/** The figures of one event, each optional (not yet counted is not zero). */
export const COUNT_FIELDS = [
  'positionsOffered', // 提供岗位 (jobs offered, a headcount)
  'jobSeekers', // 入场求职者
  'resumes', // 投递简历
  'intentions', // 初步意向
  'intentionsPoor', // 其中建档立卡贫困劳动力
  'hired', // 录用 (campus recruitment: students recruited)
  'trainees', // 培训人数
] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

/** Pairs [smaller, larger] that contradict when the smaller exceeds the larger. */
export const COUNT_ORDER: readonly [CountField, CountField][] = [
  ['resumes', 'jobSeekers'],
  ['intentions', 'jobSeekers'],
  ['intentions', 'resumes'],
  ['intentionsPoor', 'intentions'],
  ['hired', 'jobSeekers'],
];

export const companyOutcomeInput = z
  .object({
    companyId: id,
    resumes: optionalReportedCount,
    intentions: optionalReportedCount,
    intentionsPoor: optionalReportedCount,
  })
  .superRefine((v, ctx) => {
    if (contradicts(v.intentions, v.resumes)) ctx.addIssue({ code: 'custom', path: ['intentions'], message: 'intentionsOverResumes' });
    if (contradicts(v.intentionsPoor, v.intentions)) ctx.addIssue({ code: 'custom', path: ['intentionsPoor'], message: 'poorOverIntentions' });
  });

const counts = Object.fromEntries(COUNT_FIELDS.map((f) => [f, optionalReportedCount])) as Record<CountField, typeof optionalReportedCount>;

/**
 * The message key of a contradiction, reported at the smaller figure: 'intentionsOverResumes',
 * 'poorOverIntentions' (the same key the per-company split uses), …
 */
export const contradictionKey = (small: CountField, big: CountField): string =>
  `${small === 'intentionsPoor' ? 'poor' : small}Over${big[0]!.toUpperCase()}${big.slice(1)}`;

export const outcomeInput = z
  .object({
    ...counts,
    /** Training hours per session (3 for the Deqin training); null when not a training or unknown. */
    trainingHours: z.number().min(0.5).max(1000).multipleOf(0.5).nullish().transform((v) => v ?? null),
    notes: notesText(LIMITS.longText),
    /** Optional: what each participating company collected; adds up to the event's figures. */
    companies: z.array(companyOutcomeInput).max(200).default([]),
  })
  .superRefine((v, ctx) => {
    for (const [small, big] of COUNT_ORDER) {
      if (contradicts(v[small], v[big])) ctx.addIssue({ code: 'custom', path: [small], message: contradictionKey(small, big) });
    }
    const seen = new Set<string>();
    v.companies.forEach((c, i) => {
      if (seen.has(c.companyId)) ctx.addIssue({ code: 'custom', path: ['companies', i, 'companyId'], message: 'duplicateCompany' });
      seen.add(c.companyId);
    });
  });
export type OutcomeInput = z.input<typeof outcomeInput>;
export type OutcomeValues = z.output<typeof outcomeInput>;

export const outcomeSaveInput = z.object({ itemId: id, outcome: outcomeInput });
export const outcomeGetInput = z.object({ itemId: id });
export const tripOutcomesInput = z.object({ tripId: id });

const countOut = reportedCount.nullable();

/** A difference between the per-company split and the event's figure (a warning, never a refusal). */
export const splitMismatch = z.object({ field: z.enum(['resumes', 'intentions', 'intentionsPoor']), event: countOut, companies: countOut });
export type SplitMismatch = z.infer<typeof splitMismatch>;

export const outcome = z.object({
  itemId: id,
  tripId: id,
  kind: z.enum(OUTCOME_KINDS),
  title: z.string().nullable(),
  startsAt: z.string(),
  countyName: z.string().nullable(),
  place: z.string().nullable(),
  /** False: nothing recorded yet (every figure null). */
  recorded: z.boolean(),
  ...Object.fromEntries(COUNT_FIELDS.map((f) => [f, countOut])) as Record<CountField, typeof countOut>,
  trainingHours: z.number().nullable(),
  notes: z.string().nullable(),
  companies: z.array(
    z.object({ companyId: id, companyName: z.string(), resumes: countOut, intentions: countOut, intentionsPoor: countOut }),
  ),
  warnings: z.array(splitMismatch),
  updatedAt: z.string().nullable(),
});
export type Outcome = z.infer<typeof outcome>;

/** Every event of a trip with its outcome, and the trip's totals (sums of the events). */
export const tripOutcomes = z.object({
  tripId: id,
  events: z.array(outcome),
  totals: z.object(Object.fromEntries(COUNT_FIELDS.map((f) => [f, countOut])) as Record<CountField, typeof countOut>),
});
export type TripOutcomes = z.infer<typeof tripOutcomes>;

/** Compares the per-company split with the event's figures; empty when there is no split. */
export function splitMismatches(
  event: Pick<OutcomeValues, 'resumes' | 'intentions' | 'intentionsPoor'>,
  companies: readonly Pick<OutcomeValues['companies'][number], 'resumes' | 'intentions' | 'intentionsPoor'>[],
): SplitMismatch[] {
  if (companies.length === 0) return [];
  const out: SplitMismatch[] = [];
  for (const field of ['resumes', 'intentions', 'intentionsPoor'] as const) {
    const sum = sumCounts(companies.map((c) => c[field]));
    const e: ReportedCount | null = event[field];
    if (!sum && !e) continue;
    // An approximate event figure ("400余") agrees with any split at or above its number.
    const agrees = e && sum && (e.about ? sum.value >= e.value : !sum.about && sum.value === e.value);
    if (!agrees) out.push({ field, event: e, companies: sum });
  }
  return out;
}

// ── The ledger (台账): every event across trips with its figures ─────────────────

export const outcomeListInput = z.object({
  /** Calendar year of the event (its date in Beijing time). */
  year: z.number().int().min(1990).max(2100).nullish().transform((v) => v ?? null),
  prefectureId: id.nullish().transform((v) => v ?? null),
  tripId: id.nullish().transform((v) => v ?? null),
  kind: z.enum(OUTCOME_KINDS).nullish().transform((v) => v ?? null),
});
export type OutcomeListInput = z.input<typeof outcomeListInput>;
export type OutcomeListFilter = z.output<typeof outcomeListInput>;

/** One event of the ledger; unrecorded events are listed too (recorded: false), so nothing goes missing. */
export const outcomeRow = z.object({
  itemId: id,
  tripId: id,
  tripTitle: z.string(),
  prefectureId: id,
  prefectureName: z.string(),
  countyName: z.string().nullable(),
  date: isoDate,
  startsAt: z.string(),
  kind: z.enum(OUTCOME_KINDS),
  title: z.string().nullable(),
  place: z.string().nullable(),
  recorded: z.boolean(),
  ...Object.fromEntries(COUNT_FIELDS.map((f) => [f, countOut])) as Record<CountField, typeof countOut>,
  trainingHours: z.number().nullable(),
});
export type OutcomeRow = z.infer<typeof outcomeRow>;

/** Totals of a set of events (trip or ledger): per field, the sum of the figures that were counted. */
export function totalsOf(events: readonly Pick<Outcome, CountField>[]): TripOutcomes['totals'] {
  return Object.fromEntries(COUNT_FIELDS.map((f) => [f, sumCounts(events.map((e) => e[f]))])) as TripOutcomes['totals'];
}
