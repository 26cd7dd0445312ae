// The running totals of visits and open follow-ups (tables visit_counts and
// open_follow_up_counts, kept by the triggers of migration 9 in the same transaction as the
// records): what lists and the dashboard read instead of counting rows, and a full recount
// from the records to check them against.
import type { Db } from '../db/open';

export interface VisitCountFilter {
  staffId?: string | null;
  townId?: string | null;
  from?: string | null;
  to?: string | null;
}

/** The running totals' facet and key for a filter by staff and town. */
const facetOf = (f: VisitCountFilter): [string, string] =>
  f.staffId && f.townId ? ['staffTown', `${f.staffId}/${f.townId}`] : f.staffId ? ['staff', f.staffId] : f.townId ? ['town', f.townId] : ['all', ''];

/**
 * How many visits are listed (neither they nor their company in the trash) for a filter by
 * staff, town and date: a sum over at most one row per day.
 */
export function countListedVisits(db: Db, f: VisitCountFilter): number {
  const [facet, key] = facetOf(f);
  const sum = db.prepare('SELECT coalesce(sum(n), 0) AS n FROM visit_counts WHERE facet = ? AND key = ? AND visit_date >= ? AND visit_date <= ?');
  return (sum.get(facet, key, f.from ?? '', f.to ?? '\uffff') as { n: number }).n;
}

/**
 * Where row `offset` of the visits list (newest first, with these filters) falls: its day, and
 * how many rows come before that day. Null when the list is shorter. One pass over at most a
 * row per day, so a page far down starts at its day instead of counting out every row above.
 */
export function dayAtOffset(db: Db, f: VisitCountFilter, offset: number): { day: string; before: number } | null {
  const [facet, key] = facetOf(f);
  const r = db
    .prepare(
      `SELECT visit_date AS day, total - n AS before FROM (
         SELECT visit_date, n, sum(n) OVER (ORDER BY visit_date DESC ROWS UNBOUNDED PRECEDING) AS total
           FROM visit_counts WHERE facet = ? AND key = ? AND visit_date >= ? AND visit_date <= ?)
        WHERE total > ? ORDER BY visit_date DESC LIMIT 1`,
    )
    .get(facet, key, f.from ?? '', f.to ?? '\uffff', offset) as { day: string; before: number } | undefined;
  return r ?? null;
}

/** Open follow-ups of listed visits due before `today`. */
export function countOverdueFollowUps(db: Db, today: string): number {
  return (db.prepare('SELECT coalesce(sum(n), 0) AS n FROM open_follow_up_counts WHERE due_date < ?').get(today) as { n: number }).n;
}

export interface Totals {
  visitCounts: { facet: string; key: string; visit_date: string; n: number }[];
  openFollowUpCounts: { due_date: string; n: number }[];
}

/** The totals as stored, without the rows that came down to 0 (they stay, and count nothing). */
export function storedTotals(db: Db): Totals {
  return {
    visitCounts: db.prepare('SELECT facet, key, visit_date, n FROM visit_counts WHERE n <> 0 ORDER BY facet, key, visit_date').all() as Totals['visitCounts'],
    openFollowUpCounts: db.prepare('SELECT due_date, n FROM open_follow_up_counts WHERE n <> 0 ORDER BY due_date').all() as Totals['openFollowUpCounts'],
  };
}

/** The totals counted again from the records, in the order storedTotals gives them. */
export function recountTotals(db: Db): Totals {
  const listed = `SELECT v.id, v.visit_date AS d, coalesce(c.town_id, '') AS t FROM visits v JOIN companies c ON c.id = v.company_id
                   WHERE v.deleted_at IS NULL AND c.deleted_at IS NULL`;
  const visitCounts = db
    .prepare(
      `SELECT facet, key, visit_date, n FROM (
         SELECT 'all' AS facet, '' AS key, x.d AS visit_date, count(*) AS n FROM (${listed}) x GROUP BY x.d
         UNION ALL SELECT 'town', x.t, x.d, count(*) FROM (${listed}) x GROUP BY x.t, x.d
         UNION ALL SELECT 'staff', s.staff_id, x.d, count(*) FROM (${listed}) x JOIN visit_staff s ON s.visit_id = x.id GROUP BY s.staff_id, x.d
         UNION ALL SELECT 'staffTown', s.staff_id || '/' || x.t, x.d, count(*) FROM (${listed}) x JOIN visit_staff s ON s.visit_id = x.id GROUP BY s.staff_id, x.t, x.d
       ) ORDER BY facet, key, visit_date`,
    )
    .all() as Totals['visitCounts'];
  const openFollowUpCounts = db
    .prepare(
      `SELECT f.due_date, count(*) AS n FROM (${listed}) x JOIN follow_ups f ON f.visit_id = x.id
        WHERE f.done_at IS NULL AND f.due_date IS NOT NULL GROUP BY f.due_date ORDER BY f.due_date`,
    )
    .all() as Totals['openFollowUpCounts'];
  return { visitCounts, openFollowUpCounts };
}
