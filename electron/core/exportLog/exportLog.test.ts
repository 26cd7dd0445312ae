// The record of what leaves the workspace: each way a file leaves adds one entry, with what,
// the filter, rows, the file's base name, who and when, once the file is written; a cancelled
// dialog or a refused write adds none, and no entry holds a name, phone or search text.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobStatus } from '../../../shared/jobs/schema';
import { type ExportLogEntry, FILE_KEYS, REPORT_KEYS } from '../../../shared/exportLog/schema';
import { createInvoker, writesWorkspace } from '../invoke';
import { filterText, WHAT_LABELS } from './labels';
import { filterForLog } from './log';
import { createVettedCompany } from '../testing/vettedCompany';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';

let ws: TestWorkspace;
let out: string;
/** The handlers with a printer: a stand-in for Chromium, whose PDF bytes do not matter here. */
let call: <T>(channel: string, input: unknown) => Promise<T>;

beforeEach(async () => {
  ws = await createTestWorkspace();
  out = path.join(ws.dir, 'out');
  fs.mkdirSync(out);
  const invoke = createInvoker({ ...ws.context, printer: { toPdf: async () => new TextEncoder().encode('%PDF-1.4\n') } }, { checkOutputs: true });
  call = async <T>(channel: string, input: unknown) => {
    const r = await invoke(channel, input);
    if (!r.ok) throw new Error(`${channel} was refused: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };
});
afterEach(() => ws.dispose());

/** Jobs are kept per context: a job started through `call` is asked after through `call`. */
async function finished(id: string, ask = (id: string) => ws.call('jobs.status', { id })): Promise<JobStatus> {
  for (;;) {
    const s = await ask(id);
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 5));
  }
}

const log = async () => (await ws.call('exportLog.list', {})).rows;

/** The one entry the log holds, checked for who and when. */
async function onlyEntry(): Promise<ExportLogEntry> {
  const rows = await log();
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ staffId: ws.me.id, staffName: '王建国' });
  expect(Date.now() - Date.parse(rows[0]!.at)).toBeLessThan(60_000);
  return rows[0]!;
}

async function makeTrip() {
  const regions = await ws.call('regions.list', {});
  const diqing = regions.find((p) => p.name === '迪庆州')!;
  const deqin = diqing.counties.find((c) => c.name === '德钦县')!;
  return ws.call('trips.create', { title: '赴迪庆州德钦县开展专场招聘', prefectureId: diqing.id, countyIds: [deqin.id], startDate: '2018-09-17', endDate: '2018-09-21' });
}

describe('a spreadsheet export', () => {
  it('is logged with its dataset, filter, rows and base file name; free search text and names stay out', async () => {
    await ws.loadLookups();
    await ws.createCompany({ name: '上海沪工阀门厂（集团）有限公司', townId: ws.townId('华亭镇'), contacts: [{ name: '陈美华', phone: '13816012345' }] });
    const file = path.join(out, '企业名录-华亭.csv');
    ws.dialogs.nextSave = file;
    const started = await ws.call('exports.start', { dataset: 'companies', format: 'csv', filter: { query: '陈美华', townId: ws.townId('华亭镇'), sort: 'name', offset: 0, limit: 100 } });
    expect((await finished(started!.jobId)).state).toBe('done');
    const e = await onlyEntry();
    expect(e).toMatchObject({ kind: 'export', what: 'companies', rows: 1, fileName: '企业名录-华亭.csv', filter: { query: true, townId: '华亭镇' } });
    const stored = JSON.stringify(ws.db.prepare('SELECT * FROM export_log').all());
    for (const secret of ['陈美华', '13816012345', out]) expect(stored).not.toContain(secret);
  });

  it('logs nothing when the save dialog is cancelled', async () => {
    expect(await ws.call('exports.start', { dataset: 'companies', format: 'xlsx' })).toBeNull();
    expect(await log()).toEqual([]);
  });

  it('logs nothing when the file cannot be written', async () => {
    ws.dialogs.nextSave = path.join(out, 'no-such-folder', 'a.xlsx');
    const started = await ws.call('exports.start', { dataset: 'companies', format: 'xlsx' });
    expect((await finished(started!.jobId)).state).toBe('failed');
    expect(await log()).toEqual([]);
  });

  it('exports the log itself, and logs that too', async () => {
    ws.dialogs.nextSave = path.join(out, 'a.csv');
    await finished((await ws.call('exports.start', { dataset: 'companies', format: 'csv' }))!.jobId);
    const file = path.join(out, '导出记录.csv');
    ws.dialogs.nextSave = file;
    await finished((await ws.call('exports.start', { dataset: 'exportLog', format: 'csv' }))!.jobId);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('时间,类别,内容,筛选条件,行数,文件名,操作人');
    expect(text).toMatch(/\r\n\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},导出,企业名录,,0,a\.csv,王建国\r\n/);
    expect((await log()).map((e) => [e.what, e.rows])).toEqual([['exportLog', 1], ['companies', 0]]);
  });
});

describe('reports', () => {
  it('a vetting summary (one company) is logged with the company it is about', async () => {
    const { companyId } = await createVettedCompany(ws, { name: '南亚新材料科技股份有限公司' });
    ws.dialogs.nextPdf = path.join(out, '审核摘要.pdf');
    expect(await call('reports.vettingSummary', { companyId, lang: 'zh' })).toEqual({ path: path.join(out, '审核摘要.pdf') });
    expect(await onlyEntry()).toMatchObject({ kind: 'report', what: 'vettingSummary', rows: 1, fileName: '审核摘要.pdf', filter: { companyId: '南亚新材料科技股份有限公司' } });
  });

  it('vetting summaries of a set (a job) are logged with how many companies', async () => {
    const a = await createVettedCompany(ws, { name: '上海沪工阀门厂（集团）有限公司' });
    const b = await createVettedCompany(ws, { name: '大董（上海）餐饮管理有限公司' });
    ws.dialogs.nextPdf = path.join(out, '摘要.pdf');
    const started = await call<{ jobId: string }>('reports.vettingSummaries', { companyIds: [a.companyId, b.companyId], lang: 'zh' });
    expect((await finished(started.jobId, (id) => call<JobStatus>('jobs.status', { id }))).state).toBe('done');
    expect(await onlyEntry()).toMatchObject({ what: 'vettingSummaries', rows: 2, fileName: '摘要.pdf', filter: { companyIds: 2 } });
  });

  it('the trip report as PDF and as Word, and the itinerary, are logged with their trip', async () => {
    const trip = await makeTrip();
    ws.dialogs.nextPdf = path.join(out, '简报.pdf');
    await call('reports.tripReportPdf', { tripId: trip.id, lang: 'zh' });
    ws.dialogs.nextSave = path.join(out, '简报.docx');
    await call('reports.tripReportDocx', { tripId: trip.id, lang: 'zh' });
    ws.dialogs.nextPdf = path.join(out, '行程.pdf');
    await call('trips.printItinerary', { id: trip.id, lang: 'zh' });
    expect((await log()).map((e) => [e.kind, e.what, e.fileName, e.filter])).toEqual([
      ['report', 'itinerary', '行程.pdf', { tripId: trip.title }],
      ['report', 'tripReportDocx', '简报.docx', { tripId: trip.title }],
      ['report', 'tripReportPdf', '简报.pdf', { tripId: trip.title }],
    ]);
  });

  it('a cancelled report dialog logs nothing', async () => {
    const trip = await makeTrip();
    expect(await call('reports.tripReportPdf', { tripId: trip.id, lang: 'zh' })).toBeNull();
    expect(await call('reports.tripReportDocx', { tripId: trip.id, lang: 'zh' })).toBeNull();
    expect(await call('trips.printItinerary', { id: trip.id, lang: 'zh' })).toBeNull();
    expect(await log()).toEqual([]);
  });
});

describe('the workspace file leaving', () => {
  it('save a copy is logged as a copy, with the base name only', async () => {
    ws.dialogs.nextCopy = path.join(out, '工作区副本.sqlite');
    await ws.call('workspace.saveCopy', {});
    expect(await onlyEntry()).toMatchObject({ kind: 'copy', what: 'workspace', rows: null, fileName: '工作区副本.sqlite', filter: {} });
  });

  it('a backup to another place is logged as a backup', async () => {
    ws.dialogs.nextCopy = path.join(out, '备份.sqlite');
    await ws.call('backups.saveTo', {});
    expect(await onlyEntry()).toMatchObject({ kind: 'backup', what: 'workspace', fileName: '备份.sqlite' });
  });

  it('a cancelled copy or backup logs nothing, nor does a backup in the workspace’s own folder', async () => {
    expect(await ws.call('workspace.saveCopy', {})).toBeNull();
    expect(await ws.call('backups.saveTo', {})).toBeNull();
    await ws.call('backups.create', {});
    expect(await log()).toEqual([]);
  });
});

describe('reading the log', () => {
  it('pages newest first with the total, and names whoever was the current user', async () => {
    const li = await ws.call('staff.create', { name: '李娜' });
    for (let i = 0; i < 5; i++) {
      if (i === 4) await ws.call('settings.update', { currentStaffId: li.id });
      ws.dialogs.nextCopy = path.join(out, `副本${i}.sqlite`);
      await ws.call('workspace.saveCopy', {});
    }
    const page = await ws.call('exportLog.list', { offset: 1, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.rows.map((e) => e.fileName)).toEqual(['副本3.sqlite', '副本2.sqlite']);
    expect((await ws.call('exportLog.list', { limit: 1 })).rows[0]).toMatchObject({ staffName: '李娜', staffId: li.id });
  });

  it('is a read, and refuses a bad page', async () => {
    expect(writesWorkspace('exportLog.list')).toBe(false);
    expect((await ws.refused('exportLog.list', { limit: 0 })).code).toBe('VALIDATION');
    expect((await ws.refused('exportLog.list', { offset: -1 })).code).toBe('VALIDATION');
  });
});

describe('filters as logged and as words', () => {
  it('keeps set fields only, search text as a flag, lists as their length', () => {
    expect(filterForLog({ query: '陈美华', status: null, townId: 'x', tag: '', roomAndBoard: false, companyIds: ['a', 'b'], sort: 'name', offset: 100, limit: 100, after: { d: '1' } })).toEqual({ query: true, townId: 'x', companyIds: 2 });
    expect(filterForLog({ query: '' })).toEqual({});
  });

  it('says them in the user’s language, a gone record as such', () => {
    const f = { status: 'approved', townId: '华亭镇', query: true, tripId: null, kind: 'jobFair' };
    expect(filterText(f, 'zh')).toBe('状态：审核通过；街镇：华亭镇；含搜索词；出访：（已删除）；类型：招聘会');
    expect(filterText(f, 'en')).toBe('Status: Approved; Town: 华亭镇; with a search term; Trip: (deleted); Kind: Job fair');
    expect(filterText({ agreementId: '劳务输出协议', version: 2 }, 'zh')).toBe('协议：劳务输出协议；版本：2');
    expect(filterText({ agreementId: null, version: 2 }, 'en')).toBe('Agreement: (deleted); Version: 2');
  });

  it('names every report and saved file in both languages', () => {
    for (const key of [...REPORT_KEYS, ...FILE_KEYS]) expect([key, WHAT_LABELS[key]?.zh && WHAT_LABELS[key]?.en]).toEqual([key, expect.any(String)]);
  });
});
