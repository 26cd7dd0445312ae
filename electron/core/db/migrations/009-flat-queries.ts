// Migration 9: indexes and running totals so that lists and the dashboard take as long on a
// workspace of 500,000 visits as on one of 20,000. Frozen once shipped: never edit it then;
// add a migration instead.
//
// Indexes. Most are partial (only the rows a list shows) and hold what a list needs to find
// and order its rows, so a page at any depth, a count over a date range, or the skip over an
// offset reads a small index and never the wide rows of visits:
//  - visits_listed: visits not in the trash in list order (date, id) with their company;
//    visits_listed_by_id: the same by id (a listed visit's date and company without its row);
//  - companies_trashed, visits_trashed: the few rows in the trash, newest first: read as a
//    set and left out of the lists, and walked by the trash list;
//  - the companies list's three orders (name, status, last visit) as indexes ending in the id,
//    and its filters (status, town, industry) in name order: a page, an offset skip or a
//    filter's count reads one index;
//  - follow_ups_done: done follow-ups by due date, for the "all" list after the open ones;
//    follow_ups_open_by_visit: a visit's open follow-ups counted without reading them.
// visits_by_date goes: visits_listed serves its queries.
//
// Totals, kept by triggers in the same statement (so the same transaction) as the records, so
// no write path can forget them — not the services, the import, nor a cascade from a purge:
//  - visit_counts: listed visits (not in the trash, company not in the trash) per day, overall
//    ('all', key ''), per staff member ('staff', staff id), per town of the company ('town',
//    town id or '' for none) and per both ('staffTown', staff id '/' town id). A filtered
//    list's total is a sum over at most a row per day.
//  - open_follow_up_counts: open follow-ups with a due date, of listed visits, per due date.
//    The dashboard's overdue count is the sum before today.
//  - company_tag_counts: companies out of the trash per tag (the companies list's tag filter;
//    its other filters count from an index).
// A count that drops to 0 keeps its row: sums are the same, and the triggers stay simple.
// Each trigger takes out what the old state contributed and adds what the new one does, for
// the one row changed; a company's trash, restore, purge or change of town moves all its
// visits at once. Deletes take out before the row goes (BEFORE DELETE): a cascade deletes the
// children after the parent, when they no longer count.
//
// The visits' search index is built again (the data step), in the shape visits/search.ts
// describes: each entry's number follows the list's order (the visit's day times 2^16, then a
// place within the day that follows the visit ids), and its text ends with facet tokens for
// the staff who went and the company's town. The text, the bigram cutting and the tokens are
// written out here as the app made them when this shipped, so later changes cannot change this
// migration. The rebuilt indexes are merged into one segment each (FTS5 'optimize'), as a
// workspace that grew a visit at a time never is.
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './types';

const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** db/search.ts bigramText as shipped: each run of letters/digits as overlapping pairs plus its last character. */
function bigramText(text: string): string {
  const tokens: string[] = [];
  for (const run of text.match(WORD_RUN) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
    tokens.push(chars[chars.length - 1]!);
  }
  return tokens.join(' ');
}

/** visits/search.ts facetToken as shipped. */
function facetToken(kind: '\uE001' | '\uE002', id: string): string {
  const h = createHash('sha1').update(id).digest();
  return '\uE000' + kind + [0, 2, 4].map((i) => String.fromCharCode(0xe100 + (h.readUInt16BE(i) % (0xf800 - 0xe100)))).join('');
}

