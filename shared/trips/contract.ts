// What the trips core sends back and the channel inputs around the pure rules in
// schema.ts: the editable region list, a trip with its delegation, participating
// companies, itinerary, totals and warnings.
import { z } from 'zod';
import { LIMITS, id, isoDate, notesText, optionalText, requiredText } from '../validation';
import { VERDICTS } from '../vetting/scoring';
import { ITEM_KINDS, MEMBER_ROLES, TRAVEL_MODES, TRIP_STATUSES, delegationMemberInput, itineraryItemInput, tripInput } from './schema';

// ── Regions: prefectures (州) and their counties (县/市) ──────────────────────

export const county = z.object({ id, prefectureId: id, name: z.string(), inUse: z.number() });
export type County = z.infer<typeof county>;
export const prefecture = z.object({ id, name: z.string(), inUse: z.number(), counties: z.array(county) });
export type Prefecture = z.infer<typeof prefecture>;

export const regionCreateInput = z.object({
  name: requiredText(LIMITS.name),
  /** A county of this prefecture; none: a new prefecture. */
  prefectureId: id.nullish().transform((v) => v ?? null),
});
export const regionRenameInput = z.object({ id, name: requiredText(LIMITS.name) });

// ── Trips ────────────────────────────────────────────────────────────────────

export const delegationMember = z.object({
  id,
  name: z.string(),
  role: z.enum(MEMBER_ROLES),
  organisation: z.string().nullable(),
  phone: z.string().nullable(),
  contactId: id.nullable(),
  staffId: id.nullable(),
});
export type DelegationMember = z.infer<typeof delegationMember>;

export const tripPosition = z.object({ positionId: id, title: z.string(), jobTypeId: id, jobTypeName: z.string(), headcount: z.number() });

export const participant = z.object({
  companyId: id,
  companyName: z.string(),
  /** The latest signed-off verdict when the company was taken on (null: never vetted). */
  verdict: z.enum(VERDICTS).nullable(),
  /** Why an ineligible company was taken along anyway; null when its vetting allowed it. */
  overrideReason: z.string().nullable(),
  positions: z.array(tripPosition),
});
export type Participant = z.infer<typeof participant>;

export const itineraryItem = z.object({
  id,
  kind: z.enum(ITEM_KINDS),
  title: z.string().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string().nullable(),
  countyId: id.nullable(),
  countyName: z.string().nullable(),
  memberIds: z.array(id),
  companyIds: z.array(id),
  localContact: z.string().nullable(),
  localContactPhone: z.string().nullable(),
  track: z.string().nullable(),
  travel: z.object({ mode: z.enum(TRAVEL_MODES), number: z.string().nullable(), from: z.string(), to: z.string() }).nullable(),
  notes: z.string().nullable(),
});
export type ItineraryItem = z.infer<typeof itineraryItem>;

const tripWarning = z.object({
  kind: z.enum(['overlap', 'outsideTrip', 'arrivesLate', 'jobFairWithoutCompany']),
  itemIds: z.array(id),
  memberIds: z.array(id),
});

export const tripTotalsSchema = z.object({
  companies: z.number(),
  companiesWithPositions: z.number(),
  positions: z.number(),
  headcount: z.number(),
  byJobType: z.array(z.object({ jobTypeId: z.string(), positions: z.number(), headcount: z.number() })),
});

export const trip = z.object({
  id,
  title: z.string(),
  prefectureId: id,
  prefectureName: z.string(),
  counties: z.array(z.object({ id, name: z.string() })),
  startDate: z.string(),
  endDate: z.string(),
  purpose: z.string().nullable(),
  status: z.enum(TRIP_STATUSES),
  notes: z.string().nullable(),
  /** The trip this one was copied from. */
  copiedFromId: id.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  members: z.array(delegationMember),
  participants: z.array(participant),
  items: z.array(itineraryItem),
  totals: tripTotalsSchema,
  warnings: z.array(tripWarning),
});
export type Trip = z.infer<typeof trip>;

export const tripRow = z.object({
  id,
  title: z.string(),
  prefectureName: z.string(),
  countyNames: z.array(z.string()),
  startDate: z.string(),
  endDate: z.string(),
  status: z.enum(TRIP_STATUSES),
  companies: z.number(),
  headcount: z.number(),
});
export type TripRow = z.infer<typeof tripRow>;

export const tripListInput = z.object({ status: z.enum(TRIP_STATUSES).nullish() });
export const tripUpdateInput = z.object({ id, trip: tripInput });
export const memberAddInput = z.object({ tripId: id, member: delegationMemberInput });
export const memberUpdateInput = z.object({ id, member: delegationMemberInput });
export const participantsInput = z.object({
  tripId: id,
  companyId: id,
  positionIds: z.array(id).max(500).default([]),
  /** Needed when the company's latest vetting does not allow it (never vetted, rejected). */
  overrideReason: notesText(LIMITS.longText),
});
export const participantRemoveInput = z.object({ tripId: id, companyId: id });
export const itemCreateInput = z.object({ tripId: id, item: itineraryItemInput });
export const itemUpdateInput = z.object({ id, item: itineraryItemInput });
export const tripCopyInput = z.object({ id, newStartDate: isoDate, title: optionalText(LIMITS.name) });

// ── Documents of a trip (reads: a read-only workspace can still print and export) ──

export const REPORT_LANGS = ['zh', 'en'] as const;
export const itineraryHtmlInput = z.object({ id, lang: z.enum(REPORT_LANGS).default('zh') }).strict();
export const itineraryHtmlOutput = z.object({ html: z.string() });
/** Where the .ics file went (the user picks it in a native save dialog); null when they cancelled. */
export const icsSaved = z.object({ path: z.string() }).nullable();
