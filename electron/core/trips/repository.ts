// SQL for the partner regions, trips, their delegation, participating companies and
// positions, and the itinerary. No rules here: see service.ts.
import type { DelegationMember, ItineraryItem, Participant, Prefecture, Trip, TripRow } from '../../../shared/trips/contract';
import { itineraryWarnings } from '../../../shared/trips/conflicts';
import type { ItineraryItemValues, MemberRole, TripStatus, TripValues } from '../../../shared/trips/schema';
import { tripTotals } from '../../../shared/trips/totals';
import type { Verdict } from '../../../shared/vetting/scoring';
import type { Db } from '../db/open';

// ── Regions ──────────────────────────────────────────────────────────────────

export function listPrefectures(db: Db): Prefecture[] {
  const prefectures = db
    .prepare(
      `SELECT p.id, p.name, (SELECT count(*) FROM trips t WHERE t.prefecture_id = p.id AND t.deleted_at IS NULL) AS inUse
         FROM prefectures p WHERE p.deleted_at IS NULL ORDER BY p.sort_order, p.name`,
    )
    .all() as { id: string; name: string; inUse: number }[];
  const counties = db
    .prepare(
      `SELECT c.id, c.prefecture_id AS prefectureId, c.name,
              (SELECT count(*) FROM trip_counties tc JOIN trips t ON t.id = tc.trip_id WHERE tc.county_id = c.id AND t.deleted_at IS NULL) AS inUse
         FROM counties c WHERE c.deleted_at IS NULL ORDER BY c.sort_order, c.name`,
    )
    .all() as Prefecture['counties'];
  return prefectures.map((p) => ({ ...p, counties: counties.filter((c) => c.prefectureId === p.id) }));
}

export const prefectureExists = (db: Db, id: string) => !!db.prepare('SELECT 1 FROM prefectures WHERE id = ? AND deleted_at IS NULL').get(id);

/** The prefecture of a live county, or null. */
export const countyPrefecture = (db: Db, id: string): string | null =>
  (db.prepare('SELECT prefecture_id AS p FROM counties WHERE id = ? AND deleted_at IS NULL').get(id) as { p: string } | undefined)?.p ?? null;

// ── Trips ────────────────────────────────────────────────────────────────────

interface TripRecord {
  id: string; title: string; prefecture_id: string; prefecture_name: string; start_date: string; end_date: string; purpose: string | null;
  status: TripStatus; notes: string | null; copied_from: string | null; created_at: string; updated_at: string; deleted_at: string | null;
}

export function findTripRecord(db: Db, id: string): TripRecord | null {
  const r = db
    .prepare('SELECT t.*, p.name AS prefecture_name FROM trips t JOIN prefectures p ON p.id = t.prefecture_id WHERE t.id = ?')
    .get(id) as TripRecord | undefined;
  return r ?? null;
}

export function tripCounties(db: Db, tripId: string): { id: string; name: string }[] {
  return db
    .prepare('SELECT c.id, c.name FROM trip_counties tc JOIN counties c ON c.id = tc.county_id WHERE tc.trip_id = ? ORDER BY tc.sort_order')
    .all(tripId) as { id: string; name: string }[];
}

export function tripMembers(db: Db, tripId: string): DelegationMember[] {
  return db
    .prepare(
      `SELECT id, name, role, organisation, phone, contact_id AS contactId, staff_id AS staffId
         FROM trip_members WHERE trip_id = ? ORDER BY sort_order, created_at, id`,
    )
    .all(tripId) as DelegationMember[];
}

