// Bench: typing into the company list's search box, in the window. The renderer (built from
// the sources by run.ts; dist/renderer when run alone) is opened in the Debian Chromium
// through the test harness (tests/harness/bridge.ts), its window.api bridged to the real core
// on the bench workspace, and each sample times one key press: from the `input` event of the
// query's second character to the frame in which the matching rows are painted.
//
// "Painted": a requestAnimationFrame callback sees the rows in the DOM (the frame about to
// be drawn holds them) and a message posted from it runs once that frame is drawn. The
// first character is typed (and its rows awaited) untimed before each sample, as a user
// types it a moment before the second.
//
// The core's own time for the list call(s) the key press caused is taken on the Node side
// of the bridge, so a sample splits into the core's share and the rest (the renderer, plus
// the harness's bridge hop, which Electron's IPC replaces in the app). The core runs in this
// process, on the sessions the other figures use, not in its worker thread: that hop is
// within the noise of the core's few milliseconds (bench/mainThread.ts times calls through it).
//
//   tsx bench/renderer.ts [--rounds 3] [--renderer dir]…   this figure alone, on a copy of the
//   cached bench workspace, for dist/renderer or each build named (their samples alternate)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import type { Result } from '../shared/result';
import { createInvoker } from '../electron/core';
import { TestDialogs } from '../electron/core/testing/workspace';
import type { WorkspaceSession } from '../electron/core/workspace/session';
import { openApp, RENDERER_DIR } from '../tests/harness/bridge';
import { chromiumLaunchOptions } from '../tests/harness/chromium';
import * as text from './text';

/** What the list shows for a query once its answer is painted: the total and the first names. */
interface Expected {
  total: number;
  names: string[];
}

export interface TypingSample {
  /** Key press (the second character's input event) to the matching rows painted. */
  ms: number;
  /** The core's time in the companies.list calls made meanwhile. */
  coreMs: number;
}

export interface PreparedTyping {
  /** The 2-character queries measured (those whose first character alone lists other rows). */
  queries: string[];
  type: (query: string) => Promise<TypingSample>;
  dispose: () => Promise<void>;
}

export const launchRendererBrowser = (): Promise<Browser> => chromium.launch({ ...chromiumLaunchOptions(), headless: true });

