// 打开文件 / 打开所在文件夹 and 打印…: the renderer is untrusted, so the core hands the desktop
// shell only a file this workspace saved in this run, still there; anything else is refused with
// its own message and never reaches the shell. Printing builds the report's HTML and asks the shell.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInvoker } from '../invoke';
import { RecordingShell } from '../testing/recordingShell';
import { createVettedCompany } from '../testing/vettedCompany';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';

let ws: TestWorkspace;
let shell: RecordingShell;
let out: string;
let invoke: ReturnType<typeof createInvoker>;

beforeEach(async () => {
  ws = await createTestWorkspace();
  shell = new RecordingShell();
  out = path.join(ws.dir, 'out');
  fs.mkdirSync(out);
  invoke = createInvoker({ ...ws.context, shell }, { checkOutputs: true });
});
afterEach(() => ws.dispose());

async function call(channel: string, input: unknown): Promise<unknown> {
  const r = await invoke(channel, input);
  if (!r.ok) throw new Error(`${channel} was refused: ${JSON.stringify(r.error)}`);
  return r.value;
}
async function refused(channel: string, input: unknown) {
  const r = await invoke(channel, input);
  if (r.ok) throw new Error(`${channel} was accepted: ${JSON.stringify(r.value)}`);
  return r.error;
}

async function makeTrip() {
  const regions = await ws.call('regions.list', {});
  const diqing = regions.find((p) => p.name === '迪庆州')!;
  const deqin = diqing.counties.find((c) => c.name === '德钦县')!;
  return ws.call('trips.create', { title: '赴迪庆州德钦县开展专场招聘', prefectureId: diqing.id, countyIds: [deqin.id], startDate: '2018-09-17', endDate: '2018-09-21' });
}

/** Saves the trip's calendar where the save dialog answers `name` in `out`; its path. */
async function savedIcs(name = '德钦行程.ics'): Promise<string> {
  const trip = await makeTrip();
  ws.dialogs.nextSave = path.join(out, name);
  const saved = (await call('trips.exportIcs', { id: trip.id })) as { path: string };
  expect(fs.existsSync(saved.path)).toBe(true);
  return saved.path;
}

describe('a file saved in this run', () => {
  it('opens with its program and shows in its folder', async () => {
    const file = await savedIcs();
    expect(await call('files.open', { path: file })).toEqual({ done: true });
    expect(await call('files.showInFolder', { path: file })).toEqual({ done: true });
    expect(shell.calls).toEqual([
      { method: 'openPath', args: [file] },
      { method: 'showItemInFolder', args: [file] },
    ]);
  });

  it('is found however the path is spelled (a "..", a relative tail)', async () => {
    const file = await savedIcs();
    await call('files.showInFolder', { path: path.join(out, '..', 'out', path.basename(file)) });
    expect(shell.calls).toEqual([{ method: 'showItemInFolder', args: [file] }]);
  });

  it('that was moved or deleted since is refused by name, and the shell is not asked', async () => {
    const file = await savedIcs();
    fs.renameSync(file, path.join(out, 'elsewhere.ics'));
    expect(await refused('files.open', { path: file })).toMatchObject({ code: 'NOT_FOUND', key: 'savedFileMissing', params: { name: '德钦行程.ics' } });
    expect(await refused('files.showInFolder', { path: file })).toMatchObject({ key: 'savedFileMissing' });
    expect(shell.calls).toEqual([]);
  });

  it('whose name the user typed with a program’s extension is shown in its folder, never run', async () => {
    const file = await savedIcs('名单.bat');
    expect(await refused('files.open', { path: file })).toMatchObject({ code: 'VALIDATION', key: 'fileTypeNotOpened', params: { ext: 'bat' } });
    await call('files.showInFolder', { path: file });
    expect(shell.calls).toEqual([{ method: 'showItemInFolder', args: [file] }]);
  });

  it('with no program for it on this computer gets a sentence of ours; another problem keeps the system’s words', async () => {
    const file = await savedIcs();
    shell.openAnswer = 'No application is associated with the specified file for this operation.';
    expect(await refused('files.open', { path: file })).toMatchObject({ code: 'WORKSPACE', key: 'noProgramForFile', params: { ext: 'ics' } });
    shell.openAnswer = 'Access is denied.';
    expect(await refused('files.open', { path: file })).toMatchObject({ key: 'openFileFailed', params: { name: '德钦行程.ics', reason: 'Access is denied.' } });
  });
});

