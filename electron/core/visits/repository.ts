// SQL for visits, the staff who went and their follow-up actions.
import type { FollowUp, FollowUpRow, Visit, VisitListInput, VisitRow, VisitValues } from '../../../shared/visits/schema';
import type { Db } from '../db/open';
import { countMatches, searchClause, searchProbe, searchTerms } from '../db/search';
import { dayEnd, entriesBefore, type IndexQuery, indexQuery, indexVisitEntry, visitFacets } from './search';
import { countListedVisits, dayAtOffset } from './totals';
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

/** Rebuilds the search entry of one visit (visits/search.ts); a deleted visit, or a visit of a deleted company, is taken out of the index. */
export function reindexVisit(db: Db, id: string): void {
  const v = findVisit(db, id);
  const company = v && (db.prepare('SELECT deleted_at, town_id FROM companies WHERE id = ?').get(v.companyId) as { deleted_at: string | null; town_id: string | null });
  if (!v || v.deletedAt || !company || company.deleted_at) return indexVisitEntry(db, id, null);
  const text = [v.companyName, v.purpose, v.business, v.environment, v.wages, v.lodging, v.notes, ...v.followUps.map((f) => f.what)]
    .filter(Boolean)
    .join('\n');
  indexVisitEntry(db, id, { text, facets: visitFacets(v.staff.map((s) => s.id), company.town_id), visitDate: v.visitDate });
}

/** Takes a visit out of the search index (before it is deleted for good). */
export function unindexVisit(db: Db, id: string): void {
  indexVisitEntry(db, id, null);
}

