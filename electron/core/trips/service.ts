// Use cases for trips (出访): the destination from the editable region list, the
// delegation, the participating companies with the positions they bring, and the
// itinerary. Each call checks everything before it writes, runs in one transaction and
// is audited, so a refused call leaves nothing half-saved. Warnings about the itinerary
// are computed on read (trips.get) and never block a save.
import { type FieldIssue, fail } from '../../../shared/result';
import type { Trip } from '../../../shared/trips/contract';
import { hasOutcome } from '../../../shared/outcomes/schema';
import { itemsOfMember } from '../../../shared/trips/conflicts';
import { positionEligibility } from '../../../shared/trips/eligibility';
import type { ItineraryItemValues, TripValues } from '../../../shared/trips/schema';
import { shiftTrip } from '../../../shared/trips/shift';
import { revettingDue, vettingExpiresOn } from '../../../shared/vetting/expiry';
import { DATE_RANGE, inDateRange } from '../../../shared/validation';
import { created, diff, recordAudit } from '../audit/audit';
import * as companies from '../companies/repository';
import { checkpointAfterRemoval } from '../db/checkpoint';
import type { Db } from '../db/open';
import { newId, nowIso } from '../ids';
import { hasRecordedOutcome } from '../outcomes/repository';
import { findPosition } from '../positions/repository';
import { assertActiveStaff } from '../staff/service';
import { latestSignedOff } from '../vetting/repository';
import { getSettings } from '../workspace/settings';
import * as repo from './repository';

const TRIP = 'trip';
const MEMBER = 'tripMember';
const PARTICIPANT = 'tripParticipant';
const ITEM = 'itineraryItem';

const refuse = (key: string, path: (string | number)[], params?: FieldIssue['params']): never =>
  fail('VALIDATION', key, params, [{ path, key, ...(params ? { params } : {}) }]);

export function getTrip(db: Db, id: string): Trip {
  return repo.loadTrip(db, id) ?? fail('NOT_FOUND', 'tripNotFound');
}

const tripAuditView = (t: Trip) => ({
  title: t.title, prefectureId: t.prefectureId, countyIds: t.counties.map((c) => c.id), startDate: t.startDate, endDate: t.endDate,
  purpose: t.purpose, status: t.status, notes: t.notes,
});

/**
 * The prefecture is on the list and every county belongs to it. A trip keeps the places it
 * already had even when they have left the list since.
 */
function checkDestination(db: Db, v: TripValues, kept: Trip | null): void {
  const keptPrefecture = kept?.prefectureId === v.prefectureId;
  if (!keptPrefecture && !repo.prefectureExists(db, v.prefectureId)) refuse('unknownPrefecture', ['prefectureId']);
  v.countyIds.forEach((c, i) => {
    if (keptPrefecture && kept.counties.some((k) => k.id === c)) return;
    if (repo.countyPrefecture(db, c) !== v.prefectureId) refuse('unknownCounty', ['countyIds', i]);
  });
}

export function createTrip(db: Db, v: TripValues): Trip {
  return db.transaction(() => {
    checkDestination(db, v, null);
    const id = newId();
    repo.insertTrip(db, id, v, null, nowIso());
    const t = getTrip(db, id);
    recordAudit(db, TRIP, id, 'create', created(tripAuditView(t)));
    return t;
  })();
}

export function updateTrip(db: Db, id: string, v: TripValues): Trip {
  return db.transaction(() => {
    const before = getTrip(db, id);
    checkDestination(db, v, before);
    // An item placed in a county the trip no longer goes to would point nowhere.
    const onItems = before.items.filter((i) => i.countyId !== null && !v.countyIds.includes(i.countyId));
    if (onItems.length > 0) refuse('countyOnItems', ['countyIds'], { items: describeItems(onItems) });
    repo.updateTrip(db, id, v, nowIso());
    const after = getTrip(db, id);
    recordAudit(db, TRIP, id, 'update', diff(tripAuditView(before), tripAuditView(after)));
    return after;
  })();
}

/** Hides the trip; its delegation, companies and itinerary stay with it. */
export function deleteTrip(db: Db, id: string): void {
  db.transaction(() => {
    const t = getTrip(db, id);
    repo.setTripDeleted(db, id, nowIso(), nowIso());
    recordAudit(db, TRIP, id, 'delete', { title: [t.title, null] });
  })();
}

