// Copies of the workspace — save-a-copy, backups in their thread and on the core's — hold only
// the live records: text deleted before the copy (a removed staff member's name and phone,
// still in the file's free space) is not in the copy's bytes. An encrypted workspace's copy
// opens with its key and not without. And while a copy runs in its thread, the core answers
// other calls and takes writes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/result';
import { root, TEST_CORE_BUNDLE } from '../../../scripts/bundles.mjs';
import type { TestOps } from '../../../tests/harness/testOps';
import { applyKey, newRandomKey } from '../crypto/workspaceKey';
import { LATEST_VERSION } from '../db/migrations';
import { workspaceAtVersion } from '../testing/migrations';
import { afterThisTest, dir, workspace } from '../testing/scope';
import { keyringIn, rawDb, TestDialogs } from '../testing/workspace';
import { type CoreWorker, remoteOps, startCoreWorker } from '../worker/client';
import type { HostOps } from '../worker/ops';
import { localSessionOptions } from '../workspace/localKeys';
import { WorkspaceSession } from '../workspace/session';
import { copyInThread } from './copyThread';
import { backupDirOf } from './store';
import { checkWithAny } from './verifiedCopy';

const SCRIPT = path.join(root, TEST_CORE_BUNDLE);
const NAME = '陈美华';
const PHONE = '13816012345';

const holds = (file: string, text: string) => fs.existsSync(file) && fs.readFileSync(file).includes(Buffer.from(text));
/** A session that writes its copies in their thread, as the core's worker does. */
const threadedSession = (file: string, dataDir: string) => {
  const session = new WorkspaceSession(file, { ...localSessionOptions(dataDir), copyElsewhere: (p, key, target) => copyInThread(SCRIPT, p, key, target) });
  afterThisTest(() => session.close());
  return session;
};

describe('a copy of the workspace', () => {
  it('leaves out deleted text: save-a-copy and backups, in their thread and on the core', async () => {
    const staffId = '01900000-0000-7000-8000-000000000001';
    const old = workspaceAtVersion(LATEST_VERSION, `INSERT INTO staff (id, name, phone, created_at, updated_at) VALUES ('${staffId}', '${NAME}', '${PHONE}', '2024-09-10T08:00:00Z', '2024-09-10T08:00:00Z');`);
    afterThisTest(old.dispose);
    const session = threadedSession(old.file, old.dir);
    session.settle(); // the day's backup, taken before the deletion
    // A page freed before secure_delete was on (an older file) keeps the deleted row's bytes.
    session.db.pragma('secure_delete = OFF');
    session.db.prepare('DELETE FROM staff WHERE id = ?').run(staffId);
    expect(holds(old.file, NAME) || holds(`${old.file}-wal`, NAME)).toBe(true); // a byte copy would carry it

    const copy = path.join(dir(), '副本.sqlite');
    await session.saveCopy(copy, old.dir);
    const inThread = await session.backupInBackground('manual');
    const here = session.backup('beforeRestore');
    const backups = backupDirOf(old.dir, old.file);
    const files = [copy, path.join(backups, inThread.id), path.join(backups, here.id)];
    for (const f of files) {
      expect(holds(f, NAME), f).toBe(false);
      expect(holds(f, PHONE), f).toBe(false);
      const db = new Database(f, { readonly: true, fileMustExist: true });
      expect(db.prepare('SELECT count(*) AS n FROM staff WHERE id = ?').get(staffId)).toEqual({ n: 0 });
      expect(db.pragma('freelist_count', { simple: true })).toBe(0);
      db.close();
    }
    expect(fs.readdirSync(backups).filter((f) => f.endsWith('.liaison-tmp'))).toEqual([]);
  });

  it('of an encrypted workspace stays encrypted: it opens with the key and not without', async () => {
    const ws = await workspace();
    await ws.createCompany({ name: '上海沪工阀门厂（集团）有限公司', contacts: [{ name: NAME, role: '人事经理', phone: PHONE }] });
    ws.session.close();
    const session = threadedSession(ws.file, ws.dir);
    const copy = path.join(dir(), '副本.sqlite');
    await session.saveCopy(copy, ws.dir);
    const backup = await session.backupInBackground('manual');
    for (const f of [copy, path.join(backupDirOf(ws.dir, ws.file), backup.id)]) {
      expect(holds(f, 'SQLite format 3'), f).toBe(false);
      expect(holds(f, NAME), f).toBe(false);
      const withKey = rawDb(f, ws.dir, { readonly: true });
      expect(withKey.prepare('SELECT name FROM contacts').all()).toEqual([{ name: NAME }]);
      withKey.close();
      const withoutKey = new Database(f, { readonly: true });
      expect(() => withoutKey.prepare('SELECT count(*) FROM sqlite_schema').get()).toThrow(/not a database/);
      withoutKey.close();
      const wrongKey = new Database(f, { readonly: true });
      applyKey(wrongKey, newRandomKey());
      expect(() => wrongKey.prepare('SELECT count(*) FROM sqlite_schema').get()).toThrow(/not a database/);
      wrongKey.close();
    }
  });
});

describe('a backup of a plain workspace under way while it is encrypted', () => {
  it('is encrypted too once in place: no clear copy stays in the backups folder', async () => {
    const old = workspaceAtVersion(LATEST_VERSION, `INSERT INTO staff (id, name, phone, created_at, updated_at) VALUES ('01900000-0000-7000-8000-000000000001', '${NAME}', '${PHONE}', '2024-09-10T08:00:00Z', '2024-09-10T08:00:00Z');`);
    afterThisTest(old.dispose);
    const session = threadedSession(old.file, old.dir);
    session.settle();
    const backup = session.backupInBackground('manual');
    session.encrypt();
    const entry = await backup;
    const backups = backupDirOf(old.dir, old.file);
    const files = fs.readdirSync(backups).filter((f) => f.endsWith('.sqlite'));
    expect(files).toContain(entry.id);
    for (const f of files) expect(holds(path.join(backups, f), NAME), f).toBe(false);
    const file = path.join(backups, entry.id);
    expect(checkWithAny(file, keyringIn(old.dir).keysFor(file)).counts).toEqual(entry.counts); // opens with the workspace's key
  });
});

