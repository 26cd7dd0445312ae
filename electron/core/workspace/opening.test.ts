// Opening a file must never harm it: a file that is not ours, is newer than this app, is
// read-only, or is held by a colleague is met with a clear message and left as it was; a
// refused open leaves nothing open behind it; a closed workspace is one complete file.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../db/migrations';
import { afterThisTest, dir, refusal, sha256, workspace } from '../testing/scope';
import { rawDb, type TestWorkspace } from '../testing/workspace';
import { localSessionOptions } from './localKeys';
import { lockPathOf, STALE_AFTER_MS } from './lock';
import { WorkspaceSession } from './session';



/** What a refused open must leave: the file's bytes as they were and nothing beside it. */
function expectUntouched(file: string, before: string) {
  expect(sha256(file)).toBe(before);
  for (const suffix of ['-wal', '-shm', '-journal', '.lock']) expect(fs.existsSync(file + suffix), file + suffix).toBe(false);
}

const openFds = () => fs.readdirSync('/proc/self/fd').length;

describe('a file that is not a workspace of this app', () => {
  const notOurs = { code: 'WORKSPACE', key: 'notAWorkspace' };

  it.each([
    ['an empty file', (f: string) => fs.writeFileSync(f, '')],
    ['a text file', (f: string) => fs.writeFileSync(f, '企业名单\n上海沪工阀门厂\n'.repeat(200))],
    // Whole pages long, like an encrypted workspace, but text all the same.
    ['a text file of exactly 4096 bytes', (f: string) => fs.writeFileSync(f, 'a'.repeat(4096))],
    ['a spreadsheet (a ZIP) of whole pages', (f: string) => fs.writeFileSync(f, Buffer.concat([Buffer.from('504b0304', 'hex'), Buffer.alloc(4092, 7)]))],
    [
      "another program's SQLite database",
      (f: string) => {
        const db = new Database(f);
        db.exec("CREATE TABLE notes (line TEXT); INSERT INTO notes VALUES ('安亭镇 企业名单 2017')");
        db.pragma('user_version = 3');
        db.close();
      },
    ],
    [
      "another program's database with tables named like ours",
      (f: string) => {
        const db = new Database(f);
        db.exec('CREATE TABLE companies (x); CREATE TABLE settings (x); CREATE TABLE audit (x)');
        db.pragma('application_id = 42');
        db.close();
      },
    ],
  ])('%s is refused and left untouched', (_, make) => {
    const d = dir('liaison-open-');
    const file = path.join(d, '别人的文件.sqlite');
    make(file);
    const before = sha256(file);
    const session = new WorkspaceSession(undefined, localSessionOptions(d));
    afterThisTest(() => session.close());
    expect(refusal(() => session.open(file))).toEqual(notOurs);
    expectUntouched(file, before);
  });

  it('is refused through File › Open, and the workspace already open stays open and writable', async () => {
    const ws = await workspace();
    const file = path.join(ws.dir, '空文件.sqlite');
    fs.writeFileSync(file, '');
    ws.dialogs.nextOpen = file;
    expect(await ws.refused('workspace.open', {})).toEqual(notOurs);
    expect((await ws.call('workspace.info', {})).path).toBe(ws.file);
    await ws.createCompany({ name: '上海仍可写入有限公司' });
  });
});

describe('a workspace from a newer version of the app', () => {
  it('is refused before anything is written: same bytes, still in rollback mode, nothing beside it', async () => {
    const ws = await workspace();
    ws.session.close();
    const raw = rawDb(ws.file, ws.dir);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = sha256(ws.file);
    expect(refusal(() => ws.session.open(ws.file))).toEqual({ code: 'WORKSPACE', key: 'workspaceTooNew', params: { version: LATEST_VERSION + 1 } });
    expectUntouched(ws.file, before);
    const check = rawDb(ws.file, ws.dir, { readonly: true });
    expect(check.pragma('journal_mode', { simple: true })).toBe('delete');
    check.close();
  });
});

