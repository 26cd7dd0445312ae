// Bench: the vetting summary of 200 companies as a PDF (issue 6: < 20 s), run as the app runs
// it — the 'reports.vettingSummaries' job builds the pages, Chromium prints, the file is
// written. The bench has no Electron: the printer is the Debian Chromium driven by
// playwright-core (page.pdf), as in the tests. The companies are made in a fresh workspace
// through the real channels, each vetted with photo-sized evidence and thumbnails.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { createInvoker } from '../electron/core/handlers';
import { createVettedCompany } from '../electron/core/testing/vettedCompany';
import { createTestWorkspace } from '../electron/core/testing/workspace';
import { chromiumLaunchOptions } from '../tests/harness/chromium';
import { pagePrinter } from '../tests/harness/printer';

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

export async function benchVettingSummaries(companies = 200, rounds = 3): Promise<{ samples: number[]; note: string }> {
  const ws = await createTestWorkspace();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const t0 = process.hrtime.bigint();
    const ids: string[] = [];
    for (let i = 0; i < companies; i++) {
      ids.push((await createVettedCompany(ws, { name: `审核摘要测试企业${String(i + 1).padStart(3, '0')}有限公司`, thumbs: 3, realPhotos: true, problems: i % 3 === 0 })).companyId);
    }
    const setupS = ms(t0) / 1000;
    const printer = pagePrinter(browser);
    const invoke = createInvoker({ ...ws.context, printer });
    const samples: number[] = [];
    let size = 0;
    for (let r = 0; r < rounds; r++) {
      const file = path.join(ws.dir, `summaries-${r}.pdf`);
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
      samples.push(ms(t1));
      size = fs.statSync(file).size;
    }
    return { samples, note: `${companies} vetted companies, 3 photos with thumbnails each; PDF ${(size / 1e6).toFixed(1)} MB; setup ${setupS.toFixed(0)} s` };
  } finally {
    await browser.close();
    ws.dispose();
  }
}

// `npx tsx bench/vettingSummaries.ts [companies]`: this figure alone.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  void benchVettingSummaries(Number(process.argv[2] ?? 200), 1).then((r) => console.log(r.samples.map((x) => `${(x / 1000).toFixed(2)} s`).join(', '), r.note));
}
