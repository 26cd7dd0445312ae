// `npm run bench`: the performance figures from the issue, measured at the API (the same
// invoke function Electron's IPC calls) on a generated workspace of 20,000 companies and
// 100,000 visits. Prints median and p95 per figure with PASS/FAIL against its target.
// Exits non-zero only if something crashes, never because a target was missed.
//
//   npm run bench                          full size (generated once, cached in bench/.data/)
//   npm run bench -- --companies 2000 --visits 10000   a smaller workspace for a quick look
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Channel, ChannelInput, ChannelOutput } from '../shared/channels';
import { buildExampleWorkspace } from '../electron/core/example/build';
import { createInvoker, type FileDialogs } from '../electron/core/handlers';
import { WorkspaceSession } from '../electron/core/workspace/session';
import { DEFAULT_SIZE, ensureWorkspace, type GenerateOptions } from './generate';
import * as text from './text';
import { benchVetting } from './vetting';
import { benchExportXlsx } from './exports';
import { benchVettingSummaries } from './vettingSummaries';
import { benchImportCompanies } from './imports';
import { localSessionOptions } from '../electron/core/workspace/localKeys';

interface Figure {
  name: string;
  samples: number[];
  targetMs: number | null;
  note?: string;
}

const noDialogs: FileDialogs = {
  chooseNewWorkspace: async () => null,
  chooseWorkspaceToOpen: async () => null,
  chooseCopyDestination: async () => null,
  choosePdfDestination: async () => null,
  chooseSaveDestination: async () => null,
  chooseFileToOpen: async () => null,
};

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))]!;
}

function api(session: WorkspaceSession) {
  const invoke = createInvoker({ session, dataDir: os.tmpdir(), dialogs: noDialogs });
  return async <C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> => {
    const r = await invoke(channel, input);
    if (!r.ok) throw new Error(`${channel} failed: ${JSON.stringify(r.error)}`);
    return r.value as ChannelOutput<C>;
  };
}

/** Runs `fn` over every item: one warm-up pass, then `rounds` timed passes. */
async function timeEach<T>(items: readonly T[], rounds: number, fn: (item: T) => Promise<unknown>): Promise<{ samples: number[]; slowest: [T, number] }> {
  for (const item of items) await fn(item);
  const samples: number[] = [];
  let slowest: [T, number] = [items[0]!, 0];
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      const t0 = process.hrtime.bigint();
      await fn(item);
      const t = ms(t0);
      samples.push(t);
      if (t > slowest[1]) slowest = [item, t];
    }
  }
  return { samples, slowest };
}

