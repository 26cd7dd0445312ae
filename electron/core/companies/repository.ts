// SQL for companies and their contacts. No rules here: see service.ts.
import type { Company, CompanyListInput, CompanyRow, CompanyValues, Contact } from '../../../shared/companies/schema';
import type { CompanyStatus } from '../../../shared/companies/status';
import { STATUS_RANK } from '../../../shared/companies/status';
import { companyNameCore, companyNameKey } from '../../../shared/companies/names';
import type { Db } from '../db/open';
import { countIndexed, countMatches, indexDocument, searchClause, searchProbe, searchTerms, walkInOrder } from '../db/search';
import { newId } from '../ids';
import { pinyinInitials, pinyinSortKey } from './pinyin';
import { countTagged } from './totals';

interface CompanyRecord {
  id: string; name: string; credit_code: string | null; town_id: string | null; town_name: string | null;
  industry_id: string | null; industry_name: string | null; headcount: number | null; address: string | null;
  tags: string; status: CompanyStatus; notes: string | null; last_visit_date: string | null;
  created_at: string; updated_at: string; deleted_at: string | null;
}

const SELECT_COMPANY = `
  SELECT c.*, t.name AS town_name, i.name AS industry_name
    FROM companies c
    LEFT JOIN lookups t ON t.id = c.town_id
    LEFT JOIN lookups i ON i.id = c.industry_id`;

