// Test and bench helper (not a test): one seed of the convergence property of team sync.
// Three computers start from one workspace file (copies, each with its own computer id),
// make random offline edits (syncWorkload), and exchange batches in a random causal order,
// sometimes only through a relay (syncNetwork). Then:
//  1. before anything is resolved, every difference between the three is a waiting card on
//     a computer that differs;
//  2. cards are resolved (randomly mine or theirs, on a random computer) and synced, until
//     none is left; the three are then identical table by table;
//  3. no edit is lost: each value an edit wrote is in the data, or was on a card, or was
//     superseded by another edit of the same field (or its row's deletion).
// A failure throws with the seed and what went wrong, so `SYNC_SEED=<n>` replays it.
import fs from 'node:fs';
import path from 'node:path';
import { ApiFailure } from '../../../shared/result';
import type { SyncCard, SyncResolveInput } from '../../../shared/sync/schema';
import { KEYRING_NAME } from '../crypto/keyring';
import { FILE_KEYSTORE_NAME } from '../crypto/fileKeyStore';
import { listCards, resolveCard, startCapture } from '../sync/engine';
import { WorkspaceSession } from '../workspace/session';
import { localSessionOptions } from '../workspace/localKeys';
import { type Cell, type ComparedTable, type Difference, type Snapshot, compareWorkspaces, comparedTables, describeDifferences, pkKey, readRows, snapshot } from './syncCompare';
import { SYNCED_TABLES, syncedTable } from '../sync/tables';
import type { Db } from '../db/open';
import { SimComputer, linksFor, randomTraffic, settle, type Network } from './syncNetwork';
import { type Rng, mulberry32 } from './syncRandom';
import { type LoggedEdit, collisionPlan, seedSharedRecords, syncWorkload } from './syncWorkload';
import { TestWorkspace, createTestWorkspace, tempDir } from './workspace';
import { cardCovers } from './syncCards';

export interface Template {
  dir: string;
  file: string;
  meId: string;
  dispose(): void;
}

/** The starting workspace, built once and copied for every seed. */
export async function buildTemplate(): Promise<Template> {
  const ws = await createTestWorkspace();
  await seedSharedRecords(ws, mulberry32(20261204));
  const meId = ws.me.id;
  ws.session.close();
  return { dir: ws.dir, file: ws.file, meId, dispose: () => fs.rmSync(ws.dir, { recursive: true, force: true }) };
}

/** A copy of the template's file and keyring, opened as one computer. */
export async function openCopy(t: Template, meId = t.meId): Promise<TestWorkspace> {
  const dir = tempDir('liaison-sync-');
  const file = path.join(dir, path.basename(t.file));
  fs.copyFileSync(t.file, file);
  for (const name of [KEYRING_NAME, FILE_KEYSTORE_NAME]) fs.copyFileSync(path.join(t.dir, name), path.join(dir, name));
  // No data folder: no automatic backups of throwaway copies.
  const ws = new TestWorkspace(dir, file, new WorkspaceSession(file, localSessionOptions(dir, { dataDir: undefined })));
  ws.me = { id: meId } as TestWorkspace['me'];
  // A throwaway copy need not survive a power cut: no fsync per write keeps 300 seeds quick.
  ws.db.pragma('synchronous = OFF');
  return ws;
}

/** A computer id that is the same for the same seed (a UUID's shape), so a seed replays. */
function computerId(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}

export interface SeedOptions {
  /** Edits per computer (split over the rounds): between min and max. */
  editsMin?: number;
  editsMax?: number;
}

export interface SeedReport {
  seed: number;
  edits: number;
  changesApplied: number;
  /** Cards seen before any was resolved, and resolutions made until none was left. */
  cards: number;
  resolutions: number;
  relayOnly: boolean;
  /** Differences before resolving (all of them cards). */
  differences: number;
  /** Distinct cards seen, by kind (field, deleted, duplicate). */
  cardKinds: Record<string, number>;
  /** Choices a card offered but the engine refused with a reason (then the other was taken). */
  refusedChoices: string[];
}

export class SeedFailure extends Error {}

const LABELS = ['A', 'B', 'C'];