describe('a copy whose thread cannot start', () => {
  it('is written on the core instead, checked and in place', async () => {
    const ws = await workspace();
    ws.session.close();
    const session = new WorkspaceSession(ws.file, { ...localSessionOptions(ws.dir), copyElsewhere: (p, key, target) => copyInThread(path.join(ws.dir, 'no-such-core.cjs'), p, key, target) });
    afterThisTest(() => session.close());
    const entry = await session.backupInBackground('manual');
    expect(entry.reason).toBe('manual');
    expect(session.newestGoodBackup()?.id).toBe(entry.id);
    const copy = path.join(dir(), '副本.sqlite');
    await session.saveCopy(copy, ws.dir);
    expect(fs.statSync(copy).size).toBeGreaterThan(0);
  });
});

describe('while a copy runs in its thread', () => {
  let core: CoreWorker | null = null;
  let dataDir = '';
  afterEach(async () => {
    await core?.close();
    core = null;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('the core answers other calls and takes a write', { timeout: 120_000 }, async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-copies-'));
    const dialogs = new TestDialogs();
    core = await startCoreWorker({ script: SCRIPT, dataDir, dialogs, checkOutputs: true });
    const ops = remoteOps<HostOps & TestOps>(core);
    await core.open(path.join(dataDir, '工作区.sqlite'));
    await ops.seedCompanies(20_000, '上海嘉定示例精密机械第');
    await ops.settle(); // the day's backup, so the one below is the only copy running
    const ok = async <T>(channel: string, input: unknown): Promise<T> => {
      const r = (await core!.invoke(channel, input)) as Result<T>;
      if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
      return r.value;
    };

    const t0 = performance.now();
    let backedUpAt = 0;
    const backup = ok<{ counts: { companies: number } }>('backups.create', {}).then((b) => ((backedUpAt = performance.now()), b));
    dialogs.nextCopy = path.join(dataDir, '副本.sqlite');
    let copiedAt = 0;
    const copy = ok('workspace.saveCopy', {}).then(() => (copiedAt = performance.now()));
    const page = await ok<{ rows: unknown[] }>('companies.list', { limit: 100, sort: 'name' });
    const created = await ok<{ id: string }>('companies.create', { name: '上海安亭新建汽车配件有限公司' });
    const answeredAt = performance.now();
    expect(page.rows).toHaveLength(100);
    expect(created.id).toBeTruthy();
    expect(backedUpAt).toBe(0); // both calls answered before the backup was done
    expect(copiedAt).toBe(0);
    expect((await backup).counts.companies).toBeGreaterThanOrEqual(20_000);
    await copy;
    console.log(`copies ${((Math.max(backedUpAt, copiedAt) - t0) / 1000).toFixed(1)} s; a read and a write answered within ${(answeredAt - t0).toFixed(0)} ms`);
    // The core's own connection reads the new company; a copy taken now has it.
    expect((await ok<{ rows: unknown[] }>('companies.list', { limit: 100, query: '安亭新建' })).rows).toHaveLength(1);
  });
});

describe('a copy under way in its thread', () => {
  /** A workspace large enough that its copy is still running when the next call comes. */
  async function largeWorkspace() {
    const ws = await workspace();
    ws.session.close();
    const session = threadedSession(ws.file, ws.dir);
    session.settle();
    const insert = session.db.prepare("INSERT INTO settings (key, value) VALUES (?, ?)");
    session.db.transaction(() => {
      for (let i = 0; i < 20_000; i++) insert.run(`filler-${i}`, '上海嘉定示例精密机械有限公司'.repeat(8));
    })();
    return { ws, session };
  }

  it('is waited for by closing, then finishes: the backup is whole and the file closed complete', async () => {
    const { ws, session } = await largeWorkspace();
    const backup = session.backupInBackground('manual');
    session.close();
    expect(fs.existsSync(`${ws.file}-wal`) && fs.statSync(`${ws.file}-wal`).size > 0).toBe(false);
    const entry = await backup;
    const db = rawDb(path.join(backupDirOf(ws.dir, ws.file), entry.id), ws.dir, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM settings WHERE key LIKE 'filler-%'").get()).toEqual({ n: 20_000 });
    db.close();
  });

  it('is waited for by a re-key (a passphrase set meanwhile); the backup opens with the key it was made under', async () => {
    const { ws, session } = await largeWorkspace();
    const backup = session.backupInBackground('manual');
    session.setPassphrase('嘉定人社 2026');
    const entry = await backup;
    expect(session.db.prepare("SELECT count(*) AS n FROM settings WHERE key LIKE 'filler-%'").get()).toEqual({ n: 20_000 });
    expect(session.newestGoodBackup()?.id).toBe(entry.id);
    // Its key is the workspace's random one, still in the keyring beside the passphrase.
    const file = path.join(backupDirOf(ws.dir, ws.file), entry.id);
    const opened = keyringIn(ws.dir)
      .keysFor(file)
      .filter((key) => {
        const db = new Database(file, { readonly: true });
        try {
          applyKey(db, key);
          return (db.prepare("SELECT count(*) AS n FROM settings WHERE key LIKE 'filler-%'").get() as { n: number }).n === 20_000;
        } catch {
          return false;
        } finally {
          db.close();
        }
      });
    expect(opened.map((key) => key.kind)).toEqual(['raw']);
  });
});
