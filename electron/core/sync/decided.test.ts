// A company's status moves by itself as visits and vettings are logged: a visit on one laptop
// and a signed-off vetting on another are not a disagreement (the further step wins, no card);
// two verdicts are.
import { afterEach, expect, it } from 'vitest';
import type { Vetting } from '../../../shared/vetting/schema';
import { type Computer, computersFromOneFile } from '../testing/syncTeam';
import { answerAllPassing } from '../testing/vetting';
import { listCards } from './engine';
import { decidedWithoutPerson } from './tables';

let computers: Computer[] = [];
afterEach(() => {
  for (const c of computers) c.dispose();
  computers = [];
});

it('decides progress against a verdict, and leaves two decisions to a person', () => {
  expect(decidedWithoutPerson('companies', 'status', ['visited', 'approved'])).toBe('approved');
  expect(decidedWithoutPerson('companies', 'status', ['vetting', 'visited', 'candidate'])).toBe('vetting');
  expect(decidedWithoutPerson('companies', 'status', ['approved', 'rejected'])).toBeUndefined();
  expect(decidedWithoutPerson('companies', 'status', ['visited', 'suspended'])).toBe('suspended');
  expect(decidedWithoutPerson('companies', 'headcount', [1, 2])).toBeUndefined();
});

it('a visit on one laptop and a signed-off vetting on the other: the verdict on both, no card', async () => {
  computers = await computersFromOneFile(['A', 'B'], async (ws) => {
    await ws.createCompany({ name: '上海沪工阀门厂（集团）有限公司', headcount: 850 });
  });
  const [a, b] = computers as [Computer, Computer];
  const companyId = (await a.ws.call('companies.list', {})).rows[0]!.id;
  await a.ws.createVisit(companyId);
  const started = (await b.ws.call('vettings.start', { companyId })) as Vetting;
  await answerAllPassing(b.ws.invoke, started);
  await b.ws.call('vettings.signOff', { id: started.id });
  const pa = a.send();
  const pb = b.send();
  a.receive(pb);
  b.receive(pa);
  for (const c of [a, b]) {
    expect((await c.ws.call('companies.get', { id: companyId })).status).toBe('approved');
    expect(listCards(c.db)).toEqual([]);
  }
});
