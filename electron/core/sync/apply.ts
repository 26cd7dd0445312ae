// Applying a colleague's changes: one packet in one transaction with capture off, all or
// nothing. Per column of change K with bases B, heads H (none = the implicit "" current)
// become (H \ B) ∪ {K}; if the current head left, the column takes K's value, otherwise the
// local value stays and K waits beside it (a field card while their values differ).
//
// What does not fit:
// - the row is not here and never was (its insert, or the parent it refers to, has not
//   arrived), or the row breaks another rule of its table here (a second open draft vetting of
//   one company): the change waits in sync_parked (kind 'wait') and is tried again after every
//   packet, so one late record never holds up the rest (the packet itself counts as applied);
// - a company (or a list entry) that breaks a "unique among the live ones" rule is the same
//   thing made on two computers: the colleague's row is kept aside (deleted here, noted in
//   sync_parked as 'duplicate') and a duplicate card asks which to keep;
// - an edit to a row deleted here, or a delete of a row with edits it did not know of: the
//   row stays as it is and a deleted card waits (heads.ts: the '*' column, the tombstone).
import Database from 'better-sqlite3-multiple-ciphers';
import { CHANGED } from '../../../shared/audit/schema';
import type { Db } from '../db/open';
import { nowIso } from '../ids';
import { syncState, withCaptureOff } from './capture';
import { countCards } from './cards';
import { beforeHardDelete, refreshDerived, Touched } from './derived';
import { DELETE_COLUMN, dropHeadsOfRow, dropTombstone, type Head, headsOfRow, INSERT_VERSION, setHeads, setTombstone, tombstoneOf } from './heads';
import { APPEND_ONLY, decidedWithoutPerson, MERGED_BY_TIME, SYNCED_TABLES, syncedTable, type SyncedTable, UNIQUE_BY_NAME } from './tables';
import type { ApplyOutcome, Change, ColumnValue, JsonValue } from './types';

type Row = Record<string, unknown>;
type Result = 'applied' | 'waiting';

export const sqlValue = (v: ColumnValue | undefined): unknown => {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'object' && !Array.isArray(v) && '$blob' in v && typeof v.$blob === 'string') return Buffer.from(v.$blob, 'base64');
  if (typeof v === 'object') return JSON.stringify(v);
  return v;
};

/** A row as JSON values (BLOBs as { $blob }), for tombstones and cards. */
export function rowJson(row: Row): Record<string, ColumnValue> {
  const out: Record<string, ColumnValue> = {};
  for (const [k, v] of Object.entries(row)) out[k] = Buffer.isBuffer(v) ? { $blob: v.toString('base64') } : typeof v === 'bigint' ? Number(v) : (v as JsonValue);
  return out;
}

const where = (t: SyncedTable) => t.pk.map((c) => `"${c}" = ?`).join(' AND ');
export const readRow = (db: Db, t: SyncedTable, pk: readonly unknown[]): Row | undefined =>
  db.prepare(`SELECT * FROM ${t.name} WHERE ${where(t)}`).get(...pk) as Row | undefined;