export function restoreTrip(db: Db, id: string): void {
  db.transaction(() => {
    const r = repo.findTripRecord(db, id);
    if (!r?.deleted_at) return fail('NOT_FOUND', 'tripNotFound');
    // The region may have left the list while the trip was in the trash: the trip keeps it, as an edit would.
    repo.setTripDeleted(db, id, null, nowIso());
    recordAudit(db, TRIP, id, 'restore');
  })();
}

/**
 * Deletes a trashed trip for good, with its delegation, companies and positions taken,
 * itinerary and the outcomes recorded on it (the foreign keys cascade). Agreements and
 * arrival batches that named the trip stay, without it.
 */
export function purgeTrip(db: Db, id: string): void {
  db.transaction(() => {
    const r = repo.findTripRecord(db, id);
    if (!r?.deleted_at) return fail('NOT_FOUND', 'tripNotFound');
    db.prepare('DELETE FROM trips WHERE id = ?').run(id);
    recordAudit(db, TRIP, id, 'purge');
  })();
}

/** Items named for a message: "2018-09-19 09:00 招聘会, …". */
function describeItems(items: readonly { startsAt: string; title: string | null; place: string | null }[]): string {
  return items.map((i) => [i.startsAt.replace('T', ' '), i.title ?? i.place].filter(Boolean).join(' ')).join('、');
}

// ── Delegation ───────────────────────────────────────────────────────────────

function checkMember(db: Db, v: repo.MemberValues): void {
  if (v.contactId && !db.prepare('SELECT 1 FROM contacts k JOIN companies c ON c.id = k.company_id WHERE k.id = ? AND c.deleted_at IS NULL').get(v.contactId)) {
    refuse('unknownContact', ['member', 'contactId']);
  }
  if (v.staffId) assertActiveStaff(db, [v.staffId], ['member', 'staffId']);
}

function tripOfMember(db: Db, memberId: string): Trip {
  const tripId = repo.memberTrip(db, memberId) ?? fail('NOT_FOUND', 'memberNotFound');
  return getTrip(db, tripId);
}

const memberAuditView = (m: repo.MemberValues & { tripId: string }) => ({ ...m });

export function addMember(db: Db, tripId: string, v: repo.MemberValues): Trip {
  return db.transaction(() => {
    getTrip(db, tripId);
    checkMember(db, v);
    const id = newId();
    const at = nowIso();
    repo.insertMember(db, id, tripId, v, at);
    repo.touchTrip(db, tripId, at);
    recordAudit(db, MEMBER, id, 'create', created(memberAuditView({ tripId, ...v })));
    return getTrip(db, tripId);
  })();
}

export function updateMember(db: Db, id: string, v: repo.MemberValues): Trip {
  return db.transaction(() => {
    const trip = tripOfMember(db, id);
    const { id: _id, ...before } = trip.members.find((m) => m.id === id)!;
    checkMember(db, v);
    const at = nowIso();
    repo.updateMember(db, id, v, at);
    repo.touchTrip(db, trip.id, at);
    recordAudit(db, MEMBER, id, 'update', diff(before, { ...v }));
    return getTrip(db, trip.id);
  })();
}

/**
 * Refused while the person is still on itinerary items, naming them: take them off those first.
 * The member's row is a person's data: its old pages leave the -wal at once (db/checkpoint.ts).
 */
export function removeMember(db: Db, id: string): Trip {
  const trip = removeMemberRow(db, id);
  checkpointAfterRemoval(db);
  return trip;
}

function removeMemberRow(db: Db, id: string): Trip {
  return db.transaction(() => {
    const trip = tripOfMember(db, id);
    const member = trip.members.find((m) => m.id === id)!;
    const onItems = itemsOfMember(trip.items, id);
    if (onItems.length > 0) {
      fail('CONFLICT', 'memberOnItems', { name: member.name, count: onItems.length, items: describeItems(onItems) }, [
        { path: ['id'], key: 'memberOnItems', params: { name: member.name, count: onItems.length, items: describeItems(onItems) } },
      ]);
    }
    const at = nowIso();
    repo.deleteMember(db, id);
    repo.touchTrip(db, trip.id, at);
    recordAudit(db, MEMBER, id, 'delete', { tripId: [trip.id, null], name: [member.name, null], role: [member.role, null] });
    return getTrip(db, trip.id);
  })();
}

// ── Participating companies and positions ────────────────────────────────────

export interface ParticipantsValues {
  tripId: string;
  companyId: string;
  positionIds: string[];
  overrideReason: string | null;
}

