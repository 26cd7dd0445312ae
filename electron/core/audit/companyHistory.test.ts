// A company's page tells its story from the audit trail: each change with its before and after,
// and its visits and vettings as they were logged, signed off and deleted. People's data shows
// only as "changed", as the trail keeps it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANGED } from '../../../shared/audit/schema';
import { answerAllPassing } from '../testing/vetting';
import { createTestWorkspace, sampleVisit, type TestWorkspace } from '../testing/workspace';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await createTestWorkspace();
});
afterEach(() => ws.dispose());

const historyOf = async (companyId: string) => (await ws.call('audit.companyHistory', { companyId })).entries.reverse(); // oldest first

describe("a company's change history", () => {
  it('has its changes from → to, its visits and its vettings (started and signed off, not each answer), newest first', async () => {
    const c = await ws.createCompany({ townId: ws.townId('华亭镇'), notes: '陈经理说下月扩招' });
    const visit = await ws.call('visits.create', sampleVisit(c.id, [ws.me.id]));
    const started = await ws.call('vettings.start', { companyId: c.id, visitId: visit.id });
    const signed = await ws.call('vettings.signOff', { id: (await answerAllPassing(ws.invoke, started)).id });
    const now = await ws.call('companies.get', { id: c.id });
    await ws.updateCompany(now, { townId: ws.townId('安亭镇'), notes: '改为每月联系一次' });
    await ws.call('visits.delete', { id: visit.id });

    const h = await ws.call('audit.companyHistory', { companyId: c.id });
    expect(h.entries[0]).toMatchObject({ subject: 'visit', action: 'delete', entityId: visit.id, subjectOpen: false });
    const story = (await historyOf(c.id)).map((e) => [e.subject, e.action, e.subject === 'company' ? e.changes : null]);
    expect(story).toEqual([
      ['company', 'create', expect.objectContaining({ status: [null, 'candidate'] })],
      // The status a visit moves is written in the visit's own transaction, just before it.
      ['company', 'update', { status: ['candidate', 'visited'] }],
      ['visit', 'create', null],
      ['company', 'update', { status: ['visited', 'vetting'] }],
      ['vetting', 'create', null],
      ['company', 'update', { status: ['vetting', 'approved'] }],
      ['vetting', 'update', null],
      // Free text is "changed", never its words.
      ['company', 'update', { townId: [ws.townId('华亭镇'), ws.townId('安亭镇')], notes: [CHANGED, CHANGED] }],
      ['visit', 'delete', null],
    ]);
    const signOff = (await historyOf(c.id)).find((e) => e.subject === 'vetting' && e.action === 'update')!;
    expect(signOff).toMatchObject({ entityId: signed.id, subjectDate: signed.signedOffOn, subjectOpen: true, staffName: '王建国', changes: { status: ['draft', 'signedOff'], verdict: [null, 'approved'] } });
    // The towns the values name, for the reader.
    expect(h.names).toEqual({ [ws.townId('华亭镇')]: '华亭镇', [ws.townId('安亭镇')]: '安亭镇' });
    expect(JSON.stringify(h)).not.toContain('陈经理');
  });

  it("holds only this company's records", async () => {
    const a = await ws.createCompany();
    const b = await ws.createCompany({ name: '南亚新材料科技股份有限公司', creditCode: null });
    await ws.call('visits.create', sampleVisit(b.id, [ws.me.id]));
    const h = await historyOf(a.id);
    expect(h.map((e) => [e.subject, e.action])).toEqual([['company', 'create']]);
  });
});