export async function convergenceSeed(t: Template, seed: number, o: SeedOptions = {}): Promise<SeedReport> {
  const rng = mulberry32(seed);
  const wss: TestWorkspace[] = [];
  const fail = (what: string, detail: string): never => {
    throw new SeedFailure(`seed ${seed}: ${what}\n${detail}`);
  };
  try {
    for (let i = 0; i < LABELS.length; i++) wss.push(await openCopy(t));
    const computers = wss.map((ws, i) => new SimComputer(computerId(rng), LABELS[i]!, () => ws.db));
    computers.forEach((c) => startCapture(c.db(), c.id, 'copy'));
    const relayOnly = rng.chance(0.5);
    const net: Network = { computers, links: linksFor(computers.length, relayOnly) };
    const plan = collisionPlan(wss[0]!.db, rng.fork());
    // What every computer starts from: the no-edit-lost check needs the rows no edit created.
    const start = snapshot(wss[0]!.db);

    // Offline edits, some traffic, more edits (some on what arrived), then everyone syncs.
    const log: LoggedEdit[] = [];
    const rounds = rng.between(1, 2);
    const total = wss.map(() => rng.between(o.editsMin ?? 5, o.editsMax ?? 15));
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < wss.length; i++) {
        const edits = rounds === 1 ? total[i]! : round === 0 ? Math.ceil(total[i]! / 2) : Math.floor(total[i]! / 2);
        const r = await syncWorkload(wss[i]!, rng.fork(), { computer: LABELS[i]!, edits, plan, log: true });
        log.push(...r.log.map((e) => ({ ...e, step: e.step + round * 1000 })));
      }
      randomTraffic(net, rng, rng.between(5, 40));
    }
    settle(net, rng);

    // 1. Before resolving: every difference is a waiting card on a computer that differs.
    const tables = comparedTables(wss[0]!.db);
    const cardsOf = () => computers.map((c) => listCards(c.db()));
    let cards = cardsOf();
    const seen: SyncCard[] = cards.flat();
    const diffs = compareWorkspaces(wss.map((w) => w.db), tables);
    const uncovered = diffs.filter((d) => !covered(d, cards, wss.map((w) => w.db), tables));
    if (uncovered.length) {
      fail('a difference that is not a card', `${describeDifferences(uncovered)}\nedits of those rows:\n${editsOf(log, uncovered)}\n${headsOf(computers, uncovered)}\ncards: ${describeCards(cards)}`);
    }

    // 2. Resolve (mine or theirs, on a random computer), sync, until no card is left.
    let resolutions = 0;
    const refusedChoices: string[] = [];
    const resolved: string[] = [];
    for (let round = 0; cards.some((c) => c.length); round++) {
      if (round > 30) fail('cards never closed', describeCards(cards));
      const withCards = computers.map((c, i) => i).filter((i) => cards[i]!.length);
      const i = rng.pick(withCards);
      const card = rng.pick(cards[i]!);
      const input = randomChoice(card, rng);
      try {
        resolveCard(computers[i]!.db(), input);
      } catch (e) {
        // A choice the engine refuses with a reason the user reads (restore when nothing is left
        // to restore) is noted and the other choice taken; any other error is a bug.
        if (!(e instanceof ApiFailure) || e.error.code === 'INTERNAL') {
          fail(`resolving ${card.kind} card on ${LABELS[i]} with ${input.choice}`, `${(e as Error).message}\ncard: ${JSON.stringify(card)}`);
        }
        refusedChoices.push(`${card.kind} ${card.entity} ${input.choice}: ${(e as ApiFailure).error.key}`);
        const other = otherChoice(card, input);
        try {
          resolveCard(computers[i]!.db(), other);
        } catch (e2) {
          fail(`resolving ${card.kind} card on ${LABELS[i]} with ${other.choice} after ${input.choice} was refused`, `${(e2 as Error).message}\ncard: ${JSON.stringify(card)}`);
        }
      }
      resolutions++;
      resolved.push(`  on ${LABELS[i]}: ${card.kind} ${card.entity} ${card.recordId} ${card.field ?? ''} → ${input.choice}`);
      if (rng.chance(0.5)) randomTraffic(net, rng, rng.between(3, 15));
      else settle(net, rng);
      cards = cardsOf();
      seen.push(...cards.flat());
      if (!cards.some((c) => c.length)) {
        // Partial traffic may have left resolutions unsent: everyone syncs before the end.
        settle(net, rng);
        cards = cardsOf();
        seen.push(...cards.flat());
      }
    }

    // 3. Identical, table by table.
    const after = compareWorkspaces(wss.map((w) => w.db), tables);
    if (after.length) {
      fail('not identical after every card was resolved', `${describeDifferences(after)}\nedits of those rows:\n${editsOf(log, after)}\n${headsOf(computers, after)}\nresolutions:\n${resolved.join('\n')}`);
    }

    // 4. No edit lost.
    const lost = lostEdits(log, start, wss[0]!, tables, seen);
    if (lost.length) {
      const rows = lost.slice(0, 5).map((l) => ({ table: l.table, pk: l.pk, column: '*', values: [] }));
      const ids = new Set(rows.flatMap((r) => r.pk.map(String)));
      fail('edits lost', `${[...new Set(lost.map((l) => l.line))].slice(0, 10).join('\n')}\nedits of those rows:\n${editsOf(log, rows)}\nresolutions:\n${resolved.filter((r) => [...ids].some((id) => r.includes(id))).join('\n') || '(none of those records)'}`);
    }

    return {
      seed,
      edits: log.length,
      changesApplied: computers.reduce((s, c) => s + c.held.filter((p) => p.origin !== c.id).reduce((n, p) => n + p.changes.length, 0), 0),
      cards: new Set(seen.map((c) => c.id)).size,
      resolutions,
      relayOnly,
      differences: diffs.length,
      cardKinds: [...new Map(seen.map((c) => [c.id, c.kind])).values()].reduce<Record<string, number>>((m, k) => ({ ...m, [k]: (m[k] ?? 0) + 1 }), {}),
      refusedChoices,
    };
  } catch (e) {
    if (e instanceof SeedFailure) throw e;
    throw new SeedFailure(`seed ${seed}: ${(e as Error).stack ?? String(e)}`);
  } finally {
    for (const ws of wss) ws.dispose();
  }
}