/** Builds the renderer from the current sources into `outDir` (so no stale dist/ is measured). */
export async function buildRenderer(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: path.join(__dirname, '..', 'renderer', 'vite.config.mts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

export const rendererBuilt = (dir = RENDERER_DIR): boolean => fs.existsSync(path.join(dir, 'index.html'));

/** The little of the DOM the page-side functions use (the bench is typechecked without the DOM library). */
interface PageElement {
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { top: number };
  innerText: string;
}
interface PageWindow {
  document: {
    querySelector(selector: string): PageElement | null;
    querySelectorAll(selector: string): ArrayLike<PageElement>;
    addEventListener(type: 'input', listener: (e: { timeStamp: number }) => void, options: { capture: boolean; once: boolean }): void;
  };
  location: { hash: string };
  requestAnimationFrame(callback: () => void): number;
  MessageChannel: new () => { port1: { onmessage: (() => void) | null }; port2: { postMessage(value: unknown): void } };
  performance: { now(): number };
  __typing: Promise<number>;
}

/** Runs in the page: arms a timer from the next input event to the frame that paints `expected`. */
function armPaintTimer(expected: Expected): void {
  const w = globalThis as unknown as PageWindow;
  const shows = () => {
    const table = w.document.querySelector('[role=table]');
    if (!table || table.getAttribute('aria-rowcount') !== String(expected.total)) return false;
    const rows = Array.from(w.document.querySelectorAll('[data-testid=virtual-scroll] [role=row]'))
      .map((r) => ({ top: r.getBoundingClientRect().top, text: r.innerText }))
      .sort((a, b) => a.top - b.top);
    return expected.names.every((name, i) => rows[i]?.text.startsWith(name));
  };
  w.__typing = new Promise<number>((resolve) => {
    let t0: number | null = null;
    w.document.addEventListener('input', (e) => (t0 = e.timeStamp), { capture: true, once: true });
    const frame = () => {
      if (t0 === null || !shows()) return void w.requestAnimationFrame(frame);
      const start = t0;
      const after = new w.MessageChannel();
      after.port1.onmessage = () => resolve(w.performance.now() - start);
      after.port2.postMessage(null);
    };
    w.requestAnimationFrame(frame);
  });
}

/** Opens the company list of `session` in a page of `browser`, ready to time typing. */
export async function prepareTyping(browser: Browser, session: WorkspaceSession, dataDir: string, rendererDir = RENDERER_DIR): Promise<PreparedTyping> {
  const invoke = createInvoker({ session, dataDir, dialogs: new TestDialogs() });
  let coreMs = 0;
  const timedInvoke = async (channel: unknown, input: unknown): Promise<Result<unknown>> => {
    const t0 = performance.now();
    const r = await invoke(channel, input);
    if (channel === 'companies.list') coreMs += performance.now() - t0;
    return r;
  };
  const list = async (query: string): Promise<Expected> => {
    const r = await invoke('companies.list', { query, sort: 'name', limit: 5 });
    if (!r.ok) throw new Error(`companies.list failed: ${JSON.stringify(r.error)}`);
    const { total, rows } = r.value as { total: number; rows: { name: string }[] };
    return { total, names: rows.map((row) => row.name) };
  };

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page: Page = await context.newPage();
  page.on('pageerror', (error) => console.error('[renderer]', error));
  // tsx (esbuild, keepNames) wraps the named functions of page.evaluate callbacks in __name().
  await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  await openApp(page, timedInvoke, { rendererDir });
  await page.evaluate(() => ((globalThis as unknown as PageWindow).location.hash = '#/companies'));
  const search = page.getByTestId('company-search');
  const all = await list('');
  const settle = async (expected: Expected) => {
    await page.waitForFunction(
      ({ total, first }) => {
        const { document } = globalThis as unknown as PageWindow;
        return (
          document.querySelector('[role=table]')?.getAttribute('aria-rowcount') === String(total) &&
          (document.querySelector('[data-testid=virtual-scroll] [role=row]')?.innerText ?? '').includes(first)
        );
      },
      { total: expected.total, first: expected.names[0] ?? '' },
    );
    // Anything that follows the query a moment later (the address, once typing pauses) catches up too.
    await page.waitForTimeout(500);
  };
  await settle(all);

  const queries: string[] = [];
  const expectations = new Map<string, { first: Expected; full: Expected }>();
  for (const q of text.QUERIES_2) {
    const [first, full] = [await list(q.slice(0, 1)), await list(q)];
    if (full.total > 0 && first.total !== full.total) {
      queries.push(q);
      expectations.set(q, { first, full });
    }
  }

  return {
    queries,
    async type(query) {
      const { first, full } = expectations.get(query)!;
      await search.fill('');
      await settle(all);
      await search.focus();
      await page.keyboard.insertText(query.slice(0, 1));
      await settle(first);
      await page.evaluate(armPaintTimer, full);
      coreMs = 0;
      await page.keyboard.insertText(query.slice(1));
      const ms = await page.evaluate(() => (globalThis as unknown as PageWindow).__typing);
      return { ms, coreMs };
    },
    dispose: () => context.close(),
  };
}

/** `tsx bench/renderer.ts`: the typing figure alone, on the encrypted bench workspace. */
async function standalone(): Promise<void> {
  const { copyCacheKeyring, ensureWorkspace } = await import('./generate');
  const { localSessionOptions } = await import('../electron/core/workspace/localKeys');
  const { WorkspaceSession } = await import('../electron/core/workspace/session');
  const option = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const rounds = Number(option('--rounds')) || 3;
  // Builds to compare, each its own page, their samples alternating (e.g. one of main's made
  // with `vite build --outDir /tmp/before`): `--renderer /tmp/before --renderer dist/renderer`.
  const dirs = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--renderer' ? [a] : []));
  if (dirs.length === 0) dirs.push(RENDERER_DIR);
  for (const d of dirs) if (!rendererBuilt(d)) throw new Error(`No renderer in ${d}: run \`npm run build\` first.`);
  const { file } = ensureWorkspace();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-bench-renderer-'));
  copyCacheKeyring(dir);
  fs.copyFileSync(file, path.join(dir, 'bench.sqlite'));
  const session = new WorkspaceSession(path.join(dir, 'bench.sqlite'), localSessionOptions(dir));
  session.settle();
  const browser = await launchRendererBrowser();
  try {
    const typings = await Promise.all(dirs.map((d) => prepareTyping(browser, session, dir, d)));
    const queries = typings[0]!.queries;
    for (const q of queries) for (const typing of typings) await typing.type(q); // warm-up
    const samples = typings.map((): TypingSample[] => []);
    let k = 0;
    for (let r = 0; r < rounds; r++) {
      for (const q of queries) {
        const order = typings.map((_, i) => i);
        if (k++ % 2) order.reverse();
        for (const i of order) samples[i]!.push(await typings[i]!.type(q));
      }
    }
    const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(q * (xs.length - 1) + 0.5)]!;
    dirs.forEach((d, i) => {
      const s = samples[i]!;
      const f = (xs: number[]) => quantile(xs, 0.5).toFixed(1);
      console.log(
        `${path.relative(process.cwd(), d) || d}: ${s.length} samples over ${queries.length} queries: key → rows painted median ${f(s.map((x) => x.ms))} ms ` +
          `(core ${f(s.map((x) => x.coreMs))} ms, the rest ${f(s.map((x) => x.ms - x.coreMs))} ms); p95 ${quantile(s.map((x) => x.ms), 0.95).toFixed(1)} ms`,
      );
    });
    for (const typing of typings) await typing.dispose();
  } finally {
    await browser.close();
    session.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  standalone().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