/** Every listed visit's entry, numbered in list order, each day's entries 16 apart. */
function rebuildVisitSearch(db: Database.Database): void {
  db.exec(`
INSERT INTO visit_search_tri (visit_search_tri) VALUES ('delete-all');
INSERT INTO visit_search_bi (visit_search_bi) VALUES ('delete-all');
DELETE FROM visit_search;`);
  const page = db.prepare(
    `SELECT v.id, v.visit_date, c.name AS company_name, c.town_id, v.purpose, v.business, v.environment, v.wages, v.lodging, v.notes
       FROM visits v JOIN companies c ON c.id = v.company_id
      WHERE v.deleted_at IS NULL AND c.deleted_at IS NULL AND (v.visit_date, v.id) > (?, ?)
      ORDER BY v.visit_date, v.id LIMIT 2000`,
  );
  const staffOf = db.prepare('SELECT staff_id FROM visit_staff WHERE visit_id = ? ORDER BY staff_id');
  const followUpsOf = db.prepare('SELECT what FROM follow_ups WHERE visit_id = ? ORDER BY sort_order');
  const insert = db.prepare('INSERT INTO visit_search (n, visit_id, text) VALUES (?, ?, ?)');
  const tri = db.prepare('INSERT INTO visit_search_tri (rowid, text) VALUES (?, ?)');
  const bi = db.prepare('INSERT INTO visit_search_bi (rowid, text) VALUES (?, ?)');
  let after = ['', ''];
  let day = NaN;
  let place = 0;
  for (;;) {
    const rows = page.all(...after) as Record<string, string | null>[];
    if (!rows.length) break;
    for (const v of rows) {
      const visitDay = Math.floor(Date.parse(`${v.visit_date}T00:00:00Z`) / 86_400_000);
      place = visitDay === day ? place + 1 : 1;
      day = visitDay;
      const text = [v.company_name, v.purpose, v.business, v.environment, v.wages, v.lodging, v.notes, ...(followUpsOf.all(v.id) as { what: string }[]).map((f) => f.what)]
        .filter(Boolean)
        .join('\n');
      const facets = [...(staffOf.all(v.id) as { staff_id: string }[]).map((r) => facetToken('\uE001', r.staff_id)), ...(v.town_id ? [facetToken('\uE002', v.town_id)] : [])];
      const stored = facets.length ? `${text}\n${facets.join(' ')}` : text;
      const n = BigInt(visitDay) * 2n ** 16n + BigInt(place) * 16n;
      insert.run(n, v.id, stored);
      tri.run(n, stored);
      bi.run(n, facets.length ? `${bigramText(text)} ${facets.join(' ')}` : bigramText(text));
    }
    const last = rows[rows.length - 1]!;
    after = [last.visit_date!, last.id!];
  }
  db.exec(`
INSERT INTO visit_search_tri (visit_search_tri) VALUES ('optimize');
INSERT INTO visit_search_bi (visit_search_bi) VALUES ('optimize');`);
}

/** Visits not in the trash, of a company not in the trash, as rows (id, d = date, t = town or ''). */
const LISTED_VISITS = `
  SELECT v.id AS id, v.visit_date AS d, coalesce(c.town_id, '') AS t
    FROM visits v JOIN companies c ON c.id = v.company_id
   WHERE v.deleted_at IS NULL AND c.deleted_at IS NULL`;

/** The one visit `row` (OLD or NEW in a trigger on visits), if it is listed. */
const visitRow = (row: 'OLD' | 'NEW') => `
  SELECT ${row}.id AS id, ${row}.visit_date AS d, coalesce(c.town_id, '') AS t
    FROM companies c
   WHERE c.id = ${row}.company_id AND c.deleted_at IS NULL AND ${row}.deleted_at IS NULL`;

/** The listed visits of the company `row` (OLD or NEW in a trigger on companies), as it was or is. */
const visitsOfCompany = (row: 'OLD' | 'NEW') => `
  SELECT v.id AS id, v.visit_date AS d, coalesce(${row}.town_id, '') AS t
    FROM visits v
   WHERE v.company_id = ${row}.id AND v.deleted_at IS NULL AND ${row}.deleted_at IS NULL`;

/** Adds (sign 1) or takes out (sign -1) what the visits of `set` count, in both tables of totals. */
const count = (set: string, sign: 1 | -1) => `
INSERT INTO visit_counts (facet, key, visit_date, n)
  SELECT 'all', '', x.d, ${sign} * count(*) FROM (${set}) x WHERE true GROUP BY x.d
  UNION ALL
  SELECT 'town', x.t, x.d, ${sign} * count(*) FROM (${set}) x WHERE true GROUP BY x.t, x.d
  UNION ALL
  SELECT 'staff', vs.staff_id, x.d, ${sign} * count(*) FROM (${set}) x JOIN visit_staff vs ON vs.visit_id = x.id WHERE true GROUP BY vs.staff_id, x.d
  UNION ALL
  SELECT 'staffTown', vs.staff_id || '/' || x.t, x.d, ${sign} * count(*) FROM (${set}) x JOIN visit_staff vs ON vs.visit_id = x.id WHERE true GROUP BY vs.staff_id, x.t, x.d
  ON CONFLICT (facet, key, visit_date) DO UPDATE SET n = n + excluded.n;
INSERT INTO open_follow_up_counts (due_date, n)
  SELECT f.due_date, ${sign} * count(*) FROM (${set}) x JOIN follow_ups f ON f.visit_id = x.id
   WHERE f.done_at IS NULL AND f.due_date IS NOT NULL GROUP BY f.due_date
  ON CONFLICT (due_date) DO UPDATE SET n = n + excluded.n;`;