/**
 * Whether some computer's cards cover this difference: a card on the cell itself, or a
 * deleted/duplicate card on a record it belongs to (through its foreign keys, on a computer
 * that has the row): a visit's follow-up waits with the visit whose deletion is on a card.
 */
function covered(d: Difference, cards: SyncCard[][], dbs: Db[], tables: ComparedTable[]): boolean {
  const all = cards.flat();
  if (all.some((card) => cardCovers(card, d.table, d.pk, d.column))) return true;
  const byName = new Map(tables.map((t) => [t.name, t]));
  // A derived column sync does not carry (companies.last_visit_date) follows the records under
  // it: it may differ while a card waits on one of them (a visit deleted here, edited there).
  if (!syncedTable(d.table)?.columns.includes(d.column) && d.pk.length === 1) {
    const tableOf = new Map(SYNCED_TABLES.map((t) => [t.entity, t.name]));
    const refersHere = (card: SyncCard) => {
      const table = tableOf.get(card.entity);
      if (!table || !byName.get(table) || byName.get(table)!.pk.length !== 1) return false;
      const fks = dbs[0]!.prepare(`SELECT "from" AS col FROM pragma_foreign_key_list(?) WHERE "table" = ?`).pluck().all(table, d.table) as string[];
      return fks.some((col) => dbs.some((db) => db.prepare(`SELECT 1 FROM "${table}" WHERE "${byName.get(table)!.pk[0]}" = ? AND "${col}" = ?`).get(card.recordId, d.pk[0]) !== undefined));
    };
    if (all.some(refersHere)) return true;
  }
  const seen = new Set<string>();
  const parentsCovered = (table: string, pk: Cell[], depth: number): boolean => {
    const t = byName.get(table);
    if (!t || depth > 4 || seen.has(`${table} ${pkKey(pk)}`)) return false;
    seen.add(`${table} ${pkKey(pk)}`);
    const where = t.pk.map((c) => `"${c}" = ?`).join(' AND ');
    for (const db of dbs) {
      const row = db.prepare(`SELECT * FROM "${table}" WHERE ${where}`).get(...pk) as Record<string, Cell> | undefined;
      if (!row) continue;
      const fks = db.prepare(`SELECT "table" AS parent, "from" AS col, "to" AS ref FROM pragma_foreign_key_list(?)`).all(table) as { parent: string; col: string; ref: string | null }[];
      for (const fk of fks) {
        const value = row[fk.col];
        const parent = byName.get(fk.parent);
        if (value === null || value === undefined || !parent || parent.pk.length !== 1 || (fk.ref && fk.ref !== parent.pk[0])) continue;
        if (all.some((card) => card.kind !== 'field' && cardCovers(card, fk.parent, [value], '*'))) return true;
        if (parentsCovered(fk.parent, [value], depth + 1)) return true;
      }
    }
    return false;
  };
  return parentsCovered(d.table, d.pk, 0);
}