export function tripParticipants(db: Db, tripId: string): Participant[] {
  const companies = db
    .prepare(
      `SELECT tc.company_id AS companyId, c.name AS companyName, tc.verdict, tc.override_reason AS overrideReason
         FROM trip_companies tc JOIN companies c ON c.id = tc.company_id WHERE tc.trip_id = ? ORDER BY tc.sort_order, c.name_sort`,
    )
    .all(tripId) as Omit<Participant, 'positions'>[];
  const positions = db
    .prepare(
      `SELECT tp.company_id AS companyId, p.id AS positionId, p.title, p.job_type_id AS jobTypeId, j.name AS jobTypeName, p.headcount
         FROM trip_positions tp JOIN positions p ON p.id = tp.position_id JOIN job_types j ON j.id = p.job_type_id
        WHERE tp.trip_id = ? AND p.deleted_at IS NULL ORDER BY tp.sort_order`,
    )
    .all(tripId) as (Participant['positions'][number] & { companyId: string })[];
  return companies.map((c) => ({
    ...c,
    positions: positions.filter((p) => p.companyId === c.companyId).map(({ companyId: _c, ...p }) => p),
  }));
}

interface ItemRecord {
  id: string; kind: ItineraryItem['kind']; title: string | null; starts_at: string; ends_at: string; place: string | null; county_id: string | null;
  county_name: string | null; local_contact: string | null; local_contact_phone: string | null; track: string | null; travel: string | null; notes: string | null;
}

export function tripItems(db: Db, tripId: string): ItineraryItem[] {
  const rows = db
    .prepare(
      `SELECT i.*, c.name AS county_name FROM itinerary_items i LEFT JOIN counties c ON c.id = i.county_id
        WHERE i.trip_id = ? ORDER BY i.starts_at, i.ends_at, i.created_at, i.id`,
    )
    .all(tripId) as ItemRecord[];
  const members = db
    .prepare(
      `SELECT im.item_id, im.member_id FROM itinerary_item_members im JOIN itinerary_items i ON i.id = im.item_id
         JOIN trip_members m ON m.id = im.member_id WHERE i.trip_id = ? ORDER BY m.sort_order, m.id`,
    )
    .all(tripId) as { item_id: string; member_id: string }[];
  const companies = db
    .prepare('SELECT item_id, company_id FROM itinerary_item_companies WHERE trip_id = ? ORDER BY company_id')
    .all(tripId) as { item_id: string; company_id: string }[];
  return rows.map((r) => ({
    id: r.id, kind: r.kind, title: r.title, startsAt: r.starts_at, endsAt: r.ends_at, place: r.place, countyId: r.county_id, countyName: r.county_name,
    memberIds: members.filter((m) => m.item_id === r.id).map((m) => m.member_id),
    companyIds: companies.filter((c) => c.item_id === r.id).map((c) => c.company_id),
    localContact: r.local_contact, localContactPhone: r.local_contact_phone, track: r.track,
    travel: r.travel ? (JSON.parse(r.travel) as ItineraryItem['travel']) : null, notes: r.notes,
  }));
}

/** A live trip with everything trips.get shows: delegation, companies, itinerary, totals and warnings. */
export function loadTrip(db: Db, id: string): Trip | null {
  const r = findTripRecord(db, id);
  if (!r || r.deleted_at) return null;
  const participants = tripParticipants(db, id);
  const items = tripItems(db, id);
  return {
    id: r.id, title: r.title, prefectureId: r.prefecture_id, prefectureName: r.prefecture_name, counties: tripCounties(db, id),
    startDate: r.start_date, endDate: r.end_date, purpose: r.purpose, status: r.status, notes: r.notes, copiedFromId: r.copied_from,
    createdAt: r.created_at, updatedAt: r.updated_at,
    members: tripMembers(db, id),
    participants,
    items,
    totals: tripTotals(participants.map((p) => ({ companyId: p.companyId, positions: p.positions }))),
    warnings: itineraryWarnings({ startDate: r.start_date, endDate: r.end_date }, items),
  };
}

export function listTrips(db: Db, status: TripStatus | null): TripRow[] {
  const rows = db
    .prepare(
      `SELECT t.id, t.title, p.name AS prefectureName, t.start_date AS startDate, t.end_date AS endDate, t.status,
              (SELECT count(*) FROM trip_companies tc WHERE tc.trip_id = t.id) AS companies,
              (SELECT coalesce(sum(x.headcount), 0) FROM trip_positions tp JOIN positions x ON x.id = tp.position_id
                WHERE tp.trip_id = t.id AND x.deleted_at IS NULL) AS headcount
         FROM trips t JOIN prefectures p ON p.id = t.prefecture_id
        WHERE t.deleted_at IS NULL AND (@status IS NULL OR t.status = @status)
        ORDER BY t.start_date DESC, t.created_at DESC`,
    )
    .all({ status }) as Omit<TripRow, 'countyNames'>[];
  return rows.map((r) => ({ ...r, countyNames: tripCounties(db, r.id).map((c) => c.name) }));
}