/** Whether the visit with id `visitId` is listed (it and its company out of the trash). */
const listed = (visitId: string) =>
  `EXISTS (SELECT 1 FROM visits v JOIN companies c ON c.id = v.company_id WHERE v.id = ${visitId} AND v.deleted_at IS NULL AND c.deleted_at IS NULL)`;

/** What one staff row of a visit (OLD or NEW in a trigger on visit_staff) counts, if the visit is listed. */
const countStaff = (row: 'OLD' | 'NEW', sign: 1 | -1) => `
INSERT INTO visit_counts (facet, key, visit_date, n)
  SELECT 'staff', ${row}.staff_id, v.visit_date, ${sign} FROM visits v JOIN companies c ON c.id = v.company_id
   WHERE v.id = ${row}.visit_id AND v.deleted_at IS NULL AND c.deleted_at IS NULL
  UNION ALL
  SELECT 'staffTown', ${row}.staff_id || '/' || coalesce(c.town_id, ''), v.visit_date, ${sign} FROM visits v JOIN companies c ON c.id = v.company_id
   WHERE v.id = ${row}.visit_id AND v.deleted_at IS NULL AND c.deleted_at IS NULL
  ON CONFLICT (facet, key, visit_date) DO UPDATE SET n = n + excluded.n;`;

/** What one follow-up (OLD or NEW in a trigger on follow_ups) counts: open, with a due date, of a listed visit. */
const countFollowUp = (row: 'OLD' | 'NEW', sign: 1 | -1) => `
INSERT INTO open_follow_up_counts (due_date, n)
  SELECT ${row}.due_date, ${sign} WHERE ${row}.done_at IS NULL AND ${row}.due_date IS NOT NULL AND ${listed(`${row}.visit_id`)}
  ON CONFLICT (due_date) DO UPDATE SET n = n + excluded.n;`;

/** What one company (OLD or NEW in a trigger on companies) counts in company_tag_counts: each of its tags once, if it is out of the trash. */
const countTags = (row: 'OLD' | 'NEW', sign: 1 | -1) => `
INSERT INTO company_tag_counts (tag, n)
  SELECT DISTINCT value, ${sign} FROM json_each(${row}.tags) WHERE ${row}.deleted_at IS NULL
  ON CONFLICT (tag) DO UPDATE SET n = n + excluded.n;`;

const STATUS_RANK = `CASE status WHEN 'candidate' THEN 0 WHEN 'visited' THEN 1 WHEN 'vetting' THEN 2 WHEN 'approved' THEN 3 WHEN 'conditional' THEN 4 WHEN 'rejected' THEN 5 WHEN 'suspended' THEN 6 END`;