/** One of the choices the card offers (a person sees a button for each and no other), at random. */
function randomChoice(card: SyncCard, rng: Rng): SyncResolveInput {
  const offered = card.choices.filter((c) => c !== 'value');
  if (offered.length === 0) throw new Error(`a card that offers no choice: ${JSON.stringify(card)}`);
  const choice = rng.pick(offered);
  if (choice === 'theirs') return { id: card.id, choice, theirsIndex: rng.int(card.theirs.length) };
  return { id: card.id, choice };
}

/** The logged edits that wrote the rows of these differences: the minimal story of a failure. */
function editsOf(log: LoggedEdit[], diffs: Difference[]): string {
  const rows = new Set(diffs.map((d) => `${d.table} ${pkKey(d.pk)}`));
  return log
    .flatMap((e) => {
      const ws = e.writes.filter((w) => rows.has(`${w.table} ${pkKey(w.pk)}`));
      return ws.length ? [`  ${e.computer}#${e.step} ${e.op}: ${ws.map((w) => `${w.table}.${w.column}=${JSON.stringify(w.value)}`).join(', ').slice(0, 400)}`] : [];
    })
    .join('\n');
}

/** Each computer's versions (sync_heads) of the differing fields, for the engine's side of the story. */
function headsOf(computers: SimComputer[], diffs: Difference[]): string {
  const lines: string[] = [];
  for (const d of diffs.slice(0, 5)) {
    for (const c of computers) {
      const heads = c.db().prepare(`SELECT col, ver, current, value FROM sync_heads WHERE tbl = ? AND pk = ? AND (col = ? OR ? = '*' OR col = '*')`).all(d.table, JSON.stringify(d.pk), d.column, d.column) as { col: string; ver: string; current: number; value: string }[];
      lines.push(`  heads ${c.label} ${d.table}.${d.column}: ${heads.map((h) => `${h.col}@${h.ver.replace(/^(.{4}).*:/, '$1…:')}${h.current ? '*' : ''}=${String(h.value).slice(0, 40)}`).join(', ') || '(none)'}`);
    }
  }
  for (const d of diffs.slice(0, 5)) {
    for (const c of computers) {
      const parked = c.db().prepare(`SELECT kind, change FROM sync_parked WHERE tbl = ? AND pk = ?`).all(d.table, JSON.stringify(d.pk)) as { kind: string; change: string | null }[];
      for (const p of parked) lines.push(`  parked on ${c.label} (${p.kind}): ${(p.change ?? '').slice(0, 120)}`);
    }
  }
  const rows = new Set(diffs.slice(0, 5).map((d) => `${d.table} ${JSON.stringify(d.pk)}`));
  for (const c of computers) {
    for (const p of c.held.filter((x) => x.origin === c.id)) {
      for (const ch of p.changes.filter((x) => rows.has(`${x.tbl} ${JSON.stringify(x.pk)}`))) {
        lines.push(`  sent by ${c.label} in #${p.seq}: ${ch.id.replace(/^(.{4}).*:/, '$1…:')} ${ch.op} ${ch.tbl} ${Object.entries(ch.cols).map(([k, v]) => `${k}=${JSON.stringify(v.v).slice(0, 30)}[${v.bases.map((b) => b.replace(/^(.{4}).*:/, '$1…:')).join(' ')}]`).join(' ')}`);
      }
    }
  }
  return lines.join('\n');
}

function otherChoice(card: SyncCard, tried: SyncResolveInput): SyncResolveInput {
  const pairs: Record<string, SyncResolveInput['choice']> = { restore: 'keepDeleted', keepDeleted: 'restore', keepMine: 'keepTheirs', keepTheirs: 'keepMine', mine: 'theirs', theirs: 'mine' };
  return { id: card.id, choice: pairs[tried.choice] ?? 'mine', ...(pairs[tried.choice] === 'theirs' ? { theirsIndex: 0 } : {}) };
}

const describeCards = (cards: SyncCard[][]): string =>
  cards.map((cs, i) => `${LABELS[i]}: ${cs.map((c) => `${c.kind} ${c.entity} ${c.recordId} ${c.field ?? ''}`).join('; ') || '(none)'}`).join('\n');

/**
 * Each value an edit wrote is still there, or another edit (on any computer) wrote the same
 * field, or a card covered the field or its record. Exceptions, each for a reason:
 * - a row gone: its removal was logged, or a deleted/duplicate card was about it or a record it
 *   belonged to (through its foreign keys, as far as its values are known);
 * - a company id that a duplicate card merged away: its records now point at the kept one;
 * - a reference to a row that is gone, cleared by its foreign key (ON DELETE SET NULL);
 * - derived columns sync does not carry (companies.last_visit_date): each computer computes them;
 * - audit rows are only ever inserted: compared as a whole by "identical".
 */
