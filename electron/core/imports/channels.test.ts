// The import channels as the wizard calls them: open (a file dialog, then a job), preview and
// commit (jobs), a cancelled commit that writes nothing, a refused file that changes nothing,
// and a commit that notices the workspace changed since the preview.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportOpened, ImportResult, ImportSummary } from '../../../shared/imports/schema';
import type { JobStatus } from '../../../shared/jobs/schema';
import { jobsOf } from '../jobs/jobs';
import { writeXlsx } from '../testing/spreadsheets';
import { createTestWorkspace, creditCodeFor, type TestWorkspace } from '../testing/workspace';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await createTestWorkspace();
});
afterEach(() => ws.dispose());

async function finished(started: { jobId: string } | null): Promise<JobStatus> {
  for (;;) {
    const s = await ws.call('jobs.status', { id: started!.jobId });
    if (s.state !== 'running') return s as JobStatus;
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function register(rows: number): Promise<string> {
  const file = path.join(ws.dir, '名录.xlsx');
  const data = [['企业名称', '统一社会信用代码', '街镇', '人数', '联系人']];
  for (let i = 1; i <= rows; i++) data.push([`导入企业${i}`, creditCodeFor(9000 + i), '安亭镇', String(10 * i), `联系人${i}`]);
  await writeXlsx(file, [{ rows: data }]);
  return file;
}

async function open(file: string): Promise<ImportOpened> {
  ws.dialogs.nextFile = file;
  const s = await finished(await ws.call('imports.open', { target: 'companies' }));
  expect(s.state).toBe('done');
  return s.result as unknown as ImportOpened;
}

describe('the import channels', () => {
  it('open, preview and commit through jobs; the commit plans again when the workspace changed since the preview', async () => {
    const opened = await open(await register(5));
    expect(opened).toMatchObject({ fileName: '名录.xlsx', encoding: 'xlsx', sheets: [{ rowCount: 5, guessedMapping: { name: 0, creditCode: 1, town: 2, headcount: 3, contactName: 4 } }] });
    const run = { importId: opened.importId, sheet: opened.sheets[0]!.name, mapping: opened.sheets[0]!.guessedMapping, duplicates: 'skip' as const };
    const preview = await finished(await ws.call('imports.preview', run));
    expect(preview.result as unknown as ImportSummary).toMatchObject({ rows: 5, ok: 5, duplicates: 0, problemCount: 0 });
    // Someone adds one of the companies by hand before the commit: it becomes a duplicate, skipped.
    await ws.createCompany({ name: '导入企业3', contacts: [] });
    const commit = await finished(await ws.call('imports.commit', run));
    expect(commit.result as unknown as ImportResult).toEqual({ created: 4, updated: 0, skipped: 1, failed: 0 });
    expect(ws.count('SELECT count(*) AS n FROM companies')).toBe(5);
    expect(ws.count("SELECT count(*) AS n FROM audit WHERE entity = 'company' AND action = 'create'")).toBe(5);
    // The file is dropped after the commit.
    expect(await ws.refused('imports.preview', run)).toMatchObject({ code: 'NOT_FOUND', key: 'importExpired' });
  });

  it('a cancelled commit writes nothing', async () => {
    const opened = await open(await register(1200));
    const run = { importId: opened.importId, sheet: opened.sheets[0]!.name, mapping: opened.sheets[0]!.guessedMapping };
    const before = ws.counts();
    const started = await ws.call('imports.commit', run);
    jobsOf(ws.context).cancel(started!.jobId);
    expect((await finished(started)).state).toBe('cancelled');
    expect(ws.counts()).toEqual(before);
  });

  it('a refused file fails its job with the reason and changes nothing; a cancelled dialog starts nothing', async () => {
    const before = ws.counts();
    const s = await finished(await (async () => {
      ws.dialogs.nextFile = path.join(ws.dir, '..', 'nope', 'missing.txt');
      return ws.call('imports.open', { target: 'companies' });
    })());
    expect(s).toMatchObject({ state: 'failed', error: { key: 'fileNotReadable', params: { file: 'missing.txt' } } });
    const txt = path.join(ws.dir, '名单.xlsx');
    (await import('node:fs')).writeFileSync(txt, '不是表格');
    ws.dialogs.nextFile = txt;
    expect(await finished(await ws.call('imports.open', { target: 'companies' }))).toMatchObject({ state: 'failed', error: { code: 'VALIDATION', key: 'notSpreadsheet' } });
    expect(await ws.call('imports.open', { target: 'companies' })).toBeNull();
    expect(ws.counts()).toEqual(before);
  });

  it('refuses a preview whose mapping leaves a required field without a column', async () => {
    const opened = await open(await register(2));
    const mapping = { ...opened.sheets[0]!.guessedMapping, name: null };
    const s = await finished(await ws.call('imports.preview', { importId: opened.importId, sheet: opened.sheets[0]!.name, mapping }));
    expect(s.error).toMatchObject({ key: 'importFieldNotMapped', issues: [{ path: ['mapping', 'name'] }] });
  });
});

describe('paging problems', () => {
  it('sends the first 100 problems with the preview and pages through the rest', async () => {
    const file = path.join(ws.dir, 'bad.csv');
    (await import('node:fs')).writeFileSync(file, ['企业名称,街镇', ...Array.from({ length: 150 }, (_, i) => `企业${i},火星镇`)].join('\n'));
    const opened = await open(file);
    const run = { importId: opened.importId, sheet: opened.sheets[0]!.name, mapping: opened.sheets[0]!.guessedMapping };
    const summary = (await finished(await ws.call('imports.preview', run))).result as unknown as ImportSummary;
    expect({ shown: summary.problems.length, all: summary.problemCount, ok: summary.ok }).toEqual({ shown: 100, all: 150, ok: 0 });
    const page = await ws.call('imports.problems', { importId: opened.importId, offset: 100, limit: 100 });
    expect(page.total).toBe(150);
    expect(page.rows.map((p) => p.row)).toEqual(Array.from({ length: 50 }, (_, i) => 102 + i));
    expect(page.rows[0]).toMatchObject({ field: 'town', key: 'unknownTown', value: '火星镇', label: '企业100' });
  });
});

describe('holding files', () => {
  it('drops a file untouched for 30 minutes, and keeps one in use', async () => {
    const { ImportStore, HOLD_MS } = await import('./service');
    let now = 0;
    const store = new ImportStore(() => now);
    const file = { fileName: 'a.csv', encoding: 'utf-8', sheets: [] };
    const used = store.hold('companies', file);
    const idle = store.hold('companies', file);
    now = HOLD_MS - 1;
    store.get(used.id);
    now = HOLD_MS + 1;
    expect(store.get(used.id).id).toBe(used.id);
    expect(() => store.get(idle.id)).toThrow(/importExpired/);
  });
});
