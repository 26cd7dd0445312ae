// SQL for transfer employment (转移就业): arrival batches with the employers that took
// them, and retention check-ins. No rules here: see service.ts.
import type { Batch, BatchValues, CheckIn, CheckInValues, PlacementFilter } from '../../../shared/placements/schema';
import type { Db } from '../db/open';

interface BatchRecord {
  id: string; arrived_on: string; workers: number; poor: number; prefecture_id: string; prefecture_name: string; county_id: string | null;
  county_name: string | null; trip_id: string | null; trip_title: string | null; notes: string | null; created_at: string; updated_at: string;
}

// A batch keeps showing the trip that recruited it even after the trip was deleted.
const BATCH_SELECT = `SELECT b.*, p.name AS prefecture_name, c.name AS county_name, t.title AS trip_title
  FROM placement_batches b JOIN prefectures p ON p.id = b.prefecture_id
  LEFT JOIN counties c ON c.id = b.county_id LEFT JOIN trips t ON t.id = b.trip_id`;

/** The year filter as a date range, so the indexes on dates can be used. */
export const yearRange = (year: number | null | undefined) => (year ? { from: `${year}-01-01`, to: `${year}-12-31` } : { from: null, to: null });

function employersOf(db: Db, batchIds: readonly string[]): Map<string, Batch['employers']> {
  const out = new Map<string, Batch['employers']>();
  if (batchIds.length === 0) return out;
  const rows = db
    .prepare(
      `SELECT e.batch_id, e.company_id AS companyId, c.name AS companyName, e.workers
         FROM placement_employers e JOIN companies c ON c.id = e.company_id
        WHERE e.batch_id IN (SELECT value FROM json_each(?)) ORDER BY e.sort_order`,
    )
    .all(JSON.stringify(batchIds)) as (Batch['employers'][number] & { batch_id: string })[];
  for (const { batch_id, ...e } of rows) out.set(batch_id, [...(out.get(batch_id) ?? []), e]);
  return out;
}

function toBatches(db: Db, rows: readonly BatchRecord[]): Batch[] {
  const employers = employersOf(db, rows.map((r) => r.id));
  return rows.map((r) => {
    const list = employers.get(r.id) ?? [];
    return {
      id: r.id, arrivedOn: r.arrived_on, workers: r.workers, poor: r.poor, prefectureId: r.prefecture_id, prefectureName: r.prefecture_name,
      countyId: r.county_id, countyName: r.county_name, tripId: r.trip_id, tripTitle: r.trip_title, employers: list,
      unassigned: r.workers - list.reduce((sum, e) => sum + e.workers, 0),
      notes: r.notes, createdAt: r.created_at, updatedAt: r.updated_at,
    };
  });
}

/** A live batch (hidden once deleted). */
export function findBatch(db: Db, id: string): Batch | null {
  const r = db.prepare(`${BATCH_SELECT} WHERE b.id = ? AND b.deleted_at IS NULL`).get(id) as BatchRecord | undefined;
  return r ? toBatches(db, [r])[0]! : null;
}

/** Batches that match the filter, newest arrival first. */
export function listBatches(db: Db, f: PlacementFilter): Batch[] {
  const rows = db
    .prepare(
      `${BATCH_SELECT}
        WHERE b.deleted_at IS NULL AND (@prefectureId IS NULL OR b.prefecture_id = @prefectureId) AND (@tripId IS NULL OR b.trip_id = @tripId)
          AND (@from IS NULL OR b.arrived_on BETWEEN @from AND @to)
        ORDER BY b.arrived_on DESC, b.created_at DESC`,
    )
    .all({ prefectureId: f.prefectureId ?? null, tripId: f.tripId ?? null, ...yearRange(f.year) }) as BatchRecord[];
  return toBatches(db, rows);
}

const batchColumns = (v: BatchValues) => ({
  arrivedOn: v.arrivedOn, workers: v.workers, poor: v.poor, prefectureId: v.prefectureId, countyId: v.countyId, tripId: v.tripId, notes: v.notes,
});

function writeEmployers(db: Db, batchId: string, employers: BatchValues['employers']): void {
  db.prepare('DELETE FROM placement_employers WHERE batch_id = ?').run(batchId);
  const insert = db.prepare('INSERT INTO placement_employers (batch_id, company_id, workers, sort_order) VALUES (?, ?, ?, ?)');
  employers.forEach((e, i) => insert.run(batchId, e.companyId, e.workers, i));
}

export function insertBatch(db: Db, id: string, v: BatchValues, at: string): void {
  db.prepare(
    `INSERT INTO placement_batches (id, arrived_on, workers, poor, prefecture_id, county_id, trip_id, notes, created_at, updated_at)
     VALUES (@id, @arrivedOn, @workers, @poor, @prefectureId, @countyId, @tripId, @notes, @at, @at)`,
  ).run({ id, at, ...batchColumns(v) });
  writeEmployers(db, id, v.employers);
}

export function updateBatch(db: Db, id: string, v: BatchValues, at: string): void {
  db.prepare(
    `UPDATE placement_batches SET arrived_on = @arrivedOn, workers = @workers, poor = @poor, prefecture_id = @prefectureId, county_id = @countyId,
       trip_id = @tripId, notes = @notes, updated_at = @at WHERE id = @id`,
  ).run({ id, at, ...batchColumns(v) });
  writeEmployers(db, id, v.employers);
}

