// Migration 12: the visits' search entries are numbered small and close. Migration 9 first
// shipped numbering an entry by its day times 2^32 plus its place in the day times 2^16; FTS5
// stores the gaps between rowids as varints, and gaps that wide made the trigram and bigram
// indexes two and three and a half times as large (224 and 91 MB instead of 121 and 26 on
// 100,000 visits). Migration 9 as shipped later numbers them a day times 2^16 plus the place
// times 16, as visits/search.ts numbers new entries; a workspace may hold either. This step
// gives every workspace the small numbers: each entry's day is its visit's date (not read back
// from its number, which differs between the two), its place follows its old order within the
// day. The order stays the same: only the numbers change.
//
// Every entry is renumbered from visit_search (which keeps each entry's stored text), and both
// indexes are written again from those texts; the bigram cutting is written out here as the app
// did it when this shipped, so later changes cannot change this migration.
import type Database from 'better-sqlite3-multiple-ciphers';
import type { Migration } from './types';

const NEW_DAY = 2 ** 16;
const NEW_STEP = 16;
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

/** visits/search.ts bigramEntry as shipped: the text cut into pairs, the facet line's tokens whole. */
function bigramEntry(stored: string): string {
  const at = stored.lastIndexOf('\n\uE000');
  return at < 0 ? bigramText(stored) : `${bigramText(stored.slice(0, at))} ${stored.slice(at + 1)}`;
}

function renumber(db: Database.Database): void {
  const dayOf = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
  const rows = (
    db
      .prepare('SELECT s.n, s.visit_id, s.text, v.visit_date FROM visit_search s JOIN visits v ON v.id = s.visit_id')
      .safeIntegers(true)
      .all() as { n: bigint; visit_id: string; text: string; visit_date: string }[]
  )
    .map((r) => ({ ...r, day: dayOf(r.visit_date) }))
    .sort((a, b) => a.day - b.day || (a.n < b.n ? -1 : a.n > b.n ? 1 : 0));
  db.exec(`
INSERT INTO visit_search_tri (visit_search_tri) VALUES ('delete-all');
INSERT INTO visit_search_bi (visit_search_bi) VALUES ('delete-all');
DELETE FROM visit_search;`);
  const insert = db.prepare('INSERT INTO visit_search (n, visit_id, text) VALUES (?, ?, ?)');
  const tri = db.prepare('INSERT INTO visit_search_tri (rowid, text) VALUES (?, ?)');
  const bi = db.prepare('INSERT INTO visit_search_bi (rowid, text) VALUES (?, ?)');
  let day: number | null = null;
  let place = 0;
  for (const r of rows) {
    place = r.day === day ? place + 1 : 1;
    day = r.day;
    const n = BigInt(r.day) * BigInt(NEW_DAY) + BigInt(place * NEW_STEP);
    insert.run(n, r.visit_id, r.text);
    tri.run(n, r.text);
    bi.run(n, bigramEntry(r.text));
  }
  db.exec(`
INSERT INTO visit_search_tri (visit_search_tri) VALUES ('optimize');
INSERT INTO visit_search_bi (visit_search_bi) VALUES ('optimize');`);
}

const migration: Migration = {
  version: 12,
  name: 'visit search entries numbered small and close (a day times 2^16, entries 16 apart)',
  sql: '',
  data: renumber,
};

export default migration;
