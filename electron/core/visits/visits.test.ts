// Visit notes: after each visit the staff write down what they saw (business, working
// environment, pay, food and lodging), who went, and what to do next. The company's
// status and "last visit" follow, and the follow-ups come back when they fall due.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Company } from '../../../shared/companies/schema';
import type { StaffMember } from '../../../shared/staff/schema';
import { createTestWorkspace, isoDay, sampleVisit, visitAsInput, type TestWorkspace } from '../testing/workspace';

let ws: TestWorkspace;
let hugong: Company;
let li: StaffMember;

beforeEach(async () => {
  ws = await createTestWorkspace();
  hugong = await ws.createCompany({ townId: ws.townId('华亭镇') });
  li = await ws.call('staff.create', { name: '李娜', title: '科员' });
});
afterEach(() => ws.dispose());

describe('logging a visit', () => {
  it('saves the observations, the staff who went and who wrote it', async () => {
    const v = await ws.createVisit(hugong.id, { staffIds: [li.id, ws.me.id] });
    expect(v).toMatchObject({
      companyId: hugong.id,
      companyName: '上海沪工阀门厂（集团）有限公司',
      visitDate: '2018-09-10',
      business: '订单饱满，计划扩产，需普工40人、技工10人。',
      payMin: 5500,
      payMax: 6500,
      dormProvided: true,
      peoplePerRoom: 4,
      mealsProvided: true,
      createdBy: ws.me.id,
      followUps: [],
      deletedAt: null,
    });
    // Staff are listed in pinyin order: 李 (li) before 王 (wang).
    expect(v.staff.map((s) => s.name)).toEqual(['李娜', '王建国']);
    expect(await ws.call('visits.get', { id: v.id })).toEqual(v);
  });

  it('turns a candidate company into "visited" and sets its last visit', async () => {
    await ws.createVisit(hugong.id, { visitDate: '2018-09-10' });
    const c = await ws.call('companies.get', { id: hugong.id });
    expect(c).toMatchObject({ status: 'visited', lastVisitDate: '2018-09-10' });
  });

  it('leaves a company further along the pipeline where it is', async () => {
    const vetting = await ws.updateCompany(await ws.updateCompany(hugong, { status: 'visited' }), { status: 'vetting' });
    await ws.createVisit(vetting.id);
    expect((await ws.call('companies.get', { id: hugong.id })).status).toBe('vetting');
  });

  it('keeps "last visit" at the latest visit, whatever order they are entered in', async () => {
    await ws.createVisit(hugong.id, { visitDate: '2018-09-10' });
    const early = await ws.createVisit(hugong.id, { visitDate: '2017-11-02' });
    expect((await ws.call('companies.get', { id: hugong.id })).lastVisitDate).toBe('2018-09-10');
    const latest = await ws.createVisit(hugong.id, { visitDate: '2018-12-20' });
    expect((await ws.call('companies.get', { id: hugong.id })).lastVisitDate).toBe('2018-12-20');
    await ws.call('visits.delete', { id: latest.id });
    expect((await ws.call('companies.get', { id: hugong.id })).lastVisitDate).toBe('2018-09-10');
    await ws.call('visits.update', { id: early.id, visit: { ...visitAsInput(early), visitDate: '2019-01-08' } });
    expect((await ws.call('companies.get', { id: hugong.id })).lastVisitDate).toBe('2019-01-08');
  });

  it('moving a visit to another company updates both companies', async () => {
    const dadong = await ws.createCompany({ name: '大董（上海）餐饮管理有限公司' });
    const v = await ws.createVisit(hugong.id, { visitDate: '2018-09-10' });
    await ws.call('visits.update', { id: v.id, visit: { ...visitAsInput(v), companyId: dadong.id } });
    expect((await ws.call('companies.get', { id: hugong.id })).lastVisitDate).toBeNull();
    expect(await ws.call('companies.get', { id: dadong.id })).toMatchObject({ lastVisitDate: '2018-09-10', status: 'visited' });
  });

  it('accepts today, refuses a date in the future', async () => {
    await ws.createVisit(hugong.id, { visitDate: isoDay(0) });
    const error = await ws.refused('visits.create', { ...sampleVisit(hugong.id, [ws.me.id]), visitDate: isoDay(2) });
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['visitDate'], key: 'visitInFuture' }] });
  });

  it('refuses a pay range upside down, on the "max" field', async () => {
    const error = await ws.refused('visits.create', { ...sampleVisit(hugong.id, [ws.me.id]), payMin: 7000, payMax: 5500 });
    expect(error.issues).toEqual([{ path: ['payMax'], key: 'payRangeUpsideDown' }]);
    await ws.createVisit(hugong.id, { payMin: 6000, payMax: 6000 });
    await ws.createVisit(hugong.id, { payMin: null, payMax: 6000 });
  });

  it('refuses people per room when no dormitory is provided', async () => {
    const error = await ws.refused('visits.create', { ...sampleVisit(hugong.id, [ws.me.id]), dormProvided: false, peoplePerRoom: 6 });
    expect(error.issues).toEqual([{ path: ['peoplePerRoom'], key: 'peoplePerRoomWithoutDorm' }]);
  });

  it('refuses a company that does not exist or was deleted', async () => {
    const unknown = await ws.refused('visits.create', sampleVisit(li.id, [ws.me.id]));
    expect(unknown).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['companyId'], key: 'unknownCompany' }] });
    await ws.call('companies.delete', { id: hugong.id });
    const deleted = await ws.refused('visits.create', sampleVisit(hugong.id, [ws.me.id]));
    expect(deleted.issues).toEqual([{ path: ['companyId'], key: 'unknownCompany' }]);
  });

  it('refuses staff who are not on the list or have left', async () => {
    const unknown = await ws.refused('visits.create', sampleVisit(hugong.id, [ws.me.id, hugong.id]));
    expect(unknown).toMatchObject({ code: 'VALIDATION', key: 'unknownStaff', issues: [{ path: ['staffIds', 1], key: 'unknownStaff' }] });
    await ws.call('staff.deactivate', { id: li.id });
    const left = await ws.refused('visits.create', sampleVisit(hugong.id, [li.id]));
    expect(left.issues).toEqual([{ path: ['staffIds', 0], key: 'unknownStaff' }]);
    const followUp = await ws.refused('visits.create', { ...sampleVisit(hugong.id, [ws.me.id]), followUps: [{ what: '回访', whoStaffId: li.id }] });
    expect(followUp.issues?.map((i) => [i.path.join('.'), i.key])).toEqual([['followUps.0.whoStaffId', 'unknownStaff']]);
    expect(ws.counts().visits).toBe(0);
  });

  it('an old visit by a colleague who has since left can still be edited', async () => {
    const v = await ws.createVisit(hugong.id, { staffIds: [li.id, ws.me.id], followUps: [{ what: '回访', whoStaffId: li.id }] });
    await ws.call('staff.deactivate', { id: li.id });
    const after = await ws.call('visits.update', { id: v.id, visit: { ...visitAsInput(v), notes: '补充：宿舍有热水。' } });
    expect(after.staff.map((s) => s.name)).toEqual(['李娜', '王建国']);
    expect(after.notes).toBe('补充：宿舍有热水。');
  });
});

