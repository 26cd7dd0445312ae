// A vetting's own dates (migration 14) travel with team sync: past work one colleague entered,
// dated and signed off in 2018, reads the same on the other's computer, expiry included; two
// different dates given to one draft on two computers make a card, as any field does.
import { afterEach, describe, expect, it } from 'vitest';
import type { Vetting } from '../../../shared/vetting/schema';
import { type Computer, computersFromOneFile } from '../testing/syncTeam';
import { answerAllPassing } from '../testing/vetting';
import { listCards } from './engine';

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

describe("a vetting's dates in team sync", () => {
  it('a vetting dated and signed off 2018-09-10 on one computer reads so on the other', async () => {
    const { a, b, companyId } = await team();
    const started = await a.ws.call('vettings.start', { companyId, vettedOn: '2018-09-10' });
    const answered = await answerAllPassing(a.ws.invoke, started);
    await a.ws.call('vettings.signOff', { id: answered.id, signedOffOn: '2018-09-10' });
    b.receive(a.send());
    expect(await b.ws.call('vettings.get', { id: started.id })).toMatchObject({
      status: 'signedOff', vettedOn: '2018-09-10', signedOffOn: '2018-09-10', expiresOn: '2019-09-10',
    } satisfies Partial<Vetting>);
    expect(listCards(b.db)).toEqual([]);
  });

  it('two dates given to one draft on two computers: a card on the vetting date', async () => {
    const { a, b, companyId } = await team();
    const draft = await a.ws.call('vettings.start', { companyId, vettedOn: '2018-09-08' });
    b.receive(a.send());
    await a.ws.call('vettings.setDate', { id: draft.id, vettedOn: '2018-09-10' });
    await b.ws.call('vettings.setDate', { id: draft.id, vettedOn: '2018-09-12' });
    const pa = a.send();
    const pb = b.send();
    a.receive(pb);
    b.receive(pa);
    expect((await a.ws.call('vettings.get', { id: draft.id })).vettedOn).toBe('2018-09-10');
    expect((await b.ws.call('vettings.get', { id: draft.id })).vettedOn).toBe('2018-09-12');
    expect(listCards(a.db)).toMatchObject([{ kind: 'field', entity: 'vetting', field: 'vetted_on', mine: { display: '2018-09-10' }, theirs: [{ display: '2018-09-12' }] }]);
  });
});
