// Free-text search shared by every list. Each word of the query must occur in the
// record's search text.
//
// Each record's search text is kept in a plain table (`<family>`: n, id, text) and two
// contentless FTS5 indexes point at its integer key `n`:
//   <family>_tri  trigram tokenizer: answers words of three characters or more, any characters;
//   <family>_bi   the text cut into overlapping pairs of letters/digits (bigramText below),
//                 unicode61 tokenizer: answers words of one or two letters/digits,
//                 which trigrams cannot (the common case in Chinese: 嘉定, 阀门, 宿舍).
// Only a short word with punctuation in it ("（集", "%") falls back to LIKE on the stored text.
// Entries are removed with FTS5's 'delete' command. Every index uses secure-delete (the
// company ones since migration 2, the visit ones since migration 11), so a removed contact's
// name or a purged visit's words do not linger in the index pages. It costs time on each edit
// of a large visit index (see migration 11's note).
// The index holds exactly the live records: a deleted company or visit, and every visit of
// a deleted company, is taken out (and put back on restore). Lists rely on that to count.
import type { Db } from './open';

/** The words of a query, at most five, longest first so the most selective runs first. */
export function searchTerms(query: string): string[] {
  return [...new Set(query.trim().split(/\s+/).filter(Boolean))].sort((a, b) => b.length - a.length).slice(0, 5);
}

/** A LIKE pattern matching `term` anywhere, with LIKE's wildcards escaped. */
export const containsPattern = (term: string): string => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const WORD_RUN = /[\p{L}\p{N}]+/gu;
const IS_WORD = /^[\p{L}\p{N}]+$/u;

/**
 * The text as the bigram index sees it: every run of letters and digits cut into
 * overlapping pairs, plus the run's last character alone ("沪工阀门" → "沪工 工阀 阀门 门"),
 * so a two-character word is one token and a one-character word is a token prefix.
 * The index can only remove what this function produced when the entry was added:
 * changing it needs a migration that rebuilds the `_bi` indexes.
 */
export function bigramText(text: string): string {
  const tokens: string[] = [];
  for (const run of text.match(WORD_RUN) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
    tokens.push(chars[chars.length - 1]!);
  }
  return tokens.join(' ');
}

/** An FTS5 string literal: the text between double quotes, quotes doubled. */
export const ftsString = (s: string) => `"${s.replace(/"/g, '""')}"`;

export type TermKind = 'trigram' | 'bigram' | 'like';
export function termKind(term: string): TermKind {
  const length = [...term].length;
  if (length >= 3) return 'trigram';
  return IS_WORD.test(term) ? 'bigram' : 'like';
}

/** Replaces the search text of one record; `text` null takes the record out of the index. */
export function indexDocument(db: Db, family: string, idColumn: string, id: string, text: string | null): void {
  const old = db.prepare(`SELECT n, text FROM ${family} WHERE ${idColumn} = ?`).get(id) as { n: number; text: string } | undefined;
  if (old && old.text === text) return;
  if (old) {
    db.prepare(`INSERT INTO ${family}_tri (${family}_tri, rowid, text) VALUES ('delete', ?, ?)`).run(old.n, old.text);
    db.prepare(`INSERT INTO ${family}_bi (${family}_bi, rowid, text) VALUES ('delete', ?, ?)`).run(old.n, bigramText(old.text));
    db.prepare(`DELETE FROM ${family} WHERE n = ?`).run(old.n);
  }
  if (text === null) return;
  const n = Number(db.prepare(`INSERT INTO ${family} (${idColumn}, text) VALUES (?, ?)`).run(id, text).lastInsertRowid);
  db.prepare(`INSERT INTO ${family}_tri (rowid, text) VALUES (?, ?)`).run(n, text);
  db.prepare(`INSERT INTO ${family}_bi (rowid, text) VALUES (?, ?)`).run(n, bigramText(text));
}

/**
 * How a search condition finds out whether a record's entry `n` matches:
 * - collect: the matches are listed first and the records found from them (cheap when few match);
 * - set: the matches are put into a temporary set once, then each record looked up in it (one
 *   pass over the matches, then cheap per record);
 * - row: each record asks the index about its own entry alone (nothing collected: costs per
 *   record looked at, whatever the number of matches — the choice when nearly every record matches).
 */
export type MatchMode = 'collect' | 'set' | 'row';

