// Transfer employment (转移就业): batches of workers who arrived and the employers that
// took them, and retention check-ins (how many still work or intern at a date).
import { z } from 'zod';
import { LIMITS, id, isoDate, notesText } from '../validation';

const people = z.number().int().min(0).max(100_000);

export const employerShare = z.object({ companyId: id, workers: z.number().int().min(1).max(100_000) });

export const batchInput = z
  .object({
    arrivedOn: isoDate,
    workers: z.number().int().min(1).max(100_000),
    /** Of whom registered poor labourers (建档立卡贫困劳动力). */
    poor: people.default(0),
    /** Where they come from: a prefecture of the region list and optionally one of its counties. */
    prefectureId: id,
    countyId: id.nullish().transform((v) => v ?? null),
    /** The trip that recruited them. */
    tripId: id.nullish().transform((v) => v ?? null),
    employers: z.array(employerShare).max(200).default([]),
    notes: notesText(LIMITS.longText),
  })
  .superRefine((v, ctx) => {
    if (v.poor > v.workers) ctx.addIssue({ code: 'custom', path: ['poor'], message: 'poorOverWorkers' });
    const seen = new Set<string>();
    let taken = 0;
    v.employers.forEach((e, i) => {
      if (seen.has(e.companyId)) ctx.addIssue({ code: 'custom', path: ['employers', i, 'companyId'], message: 'duplicateCompany' });
      seen.add(e.companyId);
      taken += e.workers;
    });
    if (taken > v.workers) ctx.addIssue({ code: 'custom', path: ['employers'], message: 'employersOverWorkers', params: { taken, workers: v.workers } });
  });
export type BatchInput = z.input<typeof batchInput>;
export type BatchValues = z.output<typeof batchInput>;

export const checkInInput = z
  .object({
    checkedOn: isoDate,
    /** Still working or interning in the district on that date. */
    stillWorking: people,
    poor: people.default(0),
    /** The whole prefecture ("284 people from Chuxiong to date"), or one batch when batchId is set. */
    prefectureId: id,
    batchId: id.nullish().transform((v) => v ?? null),
    notes: notesText(LIMITS.longText),
  })
  .superRefine((v, ctx) => {
    if (v.poor > v.stillWorking) ctx.addIssue({ code: 'custom', path: ['poor'], message: 'poorOverStillWorking' });
  });
export type CheckInValues = z.output<typeof checkInInput>;

export const batchUpdateInput = z.object({ id, batch: batchInput });
export const checkInUpdateInput = z.object({ id, checkIn: checkInInput });
/** Filters of the placements page and the dashboard's links to it: all optional. */
export const placementListInput = z.object({
  prefectureId: id.nullish(),
  year: z.number().int().min(2000).max(2100).nullish(),
  tripId: id.nullish(),
});
export type PlacementFilter = z.input<typeof placementListInput>;

export const batch = z.object({
  id,
  arrivedOn: z.string(),
  workers: z.number(),
  poor: z.number(),
  prefectureId: id,
  prefectureName: z.string(),
  countyId: id.nullable(),
  countyName: z.string().nullable(),
  tripId: id.nullable(),
  tripTitle: z.string().nullable(),
  employers: z.array(z.object({ companyId: id, companyName: z.string(), workers: z.number() })),
  /** Workers not assigned to an employer (a warning when above zero). */
  unassigned: z.number(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Batch = z.infer<typeof batch>;

export const checkIn = z.object({
  id,
  checkedOn: z.string(),
  stillWorking: z.number(),
  poor: z.number(),
  prefectureId: id,
  prefectureName: z.string(),
  batchId: id.nullable(),
  batchArrivedOn: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CheckIn = z.infer<typeof checkIn>;

export const placementList = z.object({ batches: z.array(batch), checkIns: z.array(checkIn) });
export type PlacementList = z.infer<typeof placementList>;

/**
 * The figures the article reports: arrivals (of whom registered poor) and how many still
 * work or intern as of the latest check-in on or before the end of the filter year.
 */
export const placementTotals = z.object({
  batches: z.number(),
  arrivals: z.number(),
  arrivalsPoor: z.number(),
  stillWorking: z.number(),
  stillWorkingPoor: z.number(),
  /** The date of the latest check-in counted, null when there is none. */
  latestCheckInOn: z.string().nullable(),
});
export type PlacementTotals = z.infer<typeof placementTotals>;

/**
 * Who is still working, from the check-ins: per prefecture, its latest prefecture-wide
 * check-in when it has one; otherwise the latest check-in of each batch, added up.
 */
export function stillWorking(
  checkIns: readonly Pick<CheckIn, 'checkedOn' | 'stillWorking' | 'poor' | 'prefectureId' | 'batchId'>[],
): { stillWorking: number; poor: number } {
  const latest = new Map<string, (typeof checkIns)[number]>();
  for (const c of checkIns) {
    const key = c.batchId ? `b:${c.prefectureId}:${c.batchId}` : `p:${c.prefectureId}`;
    const prev = latest.get(key);
    if (!prev || prev.checkedOn <= c.checkedOn) latest.set(key, c);
  }
  let working = 0;
  let poor = 0;
  for (const [key, c] of latest) {
    if (key.startsWith('b:') && latest.has(`p:${c.prefectureId}`)) continue;
    working += c.stillWorking;
    poor += c.poor;
  }
  return { stillWorking: working, poor };
}
