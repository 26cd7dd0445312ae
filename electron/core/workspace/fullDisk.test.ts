// A full disk or a read-only medium is a fact about the computer, not a bug: the user reads
// what happened, nothing acknowledged is lost, reads keep working, and writes work again once
// the cause is gone. These run on a small tmpfs of their own, which needs root (as in CI:
// .ci/run runs as root); elsewhere they are skipped, and in CI a failed mount fails them.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createInvoker } from '../invoke';
import { TestDialogs, tempDir } from '../testing/workspace';
import { localSessionOptions } from './localKeys';
import { WorkspaceSession } from './session';

const isRoot = process.getuid?.() === 0;
const mustRun = isRoot || !!process.env.CI;

let root: string;
let mnt: string;
let mounted = false;
beforeEach(() => {
  root = tempDir('liaison-disk-');
  mnt = path.join(root, 'medium');
  fs.mkdirSync(mnt);
  if (!mustRun) return;
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=6m', 'tmpfs', mnt]);
  mounted = true;
});
afterEach(() => {
  if (mounted) execFileSync('umount', ['-l', mnt]);
  mounted = false;
  fs.rmSync(root, { recursive: true, force: true });
});

function open(file: string) {
  // The keyring and the backups live on the computer's own disk, not on the medium.
  const dataDir = path.join(root, 'app');
  const session = new WorkspaceSession(file, localSessionOptions(dataDir));
  const invoke = createInvoker({ session, dataDir, dialogs: new TestDialogs() });
  return { session, invoke };
}

function fillDisk(file: string): void {
  const fd = fs.openSync(file, 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  } finally {
    fs.closeSync(fd);
  }
}

describe.skipIf(!mustRun)('a full disk', () => {
  it('refuses the write with "disk full", keeps every saved record readable, and writes again once there is room', async () => {
    const file = path.join(mnt, '工作区.sqlite');
    const { session, invoke } = open(file);
    const saved: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await invoke('companies.create', { name: `上海满盘测试第${i}有限公司` });
      expect(r.ok).toBe(true);
      saved.push(`上海满盘测试第${i}有限公司`);
    }
    fillDisk(path.join(mnt, 'filler'));

    // Writes until the disk refuses one: each is either saved or refused as disk full.
    let refused: unknown = null;
    for (let i = 0; i < 200 && !refused; i++) {
      const name = `上海满盘后第${i}有限公司`;
      const r = await invoke('companies.create', { name, notes: '满'.repeat(2000) });
      if (r.ok) saved.push(name);
      else refused = r.error;
    }
    expect(refused).toEqual({ code: 'WORKSPACE', key: 'workspaceDiskFull' });

    // Reads keep working, and hold everything acknowledged.
    const list = await invoke('companies.list', { limit: 500 });
    expect(list.ok && (list.value as { rows: { name: string }[] }).rows.map((r) => r.name).sort()).toEqual([...saved].sort());

    fs.rmSync(path.join(mnt, 'filler'));
    const again = await invoke('companies.create', { name: '上海腾出空间后有限公司' });
    expect(again.ok).toBe(true);
    saved.push('上海腾出空间后有限公司');
    session.close();

    const reopened = open(file);
    expect(reopened.session.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((reopened.session.db.prepare('SELECT name FROM companies').all() as { name: string }[]).map((r) => r.name).sort()).toEqual([...saved].sort());
    reopened.session.close();
  });
});

describe.skipIf(!mustRun)('a read-only medium', () => {
  it('opens the workspace read-only with a message that says so, and leaves it unchanged', async () => {
    const file = path.join(mnt, '工作区.sqlite');
    const first = open(file);
    expect((await first.invoke('companies.create', { name: '上海只读介质有限公司' })).ok).toBe(true);
    first.session.close();
    const before = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    execFileSync('mount', ['-o', 'remount,ro', mnt]);

    const { session, invoke } = open(file);
    expect(session.info()).toMatchObject({ readOnly: true, readOnlyReason: 'readOnlyFile' });
    const list = await invoke('companies.list', { limit: 10 });
    expect(list.ok && (list.value as { rows: { name: string }[] }).rows.map((r) => r.name)).toEqual(['上海只读介质有限公司']);
    expect(await invoke('companies.create', { name: '上海写不进去有限公司' })).toEqual({ ok: false, error: { code: 'WORKSPACE', key: 'workspaceReadOnlyFile' } });
    session.close();
    expect(createHash('sha256').update(fs.readFileSync(file)).digest('hex')).toBe(before);
  });
});
