// A person's choice on a card. Every choice is a local write whose bases are every head of what
// the card is about, so wherever it arrives it supersedes all the versions the card showed and
// closes the card there too. Concurrent choices on two computers make a card again.
import type { SyncResolveInput } from '../../../shared/sync/schema';
import { fail } from '../../../shared/result';
import type { Db } from '../db/open';
import { nowIso } from '../ids';
import { collidingRow, mergedByTime, readRow, retryWaiting, rowJson, sqlValue, takeBackLetGo, unparkDuplicates } from './apply';
import { withCaptureOff } from './capture';
import { cardId, headValue, type RawCard, rawCards, typeable } from './cards';
import { beforeHardDelete, refreshDerived, Touched } from './derived';
import { packOutbox } from './pack';
import { DELETE_COLUMN, type Head, setTombstone, tombstoneOf } from './heads';
import { MERGED_BY_TIME, SYNCED_TABLES, syncedTable, type SyncedTable } from './tables';
import type { Change, ColumnValue, JsonValue } from './types';

type Row = Record<string, unknown>;

/** A JSON value as SQLite takes it (the engine's one conversion, apply.ts). */
const toSql = (v: unknown): unknown => sqlValue(v as ColumnValue);
const jsonRow = (t: SyncedTable, row: Row): Record<string, ColumnValue> => {
  const j = rowJson(row);
  for (const b of t.blobs) delete j[b];
  return j;
};

/** Queues a write made with capture off as if captured, naming `force` columns even when unchanged. */
function queue(db: Db, t: SyncedTable, pk: string, op: 'U' | 'D', before: Row | null, after: Row | null, force: string[]): void {
  db.prepare('INSERT INTO sync_outbox (tbl, pk, op, old, new, at, force) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    t.name, pk, op, before ? JSON.stringify(jsonRow(t, before)) : null, after ? JSON.stringify(jsonRow(t, after)) : null, nowIso(), JSON.stringify(force),
  );
}

function setColumn(db: Db, t: SyncedTable, pk: string, col: string, value: unknown, touched: Touched): void {
  const key = JSON.parse(pk) as unknown[];
  const before = readRow(db, t, key) ?? fail('NOT_FOUND', 'syncCardGone');
  const set: Row = { [col]: value };
  if (t.columns.includes('updated_at')) set.updated_at = nowIso();
  withCaptureOff(db, () => {
    try {
      db.prepare(`UPDATE ${t.name} SET ${Object.keys(set).map((c) => `"${c}" = ?`).join(', ')} WHERE ${t.pk.map((c) => `"${c}" = ?`).join(' AND ')}`).run(...Object.values(set), ...key);
    } catch (e) {
      if (e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('SQLITE_CONSTRAINT')) {
        fail('VALIDATION', 'syncValueRejected', { field: col }, [{ path: ['value'], key: 'syncValueRejected', params: { field: col } }]);
      }
      throw e;
    }
  });
  const after = readRow(db, t, key)!;
  queue(db, t, pk, 'U', before, after, [col]);
  touched.note(t.name, [before, after], [col]);
}

/** A typed value checked against the column's type: a number field refuses text. */
function typedValue(db: Db, t: SyncedTable, col: string, text: string | undefined): unknown {
  const type = ((db.pragma(`table_info(${t.name})`) as { name: string; type: string }[]).find((c) => c.name === col)?.type ?? 'TEXT').toUpperCase();
  const s = (text ?? '').trim();
  if (s === '') return null;
  if (type === 'INTEGER' || type === 'REAL') {
    const n = Number(s);
    if (!Number.isFinite(n) || (type === 'INTEGER' && !Number.isInteger(n))) {
      fail('VALIDATION', 'syncValueNotNumber', { field: col }, [{ path: ['value'], key: 'syncValueNotNumber', params: { field: col } }]);
    }
    return n;
  }
  return s;
}

