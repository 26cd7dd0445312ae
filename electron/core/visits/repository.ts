// SQL for visits, the staff who went and their follow-up actions.
import type { FollowUp, FollowUpRow, Visit, VisitListInput, VisitRow, VisitValues } from '../../../shared/visits/schema';
import type { Db } from '../db/open';
import { countIndexed, countMatches, indexDocument, searchClause, searchProbe, searchTerms, walkInOrder } from '../db/search';
import { newId } from '../ids';

interface VisitRecord {
  id: string; company_id: string; company_name: string; visit_date: string; purpose: string | null; business: string | null;
  environment: string | null; wages: string | null; lodging: string | null; pay_min: number | null; pay_max: number | null;
  dorm_provided: number | null; people_per_room: number | null; meals_provided: number | null; notes: string | null;
  created_by: string | null; created_at: string; updated_at: string; deleted_at: string | null;
}
interface FollowUpRecord { id: string; what: string; who_staff_id: string | null; who_name: string | null; due_date: string | null; done_at: string | null }

const bool = (v: number | null) => (v === null ? null : v === 1);
const int = (v: boolean | null) => (v === null ? null : v ? 1 : 0);

const toFollowUp = (r: FollowUpRecord): FollowUp => ({
  id: r.id, what: r.what, whoStaffId: r.who_staff_id, whoName: r.who_name, dueDate: r.due_date, done: r.done_at !== null, doneAt: r.done_at,
});

