// Trips (出访): the destination from the editable region list, the delegation, the
// companies taken along with their positions, the itinerary with its warnings, and
// copying a past trip. Bad input is refused with a clear key and nothing is half-saved.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ItineraryItemInput, TripInput } from '../../../shared/trips/schema';
import type { PositionInput } from '../../../shared/positions/schema';
import { migrateFrom } from '../testing/migrations';
import { answerAllPassing } from '../testing/vetting';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';
import { listPrefectures } from './repository';

let ws: TestWorkspace;
let regions: Map<string, string>;

const TABLES = ['trips', 'trip_counties', 'trip_members', 'trip_companies', 'trip_positions', 'itinerary_items', 'itinerary_item_members', 'itinerary_item_companies', 'audit'];
const counts = () => Object.fromEntries(TABLES.map((t) => [t, ws.count(`SELECT count(*) AS n FROM ${t}`)]));

beforeEach(async () => {
  ws = await createTestWorkspace();
  regions = await ws.regionIds();
});
afterEach(() => ws.dispose());

const deqinTrip = (overrides: Partial<TripInput> = {}): TripInput => ({
  title: '赴迪庆州德钦县开展专场招聘',
  prefectureId: regions.get('迪庆州')!,
  countyIds: [regions.get('德钦县')!],
  startDate: '2018-09-17',
  endDate: '2018-09-21',
  purpose: '专场招聘会和职业技能培训',
  ...overrides,
});

/** A company whose latest vetting was signed off with `verdict`. */
async function vettedCompany(name: string, verdict: 'approved' | 'rejected') {
  const c = await ws.createCompany({ name, contacts: [{ name: `${name.slice(0, 2)}联系人`, role: '人事经理', phone: '13800000000' }] });
  let v = await answerAllPassing(ws.invoke, await ws.call('vettings.start', { companyId: c.id }));
  if (verdict === 'rejected') v = await ws.call('vettings.override', { id: v.id, verdict: 'rejected', reason: '新员工普遍未签合同，且企业拒绝整改。' });
  await ws.call('vettings.signOff', { id: v.id });
  return ws.call('companies.get', { id: c.id });
}

async function position(companyId: string, title: string, headcount: number, overrides: Partial<PositionInput> = {}) {
  const jobTypeId = (await ws.call('jobTypes.list', {}))[0]!.id;
  return ws.call('positions.create', { companyId, jobTypeId, title, headcount, ...overrides });
}

const item = (overrides: Partial<ItineraryItemInput>): ItineraryItemInput => ({
  kind: 'jobFair',
  startsAt: '2018-09-19T09:00',
  endsAt: '2018-09-19T12:00',
  ...overrides,
});

describe('the region list', () => {
  it('starts with Chuxiong and its city and nine counties, and Diqing with Deqin', async () => {
    const list = await ws.call('regions.list', {});
    expect(list.map((p) => p.name)).toEqual(['楚雄州', '迪庆州']);
    expect(list[0]!.counties.map((c) => c.name)).toEqual(['楚雄市', '双柏县', '牟定县', '南华县', '姚安县', '大姚县', '永仁县', '元谋县', '武定县', '禄丰县']);
    expect(list[1]!.counties.map((c) => c.name)).toEqual(['德钦县', '香格里拉市', '维西县']);
    expect(list.every((p) => p.inUse === 0)).toBe(true);
  });

  it('is editable: add a prefecture and a county, rename, remove; names unique within their level', async () => {
    const p = await ws.call('regions.create', { name: '怒江州' });
    const c = await ws.call('regions.create', { name: '泸水市', prefectureId: p.id });
    expect(c).toMatchObject({ name: '泸水市', prefectureId: p.id });
    expect(await ws.refused('regions.create', { name: '德钦县', prefectureId: regions.get('迪庆州')! })).toMatchObject({ code: 'CONFLICT', issues: [{ path: ['name'], key: 'lookupNameTaken' }] });
    expect(await ws.call('regions.create', { name: '德钦县', prefectureId: p.id })).toMatchObject({ name: '德钦县' });
    expect(await ws.call('regions.rename', { id: c.id, name: '泸水县' })).toMatchObject({ name: '泸水县' });
    await ws.call('regions.delete', { id: p.id });
    expect((await ws.call('regions.list', {})).map((x) => x.name)).toEqual(['楚雄州', '迪庆州']);
    expect((await ws.refused('regions.rename', { id: c.id, name: 'x' })).code).toBe('NOT_FOUND');
    expect(ws.count("SELECT count(*) AS n FROM audit WHERE entity = 'region'")).toBe(5);
  });

  it('migration 5 gives a version-4 workspace the region list', () => {
    const old = migrateFrom(4, '');
    try {
      expect(listPrefectures(old.session.db).map((p) => [p.name, p.counties.length])).toEqual([['楚雄州', 10], ['迪庆州', 3]]);
    } finally {
      old.dispose();
    }
  });
});

