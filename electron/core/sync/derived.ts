// Derived data of the rows a colleague's changes touched, refreshed with the app's own
// functions after a packet is applied: company and visit search texts, companies' last visit
// date. (Counts are kept by triggers. Vetting photo thumbnails are made by the renderer when a
// photo is attached and are not synced; a photo from a colleague shows its full image.)
import { refreshLastVisit, reindexCompany, unindexCompany } from '../companies/repository';
import type { Db } from '../db/open';
import { reindexVisit, unindexVisit } from '../visits/repository';
import { unindexVisitsOfCompany } from '../visits/search';

type Row = Record<string, unknown>;

export class Touched {
  readonly companies = new Set<string>();
  /** Companies whose visits' search entries change with them (name, town, trash). */
  readonly companiesWithVisits = new Set<string>();
  readonly visits = new Set<string>();

  /** Notes what a change to `tbl` touches; `rows` are the row before and/or after it. */
  note(tbl: string, rows: readonly (Row | null | undefined)[], cols: readonly string[]): void {
    for (const r of rows) {
      if (!r) continue;
      const str = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : null);
      if (tbl === 'companies' && str('id')) {
        this.companies.add(str('id')!);
        if (cols.some((c) => ['name', 'town_id', 'deleted_at', '*'].includes(c))) this.companiesWithVisits.add(str('id')!);
      } else if (tbl === 'contacts' && str('company_id')) this.companies.add(str('company_id')!);
      else if (tbl === 'visits' && str('id')) {
        this.visits.add(str('id')!);
        if (str('company_id')) this.companies.add(str('company_id')!);
      } else if ((tbl === 'follow_ups' || tbl === 'visit_staff') && str('visit_id')) this.visits.add(str('visit_id')!);
    }
  }
}

/**
 * Before a row is deleted for good: its search entries leave with it. A company's own entry too,
 * even when its deletion (deleted_at) came in the same packet: entries are refreshed only after
 * the packet, and an entry still there would hold the delete back.
 */
export function beforeHardDelete(db: Db, tbl: string, row: Row): void {
  if (tbl === 'visits') unindexVisit(db, row.id as string);
  if (tbl === 'companies') {
    unindexVisitsOfCompany(db, row.id as string);
    unindexCompany(db, row.id as string);
  }
}

export function refreshDerived(db: Db, touched: Touched): void {
  for (const id of touched.companiesWithVisits) {
    for (const v of db.prepare('SELECT id FROM visits WHERE company_id = ?').all(id) as { id: string }[]) touched.visits.add(v.id);
  }
  // Entries that leave go first: a new entry's number is found among the day's live visits, and
  // an entry still there of a visit deleted in the same packet could hold the number it gets.
  const gone = db.prepare(
    `SELECT v.deleted_at IS NOT NULL OR c.deleted_at IS NOT NULL AS gone FROM visits v JOIN companies c ON c.id = v.company_id WHERE v.id = ?`,
  );
  const leaving = (id: string) => (gone.get(id) as { gone: number } | undefined)?.gone !== 0;
  const visits = [...touched.visits].sort();
  for (const id of visits) if (leaving(id)) reindexVisit(db, id);
  for (const id of visits) if (!leaving(id)) reindexVisit(db, id);
  for (const id of touched.companies) {
    reindexCompany(db, id);
    refreshLastVisit(db, id);
  }
}