export function findVisit(db: Db, id: string): Visit | null {
  const r = db
    .prepare('SELECT v.*, c.name AS company_name FROM visits v JOIN companies c ON c.id = v.company_id WHERE v.id = ?')
    .get(id) as VisitRecord | undefined;
  if (!r) return null;
  const staff = db
    .prepare('SELECT s.id, s.name FROM visit_staff vs JOIN staff s ON s.id = vs.staff_id WHERE vs.visit_id = ?')
    .all(id) as { id: string; name: string }[];
  const followUps = db
    .prepare(
      `SELECT f.id, f.what, f.who_staff_id, s.name AS who_name, f.due_date, f.done_at
         FROM follow_ups f LEFT JOIN staff s ON s.id = f.who_staff_id WHERE f.visit_id = ? ORDER BY f.sort_order`,
    )
    .all(id) as FollowUpRecord[];
  const collator = new Intl.Collator('zh');
  return {
    id: r.id,
    companyId: r.company_id,
    companyName: r.company_name,
    visitDate: r.visit_date,
    staff: staff.sort((a, b) => collator.compare(a.name, b.name)),
    purpose: r.purpose,
    business: r.business,
    environment: r.environment,
    wages: r.wages,
    lodging: r.lodging,
    payMin: r.pay_min,
    payMax: r.pay_max,
    dormProvided: bool(r.dorm_provided),
    peoplePerRoom: r.people_per_room,
    mealsProvided: bool(r.meals_provided),
    notes: r.notes,
    followUps: followUps.map(toFollowUp),
    createdBy: r.created_by,
    deletedAt: r.deleted_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const columns = (v: VisitValues) => ({
  company_id: v.companyId,
  visit_date: v.visitDate,
  purpose: v.purpose,
  business: v.business,
  environment: v.environment,
  wages: v.wages,
  lodging: v.lodging,
  pay_min: v.payMin,
  pay_max: v.payMax,
  dorm_provided: int(v.dormProvided),
  people_per_room: v.peoplePerRoom,
  meals_provided: int(v.mealsProvided),
  notes: v.notes,
});

export function insertVisit(db: Db, id: string, v: VisitValues, createdBy: string | null, at: string): void {
  db.prepare(
    `INSERT INTO visits (id, company_id, visit_date, purpose, business, environment, wages, lodging, pay_min, pay_max,
       dorm_provided, people_per_room, meals_provided, notes, created_by, created_at, updated_at)
     VALUES (@id, @company_id, @visit_date, @purpose, @business, @environment, @wages, @lodging, @pay_min, @pay_max,
       @dorm_provided, @people_per_room, @meals_provided, @notes, @created_by, @at, @at)`,
  ).run({ id, created_by: createdBy, at, ...columns(v) });
}

export function updateVisit(db: Db, id: string, v: VisitValues, at: string): void {
  db.prepare(
    `UPDATE visits SET company_id = @company_id, visit_date = @visit_date, purpose = @purpose, business = @business,
       environment = @environment, wages = @wages, lodging = @lodging, pay_min = @pay_min, pay_max = @pay_max,
       dorm_provided = @dorm_provided, people_per_room = @people_per_room, meals_provided = @meals_provided,
       notes = @notes, updated_at = @at WHERE id = @id`,
  ).run({ id, at, ...columns(v) });
}

export function replaceVisitStaff(db: Db, visitId: string, staffIds: readonly string[]): void {
  db.prepare('DELETE FROM visit_staff WHERE visit_id = ?').run(visitId);
  const ins = db.prepare('INSERT OR IGNORE INTO visit_staff (visit_id, staff_id) VALUES (?, ?)');
  for (const s of staffIds) ins.run(visitId, s);
}

export function replaceFollowUps(db: Db, visitId: string, items: VisitValues['followUps'], at: string): void {
  const existing = new Map(
    (db.prepare('SELECT id, done_at FROM follow_ups WHERE visit_id = ?').all(visitId) as { id: string; done_at: string | null }[]).map((r) => [r.id, r.done_at]),
  );
  const keep = new Set(items.map((f) => f.id).filter((x): x is string => Boolean(x && existing.has(x))));
  const del = db.prepare('DELETE FROM follow_ups WHERE id = ?');
  for (const id of existing.keys()) if (!keep.has(id)) del.run(id);
  const upsert = db.prepare(
    `INSERT INTO follow_ups (id, visit_id, what, who_staff_id, due_date, done_at, sort_order, created_at, updated_at)
     VALUES (@id, @visitId, @what, @who, @due, @doneAt, @sort, @at, @at)
     ON CONFLICT (id) DO UPDATE SET what = excluded.what, who_staff_id = excluded.who_staff_id, due_date = excluded.due_date,
       done_at = excluded.done_at, sort_order = excluded.sort_order, updated_at = excluded.updated_at`,
  );
  items.forEach((f, sort) => {
    const id = f.id && keep.has(f.id) ? f.id : newId();
    // A follow-up that was already done keeps the moment it was done.
    const doneAt = f.done ? (existing.get(id) ?? at) : null;
    upsert.run({ id, visitId, what: f.what, who: f.whoStaffId, due: f.dueDate, doneAt, sort, at });
  });
}

/** Rebuilds the search text of one visit; a deleted visit, or a visit of a deleted company, is taken out of the index. */
export function reindexVisit(db: Db, id: string): void {
  const v = findVisit(db, id);
  const companyDeleted = v && (db.prepare('SELECT deleted_at FROM companies WHERE id = ?').get(v.companyId) as { deleted_at: string | null }).deleted_at;
  if (!v || v.deletedAt || companyDeleted) return indexDocument(db, 'visit_search', 'visit_id', id, null);
  const text = [v.companyName, v.purpose, v.business, v.environment, v.wages, v.lodging, v.notes, ...v.followUps.map((f) => f.what)]
    .filter(Boolean)
    .join('\n');
  indexDocument(db, 'visit_search', 'visit_id', id, text);
}

/** Takes a visit out of the search index (before it is deleted for good). */
export function unindexVisit(db: Db, id: string): void {
  indexDocument(db, 'visit_search', 'visit_id', id, null);
}

export function setVisitDeleted(db: Db, id: string, deletedAt: string | null, at: string): void {
  db.prepare('UPDATE visits SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, at, id);
}

export function listVisits(db: Db, input: VisitListInput & { offset: number; limit: number }): { total: number; rows: VisitRow[] } {
  const where = ['v.deleted_at IS NULL', 'c.deleted_at IS NULL'];
  const params: unknown[] = [];
  const filter = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (input.from) filter('v.visit_date >= ?', input.from);
  if (input.to) filter('v.visit_date <= ?', input.to);
  if (input.companyId) filter('v.company_id = ?', input.companyId);
  if (input.townId) filter('c.town_id = ?', input.townId);
  if (input.staffId) filter('EXISTS (SELECT 1 FROM visit_staff vs WHERE vs.visit_id = v.id AND vs.staff_id = ?)', input.staffId);
  const filtered = where.length > 2;
  const countWhere = [...where];
  const countParams = [...params];

  let total: number | null = null;
  const terms = searchTerms(input.query ?? '');
  if (terms.length) {
    // As for companies (see listCompanies): the index counts, and many matches are found
    // faster by walking the visits newest first than by collecting and sorting them all.
    const clause = searchClause('v.id', 'visit_search', 'visit_id', terms);
    countWhere.push(clause.sql);
    countParams.push(...clause.params);
    if (!filtered) total = countMatches(db, 'visit_search', terms);
    const walk = total !== null && walkInOrder(db, 'visit_search', total, input.offset + input.limit);
    const s = walk ? searchProbe('v.id', 'visit_search', 'visit_id', terms) : clause;
    where.push(s.sql);
    params.push(...s.params);
  } else if (!filtered) {
    total = countIndexed(db, 'visit_search');
  }
  const whereSql = where.join(' AND ');
  const from = 'FROM visits v JOIN companies c ON c.id = v.company_id';
  total ??= (db.prepare(`SELECT count(*) AS n ${from} WHERE ${countWhere.join(' AND ')}`).get(...countParams) as { n: number }).n;
  const rows = db
    .prepare(
      `SELECT v.id, v.company_id, c.name AS company_name, t.name AS town_name, v.visit_date, v.purpose,
              (SELECT json_group_array(s.name) FROM visit_staff vs JOIN staff s ON s.id = vs.staff_id WHERE vs.visit_id = v.id) AS staff_names,
              (SELECT count(*) FROM follow_ups f WHERE f.visit_id = v.id AND f.done_at IS NULL) AS open_follow_ups
         ${from} LEFT JOIN lookups t ON t.id = c.town_id
        WHERE ${whereSql}
        ORDER BY v.visit_date DESC, v.id DESC
        LIMIT ? OFFSET ?`,
    )
    .all(...params, input.limit, input.offset) as {
    id: string; company_id: string; company_name: string; town_name: string | null; visit_date: string; purpose: string | null; staff_names: string; open_follow_ups: number;
  }[];
  return {
    total,
    rows: rows.map((r) => ({
      id: r.id,
      companyId: r.company_id,
      companyName: r.company_name,
      townName: r.town_name,
      visitDate: r.visit_date,
      staffNames: JSON.parse(r.staff_names) as string[],
      purpose: r.purpose,
      openFollowUps: r.open_follow_ups,
    })),
  };
}

const FOLLOW_UP_ROW = `
  SELECT f.id, f.what, f.who_staff_id, s.name AS who_name, f.due_date, f.done_at,
         v.id AS visit_id, v.visit_date, c.id AS company_id, c.name AS company_name
    FROM follow_ups f
    JOIN visits v ON v.id = f.visit_id AND v.deleted_at IS NULL
    JOIN companies c ON c.id = v.company_id AND c.deleted_at IS NULL
    LEFT JOIN staff s ON s.id = f.who_staff_id`;

type FollowUpRowRecord = FollowUpRecord & { visit_id: string; visit_date: string; company_id: string; company_name: string };
const toFollowUpRow = (r: FollowUpRowRecord): FollowUpRow => ({
  ...toFollowUp(r), visitId: r.visit_id, visitDate: r.visit_date, companyId: r.company_id, companyName: r.company_name,
});

export function listFollowUps(db: Db, scope: 'overdue' | 'open' | 'all', today: string): FollowUpRow[] {
  const where = { overdue: 'f.done_at IS NULL AND f.due_date < @today', open: 'f.done_at IS NULL', all: '1' }[scope];
  const rows = db
    .prepare(`${FOLLOW_UP_ROW} WHERE ${where} ORDER BY f.done_at IS NOT NULL, f.due_date IS NULL, f.due_date, c.name_sort LIMIT 2000`)
    .all(scope === 'overdue' ? { today } : {}) as FollowUpRowRecord[];
  return rows.map(toFollowUpRow);
}

export function findFollowUpRow(db: Db, id: string): FollowUpRow | null {
  const r = db.prepare(`${FOLLOW_UP_ROW} WHERE f.id = ?`).get(id) as FollowUpRowRecord | undefined;
  return r ? toFollowUpRow(r) : null;
}