const tripColumns = (v: TripValues) => ({
  title: v.title, prefectureId: v.prefectureId, startDate: v.startDate, endDate: v.endDate, purpose: v.purpose, status: v.status, notes: v.notes,
});

export function insertTrip(db: Db, id: string, v: TripValues, copiedFrom: string | null, at: string): void {
  db.prepare(
    `INSERT INTO trips (id, title, prefecture_id, start_date, end_date, purpose, status, notes, copied_from, created_at, updated_at)
     VALUES (@id, @title, @prefectureId, @startDate, @endDate, @purpose, @status, @notes, @copiedFrom, @at, @at)`,
  ).run({ id, copiedFrom, at, ...tripColumns(v) });
  setTripCounties(db, id, v.countyIds);
}

export function updateTrip(db: Db, id: string, v: TripValues, at: string): void {
  db.prepare(
    `UPDATE trips SET title = @title, prefecture_id = @prefectureId, start_date = @startDate, end_date = @endDate, purpose = @purpose,
       status = @status, notes = @notes, updated_at = @at WHERE id = @id`,
  ).run({ id, at, ...tripColumns(v) });
  setTripCounties(db, id, v.countyIds);
}

function setTripCounties(db: Db, tripId: string, countyIds: readonly string[]): void {
  db.prepare('DELETE FROM trip_counties WHERE trip_id = ?').run(tripId);
  const insert = db.prepare('INSERT INTO trip_counties (trip_id, county_id, sort_order) VALUES (?, ?, ?)');
  [...new Set(countyIds)].forEach((c, i) => insert.run(tripId, c, i));
}

export const touchTrip = (db: Db, id: string, at: string) => db.prepare('UPDATE trips SET updated_at = ? WHERE id = ?').run(at, id);

