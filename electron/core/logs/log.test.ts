// The log: a file a day, old days and excess size removed, every line redacted on the way in.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { safeFields } from './fields';
import { configureLog, log } from './log';
import { dayFiles, lastLines, logsDirOf, pruneLogs } from './logFiles';
import { redactText } from './redact';

let dir: string;
let now: Date;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-log-'));
  now = new Date(2026, 11, 4, 9, 30);
  configureLog({ dataDir: dir, process: 'core', now: () => now });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const read = (day: string) => fs.readFileSync(path.join(logsDirOf(dir), `${day}.log`), 'utf8');

describe('a log file a day', () => {
  it('writes ISO time, level, process, event and fields on one line, into the local day\'s file', () => {
    log.info('workspace.opened', { schemaVersion: 13, companyId: '01890a5d-ac96-774b-bcce-000000000001' });
    log.error('invoke.failed', { channel: 'companies.create', error: new TypeError('x is not a function\n  at line 2') });
    const lines = read('2026-12-04').trimEnd().split('\n');
    expect(lines[0]).toBe(`${now.toISOString()} INFO core workspace.opened {"schemaVersion":13,"companyId":"01890a5d-ac96-774b-bcce-000000000001"}`);
    expect(lines[1]).toMatch(/^\S+Z ERROR core invoke\.failed \{"channel":"companies\.create","error":\{"name":"TypeError","message":"x is not a function\\n {2}at line 2"/);
    expect(lines).toHaveLength(2);
    now = new Date(2026, 11, 5, 0, 1);
    log.warn('next.day');
    expect(dayFiles(logsDirOf(dir)).map((f) => f.day)).toEqual(['2026-12-04', '2026-12-05']);
  });

  it('keeps 14 days: the first line of a new day removes the older files', () => {
    const logs = logsDirOf(dir);
    fs.mkdirSync(logs);
    for (const day of ['2026-11-01', '2026-11-20', '2026-11-21', '2026-12-03', 'notes.txt']) fs.writeFileSync(path.join(logs, day.endsWith('.txt') ? day : `${day}.log`), 'x\n');
    log.info('started');
    expect(fs.readdirSync(logs).sort()).toEqual(['2026-11-21.log', '2026-12-03.log', '2026-12-04.log', 'notes.txt']);
  });

  it('keeps the files under their total size, oldest removed first, never today\'s', () => {
    const logs = logsDirOf(dir);
    fs.mkdirSync(logs);
    for (const day of ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04']) fs.writeFileSync(path.join(logs, `${day}.log`), 'x'.repeat(400));
    expect(pruneLogs(logs, '2026-12-04', { keepDays: 14, maxTotalBytes: 1000 })).toEqual(['2026-12-01.log', '2026-12-02.log']);
    expect(pruneLogs(logs, '2026-12-04', { keepDays: 14, maxTotalBytes: 10 })).toEqual(['2026-12-03.log']);
    expect(fs.readdirSync(logs)).toEqual(['2026-12-04.log']);
  });

  it('gives the last lines across days, oldest first', () => {
    for (let i = 0; i < 5; i++) log.info('first.day', { count: i });
    now = new Date(2026, 11, 5, 8, 0);
    for (let i = 0; i < 3; i++) log.info('second.day', { count: i });
    const last = lastLines(logsDirOf(dir), 4);
    expect(last.map((l) => l.split(' ').slice(3).join(' '))).toEqual([
      'first.day {"count":4}',
      'second.day {"count":0}',
      'second.day {"count":1}',
      'second.day {"count":2}',
    ]);
  });

  it('refuses an event name that is not the program\'s own word', () => {
    log.info('张三 called');
    expect(read('2026-12-04')).toContain(' INFO core invalid-event {}');
    expect(read('2026-12-04')).not.toContain('张三');
  });
});

describe('redaction', () => {
  it('masks Chinese text, phones, ID numbers, e-mails and long digit runs, and keeps ids', () => {
    const text =
      'Cannot save 上海沪工阀门厂 (contact 王建国, 13812345678 / +86 139-1234-5678 / 021-59991234, ID 31011419800101123X, wang.jg@example.com, account 6222021234567890123) id 01890a5d-ac96-774b-bcce-000012345678 at 2026-12-04';
    const out = redactText(text);
    for (const secret of ['上海', '王建国', '13812345678', '139-1234-5678', '59991234', '31011419800101123X', 'wang.jg@example.com', '6222021234567890123']) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('01890a5d-ac96-774b-bcce-000012345678');
    expect(out).toContain('2026-12-04');
    // A stack keeps its line numbers, however long the bundle.
    expect(redactText('at save (app://bundle/assets/app-1.js:1234567:89)')).toBe('at save (app://bundle/assets/app-1.js:1234567:89)');
    expect(out).toBe(
      'Cannot save [7 han] (contact [3 han], [phone] / [phone] / [phone], ID [id-card], [email], account [19 digits]) id 01890a5d-ac96-774b-bcce-000012345678 at 2026-12-04',
    );
  });

  it('shows the home folder as ~ (on Windows it carries the user\'s name)', () => {
    expect(redactText(`at ${path.join(os.homedir(), 'AppData', 'app.asar')}:10`)).toBe(`at ${path.join('~', 'AppData', 'app.asar')}:10`);
  });

  it('takes fields by their kind: an id must look like one, a count be a number, a code be short', () => {
    // What slips past the type (plain JavaScript, a cast) is checked when it is written.
    const untyped = safeFields as (fields: Record<string, unknown>) => Record<string, unknown>;
    // @ts-expect-error a key outside the table does not compile
    safeFields({ notes: 'x' });
    // @ts-expect-error nor does `name`: a person's name has no field to go in by
    safeFields({ name: '王建国' });
    const fields = {
      companyId: '王建国',
      visitId: '01890a5d-ac96-774b-bcce-000000000001',
      count: '13812345678',
      channel: 'companies.create',
      key: '王建国的电话 13812345678',
      message: 'name 王建国',
      name: 'TypeError',
    };
    expect(untyped(fields)).toEqual({
      companyId: '[masked]',
      visitId: '01890a5d-ac96-774b-bcce-000000000001',
      count: '[masked]',
      channel: 'companies.create',
      key: '[6 han] [phone]',
      message: 'name [3 han]',
      name: '[masked]',
    });
    // A key outside the table keeps its name, never its value.
    expect(untyped({ notes: '王建国 13812345678' })).toEqual({ notes: '[masked]' });
  });

  it('writes an error by name, code, message and stack, never the values a driver attached to it', () => {
    const e = Object.assign(new Error('UNIQUE constraint failed: 王建国'), { code: 'SQLITE_CONSTRAINT', row: { name: '王建国' } });
    const out = safeFields({ error: e }).error as Record<string, unknown>;
    expect(out).toMatchObject({ name: 'Error', code: 'SQLITE_CONSTRAINT', message: 'UNIQUE constraint failed: [3 han]' });
    expect(JSON.stringify(out)).not.toContain('王建国');
    expect(out).not.toHaveProperty('row');
  });
});
