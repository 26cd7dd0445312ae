// The audit trail answers "who changed this, and what was it before?". Each change is
// recorded with the staff member using the app, in the same transaction as the change.
// Contacts are private persons: the trail counts them and never copies them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANGED } from '../../../shared/audit/schema';
import { createTestWorkspace, creditCodeFor, type TestWorkspace } from '../testing/workspace';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await createTestWorkspace();
});
afterEach(() => ws.dispose());

const trailOf = async (entityId: string) => (await ws.call('audit.list', { entityId })).reverse(); // oldest first

describe('the audit trail of a company', () => {
  it('records its creation with every field and who did it', async () => {
    const c = await ws.createCompany({ creditCode: creditCodeFor(1), townId: ws.townId('华亭镇'), contacts: [{ name: '陈美华', phone: '13816012345' }, { name: '刘志强' }] });
    const [entry, ...rest] = await trailOf(c.id);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ entity: 'company', entityId: c.id, action: 'create', staffId: ws.me.id, staffName: '王建国' });
    expect(entry!.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
    expect(entry!.changes).toEqual({
      name: [null, '上海沪工阀门厂（集团）有限公司'],
      creditCode: [null, creditCodeFor(1)],
      townId: [null, ws.townId('华亭镇')],
      headcount: [null, 850],
      address: [null, '嘉定区华亭镇华亭东路188号'],
      tags: [null, ['食宿齐全']],
      status: [null, 'candidate'],
      notes: [null, CHANGED], // notes may name people: kept as "changed" (audit/personFields.ts)
      contacts: [null, 2],
    });
  });

  it('records an update with only the fields that changed, before and after', async () => {
    const c = await ws.createCompany({ contacts: [{ name: '陈美华' }] });
    await ws.updateCompany(c, { headcount: 920, status: 'visited', contacts: [{ id: c.contacts[0]!.id, name: '陈美华' }, { name: '刘志强' }] });
    const [, update] = await trailOf(c.id);
    expect(update).toMatchObject({ action: 'update', staffId: ws.me.id });
    expect(update!.changes).toEqual({ headcount: [850, 920], status: ['candidate', 'visited'], contacts: [1, 2] });
  });

  it('does not record a save that changed nothing', async () => {
    const c = await ws.createCompany();
    await ws.updateCompany(c, {});
    expect((await trailOf(c.id)).map((e) => e.action)).toEqual(['create']);
  });

  it('never copies a contact: names and phones stay out of the trail', async () => {
    const c = await ws.createCompany({ contacts: [{ name: '陈美华', role: '人事经理', phone: '13816012345', note: '微信同号' }] });
    await ws.updateCompany(c, { contacts: [{ name: '刘志强', phone: '13916055555' }] });
    const trail = JSON.stringify(await ws.call('audit.list', {}));
    for (const secret of ['陈美华', '13816012345', '微信同号', '刘志强', '13916055555']) expect(trail).not.toContain(secret);
    // Replacing a contact keeps the count; the trail still says the contacts changed, by count only.
    const [, second] = await trailOf(c.id);
    expect(second!.changes).toEqual({ contacts: [1, 1] });
  });

  it('records delete and restore with who did them', async () => {
    const c = await ws.createCompany();
    await ws.call('companies.delete', { id: c.id });
    await ws.call('trash.restore', { kind: 'company', id: c.id });
    expect((await trailOf(c.id)).map((e) => [e.action, e.staffName])).toEqual([
      ['create', '王建国'],
      ['delete', '王建国'],
      ['restore', '王建国'],
    ]);
  });

  it('names whoever is the current user at the time of each change', async () => {
    const li = await ws.call('staff.create', { name: '李娜' });
    const c = await ws.createCompany();
    await ws.call('settings.update', { currentStaffId: li.id });
    await ws.updateCompany(c, { headcount: 900 });
    await ws.call('settings.update', { currentStaffId: null });
    await ws.updateCompany(c, { headcount: 950 });
    expect((await trailOf(c.id)).map((e) => [e.action, e.staffId, e.staffName])).toEqual([
      ['create', ws.me.id, '王建国'],
      ['update', li.id, '李娜'],
      ['update', null, null],
    ]);
  });

  it('does not record a change that was refused', async () => {
    const c = await ws.createCompany();
    await ws.refused('companies.update', { id: c.id, name: c.name, status: 'approved' });
    await ws.refused('companies.create', { name: c.name });
    expect(await trailOf(c.id)).toHaveLength(1);
    expect(ws.counts().audit).toBe((await ws.call('audit.list', { limit: 500 })).length);
  });
});

