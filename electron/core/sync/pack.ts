// Packing: raw outbox rows become changes, in order, in one transaction. Each change gets the id
// `<computerId>:<counter>`, which is also the version of every field it sets; its bases are the
// heads it replaces (heads.ts). An update carries only the columns whose value changed, and on a
// soft-deletable table always `deleted_at` too, so an edit and a concurrent delete meet on it.
// A hard delete's bases are every head of the row, and it leaves a tombstone.
import type { Db } from '../db/open';
import { currentStaffId } from '../workspace/settings';
import { syncState } from './capture';
import { DELETE_COLUMN, dropHeadsOfRow, dropTombstone, type Head, headsOf, headsOfRow, INSERT_VERSION, setHeads, setTombstone, tombstoneOf } from './heads';
import { APPEND_ONLY, MERGED_BY_TIME, syncedTable, type SyncedTable } from './tables';
import type { Change, ColumnValue, JsonValue } from './types';

interface OutboxRow { n: number; tbl: string; pk: string; op: 'I' | 'U' | 'D'; old: string | null; new: string | null; at: string; force: string | null }
type Values = Record<string, JsonValue>;

/** One net write of a row in this batch. */
interface Net { tbl: string; pk: string; op: 'I' | 'U' | 'D'; old: Values | null; new: Values | null; at: string; force: string[] }

/**
 * The outbox's rows with a row's delete followed by its insert (a list written again: visit
 * staff, answers) turned into one update, and an insert later deleted in the same batch dropped.
 */
function netWrites(rows: readonly OutboxRow[]): Net[] {
  const out: (Net | null)[] = [];
  const lastDelete = new Map<string, number>();
  const insertedAt = new Map<string, number>();
  for (const r of rows) {
    const key = `${r.tbl}\u0000${r.pk}`;
    const net: Net = {
      tbl: r.tbl, pk: r.pk, op: r.op, at: r.at,
      old: r.old ? (JSON.parse(r.old) as Values) : null,
      new: r.new ? (JSON.parse(r.new) as Values) : null,
      force: r.force ? (JSON.parse(r.force) as string[]) : [],
    };
    if (r.op === 'I' && lastDelete.has(key)) {
      const d = lastDelete.get(key)!;
      net.op = 'U';
      net.old = out[d]!.old;
      out[d] = null;
      lastDelete.delete(key);
    } else if (r.op === 'D' && insertedAt.has(key) && !r.force) {
      // Made and removed between two syncs: nobody else ever needs to know.
      for (let i = insertedAt.get(key)!; i < out.length; i++) if (out[i] && `${out[i]!.tbl}\u0000${out[i]!.pk}` === key) out[i] = null;
      insertedAt.delete(key);
      continue;
    }
    if (net.op === 'I' && !r.force) insertedAt.set(key, out.length);
    if (net.op === 'D') lastDelete.set(key, out.length);
    out.push(net);
  }
  return out.filter((n): n is Net => n !== null);
}

