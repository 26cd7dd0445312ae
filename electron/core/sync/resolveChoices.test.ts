// The choices a card offers are the ones that work (choices.ts), and what sync keeps aside is
// not a record a person can trash or purge: two real workspace files, packets passed by hand.
import { afterEach, describe, expect, it } from 'vitest';
import { type Computer, computersFromOneFile } from '../testing/syncTeam';
import { listCards, resolveCard } from './engine';

let computers: Computer[] = [];
afterEach(() => {
  for (const c of computers) c.dispose();
  computers = [];
});

async function team() {
  computers = await computersFromOneFile(['A', 'B'], async (ws) => {
    await ws.createCompany({ name: '上海沪工阀门厂（集团）有限公司', headcount: 850 });
  });
  const company = (await computers[0]!.ws.call('companies.list', {})).rows[0]!;
  return { a: computers[0]!, b: computers[1]!, companyId: company.id };
}

describe('what a card offers', () => {
  it('a colleague\'s duplicate kept aside is not in the trash, and cannot be purged or restored from there', async () => {
    const { a, b } = await team();
    const onA = await a.ws.createCompany({ name: '苏州精密机械有限公司', contacts: [] });
    const onB = await b.ws.createCompany({ name: '苏州精密机械有限公司', contacts: [] });
    a.receive(b.send());
    const [card] = listCards(a.db);
    expect(card).toMatchObject({ kind: 'duplicate', recordId: onA.id, other: { id: onB.id }, choices: ['keepMine', 'keepTheirs'] });
    expect((await a.ws.call('trash.list', {})).map((i) => i.id)).not.toContain(onB.id);
    await expect(a.ws.call('trash.purge', { kind: 'company', id: onB.id })).rejects.toThrow(/"code":"NOT_FOUND"/);
    await expect(a.ws.call('trash.restore', { kind: 'company', id: onB.id })).rejects.toThrow(/"code":"NOT_FOUND"/);
    // Resolved, the other one is a trashed company like any.
    resolveCard(a.db, { id: card!.id, choice: 'keepMine' });
    expect((await a.ws.call('trash.list', {})).map((i) => i.id)).toContain(onB.id);
  });

  it('a company purged by a colleague, edited here and named by a placement here: keep deleted sends it to the trash on both, with the placement', async () => {
    const { a, b, companyId } = await team();
    await a.ws.call('companies.delete', { id: companyId });
    await a.ws.call('trash.purge', { kind: 'company', id: companyId });
    const prefectureId = (b.db.prepare('SELECT id FROM prefectures WHERE deleted_at IS NULL ORDER BY id').get() as { id: string }).id;
    await b.ws.updateCompany(await b.ws.call('companies.get', { id: companyId }), { headcount: 900 });
    await b.ws.call('placements.createBatch', { arrivedOn: '2026-11-02', workers: 12, poor: 3, prefectureId, employers: [{ companyId, workers: 12 }], notes: null });
    const pa = a.send();
    const pb = b.send();
    b.receive(pa);
    a.receive(pb);
    const [card] = listCards(b.db);
    expect(card).toMatchObject({ kind: 'deleted', entity: 'company', choices: ['restore', 'keepDeleted'] });
    resolveCard(b.db, { id: card!.id, choice: 'keepDeleted' });
    a.receive(b.send());
    for (const c of [a, b]) {
      // (Its contact, rewritten here by the edit and purged there, is a card of its own.)
      expect(listCards(c.db).filter((card) => card.entity === 'company')).toEqual([]);
      expect((await c.ws.call('trash.list', {})).map((i) => i.id)).toContain(companyId);
      expect(c.db.prepare('SELECT workers FROM placement_employers WHERE company_id = ?').get(companyId)).toEqual({ workers: 12 });
    }
  });

  it('the same company made on both, each with a draft vetting: keep mine works, the other draft stays with the other company in the trash', async () => {
    const { a, b } = await team();
    const onA = await a.ws.createCompany({ name: '苏州精密机械有限公司', contacts: [] });
    const onB = await b.ws.createCompany({ name: '苏州精密机械有限公司', contacts: [] });
    await a.ws.call('vettings.start', { companyId: onA.id, visitId: null });
    const theirDraft = await b.ws.call('vettings.start', { companyId: onB.id, visitId: null });
    const pa = a.send();
    const pb = b.send();
    a.receive(pb);
    b.receive(pa);
    const [card] = listCards(a.db);
    expect(card).toMatchObject({ kind: 'duplicate', choices: ['keepMine', 'keepTheirs'] });
    resolveCard(a.db, { id: card!.id, choice: 'keepMine' });
    b.receive(a.send());
    for (const c of [a, b]) {
      expect(listCards(c.db)).toEqual([]);
      expect(c.db.prepare('SELECT company_id FROM vettings WHERE id = ?').get(theirDraft.id)).toEqual({ company_id: onB.id });
      expect((await c.ws.call('trash.list', {})).map((i) => i.id)).toContain(onB.id);
    }
  });
});