async function main() {
  const size: GenerateOptions = { companies: arg('companies', DEFAULT_SIZE.companies), visits: arg('visits', DEFAULT_SIZE.visits), seed: DEFAULT_SIZE.seed };
  console.log(`Benchmark workspace: ${size.companies.toLocaleString()} companies, ${size.visits.toLocaleString()} visits`);
  const { file, generatedMs } = ensureWorkspace(size);
  console.log(generatedMs === null ? `  cached: ${path.relative(process.cwd(), file)}` : `  generated in ${(generatedMs / 1000).toFixed(1)} s: ${path.relative(process.cwd(), file)}`);
  console.log(`  file size ${(fs.statSync(file).size / 1e6).toFixed(0)} MB`);

  // Measure on a copy so visits.create does not change the cached file.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-bench-'));
  const copy = path.join(dir, 'bench.sqlite');
  fs.copyFileSync(file, copy);
  const figures: Figure[] = [];

  try {
    // (a) Opening the workspace (integrity check, migrations check) and showing the first page.
    {
      const samples: number[] = [];
      for (let i = 0; i < 8; i++) {
        const t0 = process.hrtime.bigint();
        const session = new WorkspaceSession(copy, localSessionOptions(path.dirname(copy)));
        const page = await api(session)('companies.list', { limit: 100, sort: 'name' });
        const t = ms(t0);
        session.close();
        if (page.rows.length !== 100) throw new Error('first page is not full');
        if (i > 0) samples.push(t); // the first run warms the OS file cache
      }
      figures.push({ name: 'open workspace + companies.list first page', samples, targetMs: 500 });
    }

    const session = new WorkspaceSession(copy, localSessionOptions(path.dirname(copy)));
    const call = api(session);
    const counts = session.db.prepare('SELECT (SELECT count(*) FROM companies) AS c, (SELECT count(*) FROM visits) AS v').get() as { c: number; v: number };
    console.log(`  ${counts.c.toLocaleString()} companies, ${counts.v.toLocaleString()} visits in the file\n`);

    // (b) Search.
    const searches: [string, Channel, readonly string[]][] = [
      ['companies.list search, 2 characters', 'companies.list', text.QUERIES_2],
      ['companies.list search, 4 characters', 'companies.list', text.QUERIES_4],
      ['visits.list search, 2 characters', 'visits.list', text.VISIT_QUERIES_2],
      ['visits.list search, 4 characters', 'visits.list', text.VISIT_QUERIES_4],
    ];
    for (const [name, channel, queries] of searches) {
      let totals = 0;
      const { samples, slowest } = await timeEach(queries, 3, async (query) => {
        const r = (await call(channel as 'companies.list', { query, limit: 100 })) as { total: number };
        totals += r.total;
      });
      figures.push({ name, samples, targetMs: 30, note: `avg ${Math.round(totals / (queries.length * 4))} hits; slowest "${slowest[0]}" ${slowest[1].toFixed(1)} ms` });
    }

    // A few more screens, for information.
    figures.push({ name: 'companies.list by last visit, page 1', samples: (await timeEach([0], 10, () => call('companies.list', { sort: 'lastVisit', limit: 100 }))).samples, targetMs: null });
    figures.push({ name: 'companies.list by status, page 50', samples: (await timeEach([0], 10, () => call('companies.list', { sort: 'status', limit: 100, offset: 5000 }))).samples, targetMs: null });
    figures.push({ name: 'visits.list, page 1', samples: (await timeEach([0], 10, () => call('visits.list', { limit: 100 }))).samples, targetMs: null });
    figures.push({ name: 'followUps.list overdue', samples: (await timeEach([0], 5, () => call('followUps.list', { scope: 'overdue', today: '2024-06-30' }))).samples, targetMs: null });

    // (c) Logging a visit.
    {
      const staff = await call('staff.list', {});
      const companyIds = (session.db.prepare('SELECT id FROM companies WHERE deleted_at IS NULL ORDER BY id LIMIT 2000').all() as { id: string }[]).map((r) => r.id);
      const r = text.rng(7);
      const input = (): ChannelInput<'visits.create'> => {
        const payMin = 100 * r.int(40, 75);
        return {
          companyId: r.pick(companyIds),
          visitDate: '2024-06-20',
          staffIds: r.some(staff, 2).map((s) => s.id),
          purpose: '了解用工需求',
          ...text.visitTexts(r, { min: payMin, max: payMin + 1500 }),
          payMin,
          payMax: payMin + 1500,
          dormProvided: true,
          peoplePerRoom: 4,
          mealsProvided: true,
          followUps: [{ what: '寄送岗位表', dueDate: '2024-07-01' }],
        };
      };
      for (let i = 0; i < 20; i++) await call('visits.create', input()); // warm-up
      const samples: number[] = [];
      for (const v of Array.from({ length: 200 }, input)) {
        const t0 = process.hrtime.bigint();
        await call('visits.create', v);
        samples.push(ms(t0));
      }
      figures.push({ name: 'visits.create', samples, targetMs: 5 });
    }

    // (d) A vetting of 60 items with 40 photos: opening it, and saving an answer.
    {
      const [company] = (await call('companies.list', { limit: 1, sort: 'name' })).rows;
      const v = await benchVetting(call, company!.id);
      figures.push({ name: 'vettings.get (60 items, 40 photos)', samples: v.get, targetMs: 300, note: v.note });
      figures.push({ name: 'vettings.answer', samples: v.answer, targetMs: 10 });
    }

    // (e) The dashboard on this workspace (its follow-ups and vettings feed the due work), and
    // building the example workspace from the article (issue 5).
    figures.push({ name: 'dashboard.get (all years)', samples: (await timeEach([0], 10, () => call('dashboard.get', { today: '2024-06-30' }))).samples, targetMs: null });
    figures.push({
      name: 'build the example workspace',
      samples: (await timeEach([0], 3, async () => buildExampleWorkspace(path.join(dir, 'example.sqlite'), localSessionOptions(dir).keyring))).samples,
      targetMs: 3000,
    });

    // (f) Exporting every company to XLSX as a job, file written and closed (issue 6).
    {
      const x = await benchExportXlsx(session, dir, 3);
      figures.push({ name: 'export 20,000 companies to XLSX', samples: x.samples, targetMs: 3000, note: x.note });
    }
    // (g) The vetting summary of 200 vetted companies as one PDF, as the job runs it: pages
    // built, then printed by the Debian Chromium (page.pdf; no Electron here) (issue 6).
    {
      const r = await benchVettingSummaries(200, 3);
      figures.push({ name: '200-company vetting summary PDF', samples: r.samples, targetMs: 20_000, note: r.note });
    }
    // (h) Importing 10,000 companies from an XLSX into a fresh workspace: read, preview, commit,
    // each a job polled through jobs.status as the wizard does (issue 6).
    {
      const r = await benchImportCompanies(dir, 3);
      figures.push({ name: 'import 10,000 companies with preview', samples: r.samples, targetMs: 5000, note: r.note });
    }
    session.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  printTable(figures);
}

function printTable(figures: Figure[]) {
  const rows = figures.map((f) => {
    const median = quantile(f.samples, 0.5);
    const p95 = quantile(f.samples, 0.95);
    const verdict = f.targetMs === null ? '' : median < f.targetMs ? 'PASS' : 'FAIL';
    return [f.name, String(f.samples.length), median.toFixed(2), p95.toFixed(2), f.targetMs === null ? '—' : `< ${f.targetMs}`, verdict, f.note ?? ''];
  });
  const head = ['figure', 'n', 'median ms', 'p95 ms', 'target', '', 'notes'];
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u1100-\uffff]/.test(ch) ? 2 : 1), 0);
  const cols = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 1 && i <= 3 ? ' '.repeat(cols[i]! - width(c)) + c : c + ' '.repeat(cols[i]! - width(c)))).join('  ');
  console.log(line(head));
  console.log(cols.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