/** The bigram index's query for one- and two-character words: two characters are one token; one character is the start of a token. */
export const bigramQuery = (terms: string[]) => terms.map((t) => ([...t].length === 2 ? ftsString(t) : `${ftsString(t)}*`)).join(' ');

/** Conditions on a search table (columns n, text) that hold when its text matches every term. */
function matchConditions(fts: string, terms: string[], mode: MatchMode): { parts: string[]; params: string[]; ftsOnly: string | null } {
  const parts: string[] = [];
  const params: string[] = [];
  // In a set probe the row is found by its id; `+n` keeps SQLite from walking the match list instead.
  const test = (index: string) =>
    mode === 'row' ? `EXISTS (SELECT 1 FROM ${index} WHERE ${index} MATCH ? AND rowid = n)` : `${mode === 'set' ? '+n' : 'n'} IN (SELECT rowid FROM ${index} WHERE ${index} MATCH ?)`;
  const trigram = terms.filter((t) => termKind(t) === 'trigram');
  const bigram = terms.filter((t) => termKind(t) === 'bigram');
  const like = terms.filter((t) => termKind(t) === 'like');
  const ftsParts: string[] = [];
  if (trigram.length) {
    ftsParts.push(`${fts}_tri`);
    parts.push(test(`${fts}_tri`));
    params.push(trigram.map(ftsString).join(' '));
  }
  if (bigram.length) {
    ftsParts.push(`${fts}_bi`);
    parts.push(test(`${fts}_bi`));
    params.push(bigramQuery(bigram));
  }
  for (const t of like) {
    parts.push(`text LIKE ? ESCAPE '\\'`);
    params.push(containsPattern(t));
  }
  return { parts, params, ftsOnly: ftsParts.length === 1 && like.length === 0 ? ftsParts[0]! : null };
}

/**
 * SQL that keeps rows whose id has search text matching every term, driven by the matches
 * (cheap when few records match). `idColumn` is the outer query's id column; `fts` names
 * the search family (its plain table) and `ftsId` the id column in it.
 */
export function searchClause(idColumn: string, fts: string, ftsId: string, terms: string[]): { sql: string; params: string[] } {
  const m = matchConditions(fts, terms, 'collect');
  return { sql: `${idColumn} IN (SELECT ${ftsId} FROM ${fts} WHERE ${m.parts.join(' AND ')})`, params: m.params };
}

/**
 * The same test as searchClause, checked row by row while the outer query walks an index
 * in list order (cheap when many records match: the first page fills after a few rows), with
 * the matches in a temporary set (`set`) or each row asking the index itself (`row`).
 */
export function searchProbe(idColumn: string, fts: string, ftsId: string, terms: string[], mode: 'set' | 'row' = 'set'): { sql: string; params: string[] } {
  const m = matchConditions(fts, terms, mode);
  return { sql: `EXISTS (SELECT 1 FROM ${fts} s WHERE s.${ftsId} = ${idColumn} AND ${m.parts.join(' AND ')})`, params: m.params };
}

/**
 * How many records match. The index holds exactly the live records (a deleted record, or a
 * visit of a deleted company, is taken out), so this is the list's total when the query is
 * its only filter.
 */
export function countMatches(db: Db, fts: string, terms: string[]): number {
  const m = matchConditions(fts, terms, 'collect');
  const sql = m.ftsOnly
    ? `SELECT count(*) AS n FROM ${m.ftsOnly} WHERE ${m.ftsOnly} MATCH ?`
    : `SELECT count(*) AS n FROM ${fts} WHERE ${m.parts.join(' AND ')}`;
  return (db.prepare(sql).get(...m.params) as { n: number }).n;
}

/** How many records are in the index: the live ones. */
export const countIndexed = (db: Db, fts: string): number => (db.prepare(`SELECT count(*) AS n FROM ${fts}`).get() as { n: number }).n;

/**
 * Whether to walk the list in order and probe each row (searchProbe) rather than collect
 * the matches and sort them (searchClause). Walking looks at about wanted × indexed ÷ matches
 * rows; collecting handles every match. Walking wins once matches² > wanted × indexed.
 */
export function walkInOrder(db: Db, fts: string, matches: number, wanted: number): boolean {
  const indexed = (db.prepare(`SELECT coalesce(max(n), 0) AS n FROM ${fts}`).get() as { n: number }).n; // an upper bound, O(log n)
  return matches * matches > wanted * indexed;
}
