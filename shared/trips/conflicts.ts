// Warnings about an itinerary, never blocks: the staff plan with incomplete facts and
// decide themselves. Pure: the core computes them for trips.get, the renderer for a
// draft it is editing. Each warning names the items and the people it is about.
//
// Times are the local wall-clock strings 'YYYY-MM-DDTHH:mm' of the contract, which sort
// as text. Items are half-open [startsAt, endsAt): one ending at 12:00 and the next
// starting at 12:00 do not overlap. Lodging is left out of the people checks: the
// delegation sleeps there while the day's items happen around it.
import { addDays } from './shift';
import type { ItemKind } from './schema';

export interface ConflictTrip {
  startDate: string;
  endDate: string;
}

export interface ConflictItem {
  id: string;
  kind: ItemKind;
  startsAt: string;
  endsAt: string;
  memberIds: readonly string[];
  companyIds: readonly string[];
}

export type TripWarning =
  /** People booked on two items at the same time. */
  | { kind: 'overlap'; itemIds: [string, string]; memberIds: string[] }
  /** An item starting before the trip's first day or ending after its last. */
  | { kind: 'outsideTrip'; itemIds: [string]; memberIds: string[] }
  /** A travel leg (itemIds[0]) arriving after a following item (itemIds[1]) of its travellers has started. */
  | { kind: 'arrivesLate'; itemIds: [string, string]; memberIds: string[] }
  /** A job fair with no participating company. */
  | { kind: 'jobFairWithoutCompany'; itemIds: [string]; memberIds: string[] };

export type TripWarningKind = TripWarning['kind'];

const byStart = (a: ConflictItem, b: ConflictItem) =>
  a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : a.endsAt < b.endsAt ? -1 : a.endsAt > b.endsAt ? 1 : 0; // ties keep the given order

/** Every warning of an itinerary, in the order of the items they are about. */
export function itineraryWarnings(trip: ConflictTrip, items: readonly ConflictItem[]): TripWarning[] {
  const sorted = [...items].sort(byStart);
  const warnings: TripWarning[] = [];
  const tripStart = `${trip.startDate}T00:00`;
  const tripEnd = `${addDays(trip.endDate, 1)}T00:00`;

  for (const item of sorted) {
    if (item.startsAt < tripStart || item.endsAt > tripEnd) warnings.push({ kind: 'outsideTrip', itemIds: [item.id], memberIds: [...item.memberIds] });
    if (item.kind === 'jobFair' && item.companyIds.length === 0) warnings.push({ kind: 'jobFairWithoutCompany', itemIds: [item.id], memberIds: [...item.memberIds] });
  }

  const people = sorted.filter((i) => i.kind !== 'lodging' && i.memberIds.length > 0);
  for (let i = 0; i < people.length; i++) {
    const a = people[i]!;
    for (let j = i + 1; j < people.length; j++) {
      const b = people[j]!;
      if (b.startsAt >= a.endsAt) break; // sorted by start: nothing later overlaps a
      const shared = a.memberIds.filter((m) => b.memberIds.includes(m));
      if (shared.length === 0) continue;
      // a starts no later than b. A travel leg still under way when b begins arrives late for it.
      const memberIds = [...new Set(shared)];
      if (a.kind === 'travel') warnings.push({ kind: 'arrivesLate', itemIds: [a.id, b.id], memberIds });
      else if (b.kind === 'travel' && b.startsAt === a.startsAt) warnings.push({ kind: 'arrivesLate', itemIds: [b.id, a.id], memberIds });
      else warnings.push({ kind: 'overlap', itemIds: [a.id, b.id], memberIds });
    }
  }

  const rank = new Map(sorted.map((item, n) => [item.id, n]));
  const order = (w: TripWarning) => rank.get(w.itemIds[0]) ?? 0;
  return warnings.map((w, n) => ({ w, n })).sort((x, y) => order(x.w) - order(y.w) || x.n - y.n).map((x) => x.w);
}

/** The warnings that concern one delegation member ("where am I on Wednesday"). */
export const warningsFor = (warnings: readonly TripWarning[], memberId: string) => warnings.filter((w) => w.memberIds.includes(memberId));

/**
 * Items a member is still on: removing them from the delegation is refused until they
 * are taken off these items (nothing is half-saved).
 */
export const itemsOfMember = <T extends { id: string; memberIds: readonly string[] }>(items: readonly T[], memberId: string): T[] =>
  items.filter((i) => i.memberIds.includes(memberId));
