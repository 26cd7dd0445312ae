// SQL for the agreement register: agreements, their targets and scanned documents, and
// the sums of records a target is measured by. No rules here: see service.ts.
import type { AgreementValues, DocumentMeta, TargetMetric, TargetValues } from '../../../shared/agreements/schema';
import type { Db } from '../db/open';

export interface AgreementRecord {
  id: string; type: AgreementValues['type']; title: string; parties: string[]; copies: number; signedOn: string;
  prefectureId: string | null; prefectureName: string | null; tripId: string | null; tripTitle: string | null;
  itemId: string | null; itemTitle: string | null; notes: string | null; createdAt: string; updatedAt: string; deletedAt: string | null;
}

export interface TargetRecord {
  id: string; description: string; metric: TargetMetric; target: number; dueDate: string; achieved: number | null;
}

// The item's title falls back to its place and kind so an untitled 签约仪式 still reads.
const SELECT_AGREEMENT = `
  SELECT a.id, a.type, a.title, a.parties, a.copies, a.signed_on AS signedOn, a.prefecture_id AS prefectureId, p.name AS prefectureName,
         a.trip_id AS tripId, t.title AS tripTitle, a.item_id AS itemId,
         CASE WHEN i.id IS NULL THEN NULL ELSE substr(i.starts_at, 1, 10) || ' ' || coalesce(i.title, i.place, i.kind) END AS itemTitle,
         a.notes, a.created_at AS createdAt, a.updated_at AS updatedAt, a.deleted_at AS deletedAt
    FROM agreements a
    LEFT JOIN prefectures p ON p.id = a.prefecture_id
    LEFT JOIN trips t ON t.id = a.trip_id
    LEFT JOIN itinerary_items i ON i.id = a.item_id`;

type Raw = Omit<AgreementRecord, 'parties'> & { parties: string };
const parse = (r: Raw): AgreementRecord => ({ ...r, parties: JSON.parse(r.parties) as string[] });

export function findAgreement(db: Db, id: string): AgreementRecord | null {
  const r = db.prepare(`${SELECT_AGREEMENT} WHERE a.id = ?`).get(id) as Raw | undefined;
  return r ? parse(r) : null;
}

export interface ListFilter {
  type?: AgreementValues['type'] | null;
  tripId?: string | null;
  year?: number | null;
  prefectureId?: string | null;
}

/** Live agreements, newest signed first. */
export function listAgreementRecords(db: Db, f: ListFilter): AgreementRecord[] {
  return (
    db
      .prepare(
        `${SELECT_AGREEMENT}
          WHERE a.deleted_at IS NULL
            AND (@type IS NULL OR a.type = @type)
            AND (@tripId IS NULL OR a.trip_id = @tripId)
            AND (@year IS NULL OR substr(a.signed_on, 1, 4) = @year)
            AND (@prefectureId IS NULL OR a.prefecture_id = @prefectureId)
          ORDER BY a.signed_on DESC, a.created_at DESC`,
      )
      .all({ type: f.type ?? null, tripId: f.tripId ?? null, year: f.year ? String(f.year) : null, prefectureId: f.prefectureId ?? null }) as Raw[]
  ).map(parse);
}

export const documentCount = (db: Db, agreementId: string) =>
  (db.prepare('SELECT count(*) AS n FROM agreement_documents WHERE agreement_id = ?').get(agreementId) as { n: number }).n;

export function insertAgreement(db: Db, id: string, v: AgreementValues, at: string): void {
  db.prepare(
    `INSERT INTO agreements (id, type, title, parties, copies, signed_on, prefecture_id, trip_id, item_id, notes, created_at, updated_at)
     VALUES (@id, @type, @title, @parties, @copies, @signedOn, @prefectureId, @tripId, @itemId, @notes, @at, @at)`,
  ).run({ id, ...columns(v), at });
}

export function updateAgreement(db: Db, id: string, v: AgreementValues, at: string): void {
  db.prepare(
    `UPDATE agreements SET type = @type, title = @title, parties = @parties, copies = @copies, signed_on = @signedOn, prefecture_id = @prefectureId,
            trip_id = @tripId, item_id = @itemId, notes = @notes, updated_at = @at WHERE id = @id`,
  ).run({ id, ...columns(v), at });
}

const columns = (v: AgreementValues) => ({
  type: v.type, title: v.title, parties: JSON.stringify(v.parties), copies: v.copies, signedOn: v.signedOn,
  prefectureId: v.prefectureId, tripId: v.tripId, itemId: v.itemId, notes: v.notes,
});

export const setDeleted = (db: Db, id: string, at: string | null) => db.prepare('UPDATE agreements SET deleted_at = ?, updated_at = coalesce(?, updated_at) WHERE id = ?').run(at, at, id);
export const touchAgreement = (db: Db, id: string, at: string) => db.prepare('UPDATE agreements SET updated_at = ? WHERE id = ?').run(at, id);
export const purgeAgreement = (db: Db, id: string) => db.prepare('DELETE FROM agreements WHERE id = ?').run(id);

// ── Targets ──────────────────────────────────────────────────────────────────

