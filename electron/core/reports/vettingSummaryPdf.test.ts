// Vetting summaries through real Chromium printing (page.pdf, as the harness prints; the
// app uses printToPDF on the same HTML), read back with pdftotext: the Chinese company name,
// verdict, section scores, a failed item's note and the signer come out as text, and one
// company's summary fits on one or two A4 pages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../tests/harness/chromium';
import { JOURNAL_DIR } from '../files/atomicSave';
import { createInvoker } from '../invoke';
import { createVettedCompany, FAILED_NOTE } from '../testing/vettedCompany';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';
import { buildSummariesHtml, companySummaryHtml } from './vettingService';
import { PDF_OPTIONS, pagePrinter } from '../../../tests/harness/printer';
import { pdfText } from '../../../tests/harness/pdf';

const flat = (s: string) => s.replace(/\s+/g, '');

describe('vetting summary PDFs', () => {
  let ws: TestWorkspace;
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  let dir: string;
  beforeAll(async () => {
    browser = await chromium.launch(chromiumLaunchOptions());
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vetting-pdf-'));
  });
  afterAll(async () => {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function print(html: string, name: string): Promise<{ text: string; pages: string[] }> {
    const page = await browser.newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      const file = path.join(dir, name);
      fs.writeFileSync(file, await page.pdf(PDF_OPTIONS));
      const text = pdfText(file);
      return { text, pages: text.split('\f').filter((p) => p.trim()) };
    } finally {
      await page.close();
    }
  }

  it('one company: name, verdict, section scores, the failed item’s note and the signer, on one or two pages', { timeout: 60_000 }, async () => {
    ws = await createTestWorkspace();
    try {
      const { companyId, vetting } = await createVettedCompany(ws, { name: '上海沪工阀门厂（集团）有限公司', thumbs: 3 });
      const { text, pages } = await print(companySummaryHtml(ws.db, companyId, 'zh'), 'one.pdf');
      const t = flat(text);
      expect(t).toContain('上海市嘉定区人力资源和社会保障局对口支援与合作交流工作小组');
      expect(t).toContain('用工企业审核摘要');
      expect(t).toContain('上海沪工阀门厂（集团）有限公司');
      expect(t).toContain(`审核结论：${{ approved: '通过', conditional: '有条件通过', rejected: '不通过' }[vetting.verdict!]}`);
      for (const s of vetting.score.sections) expect(t).toContain(String(s.score));
      expect(t).toContain(`总分：${vetting.score.overall}`);
      expect(t).toContain(flat(FAILED_NOTE));
      expect(t).toContain('签核人王建国');
      expect(t).toContain('四、未通过及不适用项目');
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(2);
      expect(flat(pages[0]!)).toContain('—1—'); // the page number at the foot
    } finally {
      ws.dispose();
    }
  });

  it('a set: the overview first, then one page per vetted company', { timeout: 90_000 }, async () => {
    ws = await createTestWorkspace();
    try {
      const a = await createVettedCompany(ws, { name: '上海沪工阀门厂（集团）有限公司' });
      const b = await createVettedCompany(ws, { name: '大董（上海）餐饮管理有限公司', problems: false });
      const { html } = await buildSummariesHtml(ws.db, { companyIds: [a.companyId, b.companyId] }, 'zh');
      const { pages } = await print(html, 'set.pdf');
      expect(flat(pages[0]!)).toContain('一、审核情况汇总');
      expect(flat(pages[0]!)).toMatch(/1上海沪工阀门厂（集团）有限公司(有条件通过|通过|不通过)/);
      expect(flat(pages[0]!)).toMatch(/2大董（上海）餐饮管理有限公司通过100/);
      const firstOf = (name: string) => pages.findIndex((p) => flat(p).includes(name) && flat(p).includes('（一）企业基本情况'));
      expect(firstOf('1.上海沪工阀门厂（集团）有限公司')).toBe(1);
      expect(firstOf('2.大董（上海）餐饮管理有限公司')).toBeGreaterThan(1);
    } finally {
      ws.dispose();
    }
  });

  it('a set as a job: the file appears only when done, alone; a cancelled job leaves none; a refused set starts nothing', { timeout: 90_000 }, async () => {
    ws = await createTestWorkspace();
    try {
      const a = await createVettedCompany(ws, { name: '上海沪工阀门厂（集团）有限公司' });
      const printer = pagePrinter(browser);
      const invoke = createInvoker({ ...ws.context, printer }, { checkOutputs: true });
      const call = async (c: string, input: unknown) => {
        const r = await invoke(c, input);
        if (!r.ok) throw new Error(JSON.stringify(r.error));
        return r.value as Record<string, unknown>;
      };
      const settle = async (id: string) => {
        for (;;) {
          const s = await call('jobs.status', { id });
          if (s.state !== 'running') return s;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      };

      const folder = path.join(dir, 'job');
      fs.mkdirSync(folder);
      const journal = () => fs.readdirSync(path.join(ws.context.dataDir, JOURNAL_DIR));
      const file = path.join(folder, 'job.pdf');
      ws.dialogs.nextPdf = file;
      const { jobId } = await call('reports.vettingSummaries', { companyIds: [a.companyId], lang: 'zh' });
      const done = await settle(String(jobId));
      expect(done).toMatchObject({ kind: 'reports.vettingSummaries', state: 'done', done: 2, total: 2, stage: 'printing', result: { path: file, companies: 1, vetted: 1 } });
      expect(flat(pdfText(file))).toContain('上海沪工阀门厂（集团）有限公司');
      // No temporary file beside it, no journal entry left.
      expect(fs.readdirSync(folder)).toEqual(['job.pdf']);
      expect(journal()).toEqual([]);

      const cancelled = path.join(folder, 'cancelled.pdf');
      ws.dialogs.nextPdf = cancelled;
      const second = await call('reports.vettingSummaries', { companyIds: [a.companyId], lang: 'zh' });
      await call('jobs.cancel', { id: second.jobId });
      expect((await settle(String(second.jobId))).state).toBe('cancelled');
      expect(fs.readdirSync(folder)).toEqual(['job.pdf']);

      // A cancelled save dialog starts nothing; a core without Chromium says so before asking.
      ws.dialogs.nextPdf = null;
      expect(await invoke('reports.vettingSummaries', { companyIds: [a.companyId], lang: 'zh' })).toEqual({ ok: true, value: null });
      const noPrinter = await ws.refused('reports.vettingSummaries', { companyIds: [a.companyId], lang: 'zh' });
      expect(noPrinter).toMatchObject({ code: 'WORKSPACE', key: 'printingUnavailable' });
    } finally {
      ws.dispose();
    }
  });
});