describe('a path the app did not save', () => {
  it('is refused on its field, whether a file, a folder or the saved file’s own folder, and the shell is not asked', async () => {
    const file = await savedIcs();
    const other = path.join(out, 'not-ours.pdf');
    fs.writeFileSync(other, '%PDF-1.4\n');
    for (const p of [other, out, path.dirname(file), ws.file, '/etc/passwd', 'C:\\Windows\\System32\\calc.exe']) {
      for (const channel of ['files.open', 'files.showInFolder']) {
        expect(await refused(channel, { path: p })).toMatchObject({ code: 'VALIDATION', key: 'notASavedFile', issues: [{ path: ['path'], key: 'notASavedFile' }] });
      }
    }
    expect(shell.calls).toEqual([]);
  });

  it('includes a file saved while another workspace was open', async () => {
    const file = await savedIcs();
    ws.session.open(path.join(ws.dir, '另一个工作区.sqlite'));
    expect(await refused('files.open', { path: file })).toMatchObject({ key: 'notASavedFile' });
    expect(await refused('files.showInFolder', { path: file })).toMatchObject({ key: 'notASavedFile' });
    expect(shell.calls).toEqual([]);
  });

  it('is refused at the bridge when it is not a path at all', async () => {
    for (const input of [{}, { path: '' }, { path: 42 }, { path: 'a', folder: '/' }]) {
      expect(await refused('files.open', input)).toMatchObject({ code: 'VALIDATION' });
    }
    expect(shell.calls).toEqual([]);
  });
});

it('without a desktop shell (a bare core) says so instead of failing inside', async () => {
  const file = await savedIcs();
  const bare = createInvoker(ws.context, { checkOutputs: true });
  const r = await bare('files.open', { path: file });
  expect(r).toMatchObject({ ok: false, error: { code: 'WORKSPACE', key: 'shellUnavailable' } });
});

describe('打印…', () => {
  it('sends each report’s HTML to the shell, the same document its PDF is printed from', async () => {
    const trip = await makeTrip();
    const { companyId } = await createVettedCompany(ws, { name: '南亚新材料科技股份有限公司' });
    expect(await call('reports.print', { report: 'itinerary', tripId: trip.id })).toEqual({ printed: true });
    expect(await call('reports.print', { report: 'tripReport', tripId: trip.id, lang: 'en' })).toEqual({ printed: true });
    expect(await call('reports.print', { report: 'vettingSummary', companyId })).toEqual({ printed: true });
    expect(shell.calls.map((c) => c.method)).toEqual(['print', 'print', 'print']);
    const [itinerary, tripReport, summary] = shell.printed;
    expect(itinerary).toEqual((await ws.call('trips.itineraryHtml', { id: trip.id, lang: 'zh' })).html);
    expect(tripReport).toEqual((await ws.call('reports.tripReportHtml', { tripId: trip.id, lang: 'en' })).html);
    expect(summary).toEqual((await ws.call('reports.vettingSummaryHtml', { companyId, lang: 'zh' })).html);
    expect(summary).toContain('南亚新材料科技股份有限公司');
    // Paper leaves the workspace too: each print is in the export log, without a file name.
    const log = (await ws.call('exportLog.list', {})).rows.map((e) => [e.kind, e.what, e.fileName, e.filter]);
    expect(log).toEqual([
      ['report', 'vettingSummaryPrinted', '', { companyId: '南亚新材料科技股份有限公司' }],
      ['report', 'tripReportPrinted', '', { tripId: '赴迪庆州德钦县开展专场招聘' }],
      ['report', 'itineraryPrinted', '', { tripId: '赴迪庆州德钦县开展专场招聘' }],
    ]);
  });

  it('answers printed: false when the user closes the print dialog, and names the printer’s failure', async () => {
    const trip = await makeTrip();
    shell.printAnswer = async () => false;
    expect(await call('reports.print', { report: 'itinerary', tripId: trip.id })).toEqual({ printed: false });
    shell.printAnswer = async () => Promise.reject(new Error('Print job failed'));
    expect(await refused('reports.print', { report: 'itinerary', tripId: trip.id })).toMatchObject({ code: 'WORKSPACE', key: 'printFailed', params: { reason: 'Print job failed' } });
    expect((await ws.call('exportLog.list', {})).total).toBe(0);
  });

  it('of a trip that does not exist fails before any print dialog shows', async () => {
    const error = await refused('reports.print', { report: 'tripReport', tripId: '0190f3c2-0000-7000-8000-000000000000' });
    expect(error.code).toBe('NOT_FOUND');
    expect(await refused('reports.print', { report: 'payslips', tripId: '0190f3c2-0000-7000-8000-000000000000' })).toMatchObject({ code: 'VALIDATION' });
    expect(shell.calls).toEqual([]);
  });
});
