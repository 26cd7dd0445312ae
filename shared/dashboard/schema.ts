// The dashboard (概览): the working group's figures added up from the records — by year,
// by destination and by trip — the funnel from positions offered to people still working,
// and the work that is due. Every figure comes with the filter that finds its records.
import { z } from 'zod';
import { reportedCount } from '../outcomes/counts';
import { id, isoDate } from '../validation';

export const dashboardInput = z.object({
  /** Calendar year: events by their date, arrivals by arrival date, trips by start date. */
  year: z.number().int().min(1990).max(2100).nullish().transform((v) => v ?? null),
  prefectureId: id.nullish().transform((v) => v ?? null),
  tripId: id.nullish().transform((v) => v ?? null),
  /** The user's today: due work and agreement targets are judged against it. */
  today: isoDate,
});
export type DashboardInput = z.input<typeof dashboardInput>;
export type DashboardFilter = z.output<typeof dashboardInput>;

const count = reportedCount.nullable();

/** Event figures (as reported, "3000余" kept) and counts of records. */
export const figures = z.object({
  trips: z.number(),
  /** Distinct companies taken on the trips in scope. */
  companies: z.number(),
  /**
   * Per trip: the sum of its events' positions offered when any event records it, otherwise
   * the headcount its participating companies bring (the article's "2025 个岗位").
   */
  positionsOffered: count,
  jobSeekers: count,
  resumes: count,
  intentions: count,
  intentionsPoor: count,
  hired: count,
  trainees: count,
  /** Hours of the trainings that recorded them. */
  trainingHours: z.number().nullable(),
  /** Agreements signed, counting copies ("23 份校企合作框架协议"). */
  agreements: z.number(),
  arrivals: z.number(),
  arrivalsPoor: z.number(),
  /** From the latest check-ins up to the end of the year in scope; null when none was made. */
  stillWorking: z.number().nullable(),
  stillWorkingPoor: z.number().nullable(),
});
export type Figures = z.infer<typeof figures>;

export const FUNNEL_STAGES = ['positionsOffered', 'jobSeekers', 'resumes', 'intentions', 'arrivals', 'stillWorking'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export const dashboard = z.object({
  totals: figures,
  byYear: z.array(figures.extend({ year: z.number() })),
  byDestination: z.array(figures.extend({ prefectureId: id, prefectureName: z.string() })),
  byTrip: z.array(
    figures.extend({
      tripId: id,
      title: z.string(),
      prefectureId: id,
      prefectureName: z.string(),
      startDate: z.string(),
      endDate: z.string(),
      /** Where the trip's positions offered come from (see `figures.positionsOffered`). */
      positionsFrom: z.enum(['events', 'headcount', 'none']),
    }),
  ),
  funnel: z.array(z.object({ stage: z.enum(FUNNEL_STAGES), count })),
  /** The latest check-in counted in `stillWorking`. */
  latestCheckInOn: z.string().nullable(),
  dueWork: z.object({ overdueFollowUps: z.number(), vettingsDue: z.number(), targetsBehind: z.number() }),
  /** What the filters can offer. */
  options: z.object({
    years: z.array(z.number()),
    prefectures: z.array(z.object({ id, name: z.string() })),
    trips: z.array(z.object({ id, title: z.string(), prefectureId: id, startDate: z.string() })),
  }),
  /** False when the workspace holds no trip, outcome, agreement or placement at all. */
  hasRecords: z.boolean(),
});
export type Dashboard = z.infer<typeof dashboard>;
