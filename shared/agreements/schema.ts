// The agreement register (协议): who signed what, when, where, the scanned document and
// the targets with due dates that the dashboard tracks.
import { z } from 'zod';
import { LIMITS, id, isoDate, notesText, requiredName, requiredText } from '../validation';

export const AGREEMENT_TYPES = ['framework', 'labourMechanism', 'schoolEnterprise', 'labourExport', 'other'] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

/**
 * What a target counts. All but `manual` are measured from the records between the
 * signing date and the due date (in the agreement's prefecture when it has one);
 * `manual` targets carry the achieved figure the staff enter.
 */
export const TARGET_METRICS = ['arrivals', 'arrivalsPoor', 'positionsOffered', 'jobSeekers', 'intentions', 'trainees', 'manual'] as const;
export type TargetMetric = (typeof TARGET_METRICS)[number];

export const LIMITS_AGREEMENT = { parties: 50, targets: 50, documentBytes: 20 * 1024 * 1024 } as const;

export const targetInput = z.object({
  /** Kept when editing an agreement so progress history stays with the same target. */
  id: id.nullish().transform((v) => v ?? null),
  description: requiredText(LIMITS.shortText),
  metric: z.enum(TARGET_METRICS),
  target: z.number().int().min(1).max(1_000_000),
  dueDate: isoDate,
  /** Only for `manual` targets. */
  achieved: z.number().int().min(0).max(1_000_000).nullish().transform((v) => v ?? null),
});
export type TargetValues = z.output<typeof targetInput>;

export const agreementInput = z
  .object({
    type: z.enum(AGREEMENT_TYPES),
    title: requiredText(LIMITS.name),
    /** Every signing party by name (楚雄技师学院, 楚雄金泰人力资源和社会保障事务有限公司, …). */
    parties: z.array(requiredName(LIMITS.name)).min(1).max(LIMITS_AGREEMENT.parties),
    /** How many copies were signed alike: "23 companies each signed a framework agreement" is one entry of 23. */
    copies: z.number().int().min(1).max(10_000).default(1),
    signedOn: isoDate,
    /** The partner region it concerns; targets are measured there. */
    prefectureId: id.nullish().transform((v) => v ?? null),
    tripId: id.nullish().transform((v) => v ?? null),
    /** The event (an itinerary item of that trip) where it was signed. */
    itemId: id.nullish().transform((v) => v ?? null),
    notes: notesText(LIMITS.longText),
    targets: z.array(targetInput).max(LIMITS_AGREEMENT.targets).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.itemId && !v.tripId) ctx.addIssue({ code: 'custom', path: ['itemId'], message: 'itemWithoutTrip' });
    v.targets.forEach((t, i) => {
      if (t.dueDate < v.signedOn) ctx.addIssue({ code: 'custom', path: ['targets', i, 'dueDate'], message: 'targetDueBeforeSigning' });
      if (t.metric !== 'manual' && t.achieved !== null) ctx.addIssue({ code: 'custom', path: ['targets', i, 'achieved'], message: 'achievedOnlyManual' });
    });
  });
export type AgreementInput = z.input<typeof agreementInput>;
export type AgreementValues = z.output<typeof agreementInput>;

// `today` comes from the renderer's calendar: target states (behind, overdue) depend on it,
// and the page clock in tests can move it.
export const agreementGetInput = z.object({ id, today: isoDate });
export const agreementCreateInput = z.object({ agreement: agreementInput, today: isoDate });
export const agreementUpdateInput = z.object({ id, agreement: agreementInput, today: isoDate });
export const agreementListInput = z.object({
  type: z.enum(AGREEMENT_TYPES).nullish(),
  tripId: id.nullish(),
  year: z.number().int().min(2000).max(2100).nullish(),
  prefectureId: id.nullish(),
  today: isoDate,
});
export const targetsBehindInput = z.object({ today: isoDate });

/** A scanned document: PDF, JPEG, PNG or WebP, as base64 (a data: URL prefix is accepted). */
export const documentAttachInput = z.object({
  agreementId: id,
  fileName: requiredText(LIMITS.shortText),
  // Headroom above the limit so a file a little too large reaches the core and gets the
  // clear 'documentTooLarge' message rather than the bridge's generic 'tooLong'.
  data: z.string().min(1).max(Math.ceil((LIMITS_AGREEMENT.documentBytes * 1.5 * 4) / 3) + 100),
});

export const TARGET_STATES = ['met', 'onTrack', 'behind', 'overdue'] as const;
export type TargetState = (typeof TARGET_STATES)[number];

export const target = z.object({
  id,
  description: z.string(),
  metric: z.enum(TARGET_METRICS),
  target: z.number(),
  dueDate: z.string(),
  achieved: z.number().nullable(),
  /** Measured (or, for manual targets, entered) progress so far. */
  progress: z.number(),
  /** What the pace asks for by today: target × elapsed share of the period. */
  expectedByNow: z.number(),
  state: z.enum(TARGET_STATES),
});
export type Target = z.infer<typeof target>;

export const documentMeta = z.object({ id, fileName: z.string(), mime: z.string(), bytes: z.number(), createdAt: z.string() });
export type DocumentMeta = z.infer<typeof documentMeta>;
export const documentData = documentMeta.extend({ data: z.string() });
export type DocumentData = z.infer<typeof documentData>;
/** Where a scanned document was saved (the user picks it in a native save dialog); null when they cancelled. */
export const documentSaved = z.object({ path: z.string() }).nullable();

export const agreement = z.object({
  id,
  type: z.enum(AGREEMENT_TYPES),
  title: z.string(),
  parties: z.array(z.string()),
  copies: z.number(),
  signedOn: z.string(),
  prefectureId: id.nullable(),
  prefectureName: z.string().nullable(),
  tripId: id.nullable(),
  tripTitle: z.string().nullable(),
  itemId: id.nullable(),
  itemTitle: z.string().nullable(),
  notes: z.string().nullable(),
  targets: z.array(target),
  documents: z.array(documentMeta),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Agreement = z.infer<typeof agreement>;

export const agreementRow = agreement.pick({ id: true, type: true, title: true, parties: true, copies: true, signedOn: true, tripId: true, tripTitle: true, prefectureName: true }).extend({
  documents: z.number(),
  targets: z.number(),
  targetsBehind: z.number(),
});
export type AgreementRow = z.infer<typeof agreementRow>;

/**
 * Where a target stands on `today`: met once progress reaches it; overdue after the due
 * date; behind when progress lags the straight-line pace from signing to due date.
 */
export function targetState(t: { target: number; dueDate: string }, signedOn: string, progress: number, today: string): { state: TargetState; expectedByNow: number } {
  const day = (s: string) => Date.parse(`${s}T00:00:00Z`) / 86_400_000;
  const span = Math.max(1, day(t.dueDate) - day(signedOn));
  const share = Math.min(1, Math.max(0, (day(today) - day(signedOn)) / span));
  const expectedByNow = Math.ceil(t.target * share);
  if (progress >= t.target) return { state: 'met', expectedByNow };
  if (today > t.dueDate) return { state: 'overdue', expectedByNow };
  return { state: progress < expectedByNow ? 'behind' : 'onTrack', expectedByNow };
}

/** A target lagging its pace or past its due date unmet: due work on the dashboard. */
export const behindTarget = z.object({
  agreementId: id,
  title: z.string(),
  targetId: id,
  description: z.string(),
  dueDate: z.string(),
  target: z.number(),
  progress: z.number(),
  state: z.enum(TARGET_STATES),
});
export type BehindTarget = z.infer<typeof behindTarget>;
