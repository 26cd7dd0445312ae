// The hot paths — every interactive call that reads a list or a figure, a few writes, opening,
// the visits export and the import commit — measured at the API on one generated workspace
// (encrypted, as the app makes every workspace), each read beside "the raw SQL": the very
// statements the call ran, recorded as it ran them and replayed directly with better-sqlite3
// on a connection of its own. Their ratio is what the app adds to SQLite (validation, building
// SQL, mapping rows); the raw figure growing with the workspace is SQLite doing more work.
//
// run.ts measures the workspace of each scale asked for (1× and, with --scale N, N× as well)
// and prints them side by side (printHotPaths).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import type { Channel, ChannelInput, ChannelOutput } from '../shared/channels';
import { createInvoker, type FileDialogs } from '../electron/core';
import { applyKey } from '../electron/core/crypto/workspaceKey';
import { localSessionOptions } from '../electron/core/workspace/localKeys';
import { WorkspaceSession } from '../electron/core/workspace/session';
import { buildCore, root } from '../scripts/bundles.mjs';
import { copyInThread } from '../electron/core/backups/copyThread';
import { checkInThread } from '../electron/core/db/checkThread';
import { cacheKeyring, copyCacheKeyring } from './generate';
import { timeImport, writeImportFile } from './imports';
import * as text from './text';

export interface HotPath {
  name: string;
  /** Median ms at the API. */
  api: number;
  /** Median ms of the same statements run directly; null for writes and jobs. */
  raw: number | null;
  targetMs: number;
  samples: number;
  note?: string;
  /** The target is for the 1× workspace (the export of 100,000 visits): judged there, whatever the other scales show. */
  targetAt1x?: boolean;
}

/** A statement as a call ran it. */
interface Ran {
  sql: string;
  method: 'get' | 'all' | 'run' | 'iterate';
  args: unknown[];
}

type Db = Database.Database;

/**
 * Records every statement run on `db` while `recording` is set, by wrapping what db.prepare
 * hands back (the connection's statement cache included) in a proxy that notes each run.
 */
