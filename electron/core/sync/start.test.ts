// Starting a team: the creator's workspace becomes the team's baseline; a joining workspace
// without records of its own takes the team's lists instead of its seeded ones; a workspace
// with records cannot join; a copy of a workspace file gets a computer id of its own.
import { afterEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/result';
import { Computer, computersFromOneFile } from '../testing/syncTeam';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';
import { ensureComputerId, listCards, pendingCount, resolveCard, startCapture } from './engine';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});
const workspace = async () => {
  const ws = await createTestWorkspace();
  cleanups.push(() => ws.dispose());
  return ws;
};
const count = (ws: TestWorkspace, sql: string) => (ws.db.prepare(sql).get() as { n: number }).n;

describe('creating and joining a team', () => {
  it('the joiner ends with the creator\'s records and lists, not two of each list', async () => {
    const first = await workspace();
    await first.createCompany({ townId: first.townId('华亭镇') });
    startCapture(first.db, 'A', 'creator');
    const creator = new Computer(first, 'A');
    expect(pendingCount(first.db)).toBeGreaterThan(20);

    const second = await workspace();
    startCapture(second.db, 'B', 'joiner');
    const joiner = new Computer(second, 'B');
    joiner.receive(creator.send());
    creator.receive(joiner.send());
    await second.loadLookups();
    for (const t of ['lookups', 'job_types', 'prefectures', 'counties', 'vetting_templates', 'companies', 'contacts']) {
      expect(count(second, `SELECT count(*) AS n FROM ${t}`), t).toBe(count(first, `SELECT count(*) AS n FROM ${t}`));
    }
    const [row] = (await second.call('companies.list', {})).rows;
    expect(await second.call('companies.get', { id: row!.id })).toMatchObject({ townId: second.townId('华亭镇') });
    // Both computers' staff are on both; audit rows name the computer that wrote them.
    expect(count(first, 'SELECT count(*) AS n FROM staff')).toBe(2);
    await second.createCompany({ name: '乙方新建公司', contacts: [] });
    expect(second.db.prepare(`SELECT DISTINCT computer_id FROM audit WHERE entity_id = (SELECT id FROM companies WHERE name = '乙方新建公司')`).all()).toEqual([{ computer_id: 'B' }]);
    expect(listCards(first.db)).toEqual([]);
  });

  it('a workspace with records of its own cannot join (a typed error), and nothing changes', async () => {
    const ws = await workspace();
    await ws.createCompany();
    const lookups = count(ws, 'SELECT count(*) AS n FROM lookups');
    let error: unknown;
    try {
      startCapture(ws.db, 'B', 'joiner');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiFailure);
    expect((error as ApiFailure).error).toMatchObject({ code: 'CONFLICT', key: 'syncJoinNeedsEmptyWorkspace' });
    expect(count(ws, 'SELECT count(*) AS n FROM lookups')).toBe(lookups);
    expect(ws.db.prepare('SELECT capture, computer_id FROM sync_state').get()).toEqual({ capture: 0, computer_id: null });
  });

  it('a workspace opened under another binding (a copy, another place) gets a new computer id', async () => {
    const ws = await workspace();
    const id = ensureComputerId(ws.db, 'install-1|/data/a.sqlite');
    expect(ensureComputerId(ws.db, 'install-1|/data/a.sqlite')).toBe(id);
    const other = ensureComputerId(ws.db, 'install-2|/data/a.sqlite');
    expect(other).not.toBe(id);
    expect(ensureComputerId(ws.db, 'install-2|/data/a.sqlite')).toBe(other);
  });
});

describe('list entries made on two computers', () => {
  it('the same town added on both: a duplicate card; keeping theirs moves my companies to it', async () => {
    const [a, b] = await computersFromOneFile(['A', 'B']);
    cleanups.push(() => a!.dispose(), () => b!.dispose());
    const townA = await a!.ws.call('lookups.create', { kind: 'town', name: '安亭新镇' });
    const townB = await b!.ws.call('lookups.create', { kind: 'town', name: '安亭新镇' });
    const co = await a!.ws.createCompany({ townId: townA.id, contacts: [] });
    const pa = a!.send();
    const pb = b!.send();
    a!.receive(pb);
    b!.receive(pa);
    const [card] = listCards(a!.db);
    expect(card).toMatchObject({ kind: 'duplicate', entity: 'lookup', recordId: townA.id, other: { id: townB.id, title: '安亭新镇' } });
    resolveCard(a!.db, { id: card!.id, choice: 'keepTheirs' });
    b!.receive(a!.send());
    for (const c of [a!, b!]) {
      expect(listCards(c.db)).toEqual([]);
      expect((await c.ws.call('companies.get', { id: co.id })).townId).toBe(townB.id);
      expect((await c.ws.call('lookups.list', { kind: 'town' })).filter((t) => t.name === '安亭新镇').map((t) => t.id)).toEqual([townB.id]);
    }
  });
});

describe('two draft vettings of one company', () => {
  it('started on two computers: a duplicate card; keep theirs brings theirs in with its answers, mine goes', async () => {
    const [a, b] = await computersFromOneFile(['A', 'B'], async (ws) => {
      await ws.createCompany({ name: '苏州精密机械有限公司', contacts: [] });
    });
    cleanups.push(() => a!.dispose(), () => b!.dispose());
    const companyId = (a!.db.prepare('SELECT id FROM companies').get() as { id: string }).id;
    const start = (c: Computer) => c.ws.call('vettings.start', { companyId, visitId: null });
    const va = await start(a!);
    const vb = await start(b!);
    const pa = a!.send();
    const pb = b!.send();
    a!.receive(pb);
    b!.receive(pa);
    const [card] = listCards(a!.db);
    expect(card).toMatchObject({ kind: 'duplicate', entity: 'vetting', recordId: va.id, other: { id: vb.id } });
    expect(listCards(b!.db)).toMatchObject([{ kind: 'duplicate', recordId: vb.id, other: { id: va.id } }]);
    resolveCard(a!.db, { id: card!.id, choice: 'keepTheirs' });
    b!.receive(a!.send());
    for (const c of [a!, b!]) {
      expect(listCards(c.db), c.id).toEqual([]);
      expect(c.db.prepare('SELECT id FROM vettings').all()).toEqual([{ id: vb.id }]);
      expect(c.db.prepare(`SELECT count(*) AS n FROM sync_parked`).get()).toEqual({ n: 0 });
    }
  });
});