/**
 * Takes a company on the trip (or changes what it brings) with the positions it offers.
 * Only a company whose latest signed-off vetting allows it, or one taken along with a
 * written reason, which is stored and audited.
 */
export function setParticipants(db: Db, v: ParticipantsValues): Trip {
  return db.transaction(() => {
    const before = getTrip(db, v.tripId);
    const c = companies.findCompany(db, v.companyId);
    if (!c || c.deletedAt) refuse('unknownCompany', ['companyId']);
    const latest = latestSignedOff(db, v.companyId);
    const verdict = latest?.verdict ?? null;
    const vettingExpired = latest !== null && revettingDue(vettingExpiresOn(latest.signed_off_on, getSettings(db).vettingValidityMonths), before.startDate);
    const eligibility = positionEligibility(verdict, { reason: v.overrideReason }, { suspended: c!.status === 'suspended', vettingExpired });
    if (!eligibility.eligible) refuse('companyNotEligible', ['companyId'], { why: eligibility.why });
    v.positionIds.forEach((p, i) => {
      const position = findPosition(db, p);
      if (!position || position.companyId !== v.companyId) refuse('unknownPosition', ['positionIds', i]);
    });
    const overrideReason = eligibility.eligible && eligibility.basis === 'override' ? eligibility.reason : null;
    const at = nowIso();
    repo.upsertParticipant(db, v.tripId, v.companyId, verdict, overrideReason, at);
    repo.setTripPositions(db, v.tripId, v.companyId, v.positionIds);
    repo.touchTrip(db, v.tripId, at);
    const was = before.participants.find((p) => p.companyId === v.companyId);
    const view = (p: { verdict: unknown; overrideReason: unknown; positionIds: string[] } | null) =>
      p ? { companyId: v.companyId, verdict: p.verdict, overrideReason: p.overrideReason, positionIds: p.positionIds } : {};
    const changes = diff(
      view(was ? { verdict: was.verdict, overrideReason: was.overrideReason, positionIds: was.positions.map((x) => x.positionId) } : null),
      view({ verdict, overrideReason, positionIds: [...new Set(v.positionIds)] }),
    );
    recordAudit(db, PARTICIPANT, v.tripId, was ? 'update' : 'create', changes);
    return getTrip(db, v.tripId);
  })();
}

/** Takes a company off the trip; refused while it is on itinerary items, naming them. */
export function removeParticipant(db: Db, tripId: string, companyId: string): Trip {
  return db.transaction(() => {
    const trip = getTrip(db, tripId);
    const p = trip.participants.find((x) => x.companyId === companyId) ?? fail('NOT_FOUND', 'participantNotFound');
    const onItems = trip.items.filter((i) => i.companyIds.includes(companyId));
    if (onItems.length > 0) {
      const params = { name: p.companyName, count: onItems.length, items: describeItems(onItems) };
      fail('CONFLICT', 'participantOnItems', params, [{ path: ['companyId'], key: 'participantOnItems', params }]);
    }
    repo.deleteParticipant(db, tripId, companyId);
    repo.touchTrip(db, tripId, nowIso());
    recordAudit(db, PARTICIPANT, tripId, 'delete', { companyId: [companyId, null], positionIds: [p.positions.map((x) => x.positionId), null] });
    return getTrip(db, tripId);
  })();
}

// ── Itinerary ────────────────────────────────────────────────────────────────

/** The people are on the delegation, the companies take part, the county is one the trip goes to. */
function checkItem(trip: Trip, v: ItineraryItemValues): void {
  if (v.countyId !== null && !trip.counties.some((c) => c.id === v.countyId)) refuse('countyNotOnTrip', ['item', 'countyId']);
  v.memberIds.forEach((m, i) => {
    if (!trip.members.some((x) => x.id === m)) refuse('notADelegationMember', ['item', 'memberIds', i]);
  });
  v.companyIds.forEach((c, i) => {
    if (!trip.participants.some((x) => x.companyId === c)) refuse('notAParticipant', ['item', 'companyIds', i]);
  });
}

const itemAuditView = (v: Omit<ItineraryItemValues, 'memberIds' | 'companyIds'> & { memberIds: readonly string[]; companyIds: readonly string[] }) => ({
  kind: v.kind, title: v.title, startsAt: v.startsAt, endsAt: v.endsAt, place: v.place, countyId: v.countyId, memberIds: [...new Set(v.memberIds)],
  companyIds: [...new Set(v.companyIds)], localContact: v.localContact, localContactPhone: v.localContactPhone, track: v.track, travel: v.travel, notes: v.notes,
});