function resolveField(db: Db, c: Extract<RawCard, { kind: 'field' }>, input: SyncResolveInput, touched: Touched): void {
  const t = syncedTable(c.tbl)!;
  const mine = c.heads.find((h) => h.current) ?? c.heads[0]!;
  const theirs = c.heads.filter((h) => h !== mine);
  const valueOf = (h: Head) => toSql(JSON.parse(headValue(h, c.row, c.col)) as unknown);
  let value: unknown;
  switch (input.choice) {
    case 'mine':
      value = valueOf(mine);
      break;
    case 'theirs':
      value = valueOf(theirs[input.theirsIndex ?? 0] ?? fail('VALIDATION', 'syncNoSuchChoice', undefined, [{ path: ['theirsIndex'], key: 'syncNoSuchChoice' }]));
      break;
    case 'value':
      if (!typeable(db, c.tbl, c.col) || c.col === 'deleted_at') fail('VALIDATION', 'syncNotTypeable', { field: c.col }, [{ path: ['value'], key: 'syncNotTypeable', params: { field: c.col } }]);
      value = typedValue(db, t, c.col, input.value);
      break;
    case 'restore':
      if (c.col !== 'deleted_at') wrongChoice();
      value = null;
      break;
    case 'keepDeleted':
      if (c.col !== 'deleted_at') wrongChoice();
      value = c.heads.map(valueOf).filter((v) => v !== null).reduce<unknown>((a, b) => mergedByTime('max', a, b), null) ?? nowIso();
      break;
    default:
      wrongChoice();
  }
  setColumn(db, t, c.pk, c.col, value, touched);
}

/** Runs a write of a choice; a rule of the data it breaks (a record it needs is gone, one still refers to it) refuses the choice with `key`. */
function refusedBy<T>(codes: readonly string[], key: string, write: () => T): T {
  try {
    return write();
  } catch (e) {
    if (e instanceof Error && 'code' in e && typeof e.code === 'string' && codes.some((c) => (e.code as string).startsWith(c))) fail('CONFLICT', key);
    throw e;
  }
}

const wrongChoice = (): never => fail('VALIDATION', 'syncWrongChoice', undefined, [{ path: ['choice'], key: 'syncWrongChoice' }]);

/** A colleague deleted a row edited here: restore it for everyone, or let it go. */
function resolvePendingDelete(db: Db, c: Extract<RawCard, { kind: 'pendingDelete' }>, choice: SyncResolveInput['choice'], touched: Touched): void {
  const t = syncedTable(c.tbl)!;
  const key = JSON.parse(c.pk) as unknown[];
  if (choice === 'restore') {
    // Every column asserted, and the pending delete named: where the row is gone it comes back whole.
    queue(db, t, c.pk, 'U', {}, c.row, [...t.columns.filter((col) => !t.blobs.includes(col) && !t.pk.includes(col)), DELETE_COLUMN]);
    // So do the rows that belong to it (ON DELETE CASCADE): where the delete took them with it, they
    // come back with it (a cascade there left them gone, here they stayed).
    for (const d of cascadeRows(db, t, c.row)) {
      queue(db, d.t, d.pk, 'U', {}, d.row, [...d.t.columns.filter((col) => !d.t.blobs.includes(col) && !d.t.pk.includes(col)), DELETE_COLUMN]);
    }
  } else if (choice === 'keepDeleted') {
    if (t.soft && stillNamed(db, t, key)) {
      // A record here still names it (a placement names its company; the app will not delete
      // such a company for good either): it goes to the trash, as companies.delete does, and
      // comes back there, deleted, where the colleague deleted it for good.
      const at = nowIso();
      withCaptureOff(db, () => db.prepare(`UPDATE ${t.name} SET deleted_at = ?${t.columns.includes('updated_at') ? ', updated_at = ?' : ''} WHERE ${t.pk.map((col) => `"${col}" = ?`).join(' AND ')}`).run(at, ...(t.columns.includes('updated_at') ? [at] : []), ...key));
      const after = readRow(db, t, key)!;
      queue(db, t, c.pk, 'U', {}, after, [...t.columns.filter((col) => !t.blobs.includes(col) && !t.pk.includes(col)), DELETE_COLUMN]);
      touched.note(t.name, [c.row, after], ['deleted_at']);
      return;
    }
    beforeHardDelete(db, t.name, c.row);
    refusedBy(['SQLITE_CONSTRAINT'], 'syncCannotDelete', () => db.prepare(`DELETE FROM ${t.name} WHERE ${t.pk.map((col) => `"${col}" = ?`).join(' AND ')}`).run(...key));
    touched.note(t.name, [c.row], [DELETE_COLUMN]);
  } else wrongChoice();
}