describe('a refused open', () => {
  it('closes what it opened: no file descriptors pile up, no -wal/-shm stay behind', async () => {
    const d = dir('liaison-open-');
    const files = {
      empty: path.join(d, 'empty.sqlite'),
      foreign: path.join(d, 'foreign.sqlite'),
    };
    fs.writeFileSync(files.empty, '');
    const db = new Database(files.foreign);
    db.exec('CREATE TABLE t (x)');
    db.close();
    const ws = await workspace();
    ws.session.close();
    const elsewhere = new WorkspaceSession(undefined, localSessionOptions(d)); // has no key for ws.file
    afterThisTest(() => elsewhere.close());

    const attempt = () => {
      for (const f of [files.empty, files.foreign, ws.file]) {
        try {
          elsewhere.open(f);
        } catch {
          // refused, as it should be
        }
      }
    };
    attempt(); // warm up whatever the runtime opens once
    const before = openFds();
    for (let i = 0; i < 20; i++) attempt();
    expect(openFds()).toBeLessThanOrEqual(before);
    for (const f of [...Object.values(files), ws.file]) for (const suffix of ['-wal', '-shm', '.lock']) expect(fs.existsSync(f + suffix), f + suffix).toBe(false);
  });
});

describe('a read-only file', () => {
  it('opens read-only with a message that says so (not "damaged"), and writes are refused with it', async () => {
    const ws = await workspace();
    await ws.createCompany({ name: '上海只读文件有限公司' });
    ws.session.close();
    fs.chmodSync(ws.file, 0o444);
    afterThisTest(() => fs.existsSync(ws.file) && fs.chmodSync(ws.file, 0o644));
    const before = sha256(ws.file);
    const info = ws.session.open(ws.file);
    expect(info).toMatchObject({ readOnly: true, readOnlyReason: 'readOnlyFile', problem: null });
    expect((await ws.call('companies.list', { limit: 10 })).rows.map((r) => r.name)).toEqual(['上海只读文件有限公司']);
    expect(await ws.refused('companies.create', { name: '上海新写入有限公司' })).toEqual({ code: 'WORKSPACE', key: 'workspaceReadOnlyFile' });
    ws.session.close();
    expect(sha256(ws.file)).toBe(before);
  });
});

describe('one writer per workspace', () => {
  it('a second window gets a read-only view naming who has it; the first keeps writing', async () => {
    const ws = await workspace();
    const second = new WorkspaceSession(ws.file, localSessionOptions(ws.dir, { owner: { user: 'lisi', computer: 'PC-2' } }));
    afterThisTest(() => second.close());
    const info = second.info();
    expect(info).toMatchObject({ readOnly: true, readOnlyReason: 'locked', lockedBy: { computer: expect.any(String) } });
    expect(refusal(() => second.readOnlyError())).toMatchObject({ code: 'WORKSPACE', key: 'workspaceLocked', params: { user: expect.any(String), computer: expect.any(String) } });
    await ws.createCompany({ name: '上海第一窗口有限公司' });
    // The second sees the first's saved work.
    expect(second.db.prepare('SELECT count(*) AS n FROM companies').get()).toEqual({ n: 1 });
    // When the first closes, the second can take over by opening again.
    ws.session.close();
    second.close();
    expect(second.open(ws.file).readOnly).toBe(false);
  });

  it('a lock left by a crashed process on this computer is stale and taken over', async () => {
    const ws = await workspace();
    ws.session.close();
    // A process that has ended: its pid is free.
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => dead.on('exit', r));
    const now = new Date().toISOString();
    fs.writeFileSync(lockPathOf(ws.file), JSON.stringify({ app: 'liaison-desk', user: 'zhang', computer: osHost(), pid: dead.pid, token: 'old', since: now, heartbeat: now }));
    expect(ws.session.open(ws.file)).toMatchObject({ readOnly: false, lockedBy: null });
    expect(JSON.parse(fs.readFileSync(lockPathOf(ws.file), 'utf8')).pid).toBe(process.pid);
  });

  it('a lock from another computer is honoured while its heartbeat is fresh, and taken over once it is stale', async () => {
    const ws = await workspace();
    ws.session.close();
    const lock = (heartbeat: Date) =>
      fs.writeFileSync(lockPathOf(ws.file), JSON.stringify({ app: 'liaison-desk', user: 'zhang', computer: 'PC-COUNTY', pid: 1, token: 't', since: heartbeat.toISOString(), heartbeat: heartbeat.toISOString() }));
    lock(new Date());
    expect(ws.session.open(ws.file)).toMatchObject({ readOnly: true, readOnlyReason: 'locked', lockedBy: { user: 'zhang', computer: 'PC-COUNTY' } });
    ws.session.close();
    expect(fs.existsSync(lockPathOf(ws.file))).toBe(true); // not ours to remove
    lock(new Date(Date.now() - STALE_AFTER_MS - 1000));
    expect(ws.session.open(ws.file)).toMatchObject({ readOnly: false, lockedBy: null });
  });
});

