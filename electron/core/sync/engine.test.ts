// The change engine between two and three real workspace files, packets passed by hand in
// causal order: merges, cards and their resolution, deletes, duplicates, late parents, repeats,
// and a crash between an edit and the next send.
import { afterEach, describe, expect, it } from 'vitest';
import { type Computer, computersFromOneFile } from '../testing/syncTeam';
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

/** The same field changed on two computers (900 on the first, 950 on the second), then exchanged. */
async function headcountOnBoth(a: Computer, b: Computer, companyId: string) {
  await a.ws.updateCompany(await company(a, companyId), { headcount: 900 });
  await b.ws.updateCompany(await company(b, companyId), { headcount: 950 });
  const pa = a.send();
  const pb = b.send();
  a.receive(pb);
  b.receive(pa);
  return { pa, pb };
}

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
    await headcountOnBoth(a, b, companyId);
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
    await headcountOnBoth(a, b, companyId);
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
    await headcountOnBoth(a, b, companyId);
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
    // Nothing packed yet: the edit is only in the outbox, written in the edit's own transaction.
    expect((a.db.prepare('SELECT count(*) AS n FROM sync_outbox').get() as { n: number }).n).toBeGreaterThan(0);
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
  });

  it('an edit against a move to the trash: a deleted card on both; restore on one brings it back on both', async () => {
    const { a, b, companyId } = await team();
    await a.ws.call('companies.delete', { id: companyId });
    await b.ws.updateCompany(await company(b, companyId), { notes: '回访时补充' });
    const pa = a.send();
    const pb = b.send();
    a.receive(pb);
    b.receive(pa);
    const cards = [listCards(a.db), listCards(b.db)];
    for (const list of cards) expect(list).toMatchObject([{ kind: 'deleted', field: 'deleted_at', entity: 'company' }]);
    // The edit itself merged: it is not lost whatever the choice.
    expect(a.db.prepare('SELECT notes FROM companies WHERE id = ?').get(companyId)).toEqual({ notes: '回访时补充' });
    resolveCard(a.db, { id: cards[0]![0]!.id, choice: 'restore' });
    b.receive(a.send());
    for (const c of [a, b]) {
      expect(listCards(c.db)).toEqual([]);
      expect(await company(c, companyId)).toMatchObject({ notes: '回访时补充' });
      expect((await c.ws.call('companies.list', {})).rows.map((r) => r.id)).toEqual([companyId]);
    }
  });

  it('an edit against a contact deleted for good: a deleted card on both; keep deleted on one removes it on both', async () => {
    const { a, b, companyId } = await team();
    const onA = await company(a, companyId);
    await a.ws.updateCompany(onA, { contacts: [] });
    const onB = await company(b, companyId);
    await b.ws.updateCompany(onB, { contacts: onB.contacts.map((k) => ({ ...k, phone: '13600000000' })) });
    const pa = a.send();
    const pb = b.send();
    a.receive(pb);
    b.receive(pa);
    const [cardA] = listCards(a.db);
    const [cardB] = listCards(b.db);
    expect(cardA).toMatchObject({ kind: 'deleted', entity: 'contact', recordTitle: '陈美华' });
    expect(cardB).toMatchObject({ kind: 'deleted', entity: 'contact', id: cardA!.id });
    resolveCard(b.db, { id: cardB!.id, choice: 'keepDeleted' });
    a.receive(b.send());
    for (const c of [a, b]) {
      expect(listCards(c.db)).toEqual([]);
      expect((await company(c, companyId)).contacts).toEqual([]);
    }
  });

  it('restoring a contact deleted for good brings it back, with the edit, on both', async () => {
    const { a, b, companyId } = await team();
    await a.ws.updateCompany(await company(a, companyId), { contacts: [] });
    const onB = await company(b, companyId);
    await b.ws.updateCompany(onB, { contacts: onB.contacts.map((k) => ({ ...k, phone: '13600000000' })) });
    const pa = a.send();
    const pb = b.send();
    a.receive(pb);
    b.receive(pa);
    resolveCard(a.db, { id: listCards(a.db)[0]!.id, choice: 'restore' });
    b.receive(a.send());
    for (const c of [a, b]) {
      expect(listCards(c.db)).toEqual([]);
      expect((await company(c, companyId)).contacts.map((k) => [k.name, k.phone])).toEqual([['陈美华', '13600000000']]);
    }
  });

  it('a company deleted for good on one while a visit was made to it on the other: it stays with a deleted card; restore brings both back everywhere', async () => {
    const { a, b, companyId } = await team();
    await a.ws.call('companies.delete', { id: companyId });
    await a.ws.call('trash.purge', { kind: 'company', id: companyId });
    await b.ws.createVisit(companyId, { purpose: '回访' });
    const pa = a.send();
    const pb = b.send();
    a.receive(pb);
    b.receive(pa);
    // On B the purge would take B's new visit with it (ON DELETE CASCADE): the company stays, a card asks.
    const [cardB] = listCards(b.db);
    expect(cardB).toMatchObject({ kind: 'deleted', entity: 'company' });
    resolveCard(b.db, { id: cardB!.id, choice: 'restore' });
    a.receive(b.send());
    for (const c of [a, b]) {
      expect(listCards(c.db)).toEqual([]);
      expect((await company(c, companyId)).deletedAt).toBeNull();
      expect((await c.ws.call('visits.list', { companyId, limit: 10, offset: 0 })).rows.map((v: { purpose: string | null }) => v.purpose)).toEqual(['回访']);
    }
  });

  it('the same company made on both: a duplicate card; keep mine moves the other one\'s visits and positions', async () => {
    const { a, b } = await team();
    const jobType = (await a.ws.call('jobTypes.list', {}))[0]!.id;
    const made = async (c: Computer, purpose: string) => {
      const co = await c.ws.createCompany({ name: '苏州精密机械有限公司', contacts: [] });
      await c.ws.createVisit(co.id, { purpose });
      await c.ws.call('positions.create', { companyId: co.id, jobTypeId: jobType, title: `${purpose}岗位`, headcount: 5, payMin: null, payMax: null, roomIncluded: false, boardIncluded: false });
      return co;
    };
    const onA = await made(a, '甲的走访');
    const onB = await made(b, '乙的走访');
    const pa = a.send();
    const pb = b.send();
    a.receive(pb);
    b.receive(pa);
    const [card] = listCards(a.db);
    expect(card).toMatchObject({ kind: 'duplicate', entity: 'company', recordId: onA.id, other: { id: onB.id, title: '苏州精密机械有限公司' } });
    expect(listCards(b.db)).toMatchObject([{ kind: 'duplicate', recordId: onB.id, other: { id: onA.id } }]);
    // Until then each keeps its own: the colleague's is set aside, its visit kept with it.
    expect((await a.ws.call('companies.list', { query: '精密' })).rows.map((r) => r.id)).toEqual([onA.id]);
    resolveCard(a.db, { id: card!.id, choice: 'keepMine' });
    b.receive(a.send());
    for (const c of [a, b]) {
      expect(listCards(c.db)).toEqual([]);
      expect((await c.ws.call('companies.list', { query: '精密' })).rows.map((r) => r.id)).toEqual([onA.id]);
      const visits = (await c.ws.call('visits.list', { companyId: onA.id })).rows.map((v) => v.purpose).sort();
      expect(visits).toEqual(['乙的走访', '甲的走访']);
      expect((await c.ws.call('positions.list', { companyId: onA.id })).map((p) => p.title).sort()).toEqual(['乙的走访岗位', '甲的走访岗位']);
    }
  });

  it('a change whose parent has not arrived waits, and goes in when the parent comes', async () => {
    const { a, b, c, companyId } = await team(3);
    void companyId;
    const made = await a.ws.createCompany({ name: '昆山新材料有限公司', contacts: [] });
    const pa = a.send()!;
    b.receive(pa);
    await b.ws.createVisit(made.id, { purpose: '乙的走访' });
    const pb = b.send()!;
    // The visit, its staff link and the company's new status wait for the company.
    expect(c!.receive(pb)[0]).toMatchObject({ waiting: 3 });
    expect((await c!.ws.call('visits.list', {})).rows).toEqual([]);
    expect(c!.receive(pa)[0]).toMatchObject({ waiting: 0 });
    expect((await c!.ws.call('visits.list', { companyId: made.id })).rows.map((v) => v.purpose)).toEqual(['乙的走访']);
    expect((await company(c!, made.id)).lastVisitDate).toBe('2018-09-10');
  });
});

describe('three computers', () => {
  it('a third computer that receives both sides of a conflict has the card too, and the one resolution closes it everywhere', async () => {
    const { a, b, c, companyId } = await team(3);
    const { pa, pb } = await headcountOnBoth(a, b, companyId);
    c!.receive(pa, pb);
    expect(listCards(c!.db)).toHaveLength(1);
    expect((await company(c!, companyId)).headcount).toBe(900);
    resolveCard(b.db, { id: listCards(b.db)[0]!.id, choice: 'theirs' });
    const rb = b.send();
    a.receive(rb);
    c!.receive(rb);
    for (const x of [a, b, c!]) {
      expect(listCards(x.db)).toEqual([]);
      expect((await company(x, companyId)).headcount).toBe(900);
    }
  });
});
