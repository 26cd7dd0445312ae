// The workspace travels on laptops to remote counties: a name and a phone number typed into
// it must never be readable in the file's bytes — not in the file, its WAL, a copy or a
// backup — and a file opened without its key (or with a wrong one) is left exactly as it was.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../db/migrations';
import { workspaceAtVersion } from '../testing/migrations';
import { afterThisTest, dir, refusal, sha256, workspace } from '../testing/scope';
import type { TestWorkspace } from '../testing/workspace';
import { localSessionOptions } from './localKeys';
import { WorkspaceSession } from './session';

const NAME = '陈美华';
const PHONE = '13816012345';


const bytes = (file: string) => fs.readFileSync(file);
const holds = (file: string, text: string) => bytes(file).includes(Buffer.from(text, 'utf8'));


async function withContact(ws: TestWorkspace) {
  return ws.createCompany({ name: '上海沪工阀门厂（集团）有限公司', contacts: [{ name: NAME, role: '人事经理', phone: PHONE }], notes: `联系人${NAME}，电话${PHONE}` });
}

describe('a new workspace is encrypted', () => {
  it('keeps a Chinese name and a phone number out of the file, its WAL, a copy and a backup', async () => {
    const ws = await workspace();
    const company = await withContact(ws);
    await ws.createVisit(company.id, { notes: `与${NAME}面谈，电话${PHONE}` });
    expect((await ws.call('workspace.info', {})).encrypted).toBe(true);

    // While open, the newest writes sit in the WAL.
    expect(fs.statSync(`${ws.file}-wal`).size).toBeGreaterThan(0);
    for (const f of [ws.file, `${ws.file}-wal`]) {
      expect(holds(f, NAME), f).toBe(false);
      expect(holds(f, PHONE), f).toBe(false);
    }

    ws.dialogs.nextCopy = path.join(ws.dir, '副本.sqlite');
    await ws.call('workspace.saveCopy', {});
    const backup = await ws.call('backups.create', {});
    const backupFile = findBackup(ws, backup.id);
    for (const f of [ws.dialogs.nextCopy, backupFile]) {
      expect(fs.existsSync(f)).toBe(true);
      expect(holds(f, NAME), f).toBe(false);
      expect(holds(f, PHONE), f).toBe(false);
    }
    // Not a SQLite header either: nothing about the file says what it is.
    expect(bytes(ws.file).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');

    // After closing, the file alone is complete (WAL checkpointed) and still encrypted.
    ws.session.close();
    expect(fs.existsSync(`${ws.file}-wal`)).toBe(false);
    expect(holds(ws.file, NAME)).toBe(false);
    ws.session.open(ws.file);
    expect((await ws.call('companies.get', { id: company.id })).contacts[0]).toMatchObject({ name: NAME, phone: PHONE });

    // The copy opens with the keyring of this computer, and has the contact.
    const copy = new WorkspaceSession(ws.dialogs.nextCopy, localSessionOptions(ws.dir));
    afterThisTest(() => copy.close());
    expect(copy.db.prepare('SELECT name, phone FROM contacts').all()).toEqual([{ name: NAME, phone: PHONE }]);
  });

  it('finds records by search (FTS5 trigram and bigram) as a plain one does', async () => {
    const ws = await workspace();
    await withContact(ws);
    await ws.createCompany({ name: '大董（上海）餐饮管理有限公司', contacts: [], notes: null });
    const byTwo = await ws.call('companies.list', { query: '沪工', limit: 10 });
    const byFour = await ws.call('companies.list', { query: '沪工阀门', limit: 10 });
    const byContact = await ws.call('companies.list', { query: NAME, limit: 10 });
    for (const page of [byTwo, byFour, byContact]) expect(page.rows.map((r) => r.name)).toEqual(['上海沪工阀门厂（集团）有限公司']);
  });

  it('the example workspace is encrypted too', async () => {
    const ws = await workspace();
    const info = await ws.call('workspace.openExample', { rebuild: false });
    expect(info?.encrypted).toBe(true);
    const file = info!.path;
    ws.session.close();
    expect(holds(file, '德钦')).toBe(false);
  });
});

describe('opening without the key', () => {
  it('on another computer (no key in its keyring): asks for the passphrase and leaves the file unchanged', async () => {
    const ws = await workspace();
    await withContact(ws);
    ws.session.close();
    const before = sha256(ws.file);
    const elsewhere = dir();

    expect(refusal(() => new WorkspaceSession(ws.file, localSessionOptions(elsewhere)))).toEqual({ code: 'WORKSPACE', key: 'workspaceNeedsKey' });
    expect(sha256(ws.file)).toBe(before);
    for (const suffix of ['-wal', '-shm', '.lock']) expect(fs.existsSync(ws.file + suffix), suffix).toBe(false);
  });

  it('with a passphrase set, opens on another computer with it; a wrong one is refused and changes nothing', async () => {
    const ws = await workspace();
    const company = await withContact(ws);
    expect((await ws.call('workspace.setPassphrase', { passphrase: '嘉定对口支援2018' })).passphrase).toBe(true);
    // Too short: refused at the field.
    expect((await ws.refused('workspace.setPassphrase', { passphrase: 'short' })).issues?.[0]?.path).toEqual(['passphrase']);
    // A NUL would end the key pragma's SQL text mid-string (it was an INTERNAL error): refused at the field.
    expect((await ws.refused('workspace.setPassphrase', { passphrase: '嘉定对口\u0000支援2018' })).issues).toEqual([{ path: ['passphrase'], key: 'passphraseCharacters' }]);
    ws.session.close();
    expect(holds(ws.file, NAME)).toBe(false);
    const before = sha256(ws.file);

    const elsewhere = new WorkspaceSession(undefined, localSessionOptions(dir()));
    afterThisTest(() => elsewhere.close());
    expect(refusal(() => elsewhere.open(ws.file))).toEqual({ code: 'WORKSPACE', key: 'workspaceNeedsKey' });
    expect(refusal(() => elsewhere.unlock('不是这个口令'))).toEqual({ code: 'WORKSPACE', key: 'workspaceWrongKey' });
    expect(sha256(ws.file)).toBe(before);
    for (const suffix of ['-wal', '-shm', '.lock']) expect(fs.existsSync(ws.file + suffix), suffix).toBe(false);

    const info = elsewhere.unlock('嘉定对口支援2018');
    expect(info).toMatchObject({ encrypted: true, passphrase: true, readOnly: false });
    expect(elsewhere.db.prepare('SELECT name FROM companies WHERE id = ?').get(company.id)).toEqual({ name: '上海沪工阀门厂（集团）有限公司' });
    // Remembered: the next open on that computer needs no typing.
    elsewhere.close();
    expect(elsewhere.open(ws.file).readOnly).toBe(false);
  });

  it('with a key that does not fit (a stale keyring entry), asks for the passphrase and leaves the file unchanged', async () => {
    const ws = await workspace();
    ws.session.close();
    const keyring = JSON.parse(fs.readFileSync(path.join(ws.dir, 'keyring.json'), 'utf8'));
    const other = await workspace(); // another workspace, another key, same salt slot
    other.session.close();
    const otherRing = JSON.parse(fs.readFileSync(path.join(other.dir, 'keyring.json'), 'utf8'));
    const salt = Object.keys(keyring.entries).find((s) => fs.readFileSync(ws.file).subarray(0, 16).toString('hex') === s)!;
    keyring.entries[salt] = Object.values(otherRing.entries)[0];
    // Wrapped by the other data folder's keystore: copy that too, so the wrong key unwraps.
    fs.copyFileSync(path.join(other.dir, 'local-keystore.key'), path.join(ws.dir, 'local-keystore.key'));
    fs.writeFileSync(path.join(ws.dir, 'keyring.json'), JSON.stringify(keyring));
    const before = sha256(ws.file);
    expect(refusal(() => ws.session.open(ws.file))).toEqual({ code: 'WORKSPACE', key: 'workspaceNeedsKey' });
    expect(sha256(ws.file)).toBe(before);
  });
});

describe('asking for the passphrase', () => {
  it('File › Open of a workspace whose key this computer lacks keeps the current one open and waits for the passphrase', async () => {
    const ws = await workspace();
    const other = await workspace();
    await other.call('workspace.setPassphrase', { passphrase: '德钦2018年9月' });
    other.session.close();
    const carried = path.join(ws.dir, '从县里带回的工作区.sqlite');
    fs.copyFileSync(other.file, carried);

    ws.dialogs.nextOpen = carried;
    expect(await ws.refused('workspace.open', {})).toEqual({ code: 'WORKSPACE', key: 'workspaceNeedsKey' });
    expect(await ws.call('workspace.info', {})).toMatchObject({ path: ws.file, readOnly: false, pendingUnlock: { name: '从县里带回的工作区' } });
    expect(await ws.refused('workspace.unlock', { passphrase: '不对' })).toEqual({ code: 'WORKSPACE', key: 'workspaceWrongKey' });
    expect((await ws.call('workspace.cancelUnlock', {})).pendingUnlock).toBeNull();
    expect(await ws.refused('workspace.unlock', { passphrase: '德钦2018年9月' })).toEqual({ code: 'WORKSPACE', key: 'nothingToUnlock' });

    ws.dialogs.nextOpen = carried;
    await ws.refused('workspace.open', {});
    expect(await ws.call('workspace.unlock', { passphrase: '德钦2018年9月' })).toMatchObject({ path: carried, name: '从县里带回的工作区', pendingUnlock: null, passphrase: true });
  });
});

describe('an older, plain workspace', () => {
  it('opens as it is, and "加密此工作区" encrypts it after a checked backup', async () => {
    const old = workspaceAtVersion(LATEST_VERSION, `INSERT INTO staff (id, name, phone, created_at, updated_at) VALUES ('01900000-0000-7000-8000-000000000001', '${NAME}', '${PHONE}', '2018-09-10T08:00:00Z', '2018-09-10T08:00:00Z');`);
    afterThisTest(old.dispose);
    expect(holds(old.file, NAME)).toBe(true);
    const session = new WorkspaceSession(old.file, localSessionOptions(old.dir));
    afterThisTest(() => session.close());
    expect(session.info().encrypted).toBe(false);

    const info = session.encrypt();
    expect(info.encrypted).toBe(true);
    const backups = session.listBackups();
    expect(backups.map((b) => b.reason)).toContain('beforeEncrypt');
    session.close();
    expect(holds(old.file, NAME)).toBe(false);
    expect(holds(old.file, PHONE)).toBe(false);
    // Its backups (the one taken before encrypting included) are encrypted too, and still open.
    const backupDir = path.join(old.dir, 'backups', fs.readdirSync(path.join(old.dir, 'backups'))[0]!);
    const backupFiles = fs.readdirSync(backupDir).filter((f) => f.endsWith('.sqlite'));
    expect(backupFiles.length).toBeGreaterThan(0);
    for (const f of backupFiles) expect(holds(path.join(backupDir, f), NAME), f).toBe(false);
    const reopened = new WorkspaceSession(old.file, localSessionOptions(old.dir));
    afterThisTest(() => reopened.close());
    expect(reopened.db.prepare('SELECT name, phone FROM staff').all()).toEqual([{ name: NAME, phone: PHONE }]);
    expect(refusal(() => reopened.encrypt())).toEqual({ code: 'WORKSPACE', key: 'alreadyEncrypted' });
    const before = reopened.listBackups().find((b) => b.reason === 'beforeEncrypt')!;
    expect(reopened.newestGoodBackup()).not.toBeNull();
    reopened.restore(before.id);
    expect(reopened.db.prepare('SELECT name FROM staff').all()).toEqual([{ name: NAME }]);
  });
});

function findBackup(ws: TestWorkspace, id: string): string {
  const root = path.join(ws.dir, 'backups');
  for (const d of fs.readdirSync(root)) if (fs.existsSync(path.join(root, d, id))) return path.join(root, d, id);
  throw new Error(`backup ${id} not found`);
}