describe('the integrity check', () => {
  function damageIndex(ws: TestWorkspace) {
    const raw = rawDb(ws.file, ws.dir);
    const { rootpage } = raw.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'companies_by_town'").get() as { rootpage: number };
    raw.close();
    const fd = fs.openSync(ws.file, 'r+');
    fs.writeSync(fd, Buffer.alloc(32, 0), 0, 32, (rootpage - 1) * 4096);
    fs.closeSync(fd);
  }

  it('after a clean close runs a moment after opening, and damage it finds turns the workspace read-only', async () => {
    const ws = await workspace();
    for (let i = 0; i < 20; i++) await ws.createCompany({ name: `上海检查第${i}有限公司`, townId: ws.townId('安亭镇') });
    ws.session.close();
    damageIndex(ws);
    expect(ws.session.open(ws.file).readOnly).toBe(false); // opened at once, the check still to come
    ws.session.settle();
    expect(ws.session.info()).toMatchObject({ readOnly: true, readOnlyReason: 'damaged', problem: expect.stringMatching(/.+/) });
    const before = sha256(ws.file);
    expect(await ws.refused('companies.create', { name: '上海损坏后写入有限公司' })).toEqual({ code: 'WORKSPACE', key: 'workspaceReadOnly' });
    ws.session.close();
    expect(sha256(ws.file)).toBe(before); // nothing written to it after the damage was found
  });

  it('after a crash (the WAL still there) runs while opening', async () => {
    const ws = await workspace();
    for (let i = 0; i < 20; i++) await ws.createCompany({ name: `上海崩溃后第${i}有限公司`, townId: ws.townId('安亭镇') });
    ws.session.close();
    damageIndex(ws);
    // What a crash leaves: the file in WAL mode with frames in its WAL.
    const raw = rawDb(ws.file, ws.dir);
    raw.pragma('journal_mode = WAL');
    raw.pragma('wal_autocheckpoint = 0');
    raw.exec("INSERT INTO settings (key, value) VALUES ('crashMarker', '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    const walCopy = fs.readFileSync(`${ws.file}-wal`);
    raw.close();
    fs.writeFileSync(`${ws.file}-wal`, walCopy);
    expect(ws.session.open(ws.file)).toMatchObject({ readOnly: true, readOnlyReason: 'damaged' });
  });
});

describe('closing', () => {
  it('leaves the .sqlite file complete on its own: copying just it keeps every saved record', async () => {
    const ws = await workspace();
    for (let i = 0; i < 20; i++) await ws.createCompany({ name: `上海关闭测试第${i}有限公司` });
    expect(fs.statSync(`${ws.file}-wal`).size).toBeGreaterThan(0);
    ws.session.close();
    for (const suffix of ['-wal', '-shm', '.lock']) expect(fs.existsSync(ws.file + suffix), suffix).toBe(false);
    const alone = path.join(ws.dir, '只拷贝主文件.sqlite');
    fs.copyFileSync(ws.file, alone);
    const copy = new WorkspaceSession(alone, localSessionOptions(ws.dir));
    afterThisTest(() => copy.close());
    expect(copy.db.prepare('SELECT count(*) AS n FROM companies').get()).toEqual({ n: 20 });
  });
});

describe('another process holding a write', () => {
  it('makes a write wait (busy_timeout) instead of failing at once', async () => {
    const ws = await workspace();
    const [key] = localSessionOptions(ws.dir).keyring.keysFor(ws.file);
    const released = path.join(ws.dir, 'released');
    // A second process takes the write lock for a moment, as a second program would.
    const holder = spawn(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3-multiple-ciphers'); const db = new D(process.argv[1]);
         db.pragma("cipher = 'sqlcipher'"); db.pragma('legacy = 4'); db.pragma('hmac_use = 0'); db.pragma(\`key = "x'\${process.argv[2]}'"\`);
         db.exec('BEGIN IMMEDIATE'); console.log('held');
         setTimeout(() => { db.exec('COMMIT'); db.close(); require('fs').writeFileSync(process.argv[3], ''); }, 1000);`,
        ws.file,
        key?.kind === 'raw' ? key.hex : '',
        released,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
    expect(fs.existsSync(released)).toBe(false); // the other process still holds its write
    const r = await ws.invoke('companies.create', { name: '上海等待写入有限公司' });
    await new Promise((r) => holder.on('exit', r));
    // It waited for the other writer and then saved, rather than being refused at once.
    expect(r).toMatchObject({ ok: true });
    expect(fs.existsSync(released)).toBe(true);
    expect(ws.count('SELECT count(*) AS n FROM companies')).toBe(1);
  });
});

const osHost = () => execFileSync('hostname', { encoding: 'utf8' }).trim();
