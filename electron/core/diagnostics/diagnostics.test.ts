// 导出诊断信息 and 打开日志文件夹 through the real handlers on a real workspace: the .zip is
// unpacked and read entry by entry.
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateAppSettings } from '../appSettings/appSettings';
import { LATEST_VERSION } from '../db/migrations';
import { configureLog, log } from '../logs/log';
import { logsDirOf } from '../logs/logFiles';
import { RecordingShell } from '../testing/recordingShell';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';
import { diagnosticsFileName } from './export';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await createTestWorkspace();
  configureLog({ dataDir: ws.dir, process: 'core' });
});
afterEach(() => {
  ws.session.close();
  fs.rmSync(ws.dir, { recursive: true, force: true });
});

const unzip = (file: string) => {
  const entries = unzipSync(fs.readFileSync(file));
  const text = (name: string) => new TextDecoder().decode(entries[name]);
  return { names: Object.keys(entries).sort(), text, json: (name: string) => JSON.parse(text(name)) as Record<string, unknown>, bytes: (name: string) => entries[name] };
};

describe('导出诊断信息', () => {
  it('saves one zip: versions, the workspace\'s schema version and check, settings without people, the last 1,000 log lines, crash dumps', async () => {
    const dumps = path.join(ws.dir, 'Crashpad');
    fs.mkdirSync(path.join(dumps, 'completed'), { recursive: true });
    fs.writeFileSync(path.join(dumps, 'completed', '5f1c.dmp'), Buffer.from([0x4d, 0x44, 0x4d, 0x50, 1, 2, 3]));
    fs.writeFileSync(path.join(dumps, 'settings.dat'), 'not a dump');
    ws.context.host = { app: '0.1.0', electron: '45.4.1', chromium: '142.0.7444.59', crashDumpsDir: dumps };
    ws.session.settle(); // the check after opening has run: its result is reported, no second check
    updateAppSettings(ws.dir, { updateFeedUrl: 'http://it:s3cret@updates.bureau.local/liaison/' });
    for (let i = 0; i < 1200; i++) log.info('test.line', { count: i });

    ws.dialogs.nextSave = path.join(ws.dir, 'out.zip');
    expect(await ws.call('diagnostics.export', {})).toEqual({ path: path.join(ws.dir, 'out.zip') });
    expect(ws.dialogs.suggestedName).toMatch(/^诊断信息-\d{4}-\d{2}-\d{2}\.zip$/);

    const zip = unzip(path.join(ws.dir, 'out.zip'));
    expect(zip.names).toEqual(['crash-dumps/completed/5f1c.dmp', 'logs/last-1000.log', 'settings.json', 'versions.json', 'workspace.json']);
    expect(zip.json('versions.json')).toMatchObject({ app: '0.1.0', electron: '45.4.1', chromium: '142.0.7444.59', node: process.versions.node, os: expect.any(String) });
    expect(zip.json('workspace.json')).toEqual({
      open: true,
      schemaVersion: LATEST_VERSION,
      integrity: { status: 'passed', problem: null },
      encrypted: true,
      readOnly: false,
      readOnlyReason: null,
    });
    const settings = zip.json('settings.json');
    expect(settings).toMatchObject({ language: 'zh', updateFeedUrl: 'http://updates.bureau.local/liaison/', minimumWage: 2690, vettingValidityMonths: 12, sync: { inTeam: false, place: null, autoMinutes: expect.any(Number) } });
    expect(JSON.stringify(settings)).not.toMatch(/王建国|currentStaff|69989000/);
    const lines = zip.text('logs/last-1000.log').trimEnd().split('\n');
    expect(lines).toHaveLength(1000);
    expect(lines[0]).toContain('test.line {"count":200}');
    expect(lines.at(-1)).toContain('test.line {"count":1199}');
    expect([...zip.bytes('crash-dumps/completed/5f1c.dmp')!]).toEqual([0x4d, 0x44, 0x4d, 0x50, 1, 2, 3]);

    // Recorded like every file that leaves the workspace, by its base name.
    const logged = await ws.call('exportLog.list', { offset: 0, limit: 5 });
    expect(logged.rows[0]).toMatchObject({ kind: 'export', what: 'diagnostics', fileName: 'out.zip', rows: null });
  });

  it('says the check is still running rather than running one of its own', async () => {
    ws.session.close();
    ws.session.open(ws.file);
    ws.session.holdBackgroundWork();
    ws.dialogs.nextSave = path.join(ws.dir, 'early.zip');
    await ws.call('diagnostics.export', {});
    expect(unzip(path.join(ws.dir, 'early.zip')).json('workspace.json')).toMatchObject({ integrity: { status: 'checking' } });
  });

  it('a cancelled dialog writes nothing and logs nothing', async () => {
    expect(await ws.call('diagnostics.export', {})).toBeNull();
    expect(fs.readdirSync(ws.dir).filter((f) => f.endsWith('.zip'))).toEqual([]);
    expect((await ws.call('exportLog.list', { offset: 0, limit: 5 })).total).toBe(0);
  });

  it('names the file by the day it is exported', () => {
    expect(diagnosticsFileName(new Date(2026, 11, 4, 23, 59))).toBe('诊断信息-2026-12-04.zip');
  });
});

describe('打开日志文件夹', () => {
  it('asks the desktop shell to open <dataDir>/logs, made if no line was written yet', async () => {
    const shell = new RecordingShell();
    ws.context.shell = shell;
    expect(await ws.call('diagnostics.openLogFolder', {})).toEqual({ done: true });
    expect(shell.calls).toEqual([{ method: 'openPath', args: [logsDirOf(ws.dir)] }]);
    expect(fs.statSync(logsDirOf(ws.dir)).isDirectory()).toBe(true);
  });

  it('says so where no desktop shell answers, or when the system cannot open it', async () => {
    expect(await ws.refused('diagnostics.openLogFolder', {})).toMatchObject({ code: 'WORKSPACE', key: 'logFolderNoShell' });
    ws.context.shell = Object.assign(new RecordingShell(), { openAnswer: 'No application is associated' });
    expect(await ws.refused('diagnostics.openLogFolder', {})).toMatchObject({ code: 'WORKSPACE', key: 'logFolderOpenFailed', params: { path: logsDirOf(ws.dir) } });
  });
});

describe('the window\'s errors', () => {
  it('are written as the renderer\'s lines; text over its size is refused naming the field', async () => {
    expect(await ws.call('diagnostics.reportError', { message: 'boom', stack: null, where: '/companies/:id' })).toEqual({ done: true });
    const today = fs.readdirSync(logsDirOf(ws.dir))[0]!;
    expect(fs.readFileSync(path.join(logsDirOf(ws.dir), today), 'utf8')).toMatch(/ ERROR renderer renderer\.error \{"message":"boom","stack":null,"where":"\/companies\/:id"\}/);
    expect(await ws.refused('diagnostics.reportError', { message: 'x'.repeat(2001), where: 'window' })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['message'], key: 'tooLong', params: { maximum: 2000 } }],
    });
  });
});
