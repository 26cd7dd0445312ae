// Spreadsheet exports read back by a real reader: LibreOffice opens the XLSX (converted to CSV
// with every text cell quoted, so number and date cells show unquoted) and the CSV (BOM,
// quoting, line ends also checked as bytes).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportStartInput } from '../../../shared/exports/schema';
import type { JobStatus } from '../../../shared/jobs/schema';
import { buildExampleWorkspace } from '../example/build';
import { EXAMPLE_FILE_NAME } from '../example/content';
import { convertWithLibreOffice, CSV_UTF8, CSV_UTF8_IN, parseCsv } from '../testing/libreoffice';
import { insertCompany, reindexCompany } from '../companies/repository';
import { createTestWorkspace, creditCodeFor, keyringIn, tempDir, TestWorkspace } from '../testing/workspace';
import { WorkspaceSession } from '../workspace/session';
import { writesWorkspace } from '../invoke';
import { JOURNAL_DIR } from '../files/atomicSave';
import { exportFileName } from './service';
import { localSessionOptions } from '../workspace/localKeys';

/** LibreOffice CSV export: UTF-8 and every text cell quoted, so number and date cells stand out unquoted. */
const CSV_RAW = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true';

async function finished(ws: TestWorkspace, id: string): Promise<JobStatus> {
  for (;;) {
    const s = await ws.call('jobs.status', { id });
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** What the app's journal of saves under way holds (the test workspace's folder is its data folder). */
const journal = (ws: TestWorkspace) => {
  const dir = path.join(ws.context.dataDir, JOURNAL_DIR);
  return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
};

/** Enough companies that an export takes many chunks (written straight through the repository: fast). */
function addManyCompanies(ws: TestWorkspace) {
  if (ws.count('SELECT count(*) AS n FROM companies') >= 3000) return;
  ws.db.transaction(() => {
    for (let i = 0; i < 3000; i++) {
      const id = `01890a5d-ac96-774b-bcce-${String(i).padStart(12, '0')}`;
      insertCompany(ws.db, id, { name: `嘉定测试企业${i}号`, creditCode: null, townId: null, industryId: null, headcount: i, address: null, tags: [], status: 'candidate', notes: null, contacts: [] }, '2026-01-01T00:00:00Z');
      reindexCompany(ws.db, id);
    }
  })();
}

/** Waits until the job has written its first chunk. */
async function underWay(ws: TestWorkspace, id: string): Promise<void> {
  for (;;) {
    const s = await ws.call('jobs.status', { id });
    if (s.done > 0) return;
    await new Promise((r) => setImmediate(r));
  }
}

/** Runs an export to `file` the way the screen does and returns the finished job. */
async function exportTo(ws: TestWorkspace, file: string, input: ExportStartInput): Promise<JobStatus> {
  ws.dialogs.nextSave = file;
  const started = await ws.call('exports.start', input);
  expect(started).not.toBeNull();
  return finished(ws, started!.jobId);
}

describe('exports of the example workspace', () => {
  let ws: TestWorkspace;
  let out: string;
  beforeAll(async () => {
    const dir = tempDir('exports-');
    const file = path.join(dir, EXAMPLE_FILE_NAME);
    buildExampleWorkspace(file, keyringIn(dir));
    ws = new TestWorkspace(dir, file, new WorkspaceSession(file, localSessionOptions(dir)));
    out = path.join(dir, 'out');
    fs.mkdirSync(out);
  });
  afterAll(() => ws?.dispose());

  it('companies to XLSX: LibreOffice reads Chinese names, numbers as numbers and dates as dates', async () => {
    const file = path.join(out, '企业名录.xlsx');
    const job = await exportTo(ws, file, { dataset: 'companies', format: 'xlsx', lang: 'zh', filter: {} });
    const list = await ws.call('companies.list', { limit: 500 });
    expect(list.total).toBeLessThan(500);
    expect(job).toMatchObject({ state: 'done', result: { path: file, rows: list.total }, error: null });
    expect(ws.dialogs.suggestedName).toMatch(/^企业名录-\d{4}-\d{2}-\d{2}\.xlsx$/);

    const shown = parseCsv(fs.readFileSync(await convertWithLibreOffice(file, CSV_UTF8, path.join(out, 'shown')), 'utf8'));
    expect(shown[0]!.slice(0, 6)).toEqual(['企业名称', '统一社会信用代码', '街镇', '行业', '状态', '员工人数']);
    expect(shown.slice(1).map((r) => r[0])).toEqual(list.rows.map((r) => r.name));
    const raw = fs.readFileSync(await convertWithLibreOffice(file, CSV_RAW, path.join(out, 'raw')), 'utf8').split(/\r?\n/);
    const visited = list.rows.find((r) => r.lastVisitDate && r.headcount)!;
    const line = raw.find((l) => l.startsWith(`"${visited.name}"`))!;
    // Text cells quoted; the headcount and the last visit not: a number cell and a date cell.
    expect(line).toContain(`,${visited.headcount},`);
    expect(line).toContain(`,${visited.lastVisitDate},`);
    expect(line).not.toContain(`"${visited.lastVisitDate}"`);
    const shownRow = shown.find((r) => r[0] === visited.name)!;
    expect(shownRow[9]).toBe(visited.lastVisitDate);
  });

  it('the outcomes ledger to CSV: 400余 as reported beside 400 as a number', async () => {
    const file = path.join(out, '台账.csv');
    const job = await exportTo(ws, file, { dataset: 'outcomes', format: 'csv', lang: 'zh', filter: {} });
    expect(job.state).toBe('done');
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'));
    const head = rows[0]!;
    const deqin = rows.find((r) => r[1]!.startsWith('2018年9月') && r[4] === '招聘会')!;
    expect(deqin[head.indexOf('入场求职者')]).toBe('400');
    expect(deqin[head.indexOf('入场求职者（原文）')]).toBe('400余');
    expect(deqin[head.indexOf('提供岗位（原文）')]).toBe('200余');
    expect(deqin[head.indexOf('投递简历')]).toBe('36');
    expect(deqin[0]).toMatch(/^2018-09-\d\d$/);
    // LibreOffice agrees: the CSV opens with the same cells.
    const again = parseCsv(fs.readFileSync(await convertWithLibreOffice(file, CSV_UTF8, path.join(out, 'ledger'), { infilter: CSV_UTF8_IN }), 'utf8'));
    expect(again.find((r) => r[1] === deqin[1] && r[4] === '招聘会')![head.indexOf('入场求职者（原文）')]).toBe('400余');
  });

  it('every dataset exports in both formats with headers in the chosen language; the folder then holds just those files', async () => {
    const datasets = ['companies', 'visits', 'vettings', 'positions', 'outcomes', 'placements'] as const;
    const all = path.join(out, 'all');
    fs.mkdirSync(all);
    for (const dataset of datasets) {
      for (const format of ['xlsx', 'csv'] as const) {
        const file = path.join(all, `${dataset}.${format}`);
        const job = await exportTo(ws, file, { dataset, format, lang: 'en', filter: {} });
        expect(job.state, `${dataset} ${format}`).toBe('done');
        expect(job.result!.rows as number, dataset).toBeGreaterThan(0);
      }
    }
    // No temporary file beside them, and nothing left in the journal.
    expect(fs.readdirSync(all).sort()).toEqual(datasets.flatMap((d) => [`${d}.csv`, `${d}.xlsx`]).sort());
    expect(journal(ws)).toEqual([]);
    const vettings = parseCsv(fs.readFileSync(path.join(all, 'vettings.csv'), 'utf8'));
    expect(vettings[0]!.slice(0, 6)).toEqual(['Company', 'Vetting date', 'Checklist version', 'Status', 'Verdict', 'Overall score']);
    const positions = parseCsv(fs.readFileSync(await convertWithLibreOffice(path.join(all, 'positions.xlsx'), CSV_UTF8, path.join(out, 'pos')), 'utf8'));
    expect(positions[0]!.slice(0, 5)).toEqual(['Company', 'Town', 'Job type', 'Position', 'Headcount']);
    expect(exportFileName({ dataset: 'positions', format: 'csv', lang: 'zh' }, '2026-11-24')).toBe('职位表-2026-11-24.csv');
  });
});

describe('exports of a workspace made in the test', () => {
  let ws: TestWorkspace;
  beforeAll(async () => {
    ws = await createTestWorkspace();
  });
  afterAll(() => ws?.dispose());

  it('CSV quotes commas, quotes and line breaks (RFC 4180, CRLF) and keeps the list filter', async () => {
    const tricky = '车间整洁，"食宿" 齐全, 可住宿\n第二行：=SUM(A1)';
    await ws.createCompany({ name: '上海嘉定甲厂', notes: tricky, status: 'approved', creditCode: creditCodeFor(1) });
    await ws.createCompany({ name: '上海嘉定乙厂', notes: null, status: 'candidate' });
    const file = path.join(ws.dir, 'approved.csv');
    const job = await exportTo(ws, file, { dataset: 'companies', format: 'csv', lang: 'zh', filter: { status: 'approved' } });
    expect(job.result).toEqual({ path: file, rows: 1 });
    const text = fs.readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF企业名称,')).toBe(true);
    expect(text).toContain('"车间整洁，""食宿"" 齐全, 可住宿\n第二行：=SUM(A1)"');
    expect(text.split('\r\n')).toHaveLength(3); // header, one row, the empty rest after the last CRLF
    const rows = parseCsv(text);
    expect(rows[1]![0]).toBe('上海嘉定甲厂');
    expect(rows[1]![1]).toBe(creditCodeFor(1));
    expect(rows[1]![rows[0]!.indexOf('备注')]).toBe(tricky);
  });

  it('a cancelled export leaves no file, not even a part-written one, and no journal entry; a cancelled dialog starts nothing', async () => {
    ws.dialogs.nextSave = null;
    expect(await ws.call('exports.start', { dataset: 'companies', format: 'xlsx', lang: 'zh', filter: {} })).toBeNull();

    addManyCompanies(ws);
    const folder = path.join(ws.dir, 'cancelled');
    fs.mkdirSync(folder);
    for (const format of ['xlsx', 'csv'] as const) {
      const file = path.join(folder, `cancel.${format}`);
      ws.dialogs.nextSave = file;
      const { jobId } = (await ws.call('exports.start', { dataset: 'companies', format, lang: 'zh', filter: {} }))!;
      await underWay(ws, jobId);
      // Half-way, the half-written spreadsheet is there under its temporary name, journalled.
      expect(fs.readdirSync(folder)).toEqual([expect.stringMatching(new RegExp(`^\\.cancel\\.${format}\\.[0-9a-f]{8}\\.liaison-part$`))]);
      expect(journal(ws)).toHaveLength(1);
      await ws.call('jobs.cancel', { id: jobId });
      const end = await finished(ws, jobId);
      expect(end.state).toBe('cancelled');
      expect(end.done).toBeLessThan(end.total);
      expect(fs.readdirSync(folder)).toEqual([]);
      expect(journal(ws)).toEqual([]);
    }

    // An XLSX is mostly zipped after its last row: a cancel then stops it too.
    const file = path.join(folder, 'late.xlsx');
    ws.dialogs.nextSave = file;
    const { jobId } = (await ws.call('exports.start', { dataset: 'companies', format: 'xlsx', lang: 'zh', filter: {} }))!;
    for (;;) {
      const s = await ws.call('jobs.status', { id: jobId });
      expect(s.state).toBe('running');
      if (s.stage === 'saving') break;
      await new Promise((r) => setImmediate(r));
    }
    await ws.call('jobs.cancel', { id: jobId });
    expect((await finished(ws, jobId)).state).toBe('cancelled');
    expect(fs.readdirSync(folder)).toEqual([]);
    expect(journal(ws)).toEqual([]);
  });

  it('refuses bad input before asking where to save; a folder that cannot be written is a clear failure, no file left', async () => {
    ws.dialogs.suggestedName = null;
    expect((await ws.refused('exports.start', { dataset: 'trips', format: 'xlsx', lang: 'zh', filter: {} })).code).toBe('VALIDATION');
    const upsideDown = await ws.refused('exports.start', { dataset: 'visits', format: 'csv', lang: 'zh', filter: { from: '2018-09-30', to: '2018-09-01' } });
    expect(upsideDown.issues).toEqual([expect.objectContaining({ path: ['filter', 'to'], key: 'dateRangeUpsideDown' })]);
    expect(ws.dialogs.suggestedName).toBeNull();

    for (const format of ['xlsx', 'csv'] as const) {
      const missing = path.join(ws.dir, 'no-such-folder', `企业名录.${format}`);
      const job = await exportTo(ws, missing, { dataset: 'companies', format, lang: 'zh', filter: {} });
      expect(job).toMatchObject({ state: 'failed', error: { code: 'WORKSPACE', key: 'exportWriteFailed', params: { path: missing } }, result: null });
    }
    expect(fs.existsSync(path.join(ws.dir, 'no-such-folder'))).toBe(false);
    expect(journal(ws)).toEqual([]);
    // Exports only read: a workspace opened read-only can still be exported.
    expect(writesWorkspace('exports.start')).toBe(false);
  });

  it('a folder removed while the export writes into it (a USB stick pulled out) fails the job and leaves nothing', async () => {
    addManyCompanies(ws);
    for (const format of ['xlsx', 'csv'] as const) {
      const stick = path.join(ws.dir, 'U盘');
      fs.mkdirSync(stick);
      const file = path.join(stick, `企业名录.${format}`);
      ws.dialogs.nextSave = file;
      const { jobId } = (await ws.call('exports.start', { dataset: 'companies', format, lang: 'zh', filter: {} }))!;
      await underWay(ws, jobId);
      // The export may put its temporary file in the folder between rmSync's listing and its rmdir (ENOTEMPTY): retry, as pulling the stick out would still happen.
      fs.rmSync(stick, { recursive: true, maxRetries: 5, retryDelay: 10 });
      expect(await finished(ws, jobId)).toMatchObject({ state: 'failed', error: { code: 'WORKSPACE', key: 'exportWriteFailed', params: { path: file } } });
      expect(fs.existsSync(stick)).toBe(false);
      expect(journal(ws)).toEqual([]);
    }
  });
});