function statementRecorder(db: Db) {
  let log: Ran[] | null = null;
  const prepare = db.prepare.bind(db);
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    const proxy: unknown = new Proxy(statement, {
      get(target, prop) {
        if (prop === 'get' || prop === 'all' || prop === 'run' || prop === 'iterate') {
          return (...args: unknown[]) => {
            log?.push({ sql: target.source, method: prop, args });
            return (target[prop] as (...a: unknown[]) => unknown)(...args);
          };
        }
        if (prop === 'pluck' || prop === 'raw' || prop === 'expand' || prop === 'safeIntegers' || prop === 'bind') {
          return (...args: unknown[]) => ((target[prop] as (...a: unknown[]) => unknown)(...args), proxy);
        }
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    return proxy;
  }) as Db['prepare'];
  return {
    async during<T>(fn: () => Promise<T>): Promise<Ran[]> {
      log = [];
      try {
        await fn();
        return log;
      } finally {
        log = null;
      }
    },
  };
}

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

const noDialogs = (save: string | null = null): FileDialogs => ({
  chooseNewWorkspace: async () => null,
  chooseWorkspaceToOpen: async () => null,
  chooseCopyDestination: async () => null,
  choosePdfDestination: async () => null,
  chooseSaveDestination: async () => save,
  chooseFileToOpen: async () => null,
  chooseFolder: async () => null,
});

type Call = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/**
 * Measures the hot paths on a copy of `workspaceFile` (a cached bench workspace, its key in the
 * bench keyring). `scale` only labels the log lines. `jobs` adds the slow figures (export of
 * every visit, the 10,000-company import).
 */
export async function measureHotPaths(workspaceFile: string, scale: string, log: (line: string) => void, { jobs = true } = {}): Promise<HotPath[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-bench-hot-'));
  const file = path.join(dir, 'bench.sqlite');
  copyCacheKeyring(dir);
  fs.copyFileSync(workspaceFile, file);
  const figures: HotPath[] = [];
  const since = () => Date.now();
  let t = since();
  const done = (f: HotPath) => {
    figures.push(f);
    log(`  ${scale} ${f.name}: ${f.api.toFixed(1)} ms${f.raw === null ? '' : ` (SQL ${f.raw.toFixed(1)})`} [${((Date.now() - t) / 1000).toFixed(1)} s]`);
    t = since();
  };

  try {
    // Opening: the session (integrity check deferred after a clean close) and the first page of
    // companies, as the window shows it. Each open closed at once; the first is not counted.
    {
      const samples: number[] = [];
      for (let i = 0; i < 6; i++) {
        const t0 = process.hrtime.bigint();
        const session = new WorkspaceSession(file, localSessionOptions(dir));
        const invoke = createInvoker({ session, dataDir: dir, dialogs: noDialogs() });
        const r = await invoke('companies.list', { limit: 100, sort: 'name' });
        const took = ms(t0);
        session.close();
        if (!r.ok) throw new Error(JSON.stringify(r));
        if (i > 0) samples.push(took);
      }
      done({ name: 'open workspace + companies.list first page', api: median(samples), raw: null, targetMs: 500, samples: samples.length, note: 'integrity check after opening' });
    }

    // The integrity check after opening runs in a thread of its own (the shipped core's script,
    // db/checkThread.ts) while calls are answered: how long a visits.list page 1 asked every 20 ms
    // waits until it is done (the 95th percentile; the longest, on two cores shared with the
    // check's thread, is the operating system's scheduling as much as ours). No data folder
    // here, so no day's backup after it.
    {
      await buildCore();
      const script = path.join(root, 'dist', 'electron', 'core.cjs');
      let checked: Promise<string[]> | null = null;
      const session = new WorkspaceSession(file, {
        keyring: localSessionOptions(dir).keyring,
        checkElsewhere: (p, key) => {
          const check = checkInThread(script, p, key);
          checked = check.done;
          return check;
        },
      });
      const invoke = createInvoker({ session, dataDir: dir, dialogs: noDialogs() });
      const waits: number[] = [];
      const started = Date.now();
      let finished = false;
      const checkDone = (async () => {
        while (!checked) await new Promise((resolve) => setTimeout(resolve, 10));
        await checked;
        finished = true;
      })();
      while (!finished && Date.now() - started < 300_000) {
        const t0 = process.hrtime.bigint();
        await new Promise((resolve) => setTimeout(resolve, 20));
        const r = await invoke('visits.list', { limit: 100 });
        if (!r.ok) throw new Error(JSON.stringify(r));
        waits.push(ms(t0) - 20);
      }
      await checkDone;
      const checkMs = Date.now() - started;
      session.close();
      const p95 = [...waits].sort((a, b) => a - b)[Math.floor(0.95 * (waits.length - 1))]!;
      done({
        name: 'a call while the check after opening runs (p95)',
        api: p95,
        raw: null,
        targetMs: 50,
        samples: waits.length,
        note: `${waits.length} calls over the ${(checkMs / 1000).toFixed(1)} s of the check in its thread: median ${median(waits).toFixed(1)}, longest ${Math.max(...waits).toFixed(0)} ms`,
      });
    }

    // A backup (VACUUM INTO, then its check) runs in a thread of its own (backups/copyThread.ts)
    // while calls are answered: how long a visits.list page 1 asked every 20 ms waits, and a
    // write (a settings row, through the core's connection) between them, until the backup is
    // in place. Before, the day's first backup and every backup by hand held the core for
    // their whole length. The backup's own duration is in the note.
    {
      const script = path.join(root, 'dist', 'electron', 'core.cjs');
      const session = new WorkspaceSession(file, { ...localSessionOptions(dir), dataDir: dir, copyElsewhere: (p, key, target) => copyInThread(script, p, key, target) });
      session.settle(); // the check and the day's backup, here, before the figure
      const invoke = createInvoker({ session, dataDir: dir, dialogs: noDialogs() });
      const write = session.db.prepare("INSERT INTO settings (key, value) VALUES ('bench', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
      const reads: number[] = [];
      const writes: number[] = [];
      const started = Date.now();
      let finished = false;
      const backup = session.backupInBackground('manual').finally(() => (finished = true));
      for (let i = 0; !finished && Date.now() - started < 600_000; i++) {
        const t0 = process.hrtime.bigint();
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (i % 5 === 4) {
          session.db.transaction(() => write.run(String(i)))();
          writes.push(ms(t0) - 20);
          continue;
        }
        const r = await invoke('visits.list', { limit: 100 });
        if (!r.ok) throw new Error(JSON.stringify(r));
        reads.push(ms(t0) - 20);
      }
      const entry = await backup;
      const backupMs = Date.now() - started;
      session.close();
      const all = [...reads, ...writes];
      done({
        name: 'a call while a backup runs in its thread (p95)',
        api: [...all].sort((a, b) => a - b)[Math.floor(0.95 * (all.length - 1))]!,
        raw: null,
        targetMs: 50,
        samples: all.length,
        note: `backup of ${(entry.size / 1e6).toFixed(0)} MB took ${(backupMs / 1000).toFixed(1)} s; ${reads.length} reads (median ${median(reads).toFixed(1)}, longest ${Math.max(...reads).toFixed(0)} ms) and ${writes.length} writes (longest ${Math.max(...writes).toFixed(0)} ms) meanwhile`,
      });
    }

    const session = new WorkspaceSession(file, localSessionOptions(dir));
    session.settle(); // the integrity check and the day's backup, now rather than inside a figure
    const db = session.db;
    const recorder = statementRecorder(db);
    const invoke = createInvoker({ session, dataDir: dir, dialogs: noDialogs(path.join(dir, 'export.xlsx')) });
    const call: Call = async (channel, input) => {
      const r = await invoke(channel, input);
      if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
      return r.value as never;
    };
    // The raw connection: the same file and key, the same page cache size.
    const raw = new Database(file, { readonly: true, fileMustExist: true });
    const [key] = cacheKeyring().keysFor(workspaceFile);
    applyKey(raw, key!);
    raw.pragma('cache_size = -131072');
    raw.pragma('temp_store = MEMORY');

    /** A read measured at the API and replayed as raw SQL, over `inputs` (cycled) `rounds` times. */
    const read = async (name: string, rounds: number, inputs: (() => Promise<unknown>)[], targetMs = 50, note?: string) => {
      const recorded: Ran[][] = [];
      for (const fn of inputs) recorded.push(await recorder.during(fn)); // also the warm-up
      const writes = recorded.flat().some((r) => r.method === 'run');
      const statements = recorded.map((list) => list.map((r) => ({ ...r, statement: raw.prepare(r.sql) })));
      const api: number[] = [];
      const sql: number[] = [];
      for (let round = 0; round < rounds; round++) {
        for (let i = 0; i < inputs.length; i++) {
          const t0 = process.hrtime.bigint();
          await inputs[i]!();
          api.push(ms(t0));
          if (writes) continue;
          const t1 = process.hrtime.bigint();
          for (const r of statements[i]!) {
            if (r.method === 'get') r.statement.get(...r.args);
            else r.statement.all(...r.args);
          }
          sql.push(ms(t1));
        }
      }
      done({ name, api: median(api), raw: writes ? null : median(sql), targetMs, samples: api.length, note });
    };

    const staff = await call('staff.list', {});
    const towns = await call('lookups.list', { kind: 'town' });
    const today = '2024-06-30';
    const visitsTotal = (await call('visits.list', { limit: 1 })).total;
    const companiesTotal = (await call('companies.list', { limit: 1 })).total;
    // Deep in each list: 80% of the way down (row 80,000 of 100,000 visits at 1×, 400,000 at 5×).
    const deepVisit = Math.floor(visitsTotal * 0.8);
    const deepCompany = Math.floor(companiesTotal * 0.8);
    const rowBefore = (await call('visits.list', { limit: 1, offset: deepVisit - 1 })).rows[0]!;
    const cursor = { visitDate: rowBefore.visitDate, id: rowBefore.id };
    const busiest = staff[0]!.id;
    const town = towns[0]!.id;
    const year = { from: '2020-01-01', to: '2020-12-31' };
    const each = <T>(xs: readonly T[], f: (x: T) => Promise<unknown>) => xs.map((x) => () => f(x));

    await read('visits.list page 1', 20, [() => call('visits.list', { limit: 100 })]);
    await read(`visits.list 80% down by offset (row ${deepVisit.toLocaleString()})`, 10, [() => call('visits.list', { limit: 100, offset: deepVisit })]);
    await read('visits.list 80% down by cursor', 20, [() => call('visits.list', { limit: 100, after: cursor })]);
    await read('visits.list by staff', 5, each(staff.slice(0, 4), (s) => call('visits.list', { limit: 100, staffId: s.id })));
    await read('visits.list by town', 5, each(towns.slice(0, 4), (x) => call('visits.list', { limit: 100, townId: x.id })));
    await read('visits.list by date (a year)', 10, [() => call('visits.list', { limit: 100, ...year })]);
    await read('visits.list by staff + town + date', 10, [() => call('visits.list', { limit: 100, staffId: busiest, townId: town, ...year })]);
    await read('visits.list search, 2 characters', 2, each(text.VISIT_QUERIES_2, (q) => call('visits.list', { query: q, limit: 100 })));
    await read('visits.list search, 4 characters', 2, each(text.VISIT_QUERIES_4, (q) => call('visits.list', { query: q, limit: 100 })));
    await read('visits.list search + staff', 1, each(text.VISIT_QUERIES_4.slice(0, 10), (q) => call('visits.list', { query: q, limit: 100, staffId: busiest })));
    await read('visits.list search + town', 1, each(text.VISIT_QUERIES_4.slice(0, 10), (q) => call('visits.list', { query: q, limit: 100, townId: town })));
    await read('visits.list search + date (a year)', 1, each(text.VISIT_QUERIES_4.slice(0, 10), (q) => call('visits.list', { query: q, limit: 100, ...year })));
    await read('followUps.list overdue', 10, [() => call('followUps.list', { scope: 'overdue', today })]);
    await read('followUps.list open', 10, [() => call('followUps.list', { scope: 'open', today })]);
    await read('followUps.list all', 10, [() => call('followUps.list', { scope: 'all', today })]);
    await read('dashboard.get', 10, [() => call('dashboard.get', { today })], 100);
    await read('companies.list page 1 (by name)', 20, [() => call('companies.list', { limit: 100, sort: 'name' })]);
    await read(`companies.list 80% down (row ${deepCompany.toLocaleString()})`, 10, [() => call('companies.list', { limit: 100, sort: 'name', offset: deepCompany })]);
    await read('companies.list by status, page 50', 10, [() => call('companies.list', { limit: 100, sort: 'status', offset: 4900 })]);
    await read('companies.list by last visit, page 1', 10, [() => call('companies.list', { limit: 100, sort: 'lastVisit' })]);
    await read('companies.list filtered by status', 10, [() => call('companies.list', { limit: 100, sort: 'name', status: 'approved' })]);
    await read('companies.list filtered by town', 5, each(towns.slice(0, 4), (x) => call('companies.list', { limit: 100, sort: 'name', townId: x.id })));
    await read('companies.list filtered by tag', 5, each(['普工', '食宿齐全', '校企合作'], (tag) => call('companies.list', { limit: 100, sort: 'name', tag })));
    await read('companies.list search, 2 characters', 2, each(text.QUERIES_2, (q) => call('companies.list', { query: q, limit: 100 })));
    await read('companies.list search, 4 characters', 2, each(text.QUERIES_4, (q) => call('companies.list', { query: q, limit: 100 })));
    await read('trash.list', 10, [() => call('trash.list', {})]);

    // Writes: a visit logged; the company with the most visits moved to the trash and back.
    {
      const companyIds = (db.prepare('SELECT id FROM companies WHERE deleted_at IS NULL ORDER BY id LIMIT 500').all() as { id: string }[]).map((r) => r.id);
      const r = text.rng(7);
      const visit = (): ChannelInput<'visits.create'> => ({
        companyId: r.pick(companyIds),
        visitDate: '2024-06-20',
        staffIds: [busiest],
        purpose: '了解用工需求',
        ...text.visitTexts(r, { min: 5000, max: 6500 }),
        followUps: [{ what: '寄送岗位表', dueDate: '2024-07-01' }],
      });
      for (let i = 0; i < 10; i++) await call('visits.create', visit());
      const samples: number[] = [];
      for (let i = 0; i < 100; i++) {
        const input = visit();
        const t0 = process.hrtime.bigint();
        await call('visits.create', input);
        samples.push(ms(t0));
      }
      done({ name: 'visits.create', api: median(samples), raw: null, targetMs: 5, samples: samples.length });

      const top = db
        .prepare('SELECT company_id AS id, count(*) AS n FROM visits WHERE deleted_at IS NULL GROUP BY company_id ORDER BY n DESC LIMIT 5')
        .all() as { id: string; n: number }[];
      const del: number[] = [];
      const restore: number[] = [];
      for (const c of top) {
        let t0 = process.hrtime.bigint();
        await call('companies.delete', { id: c.id });
        del.push(ms(t0));
        t0 = process.hrtime.bigint();
        await call('trash.restore', { kind: 'company', id: c.id });
        restore.push(ms(t0));
      }
      const visits = `companies with ${Math.min(...top.map((c) => c.n))}–${Math.max(...top.map((c) => c.n))} visits`;
      done({ name: 'companies.delete (to the trash)', api: median(del), raw: null, targetMs: 50, samples: del.length, note: visits });
      done({ name: 'trash.restore (a company)', api: median(restore), raw: null, targetMs: 50, samples: restore.length, note: visits });
    }

    if (jobs) {
      // Every visit to XLSX, as the export job runs it: file written and closed.
      const exportFile = path.join(dir, 'export.xlsx');
      const samples: number[] = [];
      let rows = 0;
      for (let i = 0; i < 2; i++) {
        const t0 = process.hrtime.bigint();
        const started = (await call('exports.start', { dataset: 'visits', format: 'xlsx', lang: 'zh', filter: {} })) as { jobId: string };
        for (;;) {
          const s = await call('jobs.status', { id: started.jobId });
          if (s.state === 'failed') throw new Error(JSON.stringify(s.error));
          if (s.state === 'done') {
            rows = (s.result as { rows: number }).rows;
            break;
          }
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        samples.push(ms(t0));
        fs.rmSync(exportFile, { force: true });
      }
      done({ name: 'export every visit to XLSX', api: median(samples), raw: null, targetMs: 5000, samples: samples.length, note: `${rows.toLocaleString()} rows`, targetAt1x: true });
    }
    raw.close();
    session.close();

    if (jobs) {
      // The import commit alone (read and preview before it are not its figure), into a new workspace.
      const xlsx = path.join(dir, 'import-10000.xlsx');
      await writeImportFile(xlsx, 10_000);
      const commits: number[] = [];
      for (let i = 0; i < 2; i++) commits.push((await timeImport(dir, xlsx, i)).commitMs);
      done({ name: 'import 10,000 companies: commit', api: median(commits), raw: null, targetMs: 3000, samples: commits.length, note: 'into a new workspace; read and preview not counted' });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

/** The hot paths of each scale side by side: API and raw SQL medians, their ratio, the growth from the first scale, the target. */
export function printHotPaths(byScale: { label: string; figures: HotPath[] }[], print: (line: string) => void): void {
  const names = byScale[0]!.figures.map((f) => f.name);
  const head = ['hot path', 'target ms'];
  for (const s of byScale) head.push(`${s.label} API ms`, `${s.label} SQL ms`, 'API/SQL');
  if (byScale.length > 1) head.push(`${byScale.at(-1)!.label}/${byScale[0]!.label}`);
  head.push('verdict', 'notes');
  const rows = names.map((name) => {
    const at = byScale.map((s) => s.figures.find((f) => f.name.split(' (row')[0] === name.split(' (row')[0]));
    const cells = [name.replace(/ \(row [\d,]+\)/, ''), `< ${at[0]!.targetMs}`];
    for (const f of at) cells.push(f ? f.api.toFixed(1) : '—', f?.raw == null ? '—' : f.raw.toFixed(1), f?.raw ? (f.api / f.raw).toFixed(2) : '—');
    const last = at.at(-1);
    if (byScale.length > 1) cells.push(last && at[0] ? (last.api / at[0].api).toFixed(1) : '—');
    const judged = last?.targetAt1x ? at[0] : last;
    cells.push(judged ? `${judged.api < judged.targetMs ? 'PASS' : 'FAIL'}${judged !== last ? ` (${byScale[0]!.label})` : ''}` : '—');
    cells.push(at.map((f) => f?.note).filter(Boolean).join('; '));
    return cells;
  });
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const cols = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => (i > 0 && i < cells.length - 2 ? ' '.repeat(cols[i]! - width(c)) + c : c + ' '.repeat(cols[i]! - width(c)))).join('  ').trimEnd();
  print(line(head));
  print(cols.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) print(line(r));
  const last = byScale.at(-1)!;
  const judged = last.figures.map((f) => (f.targetAt1x ? byScale[0]!.figures.find((g) => g.name === f.name) ?? f : f));
  const failing = judged.filter((f) => f.api >= f.targetMs);
  print(`\nat ${last.label}: ${last.figures.length - failing.length}/${last.figures.length} hot paths within their targets${failing.length ? `; over: ${failing.map((f) => `${f.name} ${f.api.toFixed(0)} ms`).join(', ')}` : ''}`);
}
