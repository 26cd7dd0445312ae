// How long the main thread — the window's, in the app — is held up while the core works:
// the core runs in its worker thread as the app runs it (the tests' build of core.cjs), on a copy of
// the bench workspace, and this thread keeps a 1 ms timer going. For every channel and job
// below, the figure is the longest stretch this thread spent working between two ticks (its
// own CPU time, process.threadCpuUsage): the longest the window would have been unable to
// paint or answer a click. Target: under 16 ms (one frame). The longest gap between ticks in
// wall-clock time is printed too; on a loaded two-core machine it also holds the time the
// operating system gave the core's thread or other processes instead of this one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Result } from '../shared/result';
import { buildTestCore } from '../scripts/bundles.mjs';
import { TestDialogs } from '../electron/core/testing/workspace';
import { type CoreWorker, startCoreWorker } from '../electron/core/worker/client';
import { copyCacheKeyring } from './generate';
import { writeImportFile } from './imports';

export const FRAME_MS = 16;

export interface StallFigure {
  name: string;
  /** How long each call took, end to end (ms). */
  durations: number[];
  /** The longest stretch of work on the main thread between two timer ticks, during each call (ms of its CPU time). */
  busy: number[];
  /** The longest gap between two timer ticks during each call (ms, wall clock). */
  gaps: number[];
  /** For jobs: the longest a `jobs.status` call waited for its answer while the job ran; for copies, a list call (ms). */
  statusWaits: number[];
}

const threadCpuMs = () => {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
};

/** Watches this thread's event loop: the longest busy stretch and the longest gap since `reset()`. */
function stallWatch() {
  let last = performance.now();
  let lastCpu = threadCpuMs();
  let busy = 0;
  let gap = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    const cpu = threadCpuMs();
    gap = Math.max(gap, now - last - 1);
    busy = Math.max(busy, cpu - lastCpu);
    last = now;
    lastCpu = cpu;
  }, 1);
  return {
    reset: () => {
      last = performance.now();
      lastCpu = threadCpuMs();
      busy = gap = 0;
    },
    longest: () => ({ busy: Math.max(busy, threadCpuMs() - lastCpu), gap: Math.max(gap, performance.now() - last - 1, 0) }),
    stop: () => clearInterval(timer),
  };
}