export function setVisitDeleted(db: Db, id: string, deletedAt: string | null, at: string): void {
  db.prepare('UPDATE visits SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, at, id);
}

// ── the visits list ─────────────────────────────────────────────────────────────────────
//
// A page is found in two steps: the ids of its rows, from the indexes alone (visits_listed
// walked in list order, a smaller set collected and sorted, or the search index, which holds
// the listed visits in list order with their staff and town: visits/search.ts), then those
// rows in full. The total comes from the running totals (visits/totals.ts) or the search
// index, never from counting rows, except for a search the index cannot answer alone (words
// of both lengths, or punctuation) with a filter.
//
// Costs in microseconds per step, as measured on the 500,000-visit bench workspace; they
// only choose between ways of finding the same rows, so being off by 2× costs little.
const COST = {
  /** One entry of an index walked in order. */
  step: 0.2,
  /** One b-tree seek by a text id (a visit's staff, its company, its search entry). */
  seek: 3,
  /**
   * The search index asked about one entry: ~10 on an index of one segment, ~150–300 on one a
   * visit at a time has written (a dozen or more segments, each looked up).
   */
  ftsProbe: 150,
  /** One match put into a temporary set. */
  setEntry: 0.4,
  /** One row of a collected set sorted into list order. */
  sort: 1,
  /** Setting up a query of the search index (its terms looked up in each segment). */
  indexQuery: 300,
};

/** Visits whose company is in the trash are not listed: the few trashed companies, as a set. */
const NOT_OF_TRASHED_COMPANY = 'v.company_id NOT IN (SELECT id FROM companies WHERE deleted_at IS NOT NULL)';

type ListInput = VisitListInput & { offset: number; limit: number };

interface KeyQuery {
  sql: string;
  params: unknown[];
}

/**
 * How a page's rows are found: walking the list in order and testing each row (`walk`, and for
 * a search `row` or `set`, see db/search.ts MatchMode), collecting the rows a filter or search
 * keeps and sorting them (`collect`), or, for a search, reading them from the search index in
 * list order (`index`, see visits/search.ts; whenever the index can answer alone). Chosen by
 * estimated cost; tests force each in turn.
 */
export type PagePlan = 'walk' | 'collect' | 'row' | 'set' | 'index';

export interface ListOptions {
  /**
   * False skips the one count that grows with the workspace (a search meeting a filter), for
   * callers that page on without showing it (exports): the total is then an estimate, used only
   * to choose how to find the rows.
   */
  counted?: boolean;
  /** Find the rows this way whatever it costs (tests). */
  plan?: PagePlan;
}

/** A page read from the search index in list order, entries below `to` (and after the cursor, if any). */
function indexPage(db: Db, q: IndexQuery, to: bigint, input: ListInput, page: number[]): KeyQuery {
  const upTo = input.after ? [entriesBefore(db, input.after), to].reduce((a, b) => (a < b ? a : b)) : to;
  return {
    sql: `SELECT (SELECT visit_id FROM visit_search WHERE n = m.rowid) AS id FROM ${q.table} m
           WHERE ${q.table} MATCH ? AND rowid >= ? AND rowid < ? ORDER BY rowid DESC LIMIT ? OFFSET ?`,
    params: [q.match, q.from, upTo, ...page],
  };
}

/** From this offset on, a page without a cursor is found from the running totals per day. */
const DEEP_OFFSET = 1000;
const NOTHING: KeyQuery = { sql: 'SELECT NULL AS id WHERE 0', params: [] };

/** The ids of one page, in list order, and the total. */
function pageKeys(db: Db, input: ListInput, { counted = true, plan }: ListOptions): { total: number; keys: KeyQuery } {
  const terms = searchTerms(input.query ?? '');
  const conditions: string[] = ['v.deleted_at IS NULL', NOT_OF_TRASHED_COMPANY];
  const params: unknown[] = [];
  const add = (sql: string, ...p: unknown[]) => {
    conditions.push(sql);
    params.push(...p);
  };
  if (input.from) add('v.visit_date >= ?', input.from);
  if (input.to) add('v.visit_date <= ?', input.to);
  if (input.companyId) add('v.company_id = ?', input.companyId);
  if (input.staffId) add('EXISTS (SELECT 1 FROM visit_staff vs WHERE vs.visit_id = v.id AND vs.staff_id = ?)', input.staffId);
  if (input.townId) add('EXISTS (SELECT 1 FROM companies c WHERE c.id = v.company_id AND c.town_id = ?)', input.townId);
  const filterConditions = [...conditions];
  const filterParams = [...params];
  if (input.after) add('(v.visit_date, v.id) < (?, ?)', input.after.visitDate, input.after.id);

  // Rows in the date range, and how many of them the filters keep (from the running totals).
  const inRange = countListedVisits(db, { from: input.from, to: input.to });
  const wanted = input.offset + input.limit;
  const order = 'ORDER BY v.visit_date DESC, v.id DESC LIMIT ? OFFSET ?';
  const page = [input.limit, input.offset];

  if (input.companyId) {
    // A company has few visits: found by visits_by_company, counted and sorted directly.
    const search = terms.length ? searchProbe('v.id', 'visit_search', 'visit_id', terms, 'set') : { sql: '1', params: [] };
    const total = (db.prepare(`SELECT count(*) AS n FROM visits v WHERE ${[...filterConditions, search.sql].join(' AND ')}`).get(...filterParams, ...search.params) as { n: number }).n;
    return { total, keys: { sql: `SELECT v.id, v.rowid AS r FROM visits v WHERE ${[...conditions, search.sql].join(' AND ')} ${order}`, params: [...params, ...search.params, ...page] } };
  }

  const filtered = countListedVisits(db, { staffId: input.staffId, townId: input.townId, from: input.from, to: input.to });
  const walked = (results: number) => Math.min(inRange, (wanted * inRange) / Math.max(results, 1));
  const filterCost = (input.staffId ? COST.seek : 0) + (input.townId ? COST.seek : 0);
  const walk = (extra: string[] = [], extraParams: unknown[] = []): KeyQuery => ({
    sql: `SELECT v.id, v.rowid AS r FROM visits v INDEXED BY visits_listed WHERE ${[...conditions, ...extra].join(' AND ')} ${order}`,
    params: [...params, ...extraParams, ...page],
  });

  if (!terms.length) {
    // A page far down (a jump, with no row before it to start after): the running totals per
    // day say on which day it starts, so only that day's rows before it are skipped.
    let offset = input.offset;
    let lastDay: string | null = null;
    if (!input.after && offset >= DEEP_OFFSET) {
      const at = dayAtOffset(db, input, offset);
      if (!at) return { total: filtered, keys: NOTHING };
      lastDay = at.day;
      offset -= at.before;
    }
    const upTo = lastDay ? { sql: ['v.visit_date <= ?'], params: [lastDay] } : { sql: [], params: [] };
    const pageFrom = [input.limit, offset];
    // Walk the list in order testing each row against the filters; collect a staff member's
    // visits and sort them; or read them from the search index, where staff and town are tokens.
    const rowsWalked = Math.min(inRange, ((offset + input.limit) * inRange) / Math.max(filtered, 1));
    const costs = {
      walk: rowsWalked * (COST.step + filterCost),
      collect: input.staffId ? countListedVisits(db, { staffId: input.staffId }) * (COST.seek + filterCost) + filtered * COST.sort : Infinity,
      index: input.staffId || input.townId ? COST.indexQuery + (offset + input.limit) * COST.step : Infinity,
    };
    const how = plan === 'walk' || plan === 'collect' || plan === 'index' ? plan : (Object.keys(costs) as (keyof typeof costs)[]).reduce((a, b) => (costs[b] < costs[a] ? b : a));
    const byIndex = how === 'index' && indexQuery([], input);
    if (byIndex) {
      const to = lastDay ? [byIndex.to, dayEnd(lastDay)].reduce((a, b) => (a < b ? a : b)) : byIndex.to;
      return { total: filtered, keys: indexPage(db, byIndex, to, input, pageFrom) };
    }
    if (how === 'collect' && input.staffId) {
      return {
        total: filtered,
        keys: {
          sql: `SELECT v.id, v.rowid AS r FROM visit_staff vs CROSS JOIN visits v INDEXED BY visits_listed_by_id ON v.id = vs.visit_id
                 WHERE vs.staff_id = ? AND ${[...conditions, ...upTo.sql].join(' AND ')} ${order}`,
          params: [input.staffId, ...params, ...upTo.params, ...pageFrom],
        },
      };
    }
    return {
      total: filtered,
      keys: { sql: `SELECT v.id, v.rowid AS r FROM visits v INDEXED BY visits_listed WHERE ${[...conditions, ...upTo.sql].join(' AND ')} ${order}`, params: [...params, ...upTo.params, ...pageFrom] },
    };
  }

  // A search the index answers alone: it holds the listed visits in list order with their
  // staff and town as tokens, so it counts and pages the matches itself, the filters included.
  const byIndex = (!plan || plan === 'index') && indexQuery(terms, input);
  if (byIndex) {
    const total = counted
      ? (db.prepare(`SELECT count(*) AS n FROM ${byIndex.table} WHERE ${byIndex.table} MATCH ? AND rowid >= ? AND rowid < ?`).get(byIndex.match, byIndex.from, byIndex.to) as { n: number }).n
      : 0;
    return { total, keys: indexPage(db, byIndex, byIndex.to, input, page) };
  }

  // A search the index cannot answer alone (words of both lengths, or punctuation). With no
  // filter the search index counts its matches; with one, the matches are counted against the
  // filters (a count that grows with the workspace).
  const matches = countMatches(db, 'visit_search', terms);
  const unfiltered = !input.staffId && !input.townId && !input.from && !input.to;
  const collect = searchClause('v.id', 'visit_search', 'visit_id', terms);
  const total = unfiltered
    ? matches
    : !counted
      ? Math.round((matches * filtered) / Math.max(inRange, 1))
      : (db.prepare(`SELECT count(*) AS n FROM visits v INDEXED BY visits_listed_by_id WHERE ${[...filterConditions, collect.sql].join(' AND ')}`).get(...filterParams, ...collect.params) as { n: number }).n;
  // Expected rows walked before the page is full, and three ways to test each for the search.
  const rows = walked(total);
  const costs = {
    row: rows * (COST.step + filterCost + COST.seek + COST.ftsProbe),
    set: matches * COST.setEntry + rows * (COST.step + filterCost + COST.seek),
    collect: matches * (COST.seek * 2) + total * COST.sort,
  };
  const cheapest = (Object.keys(costs) as (keyof typeof costs)[]).reduce((a, b) => (costs[b] < costs[a] ? b : a));
  const best = plan === 'walk' ? 'row' : plan === undefined || plan === 'index' ? cheapest : plan;
  if (best === 'collect') {
    return {
      total,
      keys: {
        sql: `SELECT v.id, v.rowid AS r FROM visits v INDEXED BY visits_listed_by_id WHERE ${[...conditions, collect.sql].join(' AND ')} ${order}`,
        params: [...params, ...collect.params, ...page],
      },
    };
  }
  const probe = searchProbe('v.id', 'visit_search', 'visit_id', terms, best);
  return { total, keys: walk([probe.sql], probe.params) };
}

interface VisitRowRecord {
  id: string; company_id: string; company_name: string; town_name: string | null; visit_date: string; purpose: string | null; staff_names: string; open_follow_ups: number;
}

const toVisitRow = (r: VisitRowRecord): VisitRow => ({
  id: r.id,
  companyId: r.company_id,
  companyName: r.company_name,
  townName: r.town_name,
  visitDate: r.visit_date,
  staffNames: JSON.parse(r.staff_names) as string[],
  purpose: r.purpose,
  openFollowUps: r.open_follow_ups,
});

/** A page's rows in full, in list order; `extra` adds columns of visits (exports). */
function pageRows<R extends VisitRowRecord>(db: Db, keys: KeyQuery, extra = ''): R[] {
  // (Not pluck(): the connection shares prepared statements, whose mode must not change.)
  const keyRows = db.prepare(keys.sql).all(...keys.params) as { id: string; r?: number }[];
  if (!keyRows.length) return [];
  // The rows by rowid when the keys came from the visits' indexes (one b-tree descent each
  // instead of two: a tenth of an export's reading), else by id.
  const byRowid = keyRows.every((k) => k.r !== undefined);
  return db
    .prepare(
      `SELECT v.id, v.company_id, c.name AS company_name, t.name AS town_name, v.visit_date, v.purpose${extra},
              (SELECT json_group_array(s.name) FROM visit_staff vs JOIN staff s ON s.id = vs.staff_id WHERE vs.visit_id = v.id) AS staff_names,
              (SELECT count(*) FROM follow_ups f WHERE f.visit_id = v.id AND f.done_at IS NULL) AS open_follow_ups
         FROM visits v JOIN companies c ON c.id = v.company_id LEFT JOIN lookups t ON t.id = c.town_id
        WHERE ${byRowid ? 'v.rowid' : 'v.id'} IN (SELECT value FROM json_each(?))
        ORDER BY v.visit_date DESC, v.id DESC`,
    )
    .all(JSON.stringify(keyRows.map((k) => (byRowid ? k.r : k.id)))) as R[];
}

export function listVisits(db: Db, input: ListInput, options: ListOptions = {}): { total: number; rows: VisitRow[] } {
  const { total, keys } = pageKeys(db, input, options);
  return { total, rows: pageRows(db, keys).map(toVisitRow) };
}

/** A visits list row with what was written at the visit: what an export writes. */
export interface VisitExportRow extends VisitRow {
  business: string | null; environment: string | null; wages: string | null; lodging: string | null; payMin: number | null; payMax: number | null;
  dormProvided: boolean | null; peoplePerRoom: number | null; mealsProvided: boolean | null; notes: string | null;
}

/** One chunk of an export: the rows of listVisits with the visits' own fields, read in the same statement. */
export function exportVisits(db: Db, input: ListInput): VisitExportRow[] {
  const { keys } = pageKeys(db, input, { counted: false });
  type Record = VisitRowRecord & {
    business: string | null; environment: string | null; wages: string | null; lodging: string | null; pay_min: number | null; pay_max: number | null;
    dorm_provided: number | null; people_per_room: number | null; meals_provided: number | null; notes: string | null;
  };
  const extra = ', v.business, v.environment, v.wages, v.lodging, v.pay_min, v.pay_max, v.dorm_provided, v.people_per_room, v.meals_provided, v.notes';
  return pageRows<Record>(db, keys, extra).map((r) => ({
    ...toVisitRow(r),
    business: r.business, environment: r.environment, wages: r.wages, lodging: r.lodging, payMin: r.pay_min, payMax: r.pay_max,
    dormProvided: bool(r.dorm_provided), peoplePerRoom: r.people_per_room, mealsProvided: bool(r.meals_provided), notes: r.notes,
  }));
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

/** At most this many follow-ups are listed (the screen says when there are more). */
const FOLLOW_UP_LIMIT = 2000;

/**
 * Follow-ups in the order the lists show them: open before done, dated before undated, by due
 * date, then company. Each part walks its own index (follow_ups_open / follow_ups_done) in
 * due-date order and stops when the list is full, so a long list costs what it shows.
 */
export function listFollowUps(db: Db, scope: 'overdue' | 'open' | 'all', today: string): FollowUpRow[] {
  const parts: { index: string; where: string }[] = [
    { index: 'follow_ups_open', where: `f.done_at IS NULL AND f.due_date IS NOT NULL${scope === 'overdue' ? ' AND f.due_date < @today' : ''}` },
  ];
  if (scope !== 'overdue') parts.push({ index: 'follow_ups_open', where: 'f.done_at IS NULL AND f.due_date IS NULL' });
  if (scope === 'all') {
    parts.push({ index: 'follow_ups_done', where: 'f.done_at IS NOT NULL AND f.due_date IS NOT NULL' });
    parts.push({ index: 'follow_ups_done', where: 'f.done_at IS NOT NULL AND f.due_date IS NULL' });
  }
  const rows: FollowUpRowRecord[] = [];
  for (const part of parts) {
    const left = FOLLOW_UP_LIMIT - rows.length;
    if (left <= 0) break;
    // CROSS JOIN keeps this order: the follow-ups' index first, then each one's visit and company.
    const sql = `
      SELECT f.id, f.what, f.who_staff_id, s.name AS who_name, f.due_date, f.done_at,
             v.id AS visit_id, v.visit_date, c.id AS company_id, c.name AS company_name
        FROM follow_ups f INDEXED BY ${part.index}
        CROSS JOIN visits v INDEXED BY visits_listed_by_id ON v.id = f.visit_id AND v.deleted_at IS NULL
        CROSS JOIN companies c ON c.id = v.company_id AND c.deleted_at IS NULL
        LEFT JOIN staff s ON s.id = f.who_staff_id
       WHERE ${part.where}
       ORDER BY f.due_date, c.name_sort, f.id
       LIMIT @left`;
    rows.push(...(db.prepare(sql).all(scope === 'overdue' ? { today, left } : { left }) as FollowUpRowRecord[]));
  }
  return rows.map(toFollowUpRow);
}

export function findFollowUpRow(db: Db, id: string): FollowUpRow | null {
  const r = db.prepare(`${FOLLOW_UP_ROW} WHERE f.id = ?`).get(id) as FollowUpRowRecord | undefined;
  return r ? toFollowUpRow(r) : null;
}
