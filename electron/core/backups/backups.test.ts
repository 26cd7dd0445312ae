// Backups are what stands between a colleague's mistake (or a dying laptop) and years of
// records: made by themselves at the risky moments, each checked before it counts, kept as a
// rolling set, and restorable — or just looked into — from Settings.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupEntry } from '../../../shared/backups/schema';
import { LATEST_VERSION } from '../db/migrations';
import { workspaceAtVersion } from '../testing/migrations';
import { afterThisTest, workspace } from '../testing/scope';
import { rawDb } from '../testing/workspace';
import { localSessionOptions } from '../workspace/localKeys';
import { WorkspaceSession } from '../workspace/session';
import { backupDirOf, backupsToDrop, listBackups } from './store';


describe('automatic backups', () => {
  it('the first open of a day takes one (a moment later, so opening stays quick); the next open that day does not', async () => {
    const ws = await workspace();
    ws.session.settle();
    expect(ws.session.listBackups().map((b) => b.reason)).toEqual(['daily']);
    ws.session.close(); // changed things: a backup on close
    ws.session.open(ws.file);
    ws.session.settle();
    expect(ws.session.listBackups().map((b) => b.reason)).toEqual(['close', 'daily']);
  });

  it('on close only when something changed, with the record counts of that moment', async () => {
    const ws = await workspace();
    ws.session.settle();
    ws.session.close();
    ws.session.open(ws.file);
    const before = ws.session.listBackups().length;
    ws.session.close(); // nothing changed since opening
    ws.session.open(ws.file);
    expect(ws.session.listBackups()).toHaveLength(before);

    const company = await ws.createCompany({ name: '上海备份计数有限公司' });
    await ws.createVisit(company.id);
    ws.session.close();
    ws.session.open(ws.file);
    const [newest] = ws.session.listBackups();
    expect(newest).toMatchObject({ reason: 'close', counts: { companies: 1, visits: 1, vettings: 0, trips: 0 }, schemaVersion: LATEST_VERSION });
    expect(newest!.size).toBeGreaterThan(0);
  });

  it('before a migration, of the file as it was (its old version), kept whatever the rolling set drops', () => {
    const old = workspaceAtVersion(LATEST_VERSION - 2, `INSERT INTO staff (id, name, created_at, updated_at) VALUES ('01900000-0000-7000-8000-000000000001', '王建国', '2018-09-10T08:00:00Z', '2018-09-10T08:00:00Z');`);
    afterThisTest(old.dispose);
    const session = new WorkspaceSession(old.file, localSessionOptions(old.dir));
    afterThisTest(() => session.close());
    const pre = session.listBackups().find((b) => b.reason === 'premigrate')!;
    expect(pre.schemaVersion).toBe(LATEST_VERSION - 2);
    expect(session.info().schemaVersion).toBe(LATEST_VERSION);
    expect(backupsToDrop([...session.listBackups(), ...manyDaily(30)], { daily: 7, weekly: 4 })).not.toContain(pre.id);
  });
});

describe('the rolling set', () => {
  it('keeps the newest of each of the last 7 days and of the 4 weeks before, and every pre-migration one', () => {
    const entries = [...manyDaily(60), { ...entry(new Date(2026, 0, 1, 9), 'premigrate') }].sort((a, b) => (a.id < b.id ? 1 : -1));
    const dropped = new Set(backupsToDrop(entries, { daily: 7, weekly: 4 }));
    const kept = entries.filter((e) => !dropped.has(e.id));
    expect(kept.filter((e) => e.reason === 'premigrate')).toHaveLength(1);
    // The last seven days keep both their morning (first open) and evening (close) backups.
    expect(kept.slice(0, 14)).toEqual(entries.slice(0, 14));
    // Then one for each of the four weeks before.
    expect(kept.filter((e) => e.reason !== 'premigrate')).toHaveLength(14 + 4);
  });
});

describe('the retention rule (Settings › 备份与恢复)', () => {
  it('is app-wide, 7 days and 4 weeks until changed, refused out of range, and prunes from the next backup on', async () => {
    const ws = await workspace();
    expect(await ws.call('backups.retention', {})).toEqual({ daily: 7, weekly: 4 });
    expect((await ws.refused('backups.setRetention', { daily: 0, weekly: 4 })).issues?.[0]).toMatchObject({ path: ['daily'], key: 'tooSmall' });
    expect((await ws.refused('backups.setRetention', { daily: 7, weekly: -1 })).issues?.[0]).toMatchObject({ path: ['weekly'] });
    expect(await ws.call('backups.setRetention', { daily: 1, weekly: 0 })).toEqual({ daily: 1, weekly: 0 });
    // One day, newest of each kind: a second manual backup replaces the first.
    const first = await ws.call('backups.create', {});
    await new Promise((r) => setTimeout(r, 5));
    const second = await ws.call('backups.create', {});
    const ids = (await ws.call('backups.list', {})).map((b) => b.id);
    expect(ids).toContain(second.id);
    expect(ids).not.toContain(first.id);
  });
});

