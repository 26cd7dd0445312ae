// A sync through a real WebDAV server (Debian's nginx with its DAV modules on 127.0.0.1, see
// tests/harness/webdav.ts): it works, and the server stopped in the middle of a sync (after
// this computer's packet was made, before it was copied), then started again: the next sync
// completes and nothing is applied twice.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { startWebdav, type WebdavServer } from '../../../tests/harness/webdav';
import { syncThrough } from '../testing/syncRun';
import { type Computer, computersFromOneFile } from '../testing/syncTeam';
import { PlaceError } from './place/place';
import { WebdavPlace } from './place/webdav';
import { createTeam, type Team } from './team';

let server: WebdavServer;
beforeAll(async () => {
  server = await startWebdav();
  fs.mkdirSync(path.join(server.root, '对口支援')); // the folder the bureau's IT made for the team
});
afterAll(async () => {
  await server?.dispose();
});

let computers: Computer[] = [];
afterEach(() => {
  for (const c of computers) c.dispose();
  computers = [];
});

function sync(c: Computer, t: Team, progress?: (done: number, total: number, stage: string) => void | Promise<void>) {
  const place = new WebdavPlace({ url: `${server.url}对口支援/`, username: server.username, password: server.password, timeoutMs: 5000 });
  return syncThrough(c, t, place, progress ? { progress } : {});
}

it('syncs through WebDAV, and a server stopped mid-sync then started again doubles nothing', async () => {
  computers = await computersFromOneFile(['A', 'B'], async (ws) => {
    await ws.createCompany({ name: '上海沪工阀门厂（集团）有限公司', headcount: 850 });
  });
  const [a, b] = computers as [Computer, Computer];
  const t = createTeam('德钦组');
  const id = (await a.ws.call('companies.list', {})).rows[0]!.id;

  await a.ws.createCompany({ name: '嘉定物流有限公司' });
  await sync(a, t);
  await sync(b, t);
  expect((await b.ws.call('companies.list', {})).total).toBe(2);

  // B's edit: its packet is made and marked sent, then the server goes down before the copy.
  await b.ws.updateCompany(await b.ws.call('companies.get', { id }), { headcount: 990 });
  await expect(
    sync(b, t, async (done, _total, stage) => {
      if (stage === 'sending' && done === 1) await server.stop();
    }),
  ).rejects.toBeInstanceOf(PlaceError);
  await expect(sync(a, t)).rejects.toMatchObject({ code: 'unreachable' });

  await server.start();
  const again = await sync(b, t);
  expect(again.sent).toBe(0); // the packet made before the stop is copied, not made again
  const got = await sync(a, t);
  expect(got.fromColleagues).toBe(1);
  expect((await a.ws.call('companies.get', { id })).headcount).toBe(990);
  expect((await sync(a, t)).received).toBe(0);
  const audit = (db: Computer['db']) => (db.prepare('SELECT count(*) AS n FROM audit').get() as { n: number }).n;
  expect(audit(a.db)).toBe(audit(b.db));
  expect((await a.ws.call('companies.list', {})).total).toBe(2);
});