export function createItem(db: Db, tripId: string, v: ItineraryItemValues): Trip {
  return db.transaction(() => {
    const trip = getTrip(db, tripId);
    checkItem(trip, v);
    const id = newId();
    const at = nowIso();
    repo.insertItem(db, id, tripId, v, at);
    repo.touchTrip(db, tripId, at);
    recordAudit(db, ITEM, id, 'create', created({ tripId, ...itemAuditView(v) }));
    return getTrip(db, tripId);
  })();
}

function tripOfItem(db: Db, itemId: string): Trip {
  const tripId = repo.itemTrip(db, itemId) ?? fail('NOT_FOUND', 'itemNotFound');
  return getTrip(db, tripId);
}

export function updateItem(db: Db, id: string, v: ItineraryItemValues): Trip {
  return db.transaction(() => {
    const trip = tripOfItem(db, id);
    const before = trip.items.find((i) => i.id === id)!;
    checkItem(trip, v);
    // Figures recorded for a job fair would be left hidden on, say, a seminar: clear them first.
    if (v.kind !== before.kind && !hasOutcome(v.kind) && hasRecordedOutcome(db, id)) refuse('itemHasOutcome', ['item', 'kind']);
    const at = nowIso();
    repo.updateItem(db, id, trip.id, v, at);
    repo.touchTrip(db, trip.id, at);
    recordAudit(db, ITEM, id, 'update', diff(itemAuditView(before), itemAuditView(v)));
    return getTrip(db, trip.id);
  })();
}

export function deleteItem(db: Db, id: string): Trip {
  return db.transaction(() => {
    const trip = tripOfItem(db, id);
    const item = trip.items.find((i) => i.id === id)!;
    repo.deleteItem(db, id);
    repo.touchTrip(db, trip.id, nowIso());
    recordAudit(db, ITEM, id, 'delete', { tripId: [trip.id, null], kind: [item.kind, null], startsAt: [item.startsAt, null] });
    return getTrip(db, trip.id);
  })();
}

// ── Copying a past trip ──────────────────────────────────────────────────────

/**
 * A new trip (status planning) starting on `newStartDate` with the same destination,
 * delegation, companies and positions, and the itinerary moved by the same number of
 * days. Every copy gets a new id; the participants keep the verdict and reason they were
 * taken on with.
 */
export function copyTrip(db: Db, id: string, newStartDate: string, title: string | null): Trip {
  return db.transaction(() => {
    const from = getTrip(db, id);
    const shifted = shiftTrip(from, from.items, newStartDate);
    // A copy whose end or last item would fall after 2100 (or before 1900) is refused before anything is written.
    const last = [shifted.endDate, ...shifted.items.map((i) => i.endsAt)].reduce((a, b) => (a > b ? a : b));
    const first = [shifted.startDate, ...shifted.items.map((i) => i.startsAt)].reduce((a, b) => (a < b ? a : b));
    if (!inDateRange(first) || !inDateRange(last)) refuse('copyLeavesDateRange', ['newStartDate'], { ...DATE_RANGE, endDate: shifted.endDate });
    const newTripId = newId();
    const at = nowIso();
    const values: TripValues = {
      title: title ?? from.title, prefectureId: from.prefectureId, countyIds: from.counties.map((c) => c.id), startDate: shifted.startDate,
      endDate: shifted.endDate, purpose: from.purpose, status: 'planning', notes: from.notes,
    };
    repo.insertTrip(db, newTripId, values, from.id, at);
    const memberIds = new Map<string, string>();
    for (const m of from.members) {
      const mid = newId();
      memberIds.set(m.id, mid);
      const { id: _id, ...v } = m;
      repo.insertMember(db, mid, newTripId, v, at);
    }
    for (const p of from.participants) {
      repo.upsertParticipant(db, newTripId, p.companyId, p.verdict, p.overrideReason, at);
      repo.setTripPositions(db, newTripId, p.companyId, p.positions.map((x) => x.positionId));
    }
    for (const i of shifted.items) {
      const { id: _id, countyName: _c, ...v } = i;
      repo.insertItem(db, newId(), newTripId, { ...v, memberIds: i.memberIds.map((m) => memberIds.get(m)!) }, at);
    }
    const t = getTrip(db, newTripId);
    recordAudit(db, TRIP, newTripId, 'create', created({ ...tripAuditView(t), copiedFromId: from.id, members: t.members.length, companies: t.participants.length, items: t.items.length }));
    return t;
  })();
}