/** The rows here that a delete of `row` would take with it (ON DELETE CASCADE), all the way down. */
function cascadeRows(db: Db, t: SyncedTable, row: Row, depth = 0): { t: SyncedTable; pk: string; row: Row }[] {
  const out: { t: SyncedTable; pk: string; row: Row }[] = [];
  if (depth > 5) return out;
  for (const child of SYNCED_TABLES) {
    const fks = new Map<number, { from: string; to: string }[]>();
    for (const fk of db.pragma(`foreign_key_list(${child.name})`) as { id: number; table: string; from: string; to: string; on_delete: string }[]) {
      if (fk.table === t.name && fk.on_delete === 'CASCADE') fks.set(fk.id, [...(fks.get(fk.id) ?? []), fk]);
    }
    for (const cols of fks.values()) {
      const rows = db.prepare(`SELECT * FROM ${child.name} WHERE ${cols.map((c) => `"${c.from}" = ?`).join(' AND ')}`).all(...cols.map((c) => row[c.to])) as Row[];
      for (const r of rows) {
        out.push({ t: child, pk: JSON.stringify(child.pk.map((c) => r[c])), row: r });
        out.push(...cascadeRows(db, child, r, depth + 1));
      }
    }
  }
  return out;
}

/** Whether deleting the row for good would break a record that names it (a reference without ON DELETE). */
function stillNamed(db: Db, t: SyncedTable, key: unknown[]): boolean {
  return attemptRolledBack(db, () => db.prepare(`DELETE FROM ${t.name} WHERE ${t.pk.map((col) => `"${col}" = ?`).join(' AND ')}`).run(...key));
}

/** Runs `write` in a savepoint that is always rolled back; true when a rule of the data refused it. */
function attemptRolledBack(db: Db, write: () => void): boolean {
  class Undo extends Error {}
  try {
    db.transaction(() => {
      write();
      throw new Undo();
    })();
  } catch (e) {
    if (e instanceof Undo) return false;
    if (e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('SQLITE_CONSTRAINT')) return true;
    throw e;
  }
  return false;
}

