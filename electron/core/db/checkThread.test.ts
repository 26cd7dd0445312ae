// The integrity check after opening runs in a thread of its own (the core's script started as
// the check), on its own read-only connection: it finds a sound file sound and a damaged one
// damaged, and a session that hands it its check turns read-only when the answer is damage,
// while writes went on meanwhile.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { root, TEST_CORE_BUNDLE } from '../../../scripts/bundles.mjs';
import { createTestWorkspace, creditCodeFor, rawDb, type TestWorkspace } from '../testing/workspace';
import { WorkspaceSession } from '../workspace/session';
import { localSessionOptions } from '../workspace/localKeys';
import { checkInThread } from './checkThread';

const SCRIPT = path.join(root, TEST_CORE_BUNDLE);
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** A closed workspace with some companies (and its key in the keyring of its folder). */
async function closedWorkspace(): Promise<TestWorkspace> {
  const ws = await createTestWorkspace();
  cleanups.push(() => ws.dispose());
  for (let i = 0; i < 20; i++) await ws.createCompany({ name: `上海嘉定第${i}精密机械有限公司`, creditCode: creditCodeFor(i), townId: ws.townId('安亭镇') });
  ws.session.close();
  return ws;
}

/** Sets the first byte of the root page of `tree` to 0 (no valid b-tree page has that type). */
function damage(ws: TestWorkspace, tree: string): void {
  const raw = rawDb(ws.file, ws.dir);
  const { rootpage } = raw.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').get(tree) as { rootpage: number };
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  raw.close();
  const fd = fs.openSync(ws.file, 'r+');
  fs.writeSync(fd, Buffer.from([0]), 0, 1, (rootpage - 1) * pageSize);
  fs.closeSync(fd);
}

const keyOf = (ws: TestWorkspace) => localSessionOptions(ws.dir).keyring.keysFor(ws.file)[0] ?? null;

describe('the integrity check in its own thread', () => {
  it('finds a sound workspace sound, and the damaged index of another', async () => {
    const ws = await closedWorkspace();
    expect(await checkInThread(SCRIPT, ws.file, keyOf(ws)).done).toEqual([]);
    damage(ws, 'companies_by_town');
    expect((await checkInThread(SCRIPT, ws.file, keyOf(ws)).done).join(' ')).toMatch(/companies_by_town|page|malformed/i);
  });

  it('runs after a session opens the file: writes go on meanwhile, and the damage it finds makes the workspace read-only', async () => {
    const ws = await closedWorkspace();
    damage(ws, 'companies_by_town');
    let answered: Promise<string[]> | null = null;
    const session = new WorkspaceSession(ws.file, {
      ...localSessionOptions(ws.dir),
      checkElsewhere: (file, key) => {
        const check = checkInThread(SCRIPT, file, key);
        answered = check.done;
        return check;
      },
    });
    cleanups.push(() => session.close());
    expect(session.writable).toBe(true);
    // The check starts a moment after opening; until it answers, the workspace takes writes.
    for (let i = 0; i < 100 && !answered; i++) await new Promise((r) => setTimeout(r, 20));
    expect(answered).not.toBeNull();
    session.db.prepare("INSERT INTO settings (key, value) VALUES ('bench', '1') ON CONFLICT (key) DO UPDATE SET value = excluded.value").run();
    expect((await answered!).length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 0)); // the session takes the answer
    expect(session.writable).toBe(false);
    expect(session.info().readOnlyReason).toBe('damaged');
  });

  it('is taken over by settle(): the check then runs here, now', async () => {
    const ws = await closedWorkspace();
    damage(ws, 'companies_by_town');
    const session = new WorkspaceSession(ws.file, { ...localSessionOptions(ws.dir), checkElsewhere: (file, key) => checkInThread(SCRIPT, file, key) });
    cleanups.push(() => session.close());
    session.settle();
    expect(session.info().readOnlyReason).toBe('damaged');
  });
});