describe('the audit trail of visits and follow-ups', () => {
  it('records a visit, the status it gave the company, and follow-ups marked done', async () => {
    const c = await ws.createCompany();
    const v = await ws.createVisit(c.id, { followUps: [{ what: '寄送岗位表', dueDate: '2018-09-12' }] });
    const [create] = await trailOf(v.id);
    expect(create).toMatchObject({ entity: 'visit', action: 'create', staffId: ws.me.id });
    expect(create!.changes).toMatchObject({ visitDate: [null, '2018-09-10'], staffIds: [null, [ws.me.id]], followUps: [null, CHANGED] });
    expect((await trailOf(c.id)).map((e) => [e.action, e.changes])).toContainEqual(['update', { status: ['candidate', 'visited'] }]);

    await ws.call('followUps.setDone', { id: v.followUps[0]!.id, done: true });
    const [done] = await trailOf(v.followUps[0]!.id);
    expect(done).toMatchObject({ entity: 'followUp', action: 'update', changes: { done: [false, true] } });
  });
});

describe('reading the trail', () => {
  it('lists newest first, for one record or all, up to a limit', async () => {
    const a = await ws.createCompany({ name: '上海嘉定甲公司' });
    const b = await ws.createCompany({ name: '上海嘉定乙公司' });
    await ws.updateCompany(a, { headcount: 1 });
    const all = await ws.call('audit.list', {});
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort().reverse());
    expect(all[0]).toMatchObject({ entityId: a.id, action: 'update' });
    expect((await ws.call('audit.list', { entityId: b.id })).map((e) => e.action)).toEqual(['create']);
    expect(await ws.call('audit.list', { limit: 2 })).toHaveLength(2);
  });
});

describe('person fields (audit/personFields.ts)', () => {
  it('a delegation member and an itinerary local contact are recorded as "changed", never by name or phone', async () => {
    const regions = await ws.regionIds();
    const t = await ws.call('trips.create', { title: '赴迪庆州德钦县开展专场招聘', prefectureId: regions.get('迪庆州')!, countyIds: [regions.get('德钦县')!], startDate: '2018-09-17', endDate: '2018-09-21' });
    const withMember = await ws.call('trips.addMember', { tripId: t.id, member: { name: '陈美华', role: 'companyRep', organisation: '沪工阀门', phone: '13816012345' } });
    const member = withMember.members[0]!;
    await ws.call('trips.updateMember', { id: member.id, member: { name: '陈美华', role: 'companyRep', organisation: '沪工阀门', phone: '13816099999' } });
    const withItem = await ws.call('itinerary.create', { tripId: t.id, item: { kind: 'jobFair', startsAt: '2018-09-19T09:00', endsAt: '2018-09-19T12:00', localContact: '扎西', localContactPhone: '13988887777' } });
    await ws.call('trips.removeMember', { id: member.id });

    const memberTrail = await trailOf(member.id);
    expect(memberTrail.map((e) => e.action)).toEqual(['create', 'update', 'delete']);
    expect(memberTrail[0]!.changes).toMatchObject({ name: [null, CHANGED], phone: [null, CHANGED], organisation: [null, CHANGED], role: [null, 'companyRep'] });
    expect(memberTrail[1]!.changes).toEqual({ phone: [CHANGED, CHANGED] });
    expect(memberTrail[2]!.changes).toMatchObject({ name: [CHANGED, null], role: ['companyRep', null] });
    const [itemEntry] = await trailOf(withItem.items[0]!.id);
    expect(itemEntry!.changes).toMatchObject({ kind: [null, 'jobFair'], localContact: [null, CHANGED], localContactPhone: [null, CHANGED] });

    const everything = JSON.stringify(ws.db.prepare('SELECT changes FROM audit').all());
    for (const text of ['陈美华', '13816012345', '13816099999', '扎西', '13988887777']) expect(everything).not.toContain(text);
  });
});