describe('restore and look inside', () => {
  it('restores a backup over the workspace after backing up the current state first', async () => {
    const ws = await workspace();
    const kept = await ws.createCompany({ name: '上海恢复前已有有限公司' });
    const backup = await ws.call('backups.create', {});
    expect(backup).toMatchObject({ reason: 'manual', counts: { companies: 1 } });
    await ws.createCompany({ name: '上海备份之后才建有限公司' });
    await ws.call('companies.delete', { id: kept.id });

    const info = await ws.call('backups.restore', { id: backup.id });
    expect(info.readOnly).toBe(false);
    expect((await ws.call('companies.list', { limit: 10 })).rows.map((r) => r.name)).toEqual(['上海恢复前已有有限公司']);
    // What was there before the restore is a backup of its own.
    const beforeRestore = ws.session.listBackups().find((b) => b.reason === 'beforeRestore')!;
    expect(beforeRestore.counts).toMatchObject({ companies: 1 });
    await ws.createCompany({ name: '上海恢复后可写有限公司' });
  });

  it('opens a backup read-only (writes refused with a message), and goes back to the workspace', async () => {
    const ws = await workspace();
    await ws.createCompany({ name: '上海只读查看有限公司' });
    const backup = await ws.call('backups.create', {});
    await ws.createCompany({ name: '上海查看之后有限公司' });

    const view = await ws.call('backups.openReadOnly', { id: backup.id });
    expect(view).toMatchObject({ readOnly: true, readOnlyReason: 'backup', viewingBackup: { createdAt: backup.createdAt } });
    expect((await ws.call('companies.list', { limit: 10 })).rows.map((r) => r.name)).toEqual(['上海只读查看有限公司']);
    expect(await ws.refused('companies.create', { name: '上海写入备份有限公司' })).toEqual({ code: 'WORKSPACE', key: 'viewingBackup' });
    expect((await ws.call('backups.list', {})).map((b) => b.id)).toContain(backup.id);

    const back = await ws.call('backups.closeView', {});
    expect(back).toMatchObject({ readOnly: false, viewingBackup: null, path: ws.file });
    expect((await ws.call('companies.list', { limit: 10 })).rows).toHaveLength(2);
  });

  it('offers the newest backup that passes its check, passing over a damaged one', async () => {
    const ws = await workspace();
    await ws.createCompany({ name: '上海好备份有限公司' });
    const good = await ws.call('backups.create', {});
    ws.session.close(); // changed since opening: a newer backup, on close
    const bad = listBackups(backupDirOf(ws.dir, ws.file))[0]!;
    expect(bad.reason).toBe('close');
    const badFile = path.join(backupDirOf(ws.dir, ws.file), bad.id);
    const raw = rawDb(badFile, ws.dir, { readonly: true });
    const { rootpage } = raw.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'companies'").get() as { rootpage: number };
    raw.close();
    // The page's header (its first bytes) garbled, as a failing disk would.
    const fd = fs.openSync(badFile, 'r+');
    fs.writeSync(fd, Buffer.alloc(64, 7), 0, 64, (rootpage - 1) * 4096);
    fs.closeSync(fd);
    ws.session.open(ws.file);
    expect((await ws.call('backups.newestGood', {}))?.id).toBe(good.id);
    expect(await ws.refused('backups.restore', { id: bad.id })).toMatchObject({ code: 'WORKSPACE' });
  });

  it('a workspace that cannot be opened at all is recovered from its newest good backup, the broken file kept aside', async () => {
    const ws = await workspace();
    await ws.createCompany({ name: '上海无法打开前有限公司' });
    await ws.call('backups.create', {});
    ws.session.close();
    // Page 1's header damaged after its salt: no key reads it any more.
    const fd = fs.openSync(ws.file, 'r+');
    fs.writeSync(fd, Buffer.alloc(512, 9), 0, 512, 16);
    fs.closeSync(fd);
    expect(() => ws.session.open(ws.file)).toThrow();
    expect(ws.session.newestGoodBackup(ws.file)?.reason).toBe('close');

    const info = ws.session.recoverFromBackup(ws.file);
    expect(info).toMatchObject({ path: ws.file, readOnly: false });
    expect((await ws.call('companies.list', { limit: 10 })).rows.map((r) => r.name)).toEqual(['上海无法打开前有限公司']);
    expect(fs.readdirSync(ws.dir).filter((f) => f.includes('.unreadable-'))).toHaveLength(1);
  });

  it('backs up to a place the user picks, as a checked, encrypted copy that opens on this computer', async () => {
    const ws = await workspace();
    await ws.createCompany({ name: '上海另存备份有限公司' });
    ws.dialogs.nextCopy = path.join(ws.dir, 'U盘', '备份.sqlite');
    fs.mkdirSync(path.dirname(ws.dialogs.nextCopy));
    expect(await ws.call('backups.saveTo', {})).toEqual({ path: ws.dialogs.nextCopy });
    const copy = new WorkspaceSession(ws.dialogs.nextCopy, localSessionOptions(ws.dir));
    afterThisTest(() => copy.close());
    expect(copy.info().encrypted).toBe(true);
    expect(copy.db.prepare('SELECT name FROM companies').all()).toEqual([{ name: '上海另存备份有限公司' }]);
    // No temporary file is left beside it.
    expect(fs.readdirSync(path.dirname(ws.dialogs.nextCopy)).filter((f) => f.includes('liaison-tmp'))).toEqual([]);
  });

  it('backups made before a passphrase was set still open and restore afterwards', async () => {
    const ws = await workspace();
    await ws.createCompany({ name: '上海改口令前有限公司' });
    const before = await ws.call('backups.create', {});
    await ws.call('workspace.setPassphrase', { passphrase: '嘉定对口支援2026' });
    await ws.createCompany({ name: '上海改口令后有限公司' });
    expect((await ws.call('backups.newestGood', {}))?.id).toBe(before.id);
    await ws.call('backups.restore', { id: before.id });
    expect((await ws.call('companies.list', { limit: 10 })).rows.map((r) => r.name)).toEqual(['上海改口令前有限公司']);
  });

  it('a damaged workspace restored from a backup is kept aside, not overwritten; a locked one cannot be restored over', async () => {
    const ws = await workspace();
    await ws.createCompany({ name: '上海损坏前有限公司' });
    const good = await ws.call('backups.create', {});
    ws.session.close();
    const raw = rawDb(ws.file, ws.dir);
    const { rootpage } = raw.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'companies_by_town'").get() as { rootpage: number };
    raw.close();
    const fd = fs.openSync(ws.file, 'r+');
    fs.writeSync(fd, Buffer.from([0]), 0, 1, (rootpage - 1) * 4096);
    fs.closeSync(fd);
    ws.session.open(ws.file);
    ws.session.settle();
    expect(ws.session.info().readOnlyReason).toBe('damaged');
    await ws.call('backups.restore', { id: good.id });
    expect(fs.readdirSync(ws.dir).filter((f) => f.includes('.damaged-'))).toHaveLength(1);
    expect((await ws.call('workspace.info', {})).readOnly).toBe(false);

    const colleague = new WorkspaceSession(ws.file, localSessionOptions(ws.dir, { owner: { user: 'lisi', computer: 'PC-2' } }));
    afterThisTest(() => colleague.close());
    expect(() => colleague.restore(good.id)).toThrow(/workspaceLocked/);
  });

  it('refuses a backup id that is not one of ours', async () => {
    const ws = await workspace();
    expect((await ws.refused('backups.restore', { id: '../工作区.sqlite' })).code).toBe('VALIDATION');
    expect(await ws.refused('backups.openReadOnly', { id: '20260101-000000-000-manual.sqlite' })).toEqual({ code: 'NOT_FOUND', key: 'backupNotFound' });
  });
});

function entry(at: Date, reason: BackupEntry['reason']): BackupEntry {
  const iso = at.toISOString();
  const id = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}-${iso.slice(20, 23)}-${reason}.sqlite`;
  return { id, createdAt: iso, reason, size: 1, schemaVersion: LATEST_VERSION, counts: null };
}

/** `days` days of backups, two a day (morning daily, evening close), newest first. */
function manyDaily(days: number): BackupEntry[] {
  const out: BackupEntry[] = [];
  for (let d = 0; d < days; d++) {
    out.push(entry(new Date(2026, 11, 4 - d, 18), 'close'), entry(new Date(2026, 11, 4 - d, 9), 'daily'));
  }
  return out;
}