/** Deletes (deletedAt = at) or restores (deletedAt = null) a batch. */
export function setBatchDeleted(db: Db, id: string, deletedAt: string | null, at: string): void {
  db.prepare('UPDATE placement_batches SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, at, id);
}

/** A deleted batch, for the trash. */
export const deletedBatchExists = (db: Db, id: string) => !!db.prepare('SELECT 1 FROM placement_batches WHERE id = ? AND deleted_at IS NOT NULL').get(id);

export function purgeBatch(db: Db, id: string): void {
  // Its employers and check-ins go with it (ON DELETE CASCADE).
  db.prepare('DELETE FROM placement_batches WHERE id = ?').run(id);
}

/** Largest still-working and poor figures among the live check-ins of a batch (a batch edit may not go below them). */
export function batchCheckInMax(db: Db, batchId: string): { stillWorking: number; poor: number; count: number } {
  return db
    .prepare(
      `SELECT coalesce(max(still_working), 0) AS stillWorking, coalesce(max(poor), 0) AS poor, count(*) AS count
         FROM retention_checkins WHERE batch_id = ? AND deleted_at IS NULL`,
    )
    .get(batchId) as { stillWorking: number; poor: number; count: number };
}

// ── Check-ins ────────────────────────────────────────────────────────────────

interface CheckInRecord {
  id: string; checked_on: string; still_working: number; poor: number; prefecture_id: string; prefecture_name: string; batch_id: string | null;
  batch_arrived_on: string | null; notes: string | null; created_at: string; updated_at: string;
}

// Check-ins of a deleted batch are hidden with it (and come back when it is restored).
const CHECKIN_SELECT = `SELECT r.*, p.name AS prefecture_name, b.arrived_on AS batch_arrived_on
  FROM retention_checkins r JOIN prefectures p ON p.id = r.prefecture_id LEFT JOIN placement_batches b ON b.id = r.batch_id`;
const CHECKIN_LIVE = 'r.deleted_at IS NULL AND (r.batch_id IS NULL OR b.deleted_at IS NULL)';

const toCheckIn = (r: CheckInRecord): CheckIn => ({
  id: r.id, checkedOn: r.checked_on, stillWorking: r.still_working, poor: r.poor, prefectureId: r.prefecture_id, prefectureName: r.prefecture_name,
  batchId: r.batch_id, batchArrivedOn: r.batch_arrived_on, notes: r.notes, createdAt: r.created_at, updatedAt: r.updated_at,
});

export function findCheckIn(db: Db, id: string): CheckIn | null {
  const r = db.prepare(`${CHECKIN_SELECT} WHERE r.id = ? AND ${CHECKIN_LIVE}`).get(id) as CheckInRecord | undefined;
  return r ? toCheckIn(r) : null;
}

/**
 * Check-ins for the filter, newest first. `from`/`to` bound the check-in date. With a trip,
 * only check-ins of that trip's batches: a prefecture-wide count cannot be split by trip.
 */
export function listCheckIns(db: Db, f: { prefectureId?: string | null; tripId?: string | null; from: string | null; to: string | null }): CheckIn[] {
  const rows = db
    .prepare(
      `${CHECKIN_SELECT}
        WHERE ${CHECKIN_LIVE} AND (@prefectureId IS NULL OR r.prefecture_id = @prefectureId) AND (@tripId IS NULL OR b.trip_id = @tripId)
          AND (@from IS NULL OR r.checked_on >= @from) AND (@to IS NULL OR r.checked_on <= @to)
        ORDER BY r.checked_on DESC, r.created_at DESC`,
    )
    .all({ prefectureId: f.prefectureId ?? null, tripId: f.tripId ?? null, from: f.from, to: f.to }) as CheckInRecord[];
  return rows.map(toCheckIn);
}

const checkInColumns = (v: CheckInValues) => ({
  checkedOn: v.checkedOn, stillWorking: v.stillWorking, poor: v.poor, prefectureId: v.prefectureId, batchId: v.batchId, notes: v.notes,
});

export function insertCheckIn(db: Db, id: string, v: CheckInValues, at: string): void {
  db.prepare(
    `INSERT INTO retention_checkins (id, checked_on, still_working, poor, prefecture_id, batch_id, notes, created_at, updated_at)
     VALUES (@id, @checkedOn, @stillWorking, @poor, @prefectureId, @batchId, @notes, @at, @at)`,
  ).run({ id, at, ...checkInColumns(v) });
}

export function updateCheckIn(db: Db, id: string, v: CheckInValues, at: string): void {
  db.prepare(
    `UPDATE retention_checkins SET checked_on = @checkedOn, still_working = @stillWorking, poor = @poor, prefecture_id = @prefectureId,
       batch_id = @batchId, notes = @notes, updated_at = @at WHERE id = @id`,
  ).run({ id, at, ...checkInColumns(v) });
}

export function setCheckInDeleted(db: Db, id: string, at: string): void {
  db.prepare('UPDATE retention_checkins SET deleted_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
}