export function findCompany(db: Db, id: string): Company | null {
  const r = db.prepare(`${SELECT_COMPANY} WHERE c.id = ?`).get(id) as CompanyRecord | undefined;
  if (!r) return null;
  const contacts = db
    .prepare('SELECT id, name, role, phone, note FROM contacts WHERE company_id = ? ORDER BY sort_order')
    .all(id) as Contact[];
  return {
    id: r.id,
    name: r.name,
    creditCode: r.credit_code,
    townId: r.town_id,
    townName: r.town_name,
    industryId: r.industry_id,
    industryName: r.industry_name,
    headcount: r.headcount,
    address: r.address,
    tags: JSON.parse(r.tags) as string[],
    status: r.status,
    notes: r.notes,
    contacts,
    lastVisitDate: r.last_visit_date,
    deletedAt: r.deleted_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** Another live company using this name (compared by its canonical key). */
export function companyIdByName(db: Db, name: string, exceptId: string | null): string | null {
  const r = db
    .prepare('SELECT id FROM companies WHERE name_key = ? AND deleted_at IS NULL AND id IS NOT ?')
    .get(companyNameKey(name), exceptId) as { id: string } | undefined;
  return r?.id ?? null;
}

export function companyIdByCreditCode(db: Db, code: string, exceptId: string | null): string | null {
  const r = db
    .prepare('SELECT id FROM companies WHERE credit_code = ? AND deleted_at IS NULL AND id IS NOT ?')
    .get(code, exceptId) as { id: string } | undefined;
  return r?.id ?? null;
}

const columns = (v: CompanyValues) => ({
  name: v.name,
  name_key: companyNameKey(v.name),
  name_core: companyNameCore(v.name),
  name_sort: pinyinSortKey(v.name),
  credit_code: v.creditCode,
  town_id: v.townId,
  industry_id: v.industryId,
  headcount: v.headcount,
  address: v.address,
  tags: JSON.stringify(v.tags),
  status: v.status,
  notes: v.notes,
});

export function insertCompany(db: Db, id: string, v: CompanyValues, at: string): void {
  db.prepare(
    `INSERT INTO companies (id, name, name_key, name_core, name_sort, credit_code, town_id, industry_id, headcount, address, tags, status, notes, created_at, updated_at)
     VALUES (@id, @name, @name_key, @name_core, @name_sort, @credit_code, @town_id, @industry_id, @headcount, @address, @tags, @status, @notes, @at, @at)`,
  ).run({ id, at, ...columns(v) });
}

export function updateCompany(db: Db, id: string, v: CompanyValues, at: string): void {
  db.prepare(
    `UPDATE companies SET name = @name, name_key = @name_key, name_core = @name_core, name_sort = @name_sort,
       credit_code = @credit_code, town_id = @town_id, industry_id = @industry_id, headcount = @headcount,
       address = @address, tags = @tags, status = @status, notes = @notes, updated_at = @at
     WHERE id = @id`,
  ).run({ id, at, ...columns(v) });
}

export function setCompanyStatus(db: Db, id: string, status: CompanyStatus, at: string): void {
  db.prepare('UPDATE companies SET status = ?, updated_at = ? WHERE id = ?').run(status, at, id);
}

/** Replaces the contact list. A removed contact is deleted outright: it is a private person. */
export function replaceContacts(db: Db, companyId: string, contacts: CompanyValues['contacts'], at: string): void {
  const keep = contacts.map((c) => c.id).filter((x): x is string => Boolean(x));
  const existing = db.prepare('SELECT id FROM contacts WHERE company_id = ?').all(companyId) as { id: string }[];
  const del = db.prepare('DELETE FROM contacts WHERE id = ?');
  for (const { id } of existing) if (!keep.includes(id)) del.run(id);
  const upsert = db.prepare(
    `INSERT INTO contacts (id, company_id, name, role, phone, note, sort_order, created_at, updated_at)
     VALUES (@id, @companyId, @name, @role, @phone, @note, @sort, @at, @at)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role, phone = excluded.phone,
       note = excluded.note, sort_order = excluded.sort_order, updated_at = excluded.updated_at
     WHERE contacts.company_id = excluded.company_id`,
  );
  const existingIds = new Set(existing.map((e) => e.id));
  contacts.forEach((c, sort) =>
    // An id the company does not own is treated as a new contact, never as a way to edit another company's.
    upsert.run({ id: c.id && existingIds.has(c.id) ? c.id : newId(), companyId, name: c.name, role: c.role, phone: c.phone, note: c.note, sort, at }),
  );
}

/** Takes a company out of the search index (before it is deleted for good: the entry refers to it). */
export function unindexCompany(db: Db, id: string): void {
  indexDocument(db, 'company_search', 'company_id', id, null);
}

/** Rebuilds the search text of one company: name, pinyin initials, code, address, tags, notes, contacts. */
export function reindexCompany(db: Db, id: string): void {
  const c = db.prepare('SELECT name, credit_code, address, tags, notes, deleted_at FROM companies WHERE id = ?').get(id) as
    | { name: string; credit_code: string | null; address: string | null; tags: string; notes: string | null; deleted_at: string | null }
    | undefined;
  if (!c || c.deleted_at) return indexDocument(db, 'company_search', 'company_id', id, null);
  const contacts = db.prepare('SELECT name, role, phone, note FROM contacts WHERE company_id = ? ORDER BY sort_order').all(id) as Record<string, string | null>[];
  const text = [
    c.name,
    pinyinInitials(c.name),
    c.credit_code,
    c.address,
    (JSON.parse(c.tags) as string[]).join(' '),
    c.notes,
    ...contacts.flatMap((k) => [k.name, k.role, k.phone, k.note]),
  ]
    .filter(Boolean)
    .join('\n');
  indexDocument(db, 'company_search', 'company_id', id, text);
}

const statusRankSql = `CASE c.status ${Object.entries(STATUS_RANK)
  .map(([s, r]) => `WHEN '${s}' THEN ${r}`)
  .join(' ')} END`;

const ORDER: Record<NonNullable<CompanyListInput['sort']>, string> = {
  name: 'c.name_sort, c.id',
  lastVisit: 'c.last_visit_date IS NULL, c.last_visit_date DESC, c.name_sort, c.id',
  status: `${statusRankSql}, c.name_sort, c.id`,
};

/**
 * A page of the companies list. The ids of its rows come from the indexes alone (each order
 * and each of the status, town and industry filters has an index ending in the id, so even a
 * deep offset is skipped within an index), then those rows in full. The total comes from the
 * search index, an index or the running count per tag (companies/totals.ts); only a
 * combination of filters is counted row by row.
 */
export function listCompanies(db: Db, input: Required<Pick<CompanyListInput, 'sort' | 'offset' | 'limit'>> & CompanyListInput): { total: number; rows: CompanyRow[] } {
  const where = ['c.deleted_at IS NULL'];
  const params: unknown[] = [];
  const filter = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (input.status) filter('c.status = ?', input.status);
  if (input.townId) filter('c.town_id = ?', input.townId);
  if (input.industryId) filter('c.industry_id = ?', input.industryId);
  if (input.tag) filter('EXISTS (SELECT 1 FROM json_each(c.tags) WHERE value = ?)', input.tag);
  const filters = where.length - 1;
  const countWhere = [...where];
  const countParams = [...params];

  let total: number | null = null;
  const terms = searchTerms(input.query ?? '');
  if (terms.length) {
    // With the query as the only filter the index counts the matches by itself. When many
    // match, walking the list in name order and testing each row fills a page sooner than
    // collecting every match and sorting them.
    const clause = searchClause('c.id', 'company_search', 'company_id', terms);
    countWhere.push(clause.sql);
    countParams.push(...clause.params);
    if (filters === 0) total = countMatches(db, 'company_search', terms);
    const walk = input.sort === 'name' && total !== null && walkInOrder(db, 'company_search', total, input.offset + input.limit);
    const s = walk ? searchProbe('c.id', 'company_search', 'company_id', terms) : clause;
    where.push(s.sql);
    params.push(...s.params);
  } else if (filters === 0) {
    total = countIndexed(db, 'company_search');
  } else if (filters === 1 && input.tag) {
    total = countTagged(db, input.tag);
  }
  // One of status, town, industry: counted in its index (companies_listed_by_…) alone.
  total ??= (db.prepare(`SELECT count(*) AS n FROM companies c WHERE ${countWhere.join(' AND ')}`).get(...countParams) as { n: number }).n;
  const ids = (
    db.prepare(`SELECT c.id FROM companies c WHERE ${where.join(' AND ')} ORDER BY ${ORDER[input.sort]} LIMIT ? OFFSET ?`).all(...params, input.limit, input.offset) as { id: string }[]
  ).map((r) => r.id);
  const rows = ids.length
    ? (db
        .prepare(
          `SELECT c.id, c.name, c.credit_code, t.name AS town_name, i.name AS industry_name, c.headcount, c.status, c.tags, c.last_visit_date
             FROM companies c
             LEFT JOIN lookups t ON t.id = c.town_id
             LEFT JOIN lookups i ON i.id = c.industry_id
            WHERE c.id IN (SELECT value FROM json_each(?))`,
        )
        .all(JSON.stringify(ids)) as (Omit<CompanyRecord, 'tags'> & { tags: string })[])
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    total,
    rows: ids.map((id) => byId.get(id)!).map((r) => ({
      id: r.id,
      name: r.name,
      creditCode: r.credit_code,
      townName: r.town_name,
      industryName: r.industry_name,
      headcount: r.headcount,
      status: r.status,
      tags: JSON.parse(r.tags) as string[],
      lastVisitDate: r.last_visit_date,
    })),
  };
}

/** Live companies whose distinctive name part contains, or is contained in, this one's. */
export function similarCompanies(db: Db, name: string, excludeId: string | null) {
  const core = companyNameCore(name);
  if (core.length < 2) return [];
  return db
    .prepare(
      `SELECT id, name, status FROM companies
        WHERE deleted_at IS NULL AND id IS NOT ?
          AND (instr(name_core, ?) > 0 OR instr(?, name_core) > 0)
        ORDER BY length(name_core) LIMIT 5`,
    )
    .all(excludeId, core, core) as { id: string; name: string; status: CompanyStatus }[];
}

export function allTags(db: Db): string[] {
  const rows = db
    .prepare(`SELECT DISTINCT j.value AS tag FROM companies c, json_each(c.tags) j WHERE c.deleted_at IS NULL`)
    .all() as { tag: string }[];
  return rows.map((r) => r.tag);
}

export function setCompanyDeleted(db: Db, id: string, deletedAt: string | null, at: string): void {
  db.prepare('UPDATE companies SET deleted_at = ?, updated_at = ? WHERE id = ?').run(deletedAt, at, id);
}

/** Keeps the denormalised "last visit" column that the list sorts on in step with the visits. */
export function refreshLastVisit(db: Db, companyId: string): void {
  db.prepare(
    `UPDATE companies SET last_visit_date =
       (SELECT max(visit_date) FROM visits WHERE company_id = ? AND deleted_at IS NULL) WHERE id = ?`,
  ).run(companyId, companyId);
}
