// Test and bench helper (not a test): the synced tables of several workspace files, compared
// table by table. Rows are keyed by primary key, BLOBs compared by hash, so a difference names
// the table, the row, the column and what each workspace holds there. The convergence test
// uses it to say "identical" and, before the cards are resolved, "every difference is a card";
// the workload uses `readRows` to log what each edit wrote.
import { createHash } from 'node:crypto';
import type { Db } from '../db/open';
import { SYNCED_TABLES } from '../sync/tables';

export interface ComparedTable {
  name: string;
  /** Primary-key columns in order. */
  pk: string[];
  columns: string[];
}

/**
 * Never synced (the design's "local only" list): settings and export log, search indexes and
 * FTS tables, the derived count tables and photo thumbnails, and sync's own bookkeeping.
 */
export function isLocalOnly(table: string): boolean {
  return (
    table === 'settings' ||
    table === 'export_log' ||
    table === 'vetting_photo_thumbs' ||
    table.startsWith('sqlite_') ||
    table.startsWith('sync_') ||
    table.endsWith('_counts') ||
    /_search(_|$)/.test(table)
  );
}

/** Tables of the open workspace that are not local-only, from its schema (a check on tables.ts). */
export function nonLocalTables(db: Db): string[] {
  const names = db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name`).pluck().all() as string[];
  return names.filter((n) => !isLocalOnly(n));
}

/**
 * The synced tables (sync/tables.ts) with every column the workspace has, captured or not: a
 * derived column (companies.last_visit_date) must come out the same on every computer too.
 */
export function comparedTables(db: Db): ComparedTable[] {
  return SYNCED_TABLES.map((t) => ({
    name: t.name,
    pk: [...t.pk],
    columns: db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).pluck().all(t.name) as string[],
  }));
}

/** A value as compared: BLOBs by their hash (and length), everything else as stored. */
export type Cell = string | number | bigint | null;
export type Row = Record<string, Cell>;

const cell = (v: unknown): Cell =>
  Buffer.isBuffer(v) || v instanceof Uint8Array
    ? `blob:${v.byteLength}:${createHash('sha256').update(v).digest('hex').slice(0, 16)}`
    : (v as Cell);

/** The key of a row within its table: its primary-key values as JSON. */
export const pkKey = (pk: Cell[]): string => JSON.stringify(pk.map((v) => (typeof v === 'bigint' ? Number(v) : v)));

/** All rows of a table keyed by pkKey, in primary-key order. */
export function readRows(db: Db, t: ComparedTable): Map<string, Row> {
  const rows = db.prepare(`SELECT ${t.columns.map((c) => `"${c}"`).join(', ')} FROM "${t.name}" ORDER BY ${t.pk.map((c) => `"${c}"`).join(', ')}`).all() as Record<string, unknown>[];
  const out = new Map<string, Row>();
  for (const r of rows) {
    const row: Row = {};
    for (const c of t.columns) row[c] = cell(r[c]);
    out.set(pkKey(t.pk.map((c) => cell(r[c]))), row);
  }
  return out;
}

export type Snapshot = Map<string, Map<string, Row>>;

/** Every synced table's rows. */
export function snapshot(db: Db, tables: ComparedTable[] = comparedTables(db)): Snapshot {
  return new Map(tables.map((t) => [t.name, readRows(db, t)]));
}

export interface Difference {
  table: string;
  /** The row's primary-key values. */
  pk: Cell[];
  /** The column that differs; '*' when the row is missing from some workspace. */
  column: string;
  /** Per workspace, in the order given; undefined where the row is absent. */
  values: (Cell | undefined)[];
}

/**
 * Table-by-table differences between workspaces over the synced tables of the first one,
 * rows ordered by primary key. Empty when they are identical.
 */
export function compareWorkspaces(dbs: Db[], tables: ComparedTable[] = comparedTables(dbs[0]!)): Difference[] {
  return compareSnapshots(dbs.map((db) => snapshot(db, tables)));
}

export function compareSnapshots(snaps: Snapshot[]): Difference[] {
  const out: Difference[] = [];
  for (const table of snaps[0]!.keys()) {
    const perWs = snaps.map((s) => s.get(table) ?? new Map<string, Row>());
    const keys = [...new Set(perWs.flatMap((m) => [...m.keys()]))].sort();
    for (const key of keys) {
      const rows = perWs.map((m) => m.get(key));
      const pk = JSON.parse(key) as Cell[];
      if (rows.some((r) => r === undefined)) {
        out.push({ table, pk, column: '*', values: rows.map((r) => (r ? 'present' : undefined)) });
        continue;
      }
      for (const column of Object.keys(rows[0]!)) {
        const values = rows.map((r) => r![column]);
        if (values.some((v) => v !== values[0])) out.push({ table, pk, column, values });
      }
    }
  }
  return out;
}

/** One line per difference, for a failing test's message. */
export const describeDifferences = (diffs: Difference[], limit = 20): string =>
  diffs
    .slice(0, limit)
    .map((d) => `${d.table} ${JSON.stringify(d.pk)} .${d.column}: ${d.values.map((v) => (v === undefined ? '∅' : JSON.stringify(typeof v === 'string' && v.length > 60 ? `${v.slice(0, 60)}…` : v))).join(' | ')}`)
    .join('\n') + (diffs.length > limit ? `\n… and ${diffs.length - limit} more` : '');