function lostEdits(log: LoggedEdit[], start: Snapshot, ws: TestWorkspace, tables: ComparedTable[], seen: SyncCard[]): { line: string; table: string; pk: Cell[] }[] {
  const carried = new Map(SYNCED_TABLES.map((t) => [t.name, new Set(t.columns)]));
  const data = new Map(tables.map((t) => [t.name, readRows(ws.db, t)]));
  const field = (table: string, pk: Cell[], column: string) => `${table} ${pkKey(pk)} ${column}`;
  const writers = new Map<string, Set<string>>();
  for (const e of log) {
    for (const w of e.writes) {
      const k = field(w.table, w.pk, w.column);
      writers.set(k, (writers.get(k) ?? new Set()).add(`${e.computer}${e.step}`));
    }
  }
  // A row's values as they were known: the starting workspace's, then every logged write.
  const known = new Map<string, Record<string, Cell>>();
  for (const [table, rows] of start) for (const [key, row] of rows) known.set(`${table} ${key}`, { ...row });
  const removedRows = new Set<string>();
  for (const e of log) {
    for (const w of e.writes) {
      const k = `${w.table} ${pkKey(w.pk)}`;
      if (w.value === undefined) removedRows.add(k);
      else known.set(k, { ...(known.get(k) ?? {}), [w.column]: w.value });
    }
  }
  const fksOf = (table: string) =>
    ws.db.prepare(`SELECT "table" AS parent, "from" AS col FROM pragma_foreign_key_list(?)`).all(table) as { parent: string; col: string }[];
  /** A row is gone for a reason: it was removed by an edit, a card was about it, or about a record it belonged to. */
  const goneExplained = (table: string, pk: Cell[], depth: number): boolean => {
    const k = `${table} ${pkKey(pk)}`;
    if (removedRows.has(k) || seen.some((c) => c.kind !== 'field' && cardCovers(c, table, pk, '*'))) return true;
    if (depth > 4) return false;
    const row = known.get(k) ?? {};
    return fksOf(table).some(({ parent, col }) => {
      const id = row[col];
      if (typeof id !== 'string') return false;
      return merged.has(id) || goneExplained(parent, [id], depth + 1) || (data.get(parent) !== undefined && !data.get(parent)!.has(pkKey([id])) && removedRows.has(`${parent} ${pkKey([id])}`));
    });
  };
  const merged = new Set(seen.filter((c) => c.kind === 'duplicate' && c.entity === 'company').flatMap((c) => [c.recordId, c.other?.id ?? '']));
  const lost: { line: string; table: string; pk: Cell[] }[] = [];
  for (const e of log) {
    for (const w of e.writes) {
      if (w.column === '*' || w.table === 'audit' || !carried.get(w.table)?.has(w.column)) continue;
      if ((writers.get(field(w.table, w.pk, w.column))?.size ?? 0) > 1) continue;
      if (seen.some((c) => cardCovers(c, w.table, w.pk, w.column))) continue;
      const row = data.get(w.table)?.get(pkKey(w.pk));
      if (!row) {
        // A link row keyed by a company that a duplicate card merged away now has the kept one's key.
        if (w.pk.some((v) => typeof v === 'string' && merged.has(v))) continue;
        if (!goneExplained(w.table, w.pk, 0)) lost.push({ table: w.table, pk: w.pk, line: `${e.computer}#${e.step} ${e.op}: ${w.table} ${JSON.stringify(w.pk)} is gone` });
        continue;
      }
      const now = row[w.column];
      if (now === w.value || (typeof w.value === 'string' && merged.has(w.value))) continue;
      // A reference to a row that is gone now, cleared as its foreign key says (ON DELETE SET NULL).
      const fk = now === null ? fksOf(w.table).find((f) => f.col === w.column) : undefined;
      if (fk && typeof w.value === 'string' && data.get(fk.parent)?.has(pkKey([w.value])) === false) continue;
      lost.push({ table: w.table, pk: w.pk, line: `${e.computer}#${e.step} ${e.op}: ${w.table} ${JSON.stringify(w.pk)} .${w.column} = ${JSON.stringify(w.value)}, now ${JSON.stringify(now)}` });
    }
  }
  return lost;
}