export function targetsOf(db: Db, agreementId: string): TargetRecord[] {
  return db
    .prepare(
      `SELECT id, description, metric, target, due_date AS dueDate, achieved
         FROM agreement_targets WHERE agreement_id = ? ORDER BY sort_order, created_at, id`,
    )
    .all(agreementId) as TargetRecord[];
}

export function insertTarget(db: Db, id: string, agreementId: string, t: TargetValues, sortOrder: number, at: string): void {
  db.prepare(
    `INSERT INTO agreement_targets (id, agreement_id, description, metric, target, due_date, achieved, sort_order, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, agreementId, t.description, t.metric, t.target, t.dueDate, t.achieved, sortOrder, at, at);
}

export function updateTarget(db: Db, id: string, t: TargetValues, sortOrder: number, at: string): void {
  db.prepare(
    `UPDATE agreement_targets SET description = ?, metric = ?, target = ?, due_date = ?, achieved = ?, sort_order = ?, updated_at = ? WHERE id = ?`,
  ).run(t.description, t.metric, t.target, t.dueDate, t.achieved, sortOrder, at, id);
}

export const deleteTarget = (db: Db, id: string) => db.prepare('DELETE FROM agreement_targets WHERE id = ?').run(id);

/** Every target of a live agreement, for the "behind schedule" list. */
export function liveTargets(db: Db): (TargetRecord & { agreementId: string })[] {
  return db
    .prepare(
      `SELECT t.id, t.agreement_id AS agreementId, t.description, t.metric, t.target, t.due_date AS dueDate, t.achieved
         FROM agreement_targets t JOIN agreements a ON a.id = t.agreement_id
        WHERE a.deleted_at IS NULL ORDER BY t.due_date, a.signed_on, t.sort_order`,
    )
    .all() as (TargetRecord & { agreementId: string })[];
}

// ── What targets are measured by ─────────────────────────────────────────────

const OUTCOME_COLUMN: Partial<Record<TargetMetric, string>> = {
  positionsOffered: 'positions_offered',
  jobSeekers: 'job_seekers',
  intentions: 'intentions',
  trainees: 'trainees',
};

/**
 * The sum of the records a metric counts between two dates (both included), in one
 * prefecture when given: arrivals from placement batches, the rest from event outcomes
 * on live trips.
 */
export function measure(db: Db, metric: TargetMetric, from: string, to: string, prefectureId: string | null): number {
  const params = { from, to, prefectureId };
  if (metric === 'arrivals' || metric === 'arrivalsPoor') {
    const col = metric === 'arrivals' ? 'workers' : 'poor';
    return (
      db
        .prepare(
          `SELECT coalesce(sum(${col}), 0) AS n FROM placement_batches
            WHERE deleted_at IS NULL AND arrived_on BETWEEN @from AND @to AND (@prefectureId IS NULL OR prefecture_id = @prefectureId)`,
        )
        .get(params) as { n: number }
    ).n;
  }
  const col = OUTCOME_COLUMN[metric];
  if (!col) return 0;
  return (
    db
      .prepare(
        `SELECT coalesce(sum(o.${col}), 0) AS n
           FROM event_outcomes o JOIN itinerary_items i ON i.id = o.item_id JOIN trips t ON t.id = i.trip_id
          WHERE t.deleted_at IS NULL AND substr(i.starts_at, 1, 10) BETWEEN @from AND @to
            AND (@prefectureId IS NULL OR t.prefecture_id = @prefectureId)`,
      )
      .get(params) as { n: number }
  ).n;
}

// ── Documents ────────────────────────────────────────────────────────────────

export function documentsOf(db: Db, agreementId: string): DocumentMeta[] {
  return db
    .prepare('SELECT id, file_name AS fileName, mime, bytes, created_at AS createdAt FROM agreement_documents WHERE agreement_id = ? ORDER BY created_at, id')
    .all(agreementId) as DocumentMeta[];
}

export function findDocument(db: Db, id: string): (DocumentMeta & { agreementId: string; data: Buffer }) | null {
  const r = db
    .prepare('SELECT id, agreement_id AS agreementId, file_name AS fileName, mime, bytes, data, created_at AS createdAt FROM agreement_documents WHERE id = ?')
    .get(id) as (DocumentMeta & { agreementId: string; data: Buffer }) | undefined;
  return r ?? null;
}

export function insertDocument(db: Db, d: { id: string; agreementId: string; fileName: string; mime: string; data: Buffer; at: string }): void {
  db.prepare('INSERT INTO agreement_documents (id, agreement_id, file_name, mime, bytes, data, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    d.id, d.agreementId, d.fileName, d.mime, d.data.length, d.data, d.at,
  );
}

export const deleteDocument = (db: Db, id: string) => db.prepare('DELETE FROM agreement_documents WHERE id = ?').run(id);

// ── Checks ───────────────────────────────────────────────────────────────────

export const liveTripExists = (db: Db, id: string) => !!db.prepare('SELECT 1 FROM trips WHERE id = ? AND deleted_at IS NULL').get(id);
export const itemTrip = (db: Db, id: string): string | null =>
  (db.prepare('SELECT trip_id AS t FROM itinerary_items WHERE id = ?').get(id) as { t: string } | undefined)?.t ?? null;
