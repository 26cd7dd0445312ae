// Migration 2: search moves to a plain text table and two contentless FTS5 indexes.
// Frozen: it has shipped, so never edit it; add a migration instead.
//
// Its data step fills the new indexes from the records an existing workspace holds. It does
// what the app's reindexCompany/reindexVisit and search.ts indexDocument did when it shipped,
// written out here (SQL, text assembly, bigram cutting) so later changes to them cannot change
// this migration. The tables are new and empty, so only indexDocument's insert path applies.
import type Database from 'better-sqlite3-multiple-ciphers';
// A third-party dependency, not our code: same call and options as companies/pinyin.ts had.
// A dictionary update could change the initials a version-1 file gets; the text is derived
// data, and the app rewrites it (removing exactly what was stored) whenever it saves the company.
import { pinyin } from 'pinyin-pro';
import type { Migration } from './types';

const pinyinInitials = (name: string): string =>
  pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' }).join('').toLowerCase();

const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** search.ts bigramText as shipped: each run of letters/digits as overlapping pairs plus its last character. */
function bigramText(text: string): string {
  const tokens: string[] = [];
  for (const run of text.match(WORD_RUN) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
    tokens.push(chars[chars.length - 1]!);
  }
  return tokens.join(' ');
}

/** indexDocument's insert path: the text row, then both indexes under its integer key. */
function addDocument(db: Database.Database, family: 'company_search' | 'visit_search', idColumn: string, id: string, text: string) {
  const n = Number(db.prepare(`INSERT INTO ${family} (${idColumn}, text) VALUES (?, ?)`).run(id, text).lastInsertRowid);
  db.prepare(`INSERT INTO ${family}_tri (rowid, text) VALUES (?, ?)`).run(n, text);
  db.prepare(`INSERT INTO ${family}_bi (rowid, text) VALUES (?, ?)`).run(n, bigramText(text));
}

/** A live company's search text: name, pinyin initials, code, address, tags, notes, contacts. */
function indexCompany(db: Database.Database, id: string) {
  const c = db.prepare('SELECT name, credit_code, address, tags, notes FROM companies WHERE id = ?').get(id) as
    { name: string; credit_code: string | null; address: string | null; tags: string; notes: string | null };
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
  addDocument(db, 'company_search', 'company_id', id, text);
}

/** A live visit's search text, unless its company is deleted: company name, the visit's texts, its follow-ups. */
function indexVisit(db: Database.Database, id: string) {
  const v = db
    .prepare(
      `SELECT c.name AS company_name, c.deleted_at AS company_deleted_at, v.purpose, v.business, v.environment, v.wages, v.lodging, v.notes
         FROM visits v JOIN companies c ON c.id = v.company_id WHERE v.id = ?`,
    )
    .get(id) as Record<string, string | null>;
  if (v.company_deleted_at) return;
  const followUps = db.prepare('SELECT what FROM follow_ups WHERE visit_id = ? ORDER BY sort_order').all(id) as { what: string }[];
  const text = [v.company_name, v.purpose, v.business, v.environment, v.wages, v.lodging, v.notes, ...followUps.map((f) => f.what)]
    .filter(Boolean)
    .join('\n');
  addDocument(db, 'visit_search', 'visit_id', id, text);
}

const migration: Migration = {
  version: 2,
  name: 'search: plain text table + contentless trigram and bigram indexes, secure-delete for companies',
  // Why (see db/search.ts): one- and two-character words, the common case in Chinese,
  // were answered by scanning every record's text; deleting a record's entry scanned the
  // whole index (company_id/visit_id were UNINDEXED columns); and deleted words stayed in
  // the index pages (contacts are private persons: the company indexes use secure-delete).
  // The text now lives in a plain table keyed by an integer that both indexes use as their rowid.
  sql: `
DROP TABLE companies_fts;
DROP TABLE visits_fts;

CREATE TABLE company_search (
  n          INTEGER PRIMARY KEY,
  company_id TEXT NOT NULL UNIQUE REFERENCES companies (id),
  text       TEXT NOT NULL
) STRICT;
CREATE VIRTUAL TABLE company_search_tri USING fts5 (text, content = '', columnsize = 0, tokenize = 'trigram');
CREATE VIRTUAL TABLE company_search_bi USING fts5 (text, content = '', columnsize = 0, detail = none, tokenize = 'unicode61 remove_diacritics 0');
INSERT INTO company_search_tri (company_search_tri, rank) VALUES ('secure-delete', 1);
INSERT INTO company_search_bi (company_search_bi, rank) VALUES ('secure-delete', 1);

CREATE TABLE visit_search (
  n        INTEGER PRIMARY KEY,
  visit_id TEXT NOT NULL UNIQUE REFERENCES visits (id),
  text     TEXT NOT NULL
) STRICT;
CREATE VIRTUAL TABLE visit_search_tri USING fts5 (text, content = '', columnsize = 0, tokenize = 'trigram');
CREATE VIRTUAL TABLE visit_search_bi USING fts5 (text, content = '', columnsize = 0, detail = none, tokenize = 'unicode61 remove_diacritics 0');
-- No secure-delete here: visit notes are observations, not people's data, and the audit
-- trail keeps them anyway; wiping a visit's words cost 30 ms per edit on 100k visits (1 ms without).
`,
  data: (db) => {
    for (const { id } of db.prepare('SELECT id FROM companies WHERE deleted_at IS NULL').all() as { id: string }[]) indexCompany(db, id);
    for (const { id } of db.prepare('SELECT id FROM visits WHERE deleted_at IS NULL').all() as { id: string }[]) indexVisit(db, id);
  },
};

export default migration;