describe('trips', () => {
  it('creates, lists, updates and soft-deletes a trip, auditing each change', async () => {
    const t = await ws.call('trips.create', deqinTrip());
    expect(t).toMatchObject({
      prefectureName: '迪庆州', counties: [{ name: '德钦县' }], status: 'planning', members: [], participants: [], items: [], warnings: [],
      totals: { companies: 0, positions: 0, headcount: 0 },
    });
    expect(await ws.call('trips.get', { id: t.id })).toEqual(t);
    expect(await ws.call('trips.list', {})).toEqual([expect.objectContaining({ id: t.id, countyNames: ['德钦县'], companies: 0, headcount: 0 })]);
    const u = await ws.call('trips.update', { id: t.id, trip: deqinTrip({ status: 'confirmed', countyIds: [regions.get('德钦县')!, regions.get('维西县')!] }) });
    expect(u.counties.map((c) => c.name)).toEqual(['德钦县', '维西县']);
    expect(await ws.call('trips.list', { status: 'planning' })).toEqual([]);
    await ws.call('trips.delete', { id: t.id });
    expect(await ws.call('trips.list', {})).toEqual([]);
    expect((await ws.refused('trips.get', { id: t.id })).key).toBe('tripNotFound');
    expect(ws.count("SELECT count(*) AS n FROM trips")).toBe(1);
    expect(ws.count("SELECT count(*) AS n FROM audit WHERE entity = 'trip'")).toBe(3);
  });

  it('refuses an end before the start and an unknown county: VALIDATION, nothing stored', async () => {
    const before = counts();
    expect(await ws.refused('trips.create', deqinTrip({ endDate: '2018-09-16' }))).toMatchObject({
      code: 'VALIDATION', issues: [{ path: ['endDate'], key: 'dateRangeUpsideDown' }],
    });
    // 楚雄市 is on the list, but not in 迪庆州.
    expect(await ws.refused('trips.create', deqinTrip({ countyIds: [regions.get('德钦县')!, regions.get('楚雄市')!] }))).toMatchObject({
      code: 'VALIDATION', key: 'unknownCounty', issues: [{ path: ['countyIds', 1], key: 'unknownCounty' }],
    });
    expect((await ws.refused('trips.create', deqinTrip({ countyIds: ['0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b'] }))).issues).toEqual([{ path: ['countyIds', 0], key: 'unknownCounty' }]);
    expect(counts()).toEqual(before);

    const t = await ws.call('trips.create', deqinTrip());
    const after = counts();
    expect((await ws.refused('trips.update', { id: t.id, trip: deqinTrip({ startDate: '2018-09-22' }) })).issues).toEqual([{ path: ['trip', 'endDate'], key: 'dateRangeUpsideDown' }]);
    expect((await ws.refused('trips.update', { id: t.id, trip: deqinTrip({ countyIds: [regions.get('双柏县')!] }) })).key).toBe('unknownCounty');
    expect(counts()).toEqual(after);
    expect(await ws.call('trips.get', { id: t.id })).toEqual(t);
  });

  it("plans the article's Deqin trip: delegation, 3 companies with their positions, a flight, a job fair and a training", async () => {
    const hugong = await vettedCompany('上海沪工阀门厂（集团）有限公司', 'approved');
    const dadong = await vettedCompany('大董（上海）餐饮管理有限公司', 'approved');
    const nanya = await vettedCompany('南亚新材料科技股份有限公司', 'approved');
    const p1 = await position(hugong.id, '阀门装配工', 40);
    const p2 = await position(hugong.id, '数控车工', 10);
    const p3 = await position(dadong.id, '中餐厨师', 50);
    const p4 = await position(nanya.id, '仓库管理员', 100);

    let t = await ws.call('trips.create', deqinTrip());
    t = await ws.call('trips.addMember', { tripId: t.id, member: { name: '王建国', role: 'bureauStaff', organisation: '嘉定区人社局', staffId: ws.me.id } });
    t = await ws.call('trips.addMember', { tripId: t.id, member: { name: '李老师', role: 'trainer', organisation: '上海市大众工业学校' } });
    t = await ws.call('trips.addMember', { tripId: t.id, member: { name: '张老师', role: 'trainer', organisation: '上海市大众工业学校' } });
    t = await ws.call('trips.addMember', { tripId: t.id, member: { name: '赵主任', role: 'townCentre', organisation: '华亭镇劳动保障服务中心' } });
    const contact = hugong.contacts[0]!;
    t = await ws.call('trips.addMember', { tripId: t.id, member: { name: contact.name, role: 'companyRep', organisation: hugong.name, phone: contact.phone, contactId: contact.id } });
    expect(t.members.map((m) => m.role)).toEqual(['bureauStaff', 'trainer', 'trainer', 'townCentre', 'companyRep']);
    expect(t.members[4]).toMatchObject({ contactId: contact.id, organisation: hugong.name });

    t = await ws.call('trips.setParticipants', { tripId: t.id, companyId: hugong.id, positionIds: [p1.id, p2.id] });
    t = await ws.call('trips.setParticipants', { tripId: t.id, companyId: dadong.id, positionIds: [p3.id] });
    t = await ws.call('trips.setParticipants', { tripId: t.id, companyId: nanya.id, positionIds: [p4.id] });
    expect(t.participants.map((p) => [p.companyName, p.verdict, p.overrideReason, p.positions.length])).toEqual([
      ['上海沪工阀门厂（集团）有限公司', 'approved', null, 2],
      ['大董（上海）餐饮管理有限公司', 'approved', null, 1],
      ['南亚新材料科技股份有限公司', 'approved', null, 1],
    ]);
    expect(t.totals).toMatchObject({ companies: 3, companiesWithPositions: 3, positions: 4, headcount: 200 });

    const [staffer, teacher1, teacher2, townHead] = t.members.map((m) => m.id);
    const deqin = regions.get('德钦县')!;
    t = await ws.call('itinerary.create', {
      tripId: t.id,
      item: item({ kind: 'travel', startsAt: '2018-09-17T08:00', endsAt: '2018-09-17T12:30', memberIds: t.members.map((m) => m.id), travel: { mode: 'flight', number: 'MU5801', from: '上海虹桥', to: '迪庆香格里拉' } }),
    });
    t = await ws.call('itinerary.create', {
      tripId: t.id,
      item: item({ title: '专场招聘会', place: '德钦县民族广场', countyId: deqin, memberIds: [staffer!, townHead!], companyIds: [hugong.id, dadong.id, nanya.id] }),
    });
    t = await ws.call('itinerary.create', {
      tripId: t.id,
      item: item({ kind: 'training', title: '汽车营销与维修', place: '德钦县委党校', countyId: deqin, startsAt: '2018-09-19T14:00', endsAt: '2018-09-19T17:00', memberIds: [teacher1!, teacher2!] }),
    });
    expect(t.items.map((i) => [i.kind, i.countyName])).toEqual([['travel', null], ['jobFair', '德钦县'], ['training', '德钦县']]);
    expect(t.items[0]!.travel).toEqual({ mode: 'flight', number: 'MU5801', from: '上海虹桥', to: '迪庆香格里拉' });
    expect(t.warnings).toEqual([]);
    expect(await ws.call('trips.list', {})).toEqual([expect.objectContaining({ companies: 3, headcount: 200 })]);

    // Two people on overlapping items: a warning, not a block.
    const training = t.items[2]!;
    t = await ws.call('itinerary.update', { id: training.id, item: item({ kind: 'training', title: '汽车营销与维修', startsAt: '2018-09-19T11:00', endsAt: '2018-09-19T17:00', memberIds: [teacher1!, staffer!] }) });
    expect(t.warnings).toEqual([{ kind: 'overlap', itemIds: [t.items[1]!.id, training.id], memberIds: [staffer] }]);
    expect(ws.count("SELECT count(*) AS n FROM audit WHERE entity = 'itineraryItem'")).toBe(4);
  });
});