function insertRow(db: Db, t: SyncedTable, values: Row): void {
  const cols = Object.keys(values).filter((c) => t.columns.includes(c));
  db.prepare(`INSERT INTO ${t.name} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((c) => values[c]));
}

function updateRow(db: Db, t: SyncedTable, pk: readonly unknown[], set: Row): void {
  const cols = Object.keys(set);
  if (cols.length === 0) return;
  db.prepare(`UPDATE ${t.name} SET ${cols.map((c) => `"${c}" = ?`).join(', ')} WHERE ${where(t)}`).run(...cols.map((c) => set[c]), ...pk);
}

const code = (e: unknown) => (e instanceof Database.SqliteError ? e.code : '');
/** Runs `fn` in a savepoint: a constraint it breaks undoes only its own writes. */
const attempt = <T>(db: Db, fn: () => T): T => db.transaction(fn)();

/** The live row the colleague's row collides with, by the table's unique rules. */
export function collidingRow(db: Db, t: SyncedTable, values: Row, pk: string): string | null {
  for (const cols of UNIQUE_BY_NAME[t.name] ?? []) {
    if (cols.some((c) => values[c] === null || values[c] === undefined)) continue;
    const hit = db
      .prepare(`SELECT ${t.pk.map((c) => `"${c}"`).join(', ')} FROM ${t.name} WHERE ${cols.map((c) => `"${c}" = ?`).join(' AND ')} AND deleted_at IS NULL`)
      .raw()
      .all(...cols.map((c) => values[c])) as unknown[][];
    const other = hit.map((h) => JSON.stringify(h)).find((k) => k !== pk);
    if (other) return other;
  }
  return null;
}

/** Parked duplicates: the row is kept deleted here; its own deleted_at (the team's) waits in sync_parked. */
const parkedDuplicate = (db: Db, tbl: string, pk: string) =>
  db.prepare(`SELECT n, change FROM sync_parked WHERE kind = 'duplicate' AND tbl = ? AND pk = ?`).get(tbl, pk) as { n: number; change: string } | undefined;

function parkDuplicate(db: Db, t: SyncedTable, pk: string, other: string, ch: Change, deletedAt: unknown): void {
  db.prepare(`INSERT INTO sync_parked (kind, tbl, pk, other_pk, change, origin, at) VALUES ('duplicate', ?, ?, ?, ?, ?, ?)`).run(
    t.name, pk, other, JSON.stringify({ deletedAt: deletedAt ?? null }), ch.id.split(':')[0] ?? null, ch.at,
  );
}

/** Writes a row (insert or update); a row that breaks a unique-by-name rule is parked as a duplicate instead. */
function writeWithUniqueRule(db: Db, t: SyncedTable, pk: string, ch: Change, write: (parkedDeletedAt: string | null) => void, values: () => Row): void {
  try {
    attempt(db, () => write(null));
  } catch (e) {
    if (code(e) !== 'SQLITE_CONSTRAINT_UNIQUE' || !UNIQUE_BY_NAME[t.name]) throw e;
    const v = values();
    const other = collidingRow(db, t, v, pk);
    if (!other) throw e;
    attempt(db, () => {
      write(ch.at);
      parkDuplicate(db, t, pk, other, ch, v.deleted_at);
    });
  }
}

const sameValue = (a: unknown, b: unknown): boolean => (Buffer.isBuffer(a) && Buffer.isBuffer(b) ? a.equals(b) : a === b || (a == null && b == null));

export function mergedByTime(kind: 'max' | 'min', a: unknown, b: unknown): unknown {
  if (a === null || a === undefined) return b;
  if (b === null || b === undefined) return a;
  return (kind === 'max' ? String(b) > String(a) : String(b) < String(a)) ? b : a;
}

const headOf = (ch: Change, c: string, current: boolean): Head => ({
  ver: ch.id, current, value: JSON.stringify(ch.cols[c]?.v ?? null), old: ch.cols[c]?.old === undefined ? null : JSON.stringify(ch.cols[c]!.old), by: ch.by, at: ch.at,
});

function allBases(ch: Change): Set<string> {
  const s = new Set<string>();
  for (const col of Object.values(ch.cols)) for (const b of col.bases) s.add(b);
  return s;
}

const FORGOTTEN = JSON.stringify(CHANGED);

/**
 * Two copies of an audit row's changes ({ field: [before, after] }), one perhaps with values
 * forgotten by a purge: each value forgotten in either stays forgotten. The same whichever
 * arrives first, so every computer ends with the same text, and no forgotten value comes back.
 */
export function mergeForgotten(local: unknown, incoming: unknown): unknown {
  if (typeof local !== 'string' || typeof incoming !== 'string' || local === incoming) return local ?? incoming;
  const a = JSON.parse(local) as Record<string, unknown[]>;
  const b = JSON.parse(incoming) as Record<string, unknown[]>;
  const merged: Record<string, unknown[]> = {};
  for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const x = a[k] ?? [];
    const y = b[k] ?? [];
    merged[k] = [0, 1].map((i) => (JSON.stringify(x[i]) === FORGOTTEN || JSON.stringify(y[i]) === FORGOTTEN ? CHANGED : (x[i] ?? y[i] ?? null)));
  }
  const text = JSON.stringify(merged);
  // The copy that already says it all keeps its own text (key order as SQLite wrote it).
  for (const s of [local, incoming]) if (JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(s) as object).sort(([p], [q]) => (p < q ? -1 : 1)))) === text) return s;
  return text;
}

/** An append-only row (the audit trail) met again: no versions, no card; a forgotten value wins. */
function applyToAppendOnly(db: Db, t: SyncedTable, key: unknown[], row: Row, ch: Change): void {
  const set: Row = {};
  for (const [c, col] of Object.entries(ch.cols)) {
    if (c !== 'changes' || !t.columns.includes(c)) continue;
    const m = mergeForgotten(row[c], sqlValue(col.v));
    if (m !== row[c]) set[c] = m;
  }
  updateRow(db, t, key, set);
}

function applyToExisting(db: Db, t: SyncedTable, pk: string, key: unknown[], row: Row, ch: Change, touched: Touched): void {
  if (APPEND_ONLY.has(t.name)) return applyToAppendOnly(db, t, key, row, ch);
  const rowHeads = headsOfRow(db, t.name, pk);
  const set: Row = {};
  const newHeads = new Map<string, Head[]>();
  const keptCurrent = new Map<string, Head[]>();
  for (const [c, col] of Object.entries(ch.cols)) {
    // BLOBs are written once (a photo, a document) and travel only to make a row where it is
    // gone (an insert, a restore): a row here keeps its own, no version, no card.
    if (c === DELETE_COLUMN || t.pk.includes(c) || !t.columns.includes(c) || t.blobs.includes(c)) continue;
    const merge = MERGED_BY_TIME[c];
    if (merge) {
      const m = mergedByTime(merge, row[c], sqlValue(col.v));
      if (m !== row[c]) set[c] = m;
      continue;
    }
    const heads = rowHeads.get(c) ?? [{ ver: INSERT_VERSION, current: true, value: null, old: null, by: null, at: null }];
    if (heads.some((h) => h.ver === ch.id)) continue;
    // An insert of a row that is here (sent again with a restored parent) asserting the value it
    // has changes nothing: no second version of the same value.
    if (ch.op === 'I' && sameValue(row[c], sqlValue(col.v))) continue;
    const bases = new Set(col.bases);
    const remaining = heads.filter((h) => !bases.has(h.ver));
    if (remaining.some((h) => h.current)) {
      newHeads.set(c, [...remaining, headOf(ch, c, false)]);
    } else {
      set[c] = sqlValue(col.v);
      newHeads.set(c, [...remaining, headOf(ch, c, true)]);
      // If the merged row breaks a rule of the table (a CHECK), K waits beside the old value instead.
      const was = heads.find((h) => h.current)!;
      keptCurrent.set(c, [...remaining, was, headOf(ch, c, false)]);
    }
  }
  // Deleted on several computers at several times is one answer (no card, cards.ts): the latest time everywhere.
  const deletedHeads = newHeads.get('deleted_at');
  if (deletedHeads) {
    const times = deletedHeads.map((h) => (h.current ? ('deleted_at' in set ? set.deleted_at : row.deleted_at) : (JSON.parse(h.value ?? 'null') as unknown)));
    if (times.every((v) => v !== null && v !== undefined)) set.deleted_at = times.reduce<unknown>((a, b) => mergedByTime('max', a, b), null);
  }
  // A field with one right answer without a person (tables.ts) takes it; cards.ts shows no card.
  for (const [c, hs] of newHeads) {
    if (hs.length < 2) continue;
    const values = hs.map((h) => (h.current ? (c in set ? set[c] : row[c]) : (JSON.parse(h.value ?? 'null') as unknown)));
    const decided = decidedWithoutPerson(t.name, c, values);
    if (decided !== undefined) set[c] = decided;
  }
  const covered = allBases(ch);
  const star = (rowHeads.get(DELETE_COLUMN) ?? []).filter((h) => !covered.has(h.ver));
  const parked = parkedDuplicate(db, t.name, pk);
  const write = (heads: Map<string, Head[]>, values: Row) => (parkedDeletedAt: string | null) => {
    const v = { ...values };
    if (parked && 'deleted_at' in v) {
      db.prepare('UPDATE sync_parked SET change = ? WHERE n = ?').run(JSON.stringify({ deletedAt: v.deleted_at }), parked.n);
      delete v.deleted_at;
    }
    if (parkedDeletedAt !== null) v.deleted_at = row.deleted_at ?? parkedDeletedAt;
    updateRow(db, t, key, v);
    for (const [c, h] of heads) setHeads(db, t.name, pk, c, h);
    if (rowHeads.has(DELETE_COLUMN)) setHeads(db, t.name, pk, DELETE_COLUMN, star);
  };
  try {
    writeWithUniqueRule(db, t, pk, ch, write(newHeads, set), () => ({ ...row, ...set }));
  } catch (e) {
    if (code(e) !== 'SQLITE_CONSTRAINT_CHECK' && code(e) !== 'SQLITE_CONSTRAINT_NOTNULL') throw e;
    const onlyTimes = Object.fromEntries(Object.entries(set).filter(([c]) => MERGED_BY_TIME[c]));
    attempt(db, () => write(new Map([...newHeads, ...keptCurrent]), onlyTimes)(null));
  }
  touched.note(t.name, [row, { ...row, ...set }], Object.keys(ch.cols));
}

function applyDelete(db: Db, t: SyncedTable, pk: string, key: unknown[], ch: Change, touched: Touched): void {
  const bases = allBases(ch);
  const row = readRow(db, t, key);
  const rowHeads = headsOfRow(db, t.name, pk);
  const unknownEdits = [...rowHeads.values()].flat().filter((h) => !bases.has(h.ver) && h.ver !== ch.id);
  if (row) {
    if (unknownEdits.length > 0 || cascadesHere(db, t, row)) {
      // The colleague deleted a row edited here (or by a third computer) since: it stays, a deleted card asks.
      // So it does when rows of ours would go with it (ON DELETE CASCADE) that the colleague did not
      // delete first: made or kept here without their knowing, they would vanish with no card.
      const star = (rowHeads.get(DELETE_COLUMN) ?? []).filter((h) => !bases.has(h.ver));
      setHeads(db, t.name, pk, DELETE_COLUMN, [...star, headOf(ch, DELETE_COLUMN, false)]);
      // Versions the delete knew of are behind it now: only the ones it did not know wait with it.
      for (const [c, heads] of rowHeads) {
        if (c !== DELETE_COLUMN && heads.some((h) => !h.current && bases.has(h.ver))) setHeads(db, t.name, pk, c, heads.filter((h) => h.current || !bases.has(h.ver)));
      }
      return;
    }
    beforeHardDelete(db, t.name, row);
    const letGo = referencesSetNull(db, t, row);
    db.prepare(`DELETE FROM ${t.name} WHERE ${where(t)}`).run(...key);
    dropHeadsOfRow(db, t.name, pk);
    db.prepare(`DELETE FROM sync_parked WHERE kind = 'duplicate' AND tbl = ? AND pk = ?`).run(t.name, pk);
    setTombstone(db, t.name, pk, { vers: [ch.id], row: JSON.stringify({ ...rowJson(row), ...(letGo.length ? { [LET_GO]: letGo } : {}) }), by: ch.by, at: ch.at });
    touched.note(t.name, [row], [DELETE_COLUMN]);
    return;
  }
  const tomb = tombstoneOf(db, t.name, pk);
  // Its insert still waits here (a draft vetting while ours was open): it goes, with what waited on it.
  const waited = (db.prepare(`SELECT n, change FROM sync_parked WHERE kind = 'wait' AND tbl = ? AND pk = ?`).all(t.name, pk) as { n: number; change: string }[])
    .filter((w) => {
      // An insert's version is "" (heads.ts), which every delete names.
      const waiting = JSON.parse(w.change) as Change;
      return bases.has(waiting.op === 'I' ? INSERT_VERSION : waiting.id);
    });
  if (waited.length > 0) {
    for (const w of waited) db.prepare('DELETE FROM sync_parked WHERE n = ?').run(w.n);
    const id = (JSON.parse(pk) as JsonValue[]).join('');
    const others = db.prepare(`SELECT n, change FROM sync_parked WHERE kind = 'wait' AND instr(change, ?) > 0`).all(id) as { n: number; change: string }[];
    for (const w of others) if (refersTo(db, JSON.parse(w.change) as Change, t, id)) db.prepare('DELETE FROM sync_parked WHERE n = ?').run(w.n);
  }
  // Deleted here too (or never seen): edits that waited on the deleted row and that this delete knew of go.
  for (const [c, heads] of rowHeads) setHeads(db, t.name, pk, c, heads.filter((h) => !bases.has(h.ver)));
  setTombstone(db, t.name, pk, { vers: [...new Set([...(tomb?.vers ?? []), ch.id])], row: tomb?.row ?? null, by: ch.by, at: ch.at });
}

/**
 * Whether deleting `row` here would take synced rows with it by a foreign key's ON DELETE
 * CASCADE. The computer that deleted it captured those cascaded deletes before the row's own
 * (triggers fire child first), so they were applied before this one: a child still here is
 * one its deletion did not know of.
 */
function cascadesHere(db: Db, t: SyncedTable, row: Row): boolean {
  for (const child of SYNCED_TABLES) {
    const fks = new Map<number, { from: string; to: string }[]>();
    for (const fk of db.pragma(`foreign_key_list(${child.name})`) as { id: number; table: string; from: string; to: string; on_delete: string }[]) {
      if (fk.table !== t.name || fk.on_delete !== 'CASCADE') continue;
      fks.set(fk.id, [...(fks.get(fk.id) ?? []), fk]);
    }
    for (const cols of fks.values()) {
      const hit = db.prepare(`SELECT 1 FROM ${child.name} WHERE ${cols.map((c) => `"${c.from}" = ?`).join(' AND ')} LIMIT 1`).get(...cols.map((c) => row[c.to]));
      if (hit) return true;
    }
  }
  return false;
}

/**
 * Whether a change is of the row `id` of `t`, or of a row that refers to it by a foreign key: the
 * id's text alone says nothing (an event outcome's key is its itinerary item's id).
 */
function refersTo(db: Db, ch: Change, t: SyncedTable, id: string): boolean {
  const other = syncedTable(ch.tbl);
  if (!other) return false;
  const value = (c: string) => (other.pk.includes(c) ? ch.pk[other.pk.indexOf(c)] : ch.cols[c]?.v);
  if (other.name === t.name) return t.pk.length === 1 && ch.pk[0] === id;
  return (db.pragma(`foreign_key_list(${other.name})`) as { table: string; from: string }[]).some((fk) => fk.table === t.name && value(fk.from) === id);
}

/** Applies one change; 'waiting' when the row (or a parent it refers to) is not here yet. */
export function applyChange(db: Db, ch: Change, touched: Touched): Result {
  const t = syncedTable(ch.tbl);
  if (!t) return 'applied';
  const key = ch.pk.map((v) => sqlValue(v));
  const pk = JSON.stringify(ch.pk);
  try {
    attempt(db, () => {
      if (ch.op === 'D') return applyDelete(db, t, pk, key, ch, touched);
      const row = readRow(db, t, key);
      if (row) return applyToExisting(db, t, pk, key, row, ch, touched);
      const tomb = tombstoneOf(db, t.name, pk);
      const bases = allBases(ch);
      if (tomb && !tomb.vers.some((v) => bases.has(v))) {
        // An edit (or insert) that did not know the row was deleted here: it waits on a deleted card.
        const rowHeads = headsOfRow(db, t.name, pk);
        for (const [c, col] of Object.entries(ch.cols)) {
          // Times too: if the row is restored they merge with its own (resolve.ts).
          if (t.pk.includes(c) || !t.columns.includes(c)) continue;
          const heads = (rowHeads.get(c) ?? []).filter((h) => !new Set(col.bases).has(h.ver) && h.ver !== ch.id);
          setHeads(db, t.name, pk, c, [...heads, headOf(ch, c, false)]);
        }
        return;
      }
      // An edit of a row not here waits for its insert, unless it is a whole row (a restore asserts
      // every column): the row went here with its parent (a cascade leaves no tombstone) and comes back.
      if (!tomb && ch.op === 'U' && !wholeRow(t, ch)) throw new Waiting();
      // A new row, or one that comes back after a delete it knew of.
      const values: Row = { ...(tomb?.row ? Object.fromEntries(Object.entries(JSON.parse(tomb.row) as Record<string, ColumnValue>).map(([c, v]) => [c, sqlValue(v)])) : {}) };
      t.pk.forEach((c, i) => (values[c] = key[i]));
      for (const [c, col] of Object.entries(ch.cols)) {
        if (!t.columns.includes(c)) continue;
        // Coming back after a delete, times merge with the row's last ones and with edits that waited on it.
        const merge = MERGED_BY_TIME[c];
        values[c] = merge && tomb ? mergedByTime(merge, values[c], sqlValue(col.v)) : sqlValue(col.v);
        if (merge && tomb) for (const h of headsOfRow(db, t.name, pk).get(c) ?? []) values[c] = mergedByTime(merge, values[c], JSON.parse(h.value ?? 'null') as unknown);
      }
      letGoOfDeletedParents(db, t, values, pk);
      writeWithUniqueRule(db, t, pk, ch, (parkedAt) => insertRow(db, t, parkedAt === null ? values : { ...values, deleted_at: parkedAt }), () => values);
      if (tomb) {
        takeBackLetGo(db, t, pk, tomb);
        dropTombstone(db, t.name, pk);
        const rowHeads = headsOfRow(db, t.name, pk);
        for (const [c, heads] of rowHeads) {
          const waiting = heads.filter((h) => !bases.has(h.ver));
          // An edit it did not know of still waits: it waits beside this change's value (heads
          // (H \ B) ∪ {K}, as on a row that was here), so a later change that names only one of
          // them meets the other, on every computer alike.
          const own = waiting.length > 0 && c in ch.cols && c !== DELETE_COLUMN && !MERGED_BY_TIME[c];
          setHeads(db, t.name, pk, c, own ? [...waiting, headOf(ch, c, true)] : waiting);
          if (own && c === 'deleted_at' && values.deleted_at != null && waiting.every((h) => h.value !== null && h.value !== 'null')) {
            // Deleted at several times is one answer: the latest, as applyToExisting does.
            const latest = waiting.reduce<unknown>((a, h) => mergedByTime('max', a, JSON.parse(h.value!) as unknown), values.deleted_at);
            if (latest !== values.deleted_at) updateRow(db, t, key, { deleted_at: latest });
          }
        }
      }
      touched.note(t.name, [values], Object.keys(ch.cols));
    });
    return 'applied';
  } catch (e) {
    // A parent not here yet, or a rule of the table the row cannot meet here yet (a second draft
    // vetting of one company while the first is open): it waits and is tried after every packet.
    if (e instanceof Waiting || code(e).startsWith('SQLITE_CONSTRAINT')) return 'waiting';
    throw e;
  }
}

class Waiting extends Error {}

/** Whether a change carries every column of its row (BLOBs aside: packing reads those from the row). */
const wholeRow = (t: SyncedTable, ch: Change) => t.columns.every((c) => t.pk.includes(c) || t.blobs.includes(c) || c in ch.cols);

/**
 * A reference whose record was deleted here for good, on a column the schema empties when that
 * record goes (ON DELETE SET NULL: a vetting's visit, an agreement's trip), is emptied, as it
 * would have been had the row been here when the record was deleted.
 */
function letGoOfDeletedParents(db: Db, t: SyncedTable, values: Row, pk: string): void {
  for (const fk of db.pragma(`foreign_key_list(${t.name})`) as { from: string; table: string; to: string; on_delete: string }[]) {
    if (fk.on_delete !== 'SET NULL' || fk.to !== 'id' || typeof values[fk.from] !== 'string') continue;
    const parent = JSON.stringify([values[fk.from]]);
    const tomb = db.prepare(`SELECT 1 FROM ${fk.table} WHERE id = ?`).get(values[fk.from]) === undefined ? tombstoneOf(db, fk.table, parent) : null;
    if (!tomb) continue;
    values[fk.from] = null;
    // A record never seen here (row null) cannot be restored here; where it comes back from a
    // colleague the reference is taken back only where it was seen.
    if (tomb.row === null) continue;
    // Remembered with the record's tombstone: if the record comes back (restored on a card), the
    // reference comes back too, as it does where the row was when the record was deleted.
    const row = JSON.parse(tomb.row ?? '{}') as Record<string, unknown>;
    const letGo = (row[LET_GO] as LetGo[] | undefined) ?? [];
    row[LET_GO] = [...letGo, { tbl: t.name, pk, col: fk.from }];
    setTombstone(db, fk.table, parent, { ...tomb, row: JSON.stringify(row) });
  }
}

/**
 * Rows here whose reference the database empties when `row` goes (ON DELETE SET NULL). The
 * colleague's computer captured the emptying of the ones it had, before the delete; these are
 * ones it did not know of, emptied here only: remembered so that a restore takes them back.
 */
function referencesSetNull(db: Db, t: SyncedTable, row: Row): LetGo[] {
  const out: LetGo[] = [];
  for (const child of SYNCED_TABLES) {
    for (const fk of db.pragma(`foreign_key_list(${child.name})`) as { table: string; from: string; to: string; on_delete: string }[]) {
      if (fk.table !== t.name || fk.on_delete !== 'SET NULL' || fk.to !== 'id') continue;
      for (const k of db.prepare(`SELECT ${child.pk.map((c) => `"${c}"`).join(', ')} FROM ${child.name} WHERE "${fk.from}" = ?`).raw().all(row.id) as unknown[][]) {
        out.push({ tbl: child.name, pk: JSON.stringify(k), col: fk.from });
      }
    }
  }
  return out;
}

/** Key in a tombstone's row JSON: references to the record that were let go because it was deleted here. */
export const LET_GO = '~letGo';
interface LetGo { tbl: string; pk: string; col: string }

/** A record back from its tombstone takes back the references let go of it here (still empty since). */
export function takeBackLetGo(db: Db, t: SyncedTable, pk: string, tomb: { row: string | null }): void {
  const letGo = ((JSON.parse(tomb.row ?? '{}') as Record<string, unknown> | null)?.[LET_GO] as LetGo[] | undefined) ?? [];
  const id = (JSON.parse(pk) as unknown[])[0];
  for (const l of letGo) {
    const child = syncedTable(l.tbl);
    if (!child || child.pk.length === 0) continue;
    db.prepare(`UPDATE ${child.name} SET "${l.col}" = ? WHERE ${where(child)} AND "${l.col}" IS NULL`).run(id, ...(JSON.parse(l.pk) as JsonValue[]).map(sqlValue));
  }
}

/** Whether change `id` (`<computer>:<counter>`) was applied here before; notes it as seen. */
function seenBefore(db: Db, id: string): boolean {
  const at = id.lastIndexOf(':');
  const computer = id.slice(0, at);
  const n = Number(id.slice(at + 1));
  const seen = db.prepare('SELECT counter FROM sync_seen WHERE computer_id = ?').get(computer) as { counter: number } | undefined;
  if (seen && n <= seen.counter) return true;
  db.prepare('INSERT INTO sync_seen (computer_id, counter) VALUES (?, ?) ON CONFLICT (computer_id) DO UPDATE SET counter = excluded.counter').run(computer, n);
  return false;
}

function park(db: Db, ch: Change, origin: string): void {
  db.prepare(`INSERT INTO sync_parked (kind, tbl, pk, change, origin, at) VALUES ('wait', ?, ?, ?, ?, ?)`).run(ch.tbl, JSON.stringify(ch.pk), JSON.stringify(ch), origin, nowIso());
}

/** Changes that waited, tried again in the order they came until none more can go. */
export function retryWaiting(db: Db, touched: Touched): number {
  let applied = 0;
  for (let progress = true; progress; ) {
    progress = false;
    const parked = (db.prepare(`SELECT n, change FROM sync_parked WHERE kind = 'wait' ORDER BY n`).all() as { n: number; change: string }[]).map((p) => ({
      n: p.n,
      change: JSON.parse(p.change) as Change,
    }));
    const done = new Set<number>();
    for (const p of parked) {
      if (done.has(p.n)) continue;
      let went = applyChange(db, p.change, touched) !== 'waiting' ? [p.n] : [];
      if (went.length === 0 && p.change.op === 'I') went = withLaterEdits(db, p, parked, touched);
      for (const n of went) {
        db.prepare('DELETE FROM sync_parked WHERE n = ?').run(n);
        done.add(n);
        applied++;
        progress = true;
      }
    }
  }
  return applied;
}

/**
 * A waiting insert tried with the later edits of its row that wait behind it: a draft vetting
 * made from a visit since deleted here goes in once its edit that let go of the visit is counted.
 * Returns the parked entries that went in (none, or the insert and those edits).
 */
function withLaterEdits(db: Db, insert: { n: number; change: Change }, parked: readonly { n: number; change: Change }[], touched: Touched): number[] {
  const key = JSON.stringify(insert.change.pk);
  const edits = parked.filter((p) => p.n > insert.n && p.change.op === 'U' && p.change.tbl === insert.change.tbl && JSON.stringify(p.change.pk) === key);
  if (edits.length === 0) return [];
  const folded: Change = { ...insert.change, cols: { ...insert.change.cols } };
  for (const e of edits) for (const [c, col] of Object.entries(e.change.cols)) folded.cols[c] = { v: col.v, bases: [] };
  try {
    attempt(db, () => {
      for (const ch of [folded, ...edits.map((e) => e.change)]) if (applyChange(db, ch, touched) === 'waiting') throw new Waiting();
    });
    return [insert.n, ...edits.map((e) => e.n)];
  } catch (e) {
    if (e instanceof Waiting) return [];
    throw e;
  }
}

/**
 * Duplicates kept aside come back once they no longer collide: the team deleted one of the two
 * (a card was resolved), or the parked row itself was deleted.
 */
export function unparkDuplicates(db: Db, touched: Touched): void {
  const parked = db.prepare(`SELECT n, tbl, pk, change FROM sync_parked WHERE kind = 'duplicate' ORDER BY n`).all() as { n: number; tbl: string; pk: string; change: string }[];
  for (const p of parked) {
    const t = syncedTable(p.tbl)!;
    const key = (JSON.parse(p.pk) as JsonValue[]).map(sqlValue);
    const row = readRow(db, t, key);
    const deletedAt = (JSON.parse(p.change) as { deletedAt: string | null }).deletedAt;
    try {
      attempt(db, () => {
        if (row) updateRow(db, t, key, { deleted_at: deletedAt });
        db.prepare('DELETE FROM sync_parked WHERE n = ?').run(p.n);
      });
      if (row) touched.note(p.tbl, [row], ['deleted_at']);
    } catch (e) {
      if (code(e) !== 'SQLITE_CONSTRAINT_UNIQUE') throw e;
    }
  }
}

const packetApplied = (db: Db, origin: string, seq: number) => db.prepare('SELECT 1 FROM sync_packets WHERE origin = ? AND seq = ?').get(origin, seq) !== undefined;

export function applyPacket(db: Db, origin: string, seq: number, changes: readonly Change[]): ApplyOutcome {
  if (origin === syncState(db).computer_id || packetApplied(db, origin, seq)) {
    return { applied: 0, cards: countCards(db), waiting: waitingCount(db), duplicate: true };
  }
  const applied = db.transaction(() =>
    withCaptureOff(db, () => {
      const touched = new Touched();
      let n = 0;
      for (const ch of changes) {
        if (seenBefore(db, ch.id)) continue;
        if (applyChange(db, ch, touched) === 'waiting') park(db, ch, origin);
        else n++;
      }
      n += retryWaiting(db, touched);
      unparkDuplicates(db, touched);
      refreshDerived(db, touched);
      db.prepare('INSERT INTO sync_packets (origin, seq, applied_at, changes) VALUES (?, ?, ?, ?)').run(origin, seq, nowIso(), changes.length);
      return n;
    }),
  )();
  return { applied, cards: countCards(db), waiting: waitingCount(db), duplicate: false };
}

export const waitingCount = (db: Db): number => (db.prepare(`SELECT count(*) AS n FROM sync_parked WHERE kind = 'wait'`).get() as { n: number }).n;

/** The newest packet applied here from each computer (what a packet's manifest calls `applied`). */
export function appliedVector(db: Db): Record<string, number> {
  const rows = db.prepare('SELECT origin, max(seq) AS seq FROM sync_packets GROUP BY origin').all() as { origin: string; seq: number }[];
  return Object.fromEntries(rows.map((r) => [r.origin, r.seq]));
}