/** `deletedAt` null restores it. */
export function setTripDeleted(db: Db, id: string, deletedAt: string | null, at: string): void {
  db.prepare('UPDATE trips SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, at, id);
}

// ── Delegation ───────────────────────────────────────────────────────────────

export interface MemberValues {
  name: string; role: MemberRole; organisation: string | null; phone: string | null; contactId: string | null; staffId: string | null;
}

export const memberTrip = (db: Db, id: string): string | null =>
  (db.prepare('SELECT trip_id AS t FROM trip_members WHERE id = ?').get(id) as { t: string } | undefined)?.t ?? null;

export function insertMember(db: Db, id: string, tripId: string, v: MemberValues, at: string): void {
  const order = (db.prepare('SELECT coalesce(max(sort_order), -1) + 1 AS n FROM trip_members WHERE trip_id = ?').get(tripId) as { n: number }).n;
  db.prepare(
    `INSERT INTO trip_members (id, trip_id, name, role, organisation, phone, contact_id, staff_id, sort_order, created_at, updated_at)
     VALUES (@id, @tripId, @name, @role, @organisation, @phone, @contactId, @staffId, @order, @at, @at)`,
  ).run({ id, tripId, order, at, ...v });
}

export function updateMember(db: Db, id: string, v: MemberValues, at: string): void {
  db.prepare(
    `UPDATE trip_members SET name = @name, role = @role, organisation = @organisation, phone = @phone, contact_id = @contactId,
       staff_id = @staffId, updated_at = @at WHERE id = @id`,
  ).run({ id, at, ...v });
}

export const deleteMember = (db: Db, id: string) => db.prepare('DELETE FROM trip_members WHERE id = ?').run(id);

// ── Participating companies ──────────────────────────────────────────────────

export function upsertParticipant(db: Db, tripId: string, companyId: string, verdict: Verdict | null, overrideReason: string | null, at: string): void {
  const order = (db.prepare('SELECT coalesce(max(sort_order), -1) + 1 AS n FROM trip_companies WHERE trip_id = ?').get(tripId) as { n: number }).n;
  db.prepare(
    `INSERT INTO trip_companies (trip_id, company_id, verdict, override_reason, sort_order, created_at, updated_at)
     VALUES (@tripId, @companyId, @verdict, @overrideReason, @order, @at, @at)
     ON CONFLICT (trip_id, company_id) DO UPDATE SET verdict = excluded.verdict, override_reason = excluded.override_reason, updated_at = excluded.updated_at`,
  ).run({ tripId, companyId, verdict, overrideReason, order, at });
}

export function setTripPositions(db: Db, tripId: string, companyId: string, positionIds: readonly string[]): void {
  db.prepare('DELETE FROM trip_positions WHERE trip_id = ? AND company_id = ?').run(tripId, companyId);
  const insert = db.prepare('INSERT INTO trip_positions (trip_id, company_id, position_id, sort_order) VALUES (?, ?, ?, ?)');
  [...new Set(positionIds)].forEach((p, i) => insert.run(tripId, companyId, p, i));
}

export const deleteParticipant = (db: Db, tripId: string, companyId: string) =>
  db.prepare('DELETE FROM trip_companies WHERE trip_id = ? AND company_id = ?').run(tripId, companyId);

// ── Itinerary ────────────────────────────────────────────────────────────────

export const itemTrip = (db: Db, id: string): string | null =>
  (db.prepare('SELECT trip_id AS t FROM itinerary_items WHERE id = ?').get(id) as { t: string } | undefined)?.t ?? null;

const itemColumns = (v: ItineraryItemValues) => ({
  kind: v.kind, title: v.title, startsAt: v.startsAt, endsAt: v.endsAt, place: v.place, countyId: v.countyId, localContact: v.localContact,
  localContactPhone: v.localContactPhone, track: v.track, travel: v.travel ? JSON.stringify(v.travel) : null, notes: v.notes,
});

export function insertItem(db: Db, id: string, tripId: string, v: ItineraryItemValues, at: string): void {
  db.prepare(
    `INSERT INTO itinerary_items (id, trip_id, kind, title, starts_at, ends_at, place, county_id, local_contact, local_contact_phone, track, travel, notes,
       created_at, updated_at)
     VALUES (@id, @tripId, @kind, @title, @startsAt, @endsAt, @place, @countyId, @localContact, @localContactPhone, @track, @travel, @notes, @at, @at)`,
  ).run({ id, tripId, at, ...itemColumns(v) });
  setItemPeople(db, id, tripId, v);
}

export function updateItem(db: Db, id: string, tripId: string, v: ItineraryItemValues, at: string): void {
  db.prepare(
    `UPDATE itinerary_items SET kind = @kind, title = @title, starts_at = @startsAt, ends_at = @endsAt, place = @place, county_id = @countyId,
       local_contact = @localContact, local_contact_phone = @localContactPhone, track = @track, travel = @travel, notes = @notes, updated_at = @at
     WHERE id = @id`,
  ).run({ id, at, ...itemColumns(v) });
  setItemPeople(db, id, tripId, v);
}

function setItemPeople(db: Db, itemId: string, tripId: string, v: ItineraryItemValues): void {
  db.prepare('DELETE FROM itinerary_item_members WHERE item_id = ?').run(itemId);
  db.prepare('DELETE FROM itinerary_item_companies WHERE item_id = ?').run(itemId);
  const member = db.prepare('INSERT INTO itinerary_item_members (item_id, member_id) VALUES (?, ?)');
  for (const m of new Set(v.memberIds)) member.run(itemId, m);
  const company = db.prepare('INSERT INTO itinerary_item_companies (item_id, trip_id, company_id) VALUES (?, ?, ?)');
  for (const c of new Set(v.companyIds)) company.run(itemId, tripId, c);
}

export const deleteItem = (db: Db, id: string) => db.prepare('DELETE FROM itinerary_items WHERE id = ?').run(id);