describe('the delegation', () => {
  it('refuses to remove a member who is still on itinerary items, naming them; nothing changes', async () => {
    let t = await ws.call('trips.create', deqinTrip());
    t = await ws.call('trips.addMember', { tripId: t.id, member: { name: '赵主任', role: 'townCentre' } });
    const m = t.members[0]!;
    t = await ws.call('itinerary.create', { tripId: t.id, item: item({ kind: 'seminar', title: '劳务协作座谈', memberIds: [m.id] }) });
    const before = counts();
    const e = await ws.refused('trips.removeMember', { id: m.id });
    expect(e).toMatchObject({ code: 'CONFLICT', key: 'memberOnItems', params: { name: '赵主任', count: 1, items: '2018-09-19 09:00 劳务协作座谈' } });
    expect(counts()).toEqual(before);
    expect(await ws.call('trips.get', { id: t.id })).toEqual(t);

    await ws.call('itinerary.update', { id: t.items[0]!.id, item: item({ kind: 'seminar', title: '劳务协作座谈', memberIds: [] }) });
    t = await ws.call('trips.removeMember', { id: m.id });
    expect(t.members).toEqual([]);
    expect((await ws.refused('trips.removeMember', { id: m.id })).code).toBe('NOT_FOUND');
  });

  it('a person can be on many trips; members are updated; an unknown contact or staff member is refused', async () => {
    const a = await ws.call('trips.create', deqinTrip());
    const b = await ws.call('trips.create', deqinTrip({ title: '赴楚雄州开展专场招聘', prefectureId: regions.get('楚雄州')!, countyIds: [regions.get('楚雄市')!] }));
    const member = { name: '王建国', role: 'bureauStaff' as const, staffId: ws.me.id };
    const ta = await ws.call('trips.addMember', { tripId: a.id, member });
    await ws.call('trips.addMember', { tripId: b.id, member });
    const u = await ws.call('trips.updateMember', { id: ta.members[0]!.id, member: { ...member, phone: '13900000000' } });
    expect(u.members[0]).toMatchObject({ name: '王建国', phone: '13900000000' });
    const before = counts();
    const other = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    expect((await ws.refused('trips.addMember', { tripId: a.id, member: { ...member, contactId: other } })).issues).toEqual([{ path: ['member', 'contactId'], key: 'unknownContact' }]);
    expect((await ws.refused('trips.addMember', { tripId: a.id, member: { ...member, staffId: other } })).issues).toEqual([{ path: ['member', 'staffId'], key: 'unknownStaff' }]);
    expect((await ws.refused('trips.addMember', { tripId: other, member })).key).toBe('tripNotFound');
    expect(counts()).toEqual(before);
  });
});