describe('follow-ups', () => {
  async function visitWithFollowUps() {
    return ws.createVisit(hugong.id, {
      followUps: [
        { what: '寄送德钦专场招聘会岗位表', whoStaffId: li.id, dueDate: '2018-09-12' },
        { what: '确认宿舍床位数', dueDate: '2018-09-20' },
        { what: '邀请参加楚雄专场', dueDate: null },
      ],
    });
  }

  it('are saved with the visit, open', async () => {
    const v = await visitWithFollowUps();
    expect(v.followUps.map((f) => [f.what, f.whoName, f.dueDate, f.done, f.doneAt])).toEqual([
      ['寄送德钦专场招聘会岗位表', '李娜', '2018-09-12', false, null],
      ['确认宿舍床位数', null, '2018-09-20', false, null],
      ['邀请参加楚雄专场', null, null, false, null],
    ]);
  });

  it('are overdue once their date has passed, as of the day the user says it is', async () => {
    await visitWithFollowUps();
    const overdue = async (today: string) => (await ws.call('followUps.list', { scope: 'overdue', today })).map((f) => f.what);
    expect(await overdue('2018-09-12')).toEqual([]);
    expect(await overdue('2018-09-13')).toEqual(['寄送德钦专场招聘会岗位表']);
    expect(await overdue('2018-10-01')).toEqual(['寄送德钦专场招聘会岗位表', '确认宿舍床位数']);
    const [row] = await ws.call('followUps.list', { scope: 'overdue', today: '2018-09-13' });
    expect(row).toMatchObject({ companyId: hugong.id, companyName: hugong.name, visitDate: '2018-09-10', whoName: '李娜' });
  });

  it('can be marked done and undone; done ones leave the open and overdue lists', async () => {
    const v = await visitWithFollowUps();
    const first = v.followUps[0]!;
    const done = await ws.call('followUps.setDone', { id: first.id, done: true });
    expect(done.done).toBe(true);
    expect(done.doneAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await ws.call('followUps.list', { scope: 'overdue', today: '2018-10-01' })).map((f) => f.what)).toEqual(['确认宿舍床位数']);
    expect((await ws.call('followUps.list', { scope: 'open', today: '2018-10-01' })).map((f) => f.what)).toEqual(['确认宿舍床位数', '邀请参加楚雄专场']);
    const all = await ws.call('followUps.list', { scope: 'all', today: '2018-10-01' });
    expect(all.map((f) => [f.what, f.done])).toEqual([
      ['确认宿舍床位数', false],
      ['邀请参加楚雄专场', false],
      ['寄送德钦专场招聘会岗位表', true],
    ]);
    const undone = await ws.call('followUps.setDone', { id: first.id, done: false });
    expect(undone).toMatchObject({ done: false, doneAt: null });
  });

  it('editing the visit keeps the moment a follow-up was done', async () => {
    const v = await visitWithFollowUps();
    const done = await ws.call('followUps.setDone', { id: v.followUps[0]!.id, done: true });
    const fresh = await ws.call('visits.get', { id: v.id });
    const input = visitAsInput(fresh);
    input.followUps = [...input.followUps!, { what: '回访宿舍改造进度', dueDate: '2018-11-01' }];
    const after = await ws.call('visits.update', { id: v.id, visit: { ...input, notes: '补充说明' } });
    expect(after.followUps[0]).toMatchObject({ id: done.id, done: true, doneAt: done.doneAt });
    expect(after.followUps.map((f) => f.what)).toContain('回访宿舍改造进度');
    // Ticking "done" in the form sets the moment when saved.
    input.followUps[1] = { ...input.followUps[1]!, done: true };
    const again = await ws.call('visits.update', { id: v.id, visit: { ...input, followUps: input.followUps.slice(0, 3) } });
    expect(again.followUps[0]!.doneAt).toBe(done.doneAt);
    expect(again.followUps[1]!.doneAt).not.toBeNull();
  });

  it('removing a follow-up from the visit deletes it', async () => {
    const v = await visitWithFollowUps();
    const input = visitAsInput(v);
    await ws.call('visits.update', { id: v.id, visit: { ...input, followUps: input.followUps!.slice(1) } });
    expect(ws.count('SELECT count(*) AS n FROM follow_ups')).toBe(2);
    expect(ws.count('SELECT count(*) AS n FROM follow_ups WHERE id = ?', v.followUps[0]!.id)).toBe(0);
  });

  it('of a deleted visit do not come back', async () => {
    const v = await visitWithFollowUps();
    await ws.call('visits.delete', { id: v.id });
    expect(await ws.call('followUps.list', { scope: 'all', today: '2018-10-01' })).toEqual([]);
    expect(await ws.refused('followUps.setDone', { id: v.followUps[0]!.id, done: true })).toEqual({ code: 'NOT_FOUND', key: 'followUpNotFound' });
  });
});

