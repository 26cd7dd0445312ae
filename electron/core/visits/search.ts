// The visits' search index, shaped so that a search answers as quickly on 500,000 visits as on
// 20,000, alone or with the list's filters (migration 9 built it this way):
//
//  - An entry's number n (its rowid in both FTS5 indexes) follows the list's order: the
//    visit's day (days since 1970-01-01) times 2^16, plus a place within the day that follows
//    the visit ids. The index itself therefore hands matches out newest first (a page is the
//    next 100 of them, not a sort of every match), and a date range is a range of n. Numbers
//    are kept small and close (a day's entries 16 apart): FTS5 stores the gaps between them,
//    and gaps of 2^32 made both indexes two to three times as large.
//  - An entry's text ends with a line of facet tokens: one per staff member who went, one for
//    the company's town. A search filtered by staff or town is then one query of the index,
//    counted and paged inside FTS5, instead of every match tested against the filters.
//
// Facet tokens are five characters of Unicode's private use area, which nobody types: a mark,
// the kind (staff, town), and three characters from a hash of the record's id (one collision
// in about 10^11 pairs). The trigram index finds one as a phrase of three trigrams; the bigram
// index gets it whole, as one token (unicode61 counts private-use characters as letters).
import { createHash } from 'node:crypto';
import type { Db } from '../db/open';
import { bigramQuery, bigramText, ftsString, termKind } from '../db/search';

const DAY = 2 ** 16;
/** The gap left between neighbours within a day when an entry is added after them. */
const STEP = 2 ** 4;
const FACET_MARK = '\uE000';
const FACET_KIND = { staff: '\uE001', town: '\uE002' } as const;
const VALUE_FROM = 0xe100;
const VALUE_SPAN = 0xf800 - 0xe100;

/** The token that stands for a staff member or a town in a visit's entry. */
export function facetToken(kind: keyof typeof FACET_KIND, id: string): string {
  const h = createHash('sha1').update(id).digest();
  return FACET_MARK + FACET_KIND[kind] + [0, 2, 4].map((i) => String.fromCharCode(VALUE_FROM + (h.readUInt16BE(i) % VALUE_SPAN))).join('');
}

/** A visit's facet tokens: its staff (in id order), then its company's town. */
export const visitFacets = (staffIds: readonly string[], townId: string | null): string[] => [
  ...[...staffIds].sort().map((s) => facetToken('staff', s)),
  ...(townId ? [facetToken('town', townId)] : []),
];