describe('participating companies', () => {
  it('refuses a company that failed vetting, or was never vetted, without a reason; a reason is stored and audited', async () => {
    const failed = await vettedCompany('上海某某劳务有限公司', 'rejected');
    const never = await ws.createCompany({ name: '上海未审核企业有限公司', contacts: [] });
    const p = await position(failed.id, '普工', 20);
    const t = await ws.call('trips.create', deqinTrip());
    const before = counts();
    expect(await ws.refused('trips.setParticipants', { tripId: t.id, companyId: failed.id, positionIds: [p.id] })).toMatchObject({
      code: 'VALIDATION', key: 'companyNotEligible', params: { why: 'vettingRejected' }, issues: [{ path: ['companyId'], key: 'companyNotEligible', params: { why: 'vettingRejected' } }],
    });
    expect(await ws.refused('trips.setParticipants', { tripId: t.id, companyId: never.id, overrideReason: '   ' })).toMatchObject({
      key: 'companyNotEligible', params: { why: 'notVetted' },
    });
    expect(counts()).toEqual(before);

    const reason = '整改已完成，复审安排在出访之后，经小组讨论同意随团。';
    const after = await ws.call('trips.setParticipants', { tripId: t.id, companyId: failed.id, positionIds: [p.id], overrideReason: reason });
    expect(after.participants).toEqual([expect.objectContaining({ companyId: failed.id, verdict: 'rejected', overrideReason: reason })]);
    expect(after.totals).toMatchObject({ companies: 1, headcount: 20 });
    const audit = ws.db.prepare("SELECT changes FROM audit WHERE entity = 'tripParticipant'").get() as { changes: string };
    // The reason may name people: the trail keeps that it was given (audit/personFields.ts).
    expect(JSON.parse(audit.changes)).toMatchObject({ overrideReason: [null, { changed: true }], verdict: [null, 'rejected'] });
  });

  it('a vetting that has expired by the trip, or a suspended company, needs a reason too', async () => {
    // Signed off in January 2018: valid for twelve months (the default), so until 2019-01-05.
    const c = await ws.createCompany({ name: '上海嘉定过期审核企业有限公司', contacts: [] });
    // Past work entered now, dated as it happened.
    const started = await ws.call('vettings.start', { companyId: c.id, vettedOn: '2018-01-05' });
    const answered = await answerAllPassing(ws.invoke, started);
    await ws.call('vettings.signOff', { id: answered.id, signedOffOn: '2018-01-05' });
    const inTime = await ws.call('trips.create', deqinTrip());
    const late = await ws.call('trips.create', deqinTrip({ title: '2019年春季赴德钦招聘', startDate: '2019-03-04', endDate: '2019-03-08' }));
    const before = counts();
    expect(await ws.refused('trips.setParticipants', { tripId: late.id, companyId: c.id })).toMatchObject({ key: 'companyNotEligible', params: { why: 'vettingExpired' } });
    expect(counts()).toEqual(before);
    expect((await ws.call('trips.setParticipants', { tripId: inTime.id, companyId: c.id })).participants).toHaveLength(1);

    const approved = await vettedCompany('上海暂停合作企业有限公司', 'approved');
    await ws.updateCompany(approved, { status: 'suspended' });
    expect(await ws.refused('trips.setParticipants', { tripId: inTime.id, companyId: approved.id })).toMatchObject({ key: 'companyNotEligible', params: { why: 'suspended' } });
    const taken = await ws.call('trips.setParticipants', { tripId: inTime.id, companyId: approved.id, overrideReason: '暂停原因已消除，经小组同意随团。' });
    expect(taken.participants.find((p) => p.companyId === approved.id)?.overrideReason).toBe('暂停原因已消除，经小组同意随团。');
  });

  it("refuses another company's position; a company on itinerary items cannot be taken off", async () => {
    const a = await vettedCompany('上海沪工阀门厂（集团）有限公司', 'approved');
    const b = await ws.createCompany({ name: '大董（上海）餐饮管理有限公司', contacts: [] });
    const pb = await position(b.id, '厨师', 5);
    let t = await ws.call('trips.create', deqinTrip());
    const before = counts();
    expect((await ws.refused('trips.setParticipants', { tripId: t.id, companyId: a.id, positionIds: [pb.id] })).issues).toEqual([{ path: ['positionIds', 0], key: 'unknownPosition' }]);
    expect(counts()).toEqual(before);
    t = await ws.call('trips.setParticipants', { tripId: t.id, companyId: a.id, positionIds: [] });
    t = await ws.call('itinerary.create', { tripId: t.id, item: item({ title: '专场招聘会', companyIds: [a.id] }) });
    const e = await ws.refused('trips.removeParticipant', { tripId: t.id, companyId: a.id });
    expect(e).toMatchObject({ code: 'CONFLICT', key: 'participantOnItems', params: { count: 1 } });
    await ws.call('itinerary.delete', { id: t.items[0]!.id });
    expect((await ws.call('trips.removeParticipant', { tripId: t.id, companyId: a.id })).participants).toEqual([]);
  });
});

