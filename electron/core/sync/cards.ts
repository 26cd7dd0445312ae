// Cards: what waits for a person, derived from sync_heads, sync_tombstones and sync_parked (so a
// resolution that arrives from a colleague closes the card here too: there is nothing else to
// close). A field card: a field with two or more heads whose values differ. A deleted card: an
// edit met a delete (deleted_at on a soft-deletable table, a pending delete '*', or edits that
// wait on a row deleted here). A duplicate card: a colleague's row kept aside as a duplicate.
import type { SyncCard, SyncChoice } from '../../../shared/sync/schema';
import type { Db } from '../db/open';
import { DELETE_COLUMN, type Head, headsOfRow, tombstoneOf } from './heads';
import { APPEND_ONLY, BOOLEAN_COLUMNS, decidedWithoutPerson, MERGED_BY_TIME, ONE_OPEN_PER, syncedTable, type SyncedTable, TITLE_COLUMN } from './tables';
import type { Change, JsonValue } from './types';

type Row = Record<string, unknown>;

/** What a card is about, before it is dressed for a person. */
export type RawCard =
  | { kind: 'field'; tbl: string; pk: string; col: string; heads: Head[]; row: Row }
  | { kind: 'pendingDelete'; tbl: string; pk: string; heads: Head[]; row: Row }
  | { kind: 'deletedHere'; tbl: string; pk: string; heads: Head[] }
  | { kind: 'duplicate'; tbl: string; pk: string; otherPk: string; at: string }
  /** A colleague's row waiting because one of its kind is open here (two draft vettings of one company). */
  | { kind: 'openClash'; tbl: string; pk: string; otherPk: string; at: string; values: Row };

const where = (t: SyncedTable) => t.pk.map((c) => `"${c}" = ?`).join(' AND ');
export const rowOf = (db: Db, t: SyncedTable, pk: string): Row | undefined =>
  db.prepare(`SELECT * FROM ${t.name} WHERE ${where(t)}`).get(...(JSON.parse(pk) as unknown[])) as Row | undefined;

/** A head's value as JSON text: the current head's is the row's. */
export const headValue = (h: Head, row: Row | undefined, col: string): string =>
  h.current ? JSON.stringify(row?.[col] ?? null) : (h.value ?? 'null');

export function rawCards(db: Db): RawCard[] {
  const cards: RawCard[] = [];
  const groups = db
    .prepare('SELECT DISTINCT tbl, pk FROM sync_heads WHERE current = 0 ORDER BY tbl, pk')
    .all() as { tbl: string; pk: string }[];
  for (const g of groups) {
    const t = syncedTable(g.tbl);
    // Versions left from before audit rows merged by themselves: never a card (tables.ts APPEND_ONLY).
    if (!t || APPEND_ONLY.has(t.name)) continue;
    const row = rowOf(db, t, g.pk);
    const byCol = headsOfRow(db, g.tbl, g.pk);
    if (!row) {
      const waiting = [...byCol.entries()].filter(([c]) => c !== DELETE_COLUMN).flatMap(([, h]) => h);
      if (waiting.length > 0) cards.push({ kind: 'deletedHere', tbl: g.tbl, pk: g.pk, heads: waiting });
      continue;
    }
    const star = byCol.get(DELETE_COLUMN);
    if (star?.length) cards.push({ kind: 'pendingDelete', tbl: g.tbl, pk: g.pk, heads: star, row });
    for (const [col, heads] of byCol) {
      if (col === DELETE_COLUMN || heads.length < 2 || MERGED_BY_TIME[col]) continue;
      // deleted_at: deleted at two times is one answer (deleted); only deleted against not makes a card.
      const answer = (h: Head) => (col === 'deleted_at' ? String(headValue(h, row, col) === 'null') : headValue(h, row, col));
      if (new Set(heads.map(answer)).size < 2) continue;
      if (decidedWithoutPerson(g.tbl, col, heads.map((h) => JSON.parse(headValue(h, row, col)) as unknown)) !== undefined) continue;
      cards.push({ kind: 'field', tbl: g.tbl, pk: g.pk, col, heads, row });
    }
  }
  for (const p of db.prepare(`SELECT tbl, pk, other_pk, at FROM sync_parked WHERE kind = 'duplicate' ORDER BY n`).all() as { tbl: string; pk: string; other_pk: string; at: string }[]) {
    cards.push({ kind: 'duplicate', tbl: p.tbl, pk: p.pk, otherPk: p.other_pk, at: p.at });
  }
  cards.push(...openClashes(db));
  return cards;
}