export const dayNumber = (date: string): number => Math.floor(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
/** The first entry number of a day. */
export const dayStart = (date: string): number => dayNumber(date) * DAY;
const DAY_AFTER = (date: string) => dayStart(date) + DAY;
/** The entry number after a day's last (the first of the next day). */
export const dayEnd = (date: string): bigint => BigInt(DAY_AFTER(date));

/** An entry's text as stored: the visit's text, then the line of facet tokens. */
const storedText = (text: string, facets: readonly string[]) => (facets.length ? `${text}\n${facets.join(' ')}` : text);

/** What the bigram index holds for a stored text: the visit's text cut into pairs, the facet tokens whole. */
function bigramEntry(stored: string): string {
  const at = stored.lastIndexOf(`\n${FACET_MARK}`);
  return at < 0 ? bigramText(stored) : `${bigramText(stored.slice(0, at))} ${stored.slice(at + 1)}`;
}

export interface VisitEntry {
  text: string;
  facets: string[];
  visitDate: string;
}

/** Replaces a visit's entry; null takes it out (a visit in the trash, or of a company in it). */
export function indexVisitEntry(db: Db, visitId: string, entry: VisitEntry | null): void {
  const old = db.prepare('SELECT n, text FROM visit_search WHERE visit_id = ?').get(visitId) as { n: number; text: string } | undefined;
  const stored = entry && storedText(entry.text, entry.facets);
  const sameDay = old && entry && Math.floor(old.n / DAY) === dayNumber(entry.visitDate);
  if (old && sameDay && old.text === stored) return;
  if (old) removeEntry(db, old.n, old.text);
  if (!entry || !stored) return;
  addEntry(db, old && sameDay ? old.n : placeInDay(db, visitId, entry.visitDate), visitId, stored);
}

/** Takes every entry of a company's visits out of the index (the company goes to the trash): their stored texts say what to remove, nothing is read again. */
export function unindexVisitsOfCompany(db: Db, companyId: string): void {
  const entries = db
    .prepare('SELECT s.n, s.text FROM visits v CROSS JOIN visit_search s ON s.visit_id = v.id WHERE v.company_id = ?')
    .all(companyId) as { n: number; text: string }[];
  for (const e of entries) removeEntry(db, e.n, e.text);
}

function addEntry(db: Db, n: number, visitId: string, stored: string): void {
  const rowid = BigInt(n);
  db.prepare('INSERT INTO visit_search (n, visit_id, text) VALUES (?, ?, ?)').run(rowid, visitId, stored);
  db.prepare('INSERT INTO visit_search_tri (rowid, text) VALUES (?, ?)').run(rowid, stored);
  db.prepare('INSERT INTO visit_search_bi (rowid, text) VALUES (?, ?)').run(rowid, bigramEntry(stored));
}

function removeEntry(db: Db, n: number, stored: string): void {
  const rowid = BigInt(n);
  db.prepare(`INSERT INTO visit_search_tri (visit_search_tri, rowid, text) VALUES ('delete', ?, ?)`).run(rowid, stored);
  db.prepare(`INSERT INTO visit_search_bi (visit_search_bi, rowid, text) VALUES ('delete', ?, ?)`).run(rowid, bigramEntry(stored));
  db.prepare('DELETE FROM visit_search WHERE n = ?').run(rowid);
}

/**
 * A free number within the visit's day between the entries of the visits with the next smaller
 * and next larger id (a new visit, whose id is the largest, goes after the day's last entry).
 * The neighbours are found through visits_listed (date, id), one seek each. When no number is
 * left between them, the day's entries are numbered afresh.
 */
function placeInDay(db: Db, visitId: string, visitDate: string): number {
  const day = dayNumber(visitDate);
  const neighbour = (sql: string) =>
    (db.prepare(sql).get(visitDate, visitId, BigInt(day * DAY), BigInt((day + 1) * DAY)) as { n: number } | undefined)?.n ?? null;
  const before = neighbour(
    `SELECT s.n FROM visits v INDEXED BY visits_listed CROSS JOIN visit_search s ON s.visit_id = v.id
      WHERE v.deleted_at IS NULL AND v.visit_date = ? AND v.id < ? AND s.n >= ? AND s.n < ? ORDER BY v.id DESC LIMIT 1`,
  );
  const after = neighbour(
    `SELECT s.n FROM visits v INDEXED BY visits_listed CROSS JOIN visit_search s ON s.visit_id = v.id
      WHERE v.deleted_at IS NULL AND v.visit_date = ? AND v.id > ? AND s.n >= ? AND s.n < ? ORDER BY v.id LIMIT 1`,
  );
  const low = before ?? day * DAY - 1; // exclusive
  const high = after ?? (day + 1) * DAY; // exclusive
  if (after === null && low + STEP < high) return low + STEP;
  if (high - low >= 2) return low + Math.floor((high - low) / 2);
  return renumberDay(db, day, visitId);
}

/** Numbers the day's entries afresh, evenly spaced in id order, with room for `visitId` among them; returns its number. */
function renumberDay(db: Db, day: number, visitId: string): number {
  const entries = db
    .prepare('SELECT n, visit_id, text FROM visit_search WHERE n >= ? AND n < ? ORDER BY visit_id')
    .all(BigInt(day * DAY), BigInt((day + 1) * DAY)) as { n: number; visit_id: string; text: string }[];
  for (const e of entries) removeEntry(db, e.n, e.text);
  const ids = [...entries.map((e) => e.visit_id), visitId].sort();
  const step = Math.min(STEP, Math.floor(DAY / (ids.length + 1)));
  const numberOf = new Map(ids.map((id, i) => [id, day * DAY + (i + 1) * step]));
  for (const e of entries) addEntry(db, numberOf.get(e.visit_id)!, e.visit_id, e.text);
  return numberOf.get(visitId)!;
}

/** A search the index answers alone: its table and MATCH expression, the filters' facets included. */
export interface IndexQuery {
  table: 'visit_search_tri' | 'visit_search_bi';
  match: string;
  /** Entry numbers from (inclusive) … to (exclusive): the date range. */
  from: bigint;
  to: bigint;
}

const NO_LOWER = -(2n ** 62n);
const NO_UPPER = 2n ** 62n;

/**
 * The index query for `terms` with the filters (no terms: the staff and town filters alone), or
 * null when the index alone cannot answer it: words of both kinds (three characters and more,
 * and shorter) or a short word with punctuation (matched with LIKE) need two conditions joined
 * by SQL; with neither words nor staff or town there is nothing to ask it.
 */
export function indexQuery(terms: string[], f: { staffId?: string | null; townId?: string | null; from?: string | null; to?: string | null }): IndexQuery | null {
  const kinds = new Set(terms.map(termKind));
  const facets = [...(f.staffId ? [facetToken('staff', f.staffId)] : []), ...(f.townId ? [facetToken('town', f.townId)] : [])].map(ftsString);
  // No words: the filters alone (the bigram index holds the tokens whole).
  if (kinds.size === 0 && facets.length === 0) return null;
  if (kinds.size > 1 || kinds.has('like')) return null;
  const words = kinds.has('trigram') ? terms.map(ftsString).join(' ') : bigramQuery(terms);
  return {
    table: kinds.has('trigram') ? 'visit_search_tri' : 'visit_search_bi',
    match: [...(words ? [words] : []), ...facets].join(' '),
    from: f.from ? BigInt(dayStart(f.from)) : NO_LOWER,
    to: f.to ? BigInt(DAY_AFTER(f.to)) : NO_UPPER,
  };
}

/**
 * The entry number below which the rows after a cursor (a visit's date and id) lie: within the
 * cursor's day, entries follow the ids, so the first entry whose visit id is not smaller starts
 * what came before. Exact even when the cursor's own visit has left the index meanwhile.
 */
export function entriesBefore(db: Db, after: { visitDate: string; id: string }): bigint {
  const from = BigInt(dayStart(after.visitDate));
  const to = BigInt(DAY_AFTER(after.visitDate));
  const first = (db.prepare('SELECT min(n) AS n FROM visit_search WHERE n >= ? AND n < ? AND visit_id >= ?').get(from, to, after.id) as { n: number | null }).n;
  return first === null ? to : BigInt(first);
}