describe('the itinerary', () => {
  it('only takes delegation members, participating companies and the trip\'s counties; a job fair with no company is a warning', async () => {
    let t = await ws.call('trips.create', deqinTrip());
    const other = await ws.call('trips.create', deqinTrip({ title: '另一次出访' }));
    const o = await ws.call('trips.addMember', { tripId: other.id, member: { name: '外人', role: 'bureauStaff' } });
    const c = await ws.createCompany({ name: '南亚新材料科技股份有限公司', contacts: [] });
    const before = counts();
    expect((await ws.refused('itinerary.create', { tripId: t.id, item: item({ memberIds: [o.members[0]!.id] }) })).issues).toEqual([{ path: ['item', 'memberIds', 0], key: 'notADelegationMember' }]);
    expect((await ws.refused('itinerary.create', { tripId: t.id, item: item({ companyIds: [c.id] }) })).issues).toEqual([{ path: ['item', 'companyIds', 0], key: 'notAParticipant' }]);
    expect((await ws.refused('itinerary.create', { tripId: t.id, item: item({ countyId: regions.get('维西县')! }) })).issues).toEqual([{ path: ['item', 'countyId'], key: 'countyNotOnTrip' }]);
    expect((await ws.refused('itinerary.create', { tripId: t.id, item: item({ endsAt: '2018-09-19T08:00' }) })).issues).toEqual([{ path: ['item', 'endsAt'], key: 'endBeforeStart' }]);
    expect(counts()).toEqual(before);

    t = await ws.call('itinerary.create', { tripId: t.id, item: item({ startsAt: '2018-09-23T09:00', endsAt: '2018-09-23T12:00' }) });
    expect(t.warnings.map((w) => w.kind)).toEqual(['outsideTrip', 'jobFairWithoutCompany']);
  });

  it('a county with items on it cannot be dropped from the trip', async () => {
    let t = await ws.call('trips.create', deqinTrip({ countyIds: [regions.get('德钦县')!, regions.get('维西县')!] }));
    t = await ws.call('itinerary.create', { tripId: t.id, item: item({ title: '招聘会', countyId: regions.get('维西县')! }) });
    const before = counts();
    expect(await ws.refused('trips.update', { id: t.id, trip: deqinTrip() })).toMatchObject({ key: 'countyOnItems', issues: [{ path: ['countyIds'] }] });
    expect(counts()).toEqual(before);
  });
});

