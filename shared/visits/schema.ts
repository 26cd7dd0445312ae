import { z } from 'zod';
import { localDay } from '../dates';
import { LIMITS, id, isoDate, notesText, optionalBool, optionalCount, optionalDate, optionalText, optionalYuan, pageInput, requiredText, searchQuery, timestamps } from '../validation';

export const followUpInput = z.object({
  id: id.optional(),
  what: requiredText(LIMITS.shortText),
  whoStaffId: id.nullish().transform((v) => v ?? null),
  dueDate: optionalDate,
  done: z.boolean().default(false),
});

/**
 * A visit note: the four observations the staff make, each as free text, plus
 * the few facts that vetting needs later (pay range, dormitory, people per room, meals).
 */
export const visitInput = z
  .object({
    companyId: id,
    visitDate: isoDate,
    staffIds: z.array(id).min(1).max(LIMITS.staffPerVisit),
    purpose: optionalText(LIMITS.shortText),
    business: notesText(LIMITS.longText),
    environment: notesText(LIMITS.longText),
    wages: notesText(LIMITS.longText),
    lodging: notesText(LIMITS.longText),
    payMin: optionalYuan,
    payMax: optionalYuan,
    dormProvided: optionalBool,
    peoplePerRoom: optionalCount(50),
    mealsProvided: optionalBool,
    notes: notesText(LIMITS.longText),
    followUps: z.array(followUpInput).max(LIMITS.followUps).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.payMin !== null && v.payMax !== null && v.payMin > v.payMax) {
      ctx.addIssue({ code: 'custom', path: ['payMax'], message: 'payRangeUpsideDown' });
    }
    if (v.dormProvided === false && v.peoplePerRoom !== null) {
      ctx.addIssue({ code: 'custom', path: ['peoplePerRoom'], message: 'peoplePerRoomWithoutDorm' });
    }
    if (v.visitDate > localDay()) ctx.addIssue({ code: 'custom', path: ['visitDate'], message: 'visitInFuture' });
  });
export type VisitInput = z.input<typeof visitInput>;
export type VisitValues = z.output<typeof visitInput>;

export const visitUpdateInput = z.object({ id, visit: visitInput });

export const followUp = z.object({
  id,
  what: z.string(),
  whoStaffId: id.nullable(),
  whoName: z.string().nullable(),
  dueDate: z.string().nullable(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
});
export type FollowUp = z.infer<typeof followUp>;

export const visit = z.object({
  id,
  companyId: id,
  companyName: z.string(),
  visitDate: z.string(),
  staff: z.array(z.object({ id, name: z.string() })),
  purpose: z.string().nullable(),
  business: z.string().nullable(),
  environment: z.string().nullable(),
  wages: z.string().nullable(),
  lodging: z.string().nullable(),
  payMin: z.number().nullable(),
  payMax: z.number().nullable(),
  dormProvided: z.boolean().nullable(),
  peoplePerRoom: z.number().nullable(),
  mealsProvided: z.boolean().nullable(),
  notes: z.string().nullable(),
  followUps: z.array(followUp),
  createdBy: id.nullable(),
  deletedAt: z.string().nullable(),
  ...timestamps,
});
export type Visit = z.infer<typeof visit>;

export const visitRow = z.object({
  id,
  companyId: id,
  companyName: z.string(),
  townName: z.string().nullable(),
  visitDate: z.string(),
  staffNames: z.array(z.string()),
  purpose: z.string().nullable(),
  openFollowUps: z.number(),
});
export type VisitRow = z.infer<typeof visitRow>;

/**
 * Where a page of the visits list starts: after the row with this date and id (the last row of
 * the page before), then `offset` rows on. Finding that row is one index seek however deep in
 * the list it is; an offset alone is counted out row by row.
 */
export const visitCursor = z.object({ visitDate: isoDate, id });
export type VisitCursor = z.infer<typeof visitCursor>;

export const visitListInput = z
  .object({
    query: searchQuery,
    from: isoDate.nullish(),
    to: isoDate.nullish(),
    staffId: id.nullish(),
    townId: id.nullish(),
    companyId: id.nullish(),
    after: visitCursor.nullish(),
    ...pageInput,
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ['to'], message: 'dateRangeUpsideDown' });
export type VisitListInput = z.input<typeof visitListInput>;

export const visitList = z.object({ total: z.number(), rows: z.array(visitRow) });
export type VisitList = z.infer<typeof visitList>;

export const followUpRow = followUp.extend({ visitId: id, visitDate: z.string(), companyId: id, companyName: z.string() });
export type FollowUpRow = z.infer<typeof followUpRow>;

export const followUpListInput = z.object({
  scope: z.enum(['overdue', 'open', 'all']).default('overdue'),
  /** "Today" as the user's calendar sees it; the core never guesses the time zone. */
  today: isoDate,
});
export const followUpSetDoneInput = z.object({ id, done: z.boolean() });