export async function mainThreadBench(workspaceFile: string, log: (line: string) => void): Promise<StallFigure[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-bench-main-'));
  const file = path.join(dir, 'bench.sqlite');
  const other = path.join(dir, 'other.sqlite');
  copyCacheKeyring(dir);
  fs.copyFileSync(workspaceFile, file);
  fs.copyFileSync(workspaceFile, other);
  // The core as the tests build it (the shipped one plus `settle`), built afresh; it finds its
  // database driver in node_modules from dist/. After each open the day's backup runs a second
  // later in a thread of its own, and its disk writes and CPU would still weigh on whichever
  // figure runs then: `settle` waits for it, so it does not land inside another figure.
  const script = await buildTestCore();
  const importFile = path.join(dir, 'import-10000.xlsx');
  await writeImportFile(importFile, 10_000);

  const dialogs = new TestDialogs();
  const core: CoreWorker = await startCoreWorker({ script, dataDir: dir, dialogs });
  const watch = stallWatch();
  const figures: StallFigure[] = [];
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = (await core.invoke(channel, input)) as Result<T>;
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value;
  };
  // How long the core took to answer a status call while a job ran: the longest the job held it.
  let statusWait = 0;
  const job = async <T>(started: { jobId: string } | null): Promise<T> => {
    for (;;) {
      const t0 = performance.now();
      const s = await call<{ state: string; result: T; error: unknown }>('jobs.status', { id: started!.jobId });
      statusWait = Math.max(statusWait, performance.now() - t0);
      if (s.state === 'done') return s.result;
      if (s.state !== 'running') throw new Error(`job ${s.state}: ${JSON.stringify(s.error)}`);
      // The renderer polls every 200 ms; this thread idles meanwhile, as the window would.
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const measure = async (name: string, rounds: number, fn: (round: number) => Promise<unknown>) => {
    const figure: StallFigure = { name, durations: [], busy: [], gaps: [], statusWaits: [] };
    statusWait = 0;
    for (let i = 0; i < rounds; i++) {
      watch.reset();
      const t0 = performance.now();
      await fn(i);
      figure.durations.push(performance.now() - t0);
      const { busy, gap } = watch.longest();
      figure.busy.push(busy);
      figure.gaps.push(gap);
      figure.statusWaits.push(statusWait);
      statusWait = 0;
    }
    figures.push(figure);
    log(`  measured ${name}`);
  };

  // How long the core took to answer a list call while `work` (a copy) ran: the longest it held the core.
  const answeredMeanwhile = async (work: Promise<unknown>) => {
    let finished = false;
    const ended = work.finally(() => (finished = true));
    while (!finished) {
      const t0 = performance.now();
      await call('companies.list', { limit: 100, sort: 'name' });
      statusWait = Math.max(statusWait, performance.now() - t0); // a core held by the copy answers only after it: counted too
      await Promise.race([ended, new Promise((r) => setTimeout(r, 50))]);
    }
    await ended;
  };

  try {
    await measure('open the workspace (and switch back)', 3, () => core.open(file));
    await core.control('close');
    await core.open(file);
    await core.control('settle');
    const staff = await call<{ id: string }[]>('staff.list', {});
    const towns = await call<{ id: string }[]>('lookups.list', { kind: 'town' });
    const companies = await call<{ rows: { id: string }[] }>('companies.list', { limit: 100, sort: 'name' });
    await measure('companies.list search, 2 characters', 10, () => call('companies.list', { query: '精密', limit: 100 }));
    await measure('visits.list page 1', 10, () => call('visits.list', { limit: 100 }));
    await measure('visits.list at row 50,000', 5, () => call('visits.list', { limit: 100, offset: 50_000 }));
    await measure('visits.list by staff', 5, (i) => call('visits.list', { limit: 100, staffId: staff[i % staff.length]!.id }));
    await measure('visits.list search + staff', 5, (i) => call('visits.list', { query: '食堂', limit: 100, staffId: staff[i % staff.length]!.id }));
    await measure('visits.list by town', 5, (i) => call('visits.list', { limit: 100, townId: towns[i % towns.length]!.id }));
    await measure('followUps.list overdue', 5, () => call('followUps.list', { scope: 'overdue', today: '2024-06-30' }));
    await measure('dashboard.get', 5, () => call('dashboard.get', { today: '2024-06-30' }));
    await measure('companies.delete (with its visits)', 5, (i) => call('companies.delete', { id: companies.rows[i]!.id }));
    await measure('exports.start visits → XLSX (job, to the end)', 1, async () => {
      dialogs.nextSave = path.join(dir, 'visits.xlsx');
      await job(await call('exports.start', { dataset: 'visits', format: 'xlsx', filter: {} }));
    });
    await measure('exports.start companies → XLSX (job, to the end)', 2, async () => {
      dialogs.nextSave = path.join(dir, 'companies.xlsx');
      await job(await call('exports.start', { dataset: 'companies', format: 'xlsx', filter: {} }));
    });
    await measure('import 10,000 companies: open, preview, commit (jobs)', 1, async () => {
      dialogs.nextFile = importFile;
      const opened = await job<{ importId: string; sheets: { name: string; guessedMapping: unknown }[] }>(await call('imports.open', { target: 'companies' }));
      const run = { importId: opened.importId, sheet: opened.sheets[0]!.name, mapping: opened.sheets[0]!.guessedMapping, duplicates: 'skip' };
      await job(await call('imports.preview', run));
      await job(await call('imports.commit', run));
    });
    await measure('workspace.open (switch to another workspace)', 2, async (i) => {
      dialogs.nextOpen = i % 2 === 0 ? other : file;
      await call('workspace.open', {});
    });
    await core.control('settle');
    // A copy is written in a thread of its own (backups/copyThread.ts): how long a list call
    // asked every 50 ms meanwhile waited is the time the copy held the core.
    await measure('workspace.saveCopy', 2, async (i) => {
      dialogs.nextCopy = path.join(dir, `copy-${i}.sqlite`);
      await answeredMeanwhile(call('workspace.saveCopy', {}));
    });
    await measure('backups.create', 2, () => answeredMeanwhile(call('backups.create', {})));
  } finally {
    watch.stop();
    await core.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

export function printStallTable(figures: StallFigure[], print: (line: string) => void): void {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  print(`\nmain thread held up while the core works in its worker thread (timer every 1 ms; target: longest busy stretch < ${FRAME_MS} ms):`);
  print('figure'.padEnd(56) + 'n'.padStart(3) + 'call median ms'.padStart(16) + 'longest busy ms'.padStart(17) + 'longest gap ms'.padStart(16) + '  verdict  core answered other calls within');
  for (const f of figures) {
    const busy = Math.max(...f.busy);
    const row = f.name.padEnd(56) + String(f.durations.length).padStart(3) + median(f.durations).toFixed(1).padStart(16);
    const waits = Math.max(...f.statusWaits);
    const answered = waits > 0 ? `  ${waits.toFixed(0)} ms` : '';
    print(row + busy.toFixed(1).padStart(17) + Math.max(...f.gaps).toFixed(1).padStart(16) + `  ${busy < FRAME_MS ? 'PASS' : 'FAIL'}   ${answered}`);
  }
  const worst = Math.max(...figures.flatMap((f) => f.busy));
  print(`main thread: longest busy stretch ${worst.toFixed(1)} ms over ${figures.length} channels and jobs — ${worst < FRAME_MS ? 'PASS' : 'FAIL'}`);
}