describe('copying a past trip', () => {
  it('makes a new trip with the same delegation, companies and itinerary shifted to the new dates, all with new ids', async () => {
    const a = await vettedCompany('上海沪工阀门厂（集团）有限公司', 'approved');
    const p = await position(a.id, '阀门装配工', 40);
    let t = await ws.call('trips.create', deqinTrip({ status: 'done' }));
    t = await ws.call('trips.addMember', { tripId: t.id, member: { name: '王建国', role: 'bureauStaff' } });
    t = await ws.call('trips.setParticipants', { tripId: t.id, companyId: a.id, positionIds: [p.id] });
    t = await ws.call('itinerary.create', { tripId: t.id, item: item({ title: '专场招聘会', countyId: regions.get('德钦县')!, memberIds: [t.members[0]!.id], companyIds: [a.id] }) });

    const copy = await ws.call('trips.copy', { id: t.id, newStartDate: '2019-09-16', title: '2019年赴德钦专场招聘' });
    expect(copy).toMatchObject({ title: '2019年赴德钦专场招聘', startDate: '2019-09-16', endDate: '2019-09-20', status: 'planning', copiedFromId: t.id });
    expect(copy.id).not.toBe(t.id);
    expect(copy.members.map((m) => m.name)).toEqual(['王建国']);
    expect(copy.members[0]!.id).not.toBe(t.members[0]!.id);
    expect(copy.participants).toEqual(t.participants);
    expect(copy.items).toEqual([expect.objectContaining({ startsAt: '2019-09-18T09:00', endsAt: '2019-09-18T12:00', memberIds: [copy.members[0]!.id], companyIds: [a.id] })]);
    expect(copy.items[0]!.id).not.toBe(t.items[0]!.id);
    expect(copy.totals).toEqual(t.totals);
    expect(await ws.call('trips.get', { id: t.id })).toEqual(t);
    expect(await ws.call('trips.copy', { id: t.id, newStartDate: '2019-01-01' })).toMatchObject({ title: t.title });
  });
});

describe('companies and people leaving the register', () => {
  it('purging a company takes it, its positions and its place on itinerary items off the trip; a removed contact leaves the member', async () => {
    const a = await vettedCompany('上海沪工阀门厂（集团）有限公司', 'approved');
    const p = await position(a.id, '阀门装配工', 40);
    let t = await ws.call('trips.create', deqinTrip());
    const contact = a.contacts[0]!;
    t = await ws.call('trips.addMember', { tripId: t.id, member: { name: contact.name, role: 'companyRep', contactId: contact.id } });
    t = await ws.call('trips.setParticipants', { tripId: t.id, companyId: a.id, positionIds: [p.id] });
    t = await ws.call('itinerary.create', { tripId: t.id, item: item({ title: '专场招聘会', companyIds: [a.id], memberIds: [t.members[0]!.id] }) });

    await ws.updateCompany(a, { contacts: [] });
    expect((await ws.call('trips.get', { id: t.id })).members[0]).toMatchObject({ name: contact.name, contactId: null });

    await ws.call('companies.delete', { id: a.id });
    await ws.call('trash.purge', { kind: 'company', id: a.id });
    const after = await ws.call('trips.get', { id: t.id });
    expect(after.participants).toEqual([]);
    expect(after.items[0]!.companyIds).toEqual([]);
    expect(after.warnings.map((w) => w.kind)).toEqual(['jobFairWithoutCompany']);
    expect(ws.count('SELECT count(*) AS n FROM trip_positions')).toBe(0);
  });
});