const migration: Migration = {
  version: 9,
  name: 'indexes and running totals that keep lists and the dashboard flat as the workspace grows',
  sql: `
CREATE INDEX visits_listed ON visits (visit_date, id, company_id) WHERE deleted_at IS NULL;
CREATE INDEX visits_listed_by_id ON visits (id, company_id, visit_date) WHERE deleted_at IS NULL;
CREATE INDEX visits_trashed ON visits (deleted_at, id) WHERE deleted_at IS NOT NULL;
DROP INDEX visits_by_date;
CREATE INDEX companies_trashed ON companies (deleted_at, id) WHERE deleted_at IS NOT NULL;
DROP INDEX companies_by_name;
CREATE INDEX companies_by_name ON companies (name_sort, id) WHERE deleted_at IS NULL;
DROP INDEX companies_by_last_visit;
CREATE INDEX companies_by_last_visit ON companies (last_visit_date IS NULL, last_visit_date DESC, name_sort, id) WHERE deleted_at IS NULL;
-- The rank is the list's order of statuses (shared/companies/status.ts STATUS_RANK) as the list writes it.
CREATE INDEX companies_by_status ON companies (${STATUS_RANK}, name_sort, id) WHERE deleted_at IS NULL;
CREATE INDEX companies_listed_by_status ON companies (status, name_sort, id) WHERE deleted_at IS NULL;
CREATE INDEX companies_listed_by_town ON companies (town_id, name_sort, id) WHERE deleted_at IS NULL;
CREATE INDEX companies_listed_by_industry ON companies (industry_id, name_sort, id) WHERE deleted_at IS NULL;
CREATE INDEX follow_ups_done ON follow_ups (due_date) WHERE done_at IS NOT NULL;
CREATE INDEX follow_ups_open_by_visit ON follow_ups (visit_id) WHERE done_at IS NULL;

CREATE TABLE visit_counts (
  facet      TEXT NOT NULL CHECK (facet IN ('all', 'staff', 'town', 'staffTown')),
  key        TEXT NOT NULL,
  visit_date TEXT NOT NULL,
  n          INTEGER NOT NULL,
  PRIMARY KEY (facet, key, visit_date)
) STRICT, WITHOUT ROWID;

CREATE TABLE open_follow_up_counts (
  due_date TEXT PRIMARY KEY,
  n        INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE company_tag_counts (
  tag TEXT PRIMARY KEY,
  n   INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

INSERT INTO company_tag_counts (tag, n)
  SELECT j.value, count(DISTINCT c.id) FROM companies c, json_each(c.tags) j WHERE c.deleted_at IS NULL GROUP BY j.value;

${count(LISTED_VISITS, 1)}

CREATE TRIGGER visit_counts_visit_insert AFTER INSERT ON visits BEGIN
${count(visitRow('NEW'), 1)}
END;

CREATE TRIGGER visit_counts_visit_update AFTER UPDATE OF visit_date, company_id, deleted_at ON visits
  WHEN OLD.visit_date IS NOT NEW.visit_date OR OLD.company_id IS NOT NEW.company_id OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)
BEGIN
${count(visitRow('OLD'), -1)}
${count(visitRow('NEW'), 1)}
END;

CREATE TRIGGER visit_counts_visit_delete BEFORE DELETE ON visits BEGIN
${count(visitRow('OLD'), -1)}
END;

CREATE TRIGGER visit_counts_staff_insert AFTER INSERT ON visit_staff BEGIN
${countStaff('NEW', 1)}
END;

CREATE TRIGGER visit_counts_staff_update AFTER UPDATE ON visit_staff BEGIN
${countStaff('OLD', -1)}
${countStaff('NEW', 1)}
END;

CREATE TRIGGER visit_counts_staff_delete AFTER DELETE ON visit_staff BEGIN
${countStaff('OLD', -1)}
END;

CREATE TRIGGER visit_counts_company_update AFTER UPDATE OF deleted_at, town_id ON companies
  WHEN OLD.town_id IS NOT NEW.town_id OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)
BEGIN
${count(visitsOfCompany('OLD'), -1)}
${count(visitsOfCompany('NEW'), 1)}
END;

CREATE TRIGGER visit_counts_company_delete BEFORE DELETE ON companies BEGIN
${count(visitsOfCompany('OLD'), -1)}
END;

CREATE TRIGGER company_tag_counts_insert AFTER INSERT ON companies WHEN NEW.tags <> '[]' BEGIN
${countTags('NEW', 1)}
END;

CREATE TRIGGER company_tag_counts_update AFTER UPDATE OF tags, deleted_at ON companies
  WHEN OLD.tags IS NOT NEW.tags OR (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)
BEGIN
${countTags('OLD', -1)}
${countTags('NEW', 1)}
END;

CREATE TRIGGER company_tag_counts_delete BEFORE DELETE ON companies WHEN OLD.tags <> '[]' BEGIN
${countTags('OLD', -1)}
END;

CREATE TRIGGER open_follow_up_counts_insert AFTER INSERT ON follow_ups BEGIN
${countFollowUp('NEW', 1)}
END;

CREATE TRIGGER open_follow_up_counts_update AFTER UPDATE OF done_at, due_date, visit_id ON follow_ups
  WHEN (OLD.done_at IS NULL) <> (NEW.done_at IS NULL) OR OLD.due_date IS NOT NEW.due_date OR OLD.visit_id IS NOT NEW.visit_id
BEGIN
${countFollowUp('OLD', -1)}
${countFollowUp('NEW', 1)}
END;

CREATE TRIGGER open_follow_up_counts_delete AFTER DELETE ON follow_ups BEGIN
${countFollowUp('OLD', -1)}
END;
`,
  data: rebuildVisitSearch,
};

export default migration;
