// Per-field versions ("heads") and tombstones, the memory that tells a colleague's change apart
// from one made without knowing ours.
//
// A field with no row in sync_heads has one implicit head, "" (the version of the row as it was
// inserted, or as it was when the computers started from one file). A change's bases are the
// heads it replaced; applying it leaves (heads \ bases) ∪ {change}. Column '*' holds a delete
// that arrived while the row had edits it did not know of (the row stays; a deleted card waits).
import type { Db } from '../db/open';

export interface Head {
  ver: string;
  current: boolean;
  /** JSON of the value (null for the current head: its value is the row's). */
  value: string | null;
  old: string | null;
  by: string | null;
  at: string | null;
}

export const INSERT_VERSION = '';
export const DELETE_COLUMN = '*';

interface HeadRow { ver: string; current: number; value: string | null; old: string | null; by: string | null; at: string | null }
const toHead = (r: HeadRow): Head => ({ ...r, current: r.current === 1 });

export function headsOf(db: Db, tbl: string, pk: string, col: string): Head[] {
  return (db.prepare('SELECT ver, current, value, old, by, at FROM sync_heads WHERE tbl = ? AND pk = ? AND col = ?').all(tbl, pk, col) as HeadRow[]).map(toHead);
}

/** Every head of a row, by column. */
export function headsOfRow(db: Db, tbl: string, pk: string): Map<string, Head[]> {
  const rows = db.prepare('SELECT col, ver, current, value, old, by, at FROM sync_heads WHERE tbl = ? AND pk = ?').all(tbl, pk) as (HeadRow & { col: string })[];
  const byCol = new Map<string, Head[]>();
  for (const r of rows) {
    const list = byCol.get(r.col) ?? [];
    list.push(toHead(r));
    byCol.set(r.col, list);
  }
  return byCol;
}

/** The field's heads become `heads`; a single current head is not stored (it is only needed while there are two). */
export function setHeads(db: Db, tbl: string, pk: string, col: string, heads: readonly Head[]): void {
  db.prepare('DELETE FROM sync_heads WHERE tbl = ? AND pk = ? AND col = ?').run(tbl, pk, col);
  const insert = db.prepare('INSERT INTO sync_heads (tbl, pk, col, ver, current, value, old, by, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (const h of heads) {
    if (heads.length === 1 && h.current && h.ver === INSERT_VERSION) continue;
    insert.run(tbl, pk, col, h.ver, h.current ? 1 : 0, h.current ? null : h.value, h.old, h.by, h.at);
  }
}

export function dropHeadsOfRow(db: Db, tbl: string, pk: string): void {
  db.prepare('DELETE FROM sync_heads WHERE tbl = ? AND pk = ?').run(tbl, pk);
}

export interface Tombstone {
  /** The delete(s) that removed the row: a re-insert or edit that names one of them comes after it. */
  vers: string[];
  /** The row's last values (JSON object, BLOBs as { $blob }), to restore it; null when never seen here. */
  row: string | null;
  by: string | null;
  at: string;
}

export function tombstoneOf(db: Db, tbl: string, pk: string): Tombstone | null {
  const r = db.prepare('SELECT ver, row, by, at FROM sync_tombstones WHERE tbl = ? AND pk = ?').get(tbl, pk) as
    | { ver: string; row: string | null; by: string | null; at: string }
    | undefined;
  return r ? { vers: JSON.parse(r.ver) as string[], row: r.row, by: r.by, at: r.at } : null;
}

export function setTombstone(db: Db, tbl: string, pk: string, t: Tombstone): void {
  db.prepare('INSERT OR REPLACE INTO sync_tombstones (tbl, pk, ver, row, by, at) VALUES (?, ?, ?, ?, ?, ?)').run(tbl, pk, JSON.stringify(t.vers), t.row, t.by, t.at);
}

export function dropTombstone(db: Db, tbl: string, pk: string): void {
  db.prepare('DELETE FROM sync_tombstones WHERE tbl = ? AND pk = ?').run(tbl, pk);
}
