// SQL for the outcomes (成效) of events: one row of figures per itinerary item, each count
// stored as two columns (`<field>`, `<field>_about`), and the optional per-company split.
// No rules here: see service.ts.
import type { ReportedCount } from '../../../shared/outcomes/counts';
import {
  COUNT_FIELDS,
  type CountField,
  type Outcome,
  type OutcomeKind,
  type OutcomeListFilter,
  type OutcomeRow,
  type OutcomeValues,
  splitMismatches,
} from '../../../shared/outcomes/schema';
import type { Db } from '../db/open';

const column = (f: string) => f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const SPLIT_FIELDS = ['resumes', 'intentions', 'intentionsPoor'] as const;

type Raw = Record<string, unknown>;
const countOf = (r: Raw, f: string): ReportedCount | null => {
  const v = r[column(f)];
  return v === null || v === undefined ? null : { value: v as number, about: r[`${column(f)}_about`] === 1 };
};
const countsOf = (r: Raw) => Object.fromEntries(COUNT_FIELDS.map((f) => [f, countOf(r, f)])) as Record<CountField, ReportedCount | null>;
const emptyCounts = () => Object.fromEntries(COUNT_FIELDS.map((f) => [f, null])) as Record<CountField, null>;

/** The columns of a set of counts, ready for named parameters. */
function countParams<F extends string>(fields: readonly F[], v: { [K in F]: ReportedCount | null }): Raw {
  const out: Raw = {};
  for (const f of fields) {
    out[column(f)] = v[f]?.value ?? null;
    out[`${column(f)}_about`] = v[f]?.about ? 1 : 0;
  }
  return out;
}
const columnsOf = (fields: readonly string[]) => fields.flatMap((f) => [column(f), `${column(f)}_about`]);

export interface EventItem {
  id: string;
  tripId: string;
  tripDeleted: boolean;
  kind: string;
  title: string | null;
  startsAt: string;
  place: string | null;
  countyName: string | null;
  /** Companies put on this item in the itinerary. */
  companyIds: string[];
}

export function findEventItem(db: Db, itemId: string): EventItem | null {
  const r = db
    .prepare(
      `SELECT i.id, i.trip_id, t.deleted_at, i.kind, i.title, i.starts_at, i.place, c.name AS county_name
         FROM itinerary_items i JOIN trips t ON t.id = i.trip_id LEFT JOIN counties c ON c.id = i.county_id WHERE i.id = ?`,
    )
    .get(itemId) as Raw | undefined;
  if (!r) return null;
  const companyIds = (db.prepare('SELECT company_id AS c FROM itinerary_item_companies WHERE item_id = ?').all(itemId) as { c: string }[]).map((x) => x.c);
  return {
    id: r.id as string, tripId: r.trip_id as string, tripDeleted: r.deleted_at !== null, kind: r.kind as string, title: r.title as string | null,
    startsAt: r.starts_at as string, place: r.place as string | null, countyName: r.county_name as string | null, companyIds,
  };
}

/** The companies taking part in a trip (only they can have a share of an event's figures). */
export const isParticipant = (db: Db, tripId: string, companyId: string) =>
  !!db.prepare('SELECT 1 FROM trip_companies WHERE trip_id = ? AND company_id = ?').get(tripId, companyId);

/** The stored outcome of an event item, or the item with every figure null when none is recorded. */
export function loadOutcome(db: Db, item: EventItem): Outcome {
  const base = {
    itemId: item.id, tripId: item.tripId, kind: item.kind as OutcomeKind, title: item.title, startsAt: item.startsAt, countyName: item.countyName,
    place: item.place,
  };
  const r = db.prepare('SELECT * FROM event_outcomes WHERE item_id = ?').get(item.id) as Raw | undefined;
  if (!r) return { ...base, recorded: false, ...emptyCounts(), trainingHours: null, notes: null, companies: [], warnings: [], updatedAt: null };
  const counts = countsOf(r);
  const companies = (
    db
      .prepare(
        `SELECT e.*, c.name AS company_name FROM event_outcome_companies e JOIN companies c ON c.id = e.company_id
          WHERE e.item_id = ? ORDER BY e.sort_order`,
      )
      .all(item.id) as Raw[]
  ).map((c) => ({
    companyId: c.company_id as string, companyName: c.company_name as string,
    resumes: countOf(c, 'resumes'), intentions: countOf(c, 'intentions'), intentionsPoor: countOf(c, 'intentionsPoor'),
  }));
  return {
    ...base, recorded: true, ...counts, trainingHours: r.training_hours as number | null, notes: r.notes as string | null, companies,
    warnings: splitMismatches(counts, companies), updatedAt: r.updated_at as string,
  };
}