/** Colleagues' rows waiting because one of their kind is open here (tables.ts ONE_OPEN_PER). */
function openClashes(db: Db): RawCard[] {
  const cards: RawCard[] = [];
  for (const [tbl, rule] of Object.entries(ONE_OPEN_PER)) {
    const t = syncedTable(tbl)!;
    const waiting = db.prepare(`SELECT pk, change, at FROM sync_parked WHERE kind = 'wait' AND tbl = ? ORDER BY n`).all(tbl) as { pk: string; change: string; at: string }[];
    for (const w of waiting) {
      const ch = JSON.parse(w.change) as Change;
      // Its insert, or a restore that brings it back whole (every column asserted), meets an open one.
      if (ch.op === 'D' || rowOf(db, t, w.pk)) continue;
      const values = Object.fromEntries(Object.entries(ch.cols).map(([c, col]) => [c, col.v])) as Row;
      if (rule.key.some((c) => !(c in values))) continue;
      const open = db
        .prepare(`SELECT ${t.pk.map((c) => `"${c}"`).join(', ')} FROM ${tbl} WHERE ${rule.key.map((c) => `"${c}" = ?`).join(' AND ')} AND ${rule.open}`)
        .raw()
        .get(...rule.key.map((c) => values[c])) as unknown[] | undefined;
      if (open) cards.push({ kind: 'openClash', tbl, pk: w.pk, otherPk: JSON.stringify(open), at: w.at, values });
    }
  }
  return cards;
}

export const countCards = (db: Db): number => rawCards(db).length;

export function cardId(c: RawCard): string {
  switch (c.kind) {
    case 'field':
      return `field|${c.tbl}|${c.pk}|${c.col}`;
    case 'pendingDelete':
    case 'deletedHere':
      return `deleted|${c.tbl}|${c.pk}`;
    case 'duplicate':
    case 'openClash':
      return `duplicate|${c.tbl}|${[c.pk, c.otherPk].sort().join('|')}`;
  }
}

// ── for a person ────────────────────────────────────────────────────────────────────────────

const fkCache = new WeakMap<Db, Map<string, Map<string, string>>>();
/** column → referenced table, for the table's single-column foreign keys. */
function references(db: Db, tbl: string): Map<string, string> {
  let cache = fkCache.get(db);
  if (!cache) fkCache.set(db, (cache = new Map()));
  let map = cache.get(tbl);
  if (!map) {
    map = new Map();
    for (const fk of db.pragma(`foreign_key_list(${tbl})`) as { from: string; table: string; to: string }[]) if (fk.to === 'id') map.set(fk.from, fk.table);
    cache.set(tbl, map);
  }
  return map;
}

/** The record a detail row belongs to, before the people and lists it mentions. */
const PARENTS = ['company_id', 'visit_id', 'vetting_id', 'trip_id', 'item_id', 'agreement_id', 'batch_id'];
const parentRank = (col: string) => (PARENTS.includes(col) ? PARENTS.indexOf(col) : PARENTS.length);

export function titleOf(db: Db, tbl: string, pk: string, row?: Row): string {
  const t = syncedTable(tbl);
  const r = row ?? (t ? rowOf(db, t, pk) : undefined);
  const col = TITLE_COLUMN[tbl];
  if (r && col && r[col] !== null && r[col] !== undefined) return String(r[col]);
  // A link or detail row: named after the first record it belongs to.
  if (r) {
    const refs = [...references(db, tbl)].sort(([a], [b]) => parentRank(a) - parentRank(b));
    for (const [from, target] of refs) {
      if (typeof r[from] === 'string') return titleOf(db, target, JSON.stringify([r[from]]));
    }
  }
  return (JSON.parse(pk) as JsonValue[]).join(' · ');
}

/** A value as a person reads it: a referenced record's name, 是/否, a date as stored. */
export function display(db: Db, tbl: string, col: string, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (BOOLEAN_COLUMNS.has(col)) return value === 1 || value === true ? '是' : '否';
  const target = references(db, tbl).get(col);
  if (target && typeof value === 'string') return titleOf(db, target, JSON.stringify([value]));
  if (typeof value === 'object') return '';
  return String(value);
}

const staffName = (db: Db, id: string | null) =>
  id ? ((db.prepare('SELECT name FROM staff WHERE id = ?').get(id) as { name: string } | undefined)?.name ?? null) : null;
const computerName = (db: Db, ver: string) => {
  const computer = ver.slice(0, ver.lastIndexOf(':'));
  return computer ? ((db.prepare('SELECT computer_name FROM sync_peers WHERE computer_id = ?').get(computer) as { computer_name: string | null } | undefined)?.computer_name ?? null) : null;
};

function cardValue(db: Db, tbl: string, col: string, h: Head, row: Row | undefined) {
  return {
    display: display(db, tbl, col, JSON.parse(headValue(h, row, col)) as unknown),
    by: staffName(db, h.by),
    computer: h.ver ? computerName(db, h.ver) : null,
    at: h.at,
  };
}