/** Deleted here while a colleague edited it: bring it back with their edits, or delete it again for everyone. */
function resolveDeletedHere(db: Db, c: Extract<RawCard, { kind: 'deletedHere' }>, choice: SyncResolveInput['choice'], touched: Touched): void {
  const t = syncedTable(c.tbl)!;
  const tomb = tombstoneOf(db, c.tbl, c.pk);
  if (choice === 'restore') {
    if (!tomb?.row) fail('CONFLICT', 'syncCannotRestore');
    const values = Object.fromEntries(Object.entries(JSON.parse(tomb!.row!) as Record<string, ColumnValue>).map(([k, v]) => [k, toSql(v)]));
    // The latest edit of each column wins; the card shows them all, a person may edit further after.
    const byCol = db.prepare('SELECT col, value, at FROM sync_heads WHERE tbl = ? AND pk = ? AND col <> ? ORDER BY at').all(c.tbl, c.pk, DELETE_COLUMN) as { col: string; value: string | null; at: string | null }[];
    for (const h of byCol) {
      if (h.value === null) continue;
      const v = toSql(JSON.parse(h.value) as JsonValue);
      const merge = MERGED_BY_TIME[h.col];
      values[h.col] = merge ? mergedByTime(merge, values[h.col], v) : v;
    }
    if (t.columns.includes('updated_at')) values.updated_at = mergedByTime('max', values.updated_at, nowIso());
    const cols = Object.keys(values).filter((k) => t.columns.includes(k));
    refusedBy(['SQLITE_CONSTRAINT'], 'syncCannotRestore', () =>
      db.prepare(`INSERT INTO ${t.name} (${cols.map((k) => `"${k}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((k) => values[k])),
    );
    // References let go of it here come back, here only: every computer that let go does the same.
    withCaptureOff(db, () => takeBackLetGo(db, t, c.pk, tomb!));
    touched.note(t.name, [values], cols);
  } else if (choice === 'keepDeleted') {
    queue(db, t, c.pk, 'D', tomb?.row ? (JSON.parse(tomb.row) as Row) : null, null, [DELETE_COLUMN]);
  } else wrongChoice();
}

/** Columns, table by table, that hold a reference to a row of `target` (directly, or through a composite key that does). */
function referencingColumns(db: Db, target: string): { t: SyncedTable; col: string }[] {
  const refs: { t: SyncedTable; col: string }[] = [];
  const refersTo = new Set<string>([`${target}.id`]);
  for (const t of SYNCED_TABLES) {
    for (const fk of db.pragma(`foreign_key_list(${t.name})`) as { from: string; table: string; to: string }[]) {
      if (refersTo.has(`${fk.table}.${fk.to}`)) {
        refs.push({ t, col: fk.from });
        refersTo.add(`${t.name}.${fk.from}`);
      }
    }
  }
  return refs;
}

/** The same record made on two computers: the kept one takes the other's references, the other goes to the trash. */
function resolveDuplicate(db: Db, c: Extract<RawCard, { kind: 'duplicate' }>, choice: SyncResolveInput['choice'], touched: Touched): void {
  if (choice !== 'keepMine' && choice !== 'keepTheirs') wrongChoice();
  const t = syncedTable(c.tbl)!;
  const [kept, other] = choice === 'keepMine' ? [c.otherPk, c.pk] : [c.pk, c.otherPk];
  const keptId = (JSON.parse(kept) as string[])[0]!;
  const otherId = (JSON.parse(other) as string[])[0]!;
  const at = nowIso();
  db.pragma('defer_foreign_keys = ON');
  try {
    const refs = referencingColumns(db, t.name);
    for (const { t: rt, col } of refs) db.prepare(`UPDATE OR IGNORE ${rt.name} SET "${col}" = ? WHERE "${col}" = ?`).run(keptId, otherId);
    // What could not move is a link the kept one already has (a trip that lists both), which
    // goes; a record of its own that cannot move (a second draft vetting: one per company) stays
    // with the other one, in the trash, where nothing of it is lost.
    for (const { t: rt, col } of [...refs].reverse()) if (rt.pk.includes(col)) db.prepare(`DELETE FROM ${rt.name} WHERE "${col}" = ?`).run(otherId);
    // Every key met again before the choice stands: a broken one refuses it here, with a reason,
    // rather than failing the commit (a raw error a person cannot act on).
    if (refs.some(({ t: rt }) => (db.pragma(`foreign_key_check(${rt.name})`) as unknown[]).length > 0)) fail('CONFLICT', 'syncDuplicateCannotMerge');
  } finally {
    // Consistent again: what follows (changes that waited, tried again) must meet the keys at once.
    db.pragma('defer_foreign_keys = OFF');
  }
  db.prepare(`DELETE FROM sync_parked WHERE kind = 'duplicate' AND tbl = ? AND pk = ?`).run(t.name, other);
  db.prepare(`UPDATE ${t.name} SET deleted_at = ?, updated_at = ? WHERE id = ?`).run(at, at, otherId);
  // The kept one's deleted_at is asserted (NULL) even where it was live: where it was kept aside it comes back.
  try {
    db.transaction(() => {
      db.prepare(`DELETE FROM sync_parked WHERE kind = 'duplicate' AND tbl = ? AND pk = ?`).run(t.name, kept);
      db.prepare(`UPDATE ${t.name} SET deleted_at = NULL, updated_at = ? WHERE id = ?`).run(at, keptId);
    })();
  } catch (e) {
    if (!(e instanceof Error && 'code' in e && e.code === 'SQLITE_CONSTRAINT_UNIQUE')) throw e;
    // A third one of the same name is live here: the kept one stays aside here (another duplicate
    // card), and is asserted live for the others as chosen.
    const keptRow = readRow(db, t, [keptId])!;
    const parked = db.prepare(`SELECT 1 FROM sync_parked WHERE kind = 'duplicate' AND tbl = ? AND pk = ?`).get(t.name, kept);
    withCaptureOff(db, () => db.prepare(`UPDATE ${t.name} SET deleted_at = coalesce(deleted_at, ?), updated_at = ? WHERE id = ?`).run(at, at, keptId));
    if (!parked) {
      const third = collidingRow(db, t, keptRow, kept) ?? other;
      db.prepare(`INSERT INTO sync_parked (kind, tbl, pk, other_pk, change, origin, at) VALUES ('duplicate', ?, ?, ?, ?, NULL, ?)`).run(t.name, kept, third, JSON.stringify({ deletedAt: null }), at);
    }
    db.prepare(`UPDATE sync_parked SET change = ? WHERE kind = 'duplicate' AND tbl = ? AND pk = ?`).run(JSON.stringify({ deletedAt: null }), t.name, kept);
    queue(db, t, kept, 'U', keptRow, { ...readRow(db, t, [keptId])!, deleted_at: null }, ['deleted_at']);
  }
  touched.note(t.name, [{ id: keptId }, { id: otherId }], ['deleted_at']);
  for (const v of db.prepare('SELECT id FROM visits WHERE company_id = ?').all(keptId) as { id: string }[]) touched.visits.add(v.id);
}

/**
 * A colleague's row that waits because one of its kind is open here (two draft vettings of one
 * company). Keep mine: theirs is deleted for everyone (with what waited on it). Keep theirs:
 * mine is deleted for everyone, and theirs goes in with what waited on it.
 */
function resolveOpenClash(db: Db, c: Extract<RawCard, { kind: 'openClash' }>, choice: SyncResolveInput['choice'], touched: Touched): void {
  const t = syncedTable(c.tbl)!;
  if (choice === 'keepMine') {
    const theirs = (JSON.parse(c.pk) as string[]).join('');
    const waited = db.prepare(`SELECT n, change FROM sync_parked WHERE kind = 'wait' AND instr(change, ?) > 0`).all(theirs) as { n: number; change: string }[];
    // The delete names every change of that row that reached this computer, so none of them outlives it elsewhere.
    const known = waited.map((w) => JSON.parse(w.change) as Change).filter((ch) => ch.tbl === c.tbl && JSON.stringify(ch.pk) === c.pk).map((ch) => ch.id);
    setTombstone(db, c.tbl, c.pk, { vers: known, row: null, by: null, at: nowIso() });
    for (const w of waited) db.prepare('DELETE FROM sync_parked WHERE n = ?').run(w.n);
    queue(db, t, c.pk, 'D', Object.fromEntries(Object.entries(c.values).map(([k, v]) => [k, toSql(v)])), null, [DELETE_COLUMN]);
  } else if (choice === 'keepTheirs') {
    const key = JSON.parse(c.otherPk) as unknown[];
    const mine = readRow(db, t, key);
    db.prepare(`DELETE FROM ${t.name} WHERE ${t.pk.map((col) => `"${col}" = ?`).join(' AND ')}`).run(...key);
    touched.note(t.name, [mine], [DELETE_COLUMN]);
    withCaptureOff(db, () => retryWaiting(db, touched));
  } else wrongChoice();
}

export function resolveCard(db: Db, input: SyncResolveInput): void {
  db.transaction(() => {
    const card = rawCards(db).find((c) => cardId(c) === input.id) ?? fail('NOT_FOUND', 'syncCardGone');
    const touched = new Touched();
    switch (card.kind) {
      case 'field':
        resolveField(db, card, input, touched);
        break;
      case 'pendingDelete':
        resolvePendingDelete(db, card, input.choice, touched);
        break;
      case 'deletedHere':
        resolveDeletedHere(db, card, input.choice, touched);
        break;
      case 'duplicate':
        resolveDuplicate(db, card, input.choice, touched);
        break;
      case 'openClash':
        resolveOpenClash(db, card, input.choice, touched);
        break;
    }
    withCaptureOff(db, () => {
      // A restored record may be the parent a colleague's change waited for.
      retryWaiting(db, touched);
      unparkDuplicates(db, touched);
      refreshDerived(db, touched);
    });
    // Packed now: the choice takes its place among the field's heads, so the card is gone at once.
    packOutbox(db);
  })();
}
