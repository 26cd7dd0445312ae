// Positions (岗位) companies offer: the input with its pay, hours, age and schooling rules,
// the position as the core sends it back, the list's filters, and the editable job-type
// list (ids, never names in code).
import { z } from 'zod';
import { LIMITS, id, notesText, optionalDate, optionalText, optionalYuan, requiredText } from '../validation';

// ── Input ────────────────────────────────────────────────────────────────────

export const SHIFT_PATTERNS = ['day', 'twoShifts', 'threeShifts', 'rotating', 'night', 'flexible'] as const;
export const EDUCATION_LEVELS = ['none', 'primary', 'juniorHigh', 'seniorHigh', 'vocational', 'college', 'bachelor'] as const;

/** The youngest legal working age and a generous upper bound. */
export const AGE_LIMITS = { min: 16, max: 70 } as const;
export const MAX_HEADCOUNT = 100_000;

const optionalAge = z
  .number()
  .int()
  .min(AGE_LIMITS.min)
  .max(AGE_LIMITS.max)
  .nullish()
  .transform((v) => v ?? null);

export const positionInput = z
  .object({
    companyId: id,
    /** An entry of the editable job-type list (普工, 技工, 仓管, …). */
    jobTypeId: id,
    title: requiredText(LIMITS.name),
    headcount: z.number().int().min(1).max(MAX_HEADCOUNT),
    /** Monthly pay in whole yuan; either end may be open (面议). */
    payMin: optionalYuan,
    payMax: optionalYuan,
    hoursPerDay: z
      .number()
      .min(1)
      .max(24)
      .multipleOf(0.5)
      .nullish()
      .transform((v) => v ?? null),
    daysPerWeek: z
      .number()
      .int()
      .min(1)
      .max(7)
      .nullish()
      .transform((v) => v ?? null),
    shifts: z
      .enum(SHIFT_PATTERNS)
      .nullish()
      .transform((v) => v ?? null),
    hoursNote: optionalText(LIMITS.shortText),
    ageMin: optionalAge,
    ageMax: optionalAge,
    /** The least schooling asked for; null: no requirement. */
    education: z
      .enum(EDUCATION_LEVELS)
      .nullish()
      .transform((v) => v ?? null),
    skills: notesText(LIMITS.longText),
    certificates: notesText(LIMITS.longText),
    roomIncluded: z.boolean().default(false),
    boardIncluded: z.boolean().default(false),
    suitableForRural: z.boolean().default(true),
    validFrom: optionalDate,
    validTo: optionalDate,
    notes: notesText(LIMITS.longText),
  })
  .superRefine((v, ctx) => {
    if (v.payMin !== null && v.payMax !== null && v.payMin > v.payMax) {
      ctx.addIssue({ code: 'custom', path: ['payMax'], message: 'payRangeUpsideDown' });
    }
    if (v.ageMin !== null && v.ageMax !== null && v.ageMin > v.ageMax) {
      ctx.addIssue({ code: 'custom', path: ['ageMax'], message: 'ageRangeUpsideDown' });
    }
    if (v.validFrom !== null && v.validTo !== null && v.validFrom > v.validTo) {
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'dateRangeUpsideDown' });
    }
  });
export type PositionInput = z.input<typeof positionInput>;
export type PositionValues = z.output<typeof positionInput>;

export const positionUpdateInput = z.object({ id, position: positionInput });

// ── Outputs and list ─────────────────────────────────────────────────────────

export const jobType = z.object({ id, name: z.string(), inUse: z.number() });
export type JobType = z.infer<typeof jobType>;
export const jobTypeCreateInput = z.object({ name: requiredText(LIMITS.name) });
export const jobTypeRenameInput = z.object({ id, name: requiredText(LIMITS.name) });

export const position = z.object({
  id,
  companyId: id,
  companyName: z.string(),
  townName: z.string().nullable(),
  jobTypeId: id,
  jobTypeName: z.string(),
  title: z.string(),
  headcount: z.number(),
  payMin: z.number().nullable(),
  payMax: z.number().nullable(),
  hoursPerDay: z.number().nullable(),
  daysPerWeek: z.number().nullable(),
  shifts: z.enum(SHIFT_PATTERNS).nullable(),
  hoursNote: z.string().nullable(),
  ageMin: z.number().nullable(),
  ageMax: z.number().nullable(),
  education: z.enum(EDUCATION_LEVELS).nullable(),
  skills: z.string().nullable(),
  certificates: z.string().nullable(),
  roomIncluded: z.boolean(),
  boardIncluded: z.boolean(),
  suitableForRural: z.boolean(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  notes: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Position = z.infer<typeof position>;

export const positionListInput = z.object({
  companyId: id.nullish(),
  jobTypeId: id.nullish(),
  /** The company's town (街镇). */
  townId: id.nullish(),
  /** Positions whose pay can reach this much a month (upper limit, or lower when no upper). */
  minPay: z.number().int().min(0).max(1_000_000).nullish(),
  /** Only positions with both room and board included. */
  roomAndBoard: z.boolean().default(false),
});
export type PositionListInput = z.input<typeof positionListInput>;

/**
 * What a new position of a company starts with for room and board: the latest visit that
 * noted the dormitory or the meals (null: no visit noted either). A fact the visit left
 * open stays null.
 */
export const roomAndBoardInput = z.object({ companyId: id });
export const roomAndBoardFromVisit = z
  .object({ visitId: id, visitDate: z.string(), roomIncluded: z.boolean().nullable(), boardIncluded: z.boolean().nullable() })
  .nullable();
export type RoomAndBoardFromVisit = z.infer<typeof roomAndBoardFromVisit>;
