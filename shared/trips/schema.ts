// Inputs of the planning side: trips (出访), the delegation (代表团) and the day-by-day
// itinerary (行程). Prefectures and counties are editable lists (ids), never names in code.
import { z } from 'zod';
import { DATE_RANGE, LIMITS, id, inDateRange, isoDate, notesText, optionalName, optionalPhone, optionalText, requiredName, requiredText } from '../validation';

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
    purpose: notesText(LIMITS.longText),
    status: z.enum(TRIP_STATUSES).default('planning'),
    notes: notesText(LIMITS.longText),
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
  name: requiredName(LIMITS.name),
  role: z.enum(MEMBER_ROLES),
  organisation: optionalName(LIMITS.name),
  phone: optionalPhone,
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
const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
export const localDateTime = z.string().regex(DATE_TIME_PATTERN, 'invalidDateTime').superRefine((s, ctx) => {
  if (!DATE_TIME_PATTERN.test(s)) return; // the regex check has said so
  const t = Date.parse(`${s}:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 16) !== s) ctx.addIssue({ code: 'custom', message: 'invalidDateTime', input: s });
  else if (!inDateRange(s)) ctx.addIssue({ code: 'custom', message: 'dateOutOfRange', params: DATE_RANGE, input: s });
});

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
    localContact: optionalName(LIMITS.name),
    localContactPhone: optionalPhone,
    /** A label for parallel items on the same day (e.g. the county's name). */
    track: optionalText(LIMITS.tag),
    travel: travelLeg.nullish().transform((v) => v ?? null),
    notes: notesText(LIMITS.longText),
  })
  .superRefine((v, ctx) => {
    if (v.endsAt <= v.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'endBeforeStart' });
    if (v.kind === 'travel' && v.travel === null) ctx.addIssue({ code: 'custom', path: ['travel'], message: 'travelDetailsRequired' });
    if (v.kind !== 'travel' && v.travel !== null) ctx.addIssue({ code: 'custom', path: ['travel'], message: 'travelDetailsOnlyForTravel' });
  });
export type ItineraryItemInput = z.input<typeof itineraryItemInput>;
export type ItineraryItemValues = z.output<typeof itineraryItemInput>;