describe('the visit list', () => {
  async function seedVisits() {
    const dadong = await ws.createCompany({ name: '大董（上海）餐饮管理有限公司', townId: ws.townId('南翔镇') });
    const nanya = await ws.createCompany({ name: '南亚新材料科技股份有限公司', townId: ws.townId('马陆镇') });
    await ws.createVisit(hugong.id, { visitDate: '2017-11-02', staffIds: [ws.me.id] });
    await ws.createVisit(dadong.id, { visitDate: '2018-06-12', staffIds: [li.id] });
    await ws.createVisit(nanya.id, { visitDate: '2018-09-10', staffIds: [ws.me.id, li.id], followUps: [{ what: '寄送岗位表' }, { what: '确认床位' }] });
    await ws.createVisit(hugong.id, { visitDate: '2018-09-14', staffIds: [li.id] });
    return { dadong, nanya };
  }
  const rowsOf = async (input: object) => (await ws.call('visits.list', input)).rows.map((r) => `${r.visitDate} ${r.companyName.slice(0, 4)}`);

  it('shows the newest visits first, with town, staff and open follow-ups', async () => {
    await seedVisits();
    const list = await ws.call('visits.list', {});
    expect(list.total).toBe(4);
    expect(list.rows.map((r) => r.visitDate)).toEqual(['2018-09-14', '2018-09-10', '2018-06-12', '2017-11-02']);
    expect(list.rows[1]).toMatchObject({ companyName: '南亚新材料科技股份有限公司', townName: '马陆镇', openFollowUps: 2 });
    expect([...list.rows[1]!.staffNames].sort()).toEqual(['李娜', '王建国'].sort());
  });

  it('filters by date range (both ends included), staff, town and company', async () => {
    const { dadong } = await seedVisits();
    expect(await rowsOf({ from: '2018-06-12', to: '2018-09-10' })).toEqual(['2018-09-10 南亚新材', '2018-06-12 大董（上']);
    expect(await rowsOf({ from: '2018-09-11' })).toEqual(['2018-09-14 上海沪工']);
    expect(await rowsOf({ to: '2017-12-31' })).toEqual(['2017-11-02 上海沪工']);
    expect(await rowsOf({ staffId: ws.me.id })).toEqual(['2018-09-10 南亚新材', '2017-11-02 上海沪工']);
    expect(await rowsOf({ townId: ws.townId('华亭镇') })).toEqual(['2018-09-14 上海沪工', '2017-11-02 上海沪工']);
    expect(await rowsOf({ companyId: dadong.id })).toEqual(['2018-06-12 大董（上']);
    expect(await rowsOf({ staffId: li.id, from: '2018-07-01', townId: ws.townId('华亭镇') })).toEqual(['2018-09-14 上海沪工']);
  });

  it('refuses a date range upside down', async () => {
    const error = await ws.refused('visits.list', { from: '2018-09-30', to: '2018-09-01' });
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['to'], key: 'dateRangeUpsideDown' }] });
  });

  it('pages with offset and limit', async () => {
    await seedVisits();
    const page = await ws.call('visits.list', { limit: 3, offset: 3 });
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.visitDate)).toEqual(['2017-11-02']);
  });

  it('leaves out deleted visits and the visits of deleted companies', async () => {
    const { dadong } = await seedVisits();
    const [newest] = (await ws.call('visits.list', {})).rows;
    await ws.call('visits.delete', { id: newest!.id });
    await ws.call('companies.delete', { id: dadong.id });
    expect(await rowsOf({})).toEqual(['2018-09-10 南亚新材', '2017-11-02 上海沪工']);
    expect(await ws.refused('visits.get', { id: newest!.id })).toEqual({ code: 'NOT_FOUND', key: 'visitNotFound' });
  });
});