const same = (a: JsonValue | undefined, b: JsonValue | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const pkOf = (t: SyncedTable, values: Values) => JSON.stringify(t.pk.map((c) => values[c] ?? null));

/** BLOB columns are not in the trigger's JSON: read them from the row. */
function blobsOf(db: Db, t: SyncedTable, pk: string): Record<string, ColumnValue> {
  if (t.blobs.length === 0) return {};
  const key = JSON.parse(pk) as JsonValue[];
  const row = db.prepare(`SELECT ${t.blobs.map((b) => `"${b}"`).join(', ')} FROM ${t.name} WHERE ${t.pk.map((c) => `"${c}" = ?`).join(' AND ')}`).get(...key) as
    | Record<string, Buffer | null>
    | undefined;
  const out: Record<string, ColumnValue> = {};
  for (const b of t.blobs) {
    const v = row?.[b];
    out[b] = v ? { $blob: Buffer.from(v).toString('base64') } : null;
  }
  return out;
}

/** Packs the outbox into sync_outgoing; returns how many changes were made. */
export function packOutbox(db: Db): number {
  return db.transaction(() => {
    const rows = db.prepare('SELECT n, tbl, pk, op, old, new, at, force FROM sync_outbox ORDER BY n').all() as OutboxRow[];
    if (rows.length === 0) return 0;
    const state = syncState(db);
    const computer = state.computer_id ?? 'unknown';
    let counter = state.counter;
    const by = currentStaffId(db);
    const save = db.prepare('INSERT INTO sync_outgoing (counter, change) VALUES (?, ?)');
    let made = 0;
    const emit = (net: Net, op: 'I' | 'U' | 'D', pk: string, build: (id: string) => Change['cols'] | null) => {
      const id = `${computer}:${counter + 1}`;
      const cols = build(id);
      if (cols === null) return;
      counter++;
      const t = syncedTable(net.tbl)!;
      const change: Change = { id, tbl: net.tbl, pk: JSON.parse(pk) as JsonValue[], op, at: net.at, by, cols };
      if (op === 'I') Object.assign(change.cols, Object.fromEntries(Object.entries(blobsOf(db, t, pk)).map(([c, v]) => [c, { v, bases: change.cols[c]?.bases ?? [] }])));
      save.run(counter, JSON.stringify(change));
      made++;
    };
    for (const net of netWrites(rows)) {
      const t = syncedTable(net.tbl);
      if (!t) continue;
      if (net.op === 'U' && net.new && pkOf(t, net.new) !== net.pk) {
        // A key column changed (a link re-pointed): the old row goes, the new one comes.
        emit(net, 'D', net.pk, (id) => packDelete(db, t, net.pk, id, net));
        emit(net, 'I', pkOf(t, net.new), (id) => packInsert(db, t, pkOf(t, net.new!), id, net));
      } else if (net.op === 'I') emit(net, 'I', net.pk, (id) => packInsert(db, t, net.pk, id, net));
      else if (net.op === 'U') emit(net, 'U', net.pk, (id) => packUpdate(db, t, id, net));
      else emit(net, 'D', net.pk, (id) => packDelete(db, t, net.pk, id, net));
    }
    db.prepare('DELETE FROM sync_outbox WHERE n <= ?').run(rows[rows.length - 1]!.n);
    db.prepare('UPDATE sync_state SET counter = ?').run(counter);
    return made;
  })();
}

const headVers = (heads: readonly Head[]) => (heads.length === 0 ? [INSERT_VERSION] : heads.map((h) => h.ver));

/** An insert: no heads (its version is the implicit ""), bases only when it comes back after a delete. */
function packInsert(db: Db, t: SyncedTable, pk: string, _id: string, net: Net): Change['cols'] {
  const tomb = tombstoneOf(db, t.name, pk);
  const rowHeads = headsOfRow(db, t.name, pk);
  const cols: Change['cols'] = {};
  for (const [c, v] of Object.entries(net.new ?? {})) {
    // After a delete (restore, a link added again) the insert names the delete and any edit waiting with it.
    const bases = tomb ? [INSERT_VERSION, ...tomb.vers, ...(rowHeads.get(c) ?? []).map((h) => h.ver), ...(rowHeads.get(DELETE_COLUMN) ?? []).map((h) => h.ver)] : [];
    cols[c] = { v, bases };
  }
  if (tomb) dropTombstone(db, t.name, pk);
  dropHeadsOfRow(db, t.name, pk);
  return cols;
}

function packUpdate(db: Db, t: SyncedTable, id: string, net: Net): Change['cols'] | null {
  const old = net.old ?? {};
  const neu = net.new ?? {};
  const changed = Object.keys(neu).filter((c) => !t.pk.includes(c) && (!(c in old) || !same(old[c], neu[c]) || net.force.includes(c)));
  const star = net.force.includes(DELETE_COLUMN) ? headsOf(db, t.name, net.pk, DELETE_COLUMN).map((h) => h.ver) : [];
  const cols: Change['cols'] = {};
  if (changed.length === 0) {
    // A link row (only key columns) restored with its record: its key is what it asserts.
    if (!net.force.includes(DELETE_COLUMN) || t.columns.some((c) => !t.pk.includes(c))) return null;
    for (const c of t.pk) cols[c] = { v: neu[c] ?? null, bases: [INSERT_VERSION, ...star] };
    setHeads(db, t.name, net.pk, DELETE_COLUMN, []);
    return cols;
  }
  if (t.soft && !changed.includes('deleted_at')) changed.push('deleted_at');
  for (const c of changed) {
    // Merged where it arrives, never a card: no versions to name.
    if (MERGED_BY_TIME[c] || APPEND_ONLY.has(t.name)) {
      cols[c] = { v: neu[c] ?? null, bases: [] };
      continue;
    }
    const heads = headsOf(db, t.name, net.pk, c);
    // deleted_at carried unchanged (asserted) replaces only the version this computer shows: a
    // colleague's delete waiting on a card here stays on it (only a person's choice closes it).
    const asserted = c === 'deleted_at' && c in old && same(old[c], neu[c]) && !net.force.includes(c);
    const replaced = asserted && heads.length > 0 ? heads.filter((h) => h.current) : heads;
    cols[c] = { v: neu[c] ?? null, old: old[c] ?? null, bases: [...headVers(replaced), ...star] };
    if (asserted && heads.length > 1) {
      setHeads(db, t.name, net.pk, c, [...heads.filter((h) => !h.current), { ver: id, current: true, value: null, old: JSON.stringify(old[c] ?? null), by: currentStaffId(db), at: net.at }]);
      continue;
    }
    setHeads(db, t.name, net.pk, c, [{ ver: id, current: true, value: null, old: JSON.stringify(old[c] ?? null), by: currentStaffId(db), at: net.at }]);
  }
  if (star.length > 0) setHeads(db, t.name, net.pk, DELETE_COLUMN, []);
  // A restore (the pending delete named) brings the row back whole where it is gone: its BLOBs too.
  if (net.force.includes(DELETE_COLUMN)) for (const [c, v] of Object.entries(blobsOf(db, t, net.pk))) cols[c] = { v, bases: headVers(headsOf(db, t.name, net.pk, c)) };
  return cols;
}

function packDelete(db: Db, t: SyncedTable, pk: string, id: string, net: Net): Change['cols'] {
  const rowHeads = headsOfRow(db, t.name, pk);
  const tomb = tombstoneOf(db, t.name, pk);
  const bases = new Set<string>([INSERT_VERSION, ...(tomb?.vers ?? [])]);
  for (const heads of rowHeads.values()) for (const h of heads) bases.add(h.ver);
  dropHeadsOfRow(db, t.name, pk);
  const row = net.old ? { ...(JSON.parse(tomb?.row ?? 'null') as Values | null), ...net.old } : tomb ? (JSON.parse(tomb.row ?? 'null') as Values | null) : null;
  setTombstone(db, t.name, pk, { vers: [id], row: row ? JSON.stringify(row) : null, by: null, at: net.at });
  // A delete has no columns; its bases travel on the row marker '*'.
  return { [DELETE_COLUMN]: { v: null, bases: [...bases] } };
}

/** Changes not yet in a packet, oldest first. */
export function outgoing(db: Db): { changes: Change[]; upTo: number } {
  const rows = db.prepare('SELECT counter, change FROM sync_outgoing ORDER BY counter').all() as { counter: number; change: string }[];
  return { changes: rows.map((r) => JSON.parse(r.change) as Change), upTo: rows.length ? rows[rows.length - 1]!.counter : 0 };
}

export function retireSent(db: Db, upTo: number): void {
  db.prepare('DELETE FROM sync_outgoing WHERE counter <= ?').run(upTo);
}
