// Bench: the vetting summary of 200 companies as a PDF (target < 20 s), run as the app runs
// it — the 'reports.vettingSummaries' job builds the pages, Chromium prints, the file is
// written. The bench has no Electron: the printer is the Debian Chromium driven by
// playwright-core (page.pdf), as in the tests. The companies are made in a fresh workspace
// (encrypted as the app makes it, or plain as one from before encryption) through the real
// channels, each vetted with photo-sized evidence and thumbnails.
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { closeDb, openDb } from '../electron/core/db/open';
import { createInvoker } from '../electron/core';
import { createVettedCompany } from '../electron/core/testing/vettedCompany';
import { createTestWorkspace, tempDir, TestWorkspace } from '../electron/core/testing/workspace';
import { localSessionOptions } from '../electron/core/workspace/localKeys';
import { WorkspaceSession } from '../electron/core/workspace/session';
import { chromiumLaunchOptions } from '../tests/harness/chromium';
import { pagePrinter } from '../tests/harness/printer';

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/** createTestWorkspace on a plain file: made without a key, then opened by the session as an older workspace. */
async function plainTestWorkspace(): Promise<TestWorkspace> {
  const dir = tempDir('liaison-bench-plain-');
  const file = path.join(dir, '嘉定对口支援.sqlite');
  closeDb(openDb(file, { create: true }).db);
  const ws = new TestWorkspace(dir, file, new WorkspaceSession(file, localSessionOptions(dir)));
  ws.me = await ws.call('staff.create', { name: '王建国', title: '科长', phone: '021-69989000' });
  await ws.call('settings.update', { currentStaffId: ws.me.id });
  await ws.loadLookups();
  return ws;
}

export interface PreparedSummaries {
  /** Prints the summary of every company once; returns the milliseconds and the PDF's size. */
  print: () => Promise<{ ms: number; bytes: number }>;
  setupS: number;
  dispose: () => void;
}

export async function prepareVettingSummaries(browser: Browser, companies = 200, plain = false): Promise<PreparedSummaries> {
  const ws = plain ? await plainTestWorkspace() : await createTestWorkspace();
  // The day's first open takes a backup a second later: take it now, not inside a timing.
  ws.session.settle();
  const t0 = process.hrtime.bigint();
  const ids: string[] = [];
  for (let i = 0; i < companies; i++) {
    ids.push((await createVettedCompany(ws, { name: `审核摘要测试企业${String(i + 1).padStart(3, '0')}有限公司`, thumbs: 3, realPhotos: true, problems: i % 3 === 0 })).companyId);
  }
  const setupS = ms(t0) / 1000;
  const invoke = createInvoker({ ...ws.context, printer: pagePrinter(browser) });
  let round = 0;
  const print = async () => {
    const file = path.join(ws.dir, `summaries-${round++}.pdf`);
    ws.dialogs.nextPdf = file;
    const t1 = process.hrtime.bigint();
    const started = await invoke('reports.vettingSummaries', { companyIds: ids, lang: 'zh' });
    if (!started.ok || !started.value) throw new Error(`not started: ${JSON.stringify(started)}`);
    const { jobId } = started.value as { jobId: string };
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      const s = await invoke('jobs.status', { id: jobId });
      if (!s.ok) throw new Error(JSON.stringify(s.error));
      const st = s.value as { state: string; error: unknown };
      if (st.state === 'running') continue;
      if (st.state !== 'done') throw new Error(`job ${st.state}: ${JSON.stringify(st.error)}`);
      break;
    }
    const took = ms(t1);
    const bytes = fs.statSync(file).size;
    fs.rmSync(file, { force: true });
    return { ms: took, bytes };
  };
  return { print, setupS, dispose: () => ws.dispose() };
}

export const launchPrinterBrowser = () => chromium.launch(chromiumLaunchOptions());

// `npx tsx bench/vettingSummaries.ts [companies] [plain]`: this figure alone, one round.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  void (async () => {
    const browser = await launchPrinterBrowser();
    try {
      const p = await prepareVettingSummaries(browser, Number(process.argv[2] ?? 200), process.argv[3] === 'plain');
      const r = await p.print();
      console.log(`${(r.ms / 1000).toFixed(2)} s; PDF ${(r.bytes / 1e6).toFixed(1)} MB; setup ${p.setupS.toFixed(0)} s`);
      p.dispose();
    } finally {
      await browser.close();
    }
  })();
}