export function upsertOutcome(db: Db, itemId: string, v: OutcomeValues, at: string): void {
  const cols = columnsOf(COUNT_FIELDS);
  db.prepare(
    `INSERT INTO event_outcomes (item_id, ${cols.join(', ')}, training_hours, notes, created_at, updated_at)
     VALUES (@itemId, ${cols.map((c) => `@${c}`).join(', ')}, @trainingHours, @notes, @at, @at)
     ON CONFLICT (item_id) DO UPDATE SET ${cols.map((c) => `${c} = excluded.${c}`).join(', ')},
       training_hours = excluded.training_hours, notes = excluded.notes, updated_at = excluded.updated_at`,
  ).run({ itemId, at, trainingHours: v.trainingHours, notes: v.notes, ...countParams(COUNT_FIELDS, v) });
  db.prepare('DELETE FROM event_outcome_companies WHERE item_id = ?').run(itemId);
  const split = columnsOf(SPLIT_FIELDS);
  const insert = db.prepare(
    `INSERT INTO event_outcome_companies (item_id, company_id, ${split.join(', ')}, sort_order)
     VALUES (@itemId, @companyId, ${split.map((c) => `@${c}`).join(', ')}, @order)`,
  );
  v.companies.forEach((c, order) => insert.run({ itemId, companyId: c.companyId, order, ...countParams(SPLIT_FIELDS, c) }));
}

export const deleteOutcome = (db: Db, itemId: string) => db.prepare('DELETE FROM event_outcomes WHERE item_id = ?').run(itemId);

const OUTCOME_KIND_SQL = "('jobFair', 'campusRecruitment', 'training')";

/** The outcome-kind items of a trip in time order. */
export function tripEventIds(db: Db, tripId: string): string[] {
  return (
    db
      .prepare(`SELECT id FROM itinerary_items WHERE trip_id = ? AND kind IN ${OUTCOME_KIND_SQL} ORDER BY starts_at, ends_at, created_at, id`)
      .all(tripId) as { id: string }[]
  ).map((r) => r.id);
}

/**
 * The ledger: every event of a live trip, newest first, recorded or not. A cancelled trip's
 * events did not take place: left out, as the dashboard leaves them out of its figures.
 */
export function listOutcomeRows(db: Db, f: OutcomeListFilter): OutcomeRow[] {
  const rows = db
    .prepare(
      `SELECT o.*, i.id AS event_id, i.trip_id, t.title AS trip_title, t.prefecture_id, p.name AS prefecture_name, c.name AS county_name,
              i.starts_at, i.kind, i.title, i.place, o.item_id IS NOT NULL AS recorded
         FROM itinerary_items i
         JOIN trips t ON t.id = i.trip_id
         JOIN prefectures p ON p.id = t.prefecture_id
         LEFT JOIN counties c ON c.id = i.county_id
         LEFT JOIN event_outcomes o ON o.item_id = i.id
        WHERE t.deleted_at IS NULL AND t.status <> 'cancelled' AND i.kind IN ${OUTCOME_KIND_SQL}
          AND (@year IS NULL OR substr(i.starts_at, 1, 4) = @year)
          AND (@prefectureId IS NULL OR t.prefecture_id = @prefectureId)
          AND (@tripId IS NULL OR i.trip_id = @tripId)
          AND (@kind IS NULL OR i.kind = @kind)
        ORDER BY i.starts_at DESC, t.title, i.id`,
    )
    .all({ year: f.year === null ? null : String(f.year).padStart(4, '0'), prefectureId: f.prefectureId, tripId: f.tripId, kind: f.kind }) as Raw[];
  return rows.map((r) => ({
    itemId: r.event_id as string, tripId: r.trip_id as string, tripTitle: r.trip_title as string, prefectureId: r.prefecture_id as string,
    prefectureName: r.prefecture_name as string, countyName: r.county_name as string | null, date: (r.starts_at as string).slice(0, 10),
    startsAt: r.starts_at as string, kind: r.kind as OutcomeKind, title: r.title as string | null, place: r.place as string | null,
    recorded: r.recorded === 1, ...countsOf(r), trainingHours: (r.training_hours as number | null) ?? null,
  }));
}

export const hasRecordedOutcome = (db: Db, itemId: string) => !!db.prepare('SELECT 1 FROM event_outcomes WHERE item_id = ?').get(itemId);
