// Inputs of the planning side: positions (岗位) companies offer, trips (出访), the
// delegation (代表团) and the day-by-day itinerary (行程). Job types, prefectures and
// counties are editable lists (ids), never names in code.
import { z } from 'zod';
import { LIMITS, id, isoDate, optionalDate, optionalText, optionalYuan, requiredText } from '../validation';

// ── Positions ────────────────────────────────────────────────────────────────

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
    skills: optionalText(LIMITS.longText),
    certificates: optionalText(LIMITS.longText),
    roomIncluded: z.boolean().default(false),
    boardIncluded: z.boolean().default(false),
    suitableForRural: z.boolean().default(true),
    validFrom: optionalDate,
    validTo: optionalDate,
    notes: optionalText(LIMITS.longText),
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

// ── Trips ────────────────────────────────────────────────────────────────────

export const TRIP_STATUSES = ['planning', 'confirmed', 'underway', 'done', 'cancelled'] as const;
export type TripStatus = (typeof TRIP_STATUSES)[number];
export const LIMITS_TRIP = { counties: 30, members: 100, memberIdsPerItem: 100, companiesPerItem: 100, items: 500 } as const;

export const tripInput = z
  .object({
    title: requiredText(LIMITS.name),
    /** An entry of the editable region list (楚雄州, 迪庆州, …) and its counties. */
    prefectureId: id,
    countyIds: z.array(id).min(1).max(LIMITS_TRIP.counties),
    startDate: isoDate,
    endDate: isoDate,
    purpose: optionalText(LIMITS.longText),
    status: z.enum(TRIP_STATUSES).default('planning'),
    notes: optionalText(LIMITS.longText),
  })
  .superRefine((v, ctx) => {
    if (v.startDate > v.endDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'dateRangeUpsideDown' });
  });
export type TripInput = z.input<typeof tripInput>;
export type TripValues = z.output<typeof tripInput>;

// ── Delegation ───────────────────────────────────────────────────────────────

export const MEMBER_ROLES = ['bureauStaff', 'companyRep', 'townCentre', 'trainer', 'hrAgency', 'partnerOfficial'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const delegationMemberInput = z.object({
  name: requiredText(LIMITS.name),
  role: z.enum(MEMBER_ROLES),
  organisation: optionalText(LIMITS.name),
  phone: optionalText(LIMITS.phone),
  /** Picked from a company's contacts (a company representative). */
  contactId: id.nullish().transform((v) => v ?? null),
  /** Picked from the bureau's staff list. */
  staffId: id.nullish().transform((v) => v ?? null),
});
export type DelegationMemberInput = z.input<typeof delegationMemberInput>;

// ── Itinerary ────────────────────────────────────────────────────────────────

export const ITEM_KINDS = ['travel', 'lodging', 'jobFair', 'training', 'seminar', 'signing', 'campusRecruitment', 'siteVisit', 'other'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export const TRAVEL_MODES = ['flight', 'train', 'coach', 'car'] as const;
export type TravelMode = (typeof TRAVEL_MODES)[number];

/** A wall-clock time at the place of the item, 'YYYY-MM-DDTHH:mm', that really exists. No zone: the itinerary is read locally. */
export const localDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'invalidDateTime')
  .refine((s) => {
    const d = new Date(`${s}:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 16) === s;
  }, 'invalidDateTime');

export const travelLeg = z.object({
  mode: z.enum(TRAVEL_MODES),
  /** Flight or train number; none for a car. */
  number: optionalText(LIMITS.tag),
  from: requiredText(LIMITS.name),
  to: requiredText(LIMITS.name),
});
export type TravelLeg = z.output<typeof travelLeg>;

export const itineraryItemInput = z
  .object({
    kind: z.enum(ITEM_KINDS),
    title: optionalText(LIMITS.shortText),
    /** Departure for a travel leg. */
    startsAt: localDateTime,
    /** Arrival for a travel leg. */
    endsAt: localDateTime,
    place: optionalText(LIMITS.shortText),
    /** One of the trip's counties (checked by the core). */
    countyId: id.nullish().transform((v) => v ?? null),
    /** Delegation members taking part. */
    memberIds: z.array(id).max(LIMITS_TRIP.memberIdsPerItem).default([]),
    /** Participating companies present (a job fair's employers). */
    companyIds: z.array(id).max(LIMITS_TRIP.companiesPerItem).default([]),
    localContact: optionalText(LIMITS.name),
    localContactPhone: optionalText(LIMITS.phone),
    /** A label for parallel items on the same day (e.g. the county's name). */
    track: optionalText(LIMITS.tag),
    travel: travelLeg.nullish().transform((v) => v ?? null),
    notes: optionalText(LIMITS.longText),
  })
  .superRefine((v, ctx) => {
    if (v.endsAt <= v.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'endBeforeStart' });
    if (v.kind === 'travel' && v.travel === null) ctx.addIssue({ code: 'custom', path: ['travel'], message: 'travelDetailsRequired' });
    if (v.kind !== 'travel' && v.travel !== null) ctx.addIssue({ code: 'custom', path: ['travel'], message: 'travelDetailsOnlyForTravel' });
  });
export type ItineraryItemInput = z.input<typeof itineraryItemInput>;
export type ItineraryItemValues = z.output<typeof itineraryItemInput>;

// ── Positions: outputs and list ──────────────────────────────────────────────

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