/** Columns a person may not type a value into: references, yes/no, JSON, the deletion mark. */
const NOT_TYPEABLE = new Set(['deleted_at', 'tags', 'template', 'suggestions', 'context', 'changes', 'content', 'status', 'kind', 'type']);
export const typeable = (db: Db, tbl: string, col: string): boolean =>
  !NOT_TYPEABLE.has(col) && !BOOLEAN_COLUMNS.has(col) && !references(db, tbl).has(col);

const recordId = (pk: string) => {
  const key = JSON.parse(pk) as JsonValue[];
  return key.length === 1 ? String(key[0]) : key.join(':');
};
const latest = (heads: readonly Head[]) => heads.reduce<string>((at, h) => (h.at && h.at > at ? h.at : at), '');

/** The choices a card's kind implies; listCards (engine.ts) keeps those the data allows now. */
const ON_DELETED: SyncChoice[] = ['restore', 'keepDeleted'];
const ON_DUPLICATE: SyncChoice[] = ['keepMine', 'keepTheirs'];

function toCard(db: Db, c: RawCard): SyncCard {
  const t = syncedTable(c.tbl)!;
  const base = {
    id: cardId(c), entity: t.entity, recordId: recordId(c.kind === 'duplicate' || c.kind === 'openClash' ? c.otherPk : c.pk), other: null, typeable: false, before: null,
    choices: c.kind === 'duplicate' || c.kind === 'openClash' ? ON_DUPLICATE : ON_DELETED,
  };
  const nobody = { by: null, computer: null, at: null };
  if (c.kind === 'field') {
    const mine = c.heads.find((h) => h.current) ?? c.heads[0]!;
    const theirs = c.heads.filter((h) => h !== mine);
    const before = theirs.find((h) => h.old !== null)?.old ?? mine.old;
    const typed = c.col !== 'deleted_at' && typeable(db, c.tbl, c.col);
    return {
      ...base,
      kind: c.col === 'deleted_at' ? 'deleted' : 'field',
      recordTitle: titleOf(db, c.tbl, c.pk, c.row),
      field: c.col,
      before: before === null ? null : { display: display(db, c.tbl, c.col, JSON.parse(before) as unknown), ...nobody },
      mine: cardValue(db, c.tbl, c.col, mine, c.row),
      theirs: theirs.map((h) => cardValue(db, c.tbl, c.col, h, c.row)),
      typeable: typed,
      choices: c.col === 'deleted_at' ? ON_DELETED : typed ? ['mine', 'theirs', 'value'] : ['mine', 'theirs'],
      createdAt: latest(c.heads),
    };
  }
  if (c.kind === 'pendingDelete') {
    return {
      ...base,
      kind: 'deleted',
      recordTitle: titleOf(db, c.tbl, c.pk, c.row),
      field: null,
      // As on a deleted_at card, a value means that side deleted it: here I kept it, they deleted it.
      mine: { display: null, ...nobody },
      theirs: c.heads.map((h) => ({ display: h.at ?? 'deleted', by: staffName(db, h.by), computer: computerName(db, h.ver), at: h.at })),
      createdAt: latest(c.heads),
    };
  }
  if (c.kind === 'deletedHere') {
    const tomb = tombstoneOf(db, c.tbl, c.pk);
    const row = tomb?.row ? (JSON.parse(tomb.row) as Row) : undefined;
    const edits = new Map<string, Head>();
    for (const h of c.heads) if (!edits.has(h.ver)) edits.set(h.ver, h);
    return {
      ...base,
      kind: 'deleted',
      recordTitle: titleOf(db, c.tbl, c.pk, row),
      field: null,
      // Deleted here (a value: the time), kept and edited there (none).
      mine: { display: tomb?.at ?? 'deleted', by: staffName(db, tomb?.by ?? null), computer: null, at: tomb?.at ?? null },
      theirs: [...edits.values()].map((h) => ({ display: null, by: staffName(db, h.by), computer: computerName(db, h.ver), at: h.at })),
      createdAt: latest(c.heads),
    };
  }
  const other = rowOf(db, t, c.otherPk);
  const parked = c.kind === 'openClash' ? c.values : rowOf(db, t, c.pk);
  return {
    ...base,
    kind: 'duplicate',
    recordTitle: titleOf(db, c.tbl, c.otherPk, other),
    field: null,
    mine: { display: titleOf(db, c.tbl, c.otherPk, other), ...nobody, at: (other?.created_at as string | undefined) ?? null },
    theirs: [{ display: titleOf(db, c.tbl, c.pk, parked), ...nobody, at: (parked?.created_at as string | undefined) ?? null }],
    other: { id: recordId(c.pk), title: titleOf(db, c.tbl, c.pk, parked) },
    createdAt: c.at,
  };
}

export function listCards(db: Db): SyncCard[] {
  return rawCards(db).map((c) => toCard(db, c));
}
