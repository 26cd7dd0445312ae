// Positions (岗位): what each company offers, by job type from the editable list, with
// pay, hours, requirements and room and board. Bad input is refused with a clear key and
// nothing is stored; every change is audited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Company } from '../../../shared/companies/schema';
import type { PositionInput } from '../../../shared/positions/schema';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';

let ws: TestWorkspace;
let hugong: Company;
let dadong: Company;
let jobTypes: Map<string, string>;

const stored = () => ws.count('SELECT count(*) AS n FROM positions');
const audited = () => ws.count("SELECT count(*) AS n FROM audit WHERE entity = 'position'");

function worker(companyId: string, overrides: Partial<PositionInput> = {}): PositionInput {
  return {
    companyId,
    jobTypeId: jobTypes.get('普工')!,
    title: '阀门装配工',
    headcount: 40,
    payMin: 5500,
    payMax: 6500,
    hoursPerDay: 8,
    daysPerWeek: 6,
    shifts: 'twoShifts',
    ageMin: 18,
    ageMax: 45,
    education: 'juniorHigh',
    roomIncluded: true,
    boardIncluded: true,
    validFrom: '2018-09-01',
    validTo: '2018-12-31',
    ...overrides,
  };
}

beforeEach(async () => {
  ws = await createTestWorkspace();
  hugong = await ws.createCompany({ townId: ws.townId('华亭镇') });
  dadong = await ws.createCompany({ name: '大董（上海）餐饮管理有限公司', townId: ws.townId('南翔镇'), contacts: [] });
  jobTypes = new Map((await ws.call('jobTypes.list', {})).map((j) => [j.name, j.id]));
});
afterEach(() => ws.dispose());

describe('job types', () => {
  it('a new workspace starts with the ten default job types, in order', async () => {
    const list = await ws.call('jobTypes.list', {});
    expect(list.map((j) => j.name)).toEqual(['普工', '技工', '仓管', '厨师', '保洁', '服务', '电工', '焊工', '叉车工', '质检员']);
    expect(list.every((j) => j.inUse === 0)).toBe(true);
  });
});

describe('editing the job-type list', () => {
  it('adds, renames and removes job types; names stay unique', async () => {
    const added = await ws.call('jobTypes.create', { name: '缝纫工' });
    expect((await ws.call('jobTypes.list', {})).at(-1)).toEqual({ id: added.id, name: '缝纫工', inUse: 0 });
    expect(await ws.refused('jobTypes.create', { name: '普工' })).toMatchObject({ code: 'CONFLICT', issues: [{ path: ['name'], key: 'lookupNameTaken' }] });
    expect(await ws.call('jobTypes.rename', { id: added.id, name: '服装缝纫工' })).toMatchObject({ name: '服装缝纫工' });
    await ws.call('jobTypes.delete', { id: added.id });
    expect((await ws.call('jobTypes.list', {})).map((j) => j.name)).not.toContain('服装缝纫工');
    expect((await ws.refused('jobTypes.rename', { id: added.id, name: 'x' })).code).toBe('NOT_FOUND');
    expect(ws.count("SELECT count(*) AS n FROM audit WHERE entity = 'jobType'")).toBe(3);
  });

  it('a removed job type stays on the positions that use it, which can still be saved, but new ones cannot pick it', async () => {
    const p = await ws.call('positions.create', worker(hugong.id, { jobTypeId: jobTypes.get('叉车工')! }));
    await ws.call('jobTypes.delete', { id: jobTypes.get('叉车工')! });
    expect(await ws.call('positions.get', { id: p.id })).toMatchObject({ jobTypeName: '叉车工' });
    expect(await ws.call('positions.update', { id: p.id, position: worker(hugong.id, { jobTypeId: jobTypes.get('叉车工')!, headcount: 3 }) })).toMatchObject({ headcount: 3 });
    expect((await ws.refused('positions.create', worker(hugong.id, { jobTypeId: jobTypes.get('叉车工')! }))).issues).toEqual([{ path: ['jobTypeId'], key: 'unknownJobType' }]);
  });
});

describe('positions', () => {
  it('saves a position with its company, town and job type names, and audits it', async () => {
    const p = await ws.call('positions.create', worker(hugong.id));
    expect(p).toMatchObject({
      companyId: hugong.id,
      companyName: '上海沪工阀门厂（集团）有限公司',
      townName: '华亭镇',
      jobTypeName: '普工',
      headcount: 40,
      payMin: 5500,
      payMax: 6500,
      shifts: 'twoShifts',
      education: 'juniorHigh',
      roomIncluded: true,
      boardIncluded: true,
      suitableForRural: true,
      skills: null,
    });
    expect(await ws.call('positions.get', { id: p.id })).toEqual(p);
    expect(audited()).toBe(1);
    expect((await ws.call('jobTypes.list', {})).find((j) => j.name === '普工')?.inUse).toBe(1);
  });

  it('updates a position, auditing only what changed', async () => {
    const p = await ws.call('positions.create', worker(hugong.id));
    const after = await ws.call('positions.update', { id: p.id, position: worker(hugong.id, { headcount: 60, payMax: 7000 }) });
    expect(after).toMatchObject({ headcount: 60, payMax: 7000 });
    const changes = ws.db.prepare("SELECT changes FROM audit WHERE entity = 'position' AND action = 'update'").get() as { changes: string };
    expect(JSON.parse(changes.changes)).toEqual({ headcount: [40, 60], payMax: [6500, 7000] });
  });

  it('lists positions across companies with filters: company, job type, town, pay, room and board', async () => {
    await ws.call('positions.create', worker(hugong.id));
    await ws.call('positions.create', worker(hugong.id, { jobTypeId: jobTypes.get('技工')!, title: '数控车工', headcount: 10, payMin: 7000, payMax: 9000 }));
    await ws.call('positions.create', worker(dadong.id, { jobTypeId: jobTypes.get('厨师')!, title: '中餐厨师', headcount: 5, payMin: 6000, payMax: null, roomIncluded: false }));
    const titles = async (f: object) => (await ws.call('positions.list', f)).map((p) => p.title).sort();
    expect(await titles({})).toHaveLength(3);
    expect(await titles({ companyId: dadong.id })).toEqual(['中餐厨师']);
    expect(await titles({ jobTypeId: jobTypes.get('技工')! })).toEqual(['数控车工']);
    expect(await titles({ townId: ws.townId('华亭镇') })).toEqual(['数控车工', '阀门装配工']);
    expect(await titles({ minPay: 6000 })).toEqual(['中餐厨师', '数控车工', '阀门装配工']);
    expect(await titles({ minPay: 7000 })).toEqual(['数控车工']);
    expect(await titles({ roomAndBoard: true })).toEqual(['数控车工', '阀门装配工']);
  });

  it('refuses a headcount of -3 and a pay range upside down: VALIDATION, nothing stored', async () => {
    const minus = await ws.refused('positions.create', worker(hugong.id, { headcount: -3 }));
    expect(minus).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['headcount'], key: 'tooSmall', params: { minimum: 1 } }] });
    const upsideDown = await ws.refused('positions.create', worker(hugong.id, { payMin: 8000, payMax: 5000 }));
    expect(upsideDown).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['payMax'], key: 'payRangeUpsideDown' }] });
    expect(stored()).toBe(0);
    expect(audited()).toBe(0);
  });

  it('refuses an update with bad input and keeps the position as it was', async () => {
    const p = await ws.call('positions.create', worker(hugong.id));
    const error = await ws.refused('positions.update', { id: p.id, position: worker(hugong.id, { headcount: -3, payMin: 9000, payMax: 100 }) });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues?.map((i) => i.key).sort()).toEqual(['payRangeUpsideDown', 'tooSmall']);
    expect(await ws.call('positions.get', { id: p.id })).toEqual(p);
  });

  it('refuses an unknown job type or company, and a company in the trash', async () => {
    const otherId = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
    expect(await ws.refused('positions.create', worker(hugong.id, { jobTypeId: otherId }))).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: ['jobTypeId'], key: 'unknownJobType' }],
    });
    expect((await ws.refused('positions.create', worker(otherId))).issues).toEqual([{ path: ['companyId'], key: 'unknownCompany' }]);
    await ws.call('companies.delete', { id: dadong.id });
    expect((await ws.refused('positions.create', worker(dadong.id))).issues).toEqual([{ path: ['companyId'], key: 'unknownCompany' }]);
    expect(stored()).toBe(0);
  });

  it('a deleted position is gone from the list and from get; a company in the trash hides its positions', async () => {
    const a = await ws.call('positions.create', worker(hugong.id));
    const b = await ws.call('positions.create', worker(dadong.id, { title: '服务员', jobTypeId: jobTypes.get('服务')! }));
    await ws.call('positions.delete', { id: a.id });
    expect((await ws.refused('positions.get', { id: a.id })).key).toBe('positionNotFound');
    expect((await ws.refused('positions.delete', { id: a.id })).code).toBe('NOT_FOUND');
    expect((await ws.call('positions.list', {})).map((p) => p.id)).toEqual([b.id]);
    await ws.call('companies.delete', { id: dadong.id });
    expect(await ws.call('positions.list', {})).toEqual([]);
  });

  it('purging a company from the trash takes its positions with it', async () => {
    await ws.call('positions.create', worker(dadong.id, { title: '服务员', jobTypeId: jobTypes.get('服务')! }));
    await ws.call('companies.delete', { id: dadong.id });
    await ws.call('trash.purge', { kind: 'company', id: dadong.id });
    expect(stored()).toBe(0);
  });
});

describe('room and board for a new position', () => {
  it('come from the latest visit that noted the dormitory or meals; a fact it left open stays open', async () => {
    expect(await ws.call('positions.roomAndBoard', { companyId: hugong.id })).toBeNull();
    const older = await ws.createVisit(hugong.id, { visitDate: '2018-06-01', dormProvided: true, mealsProvided: true });
    expect(await ws.call('positions.roomAndBoard', { companyId: hugong.id })).toEqual({ visitId: older.id, visitDate: '2018-06-01', roomIncluded: true, boardIncluded: true });
    const latest = await ws.createVisit(hugong.id, { visitDate: '2018-09-10', dormProvided: false, peoplePerRoom: null, mealsProvided: null });
    expect(await ws.call('positions.roomAndBoard', { companyId: hugong.id })).toEqual({ visitId: latest.id, visitDate: '2018-09-10', roomIncluded: false, boardIncluded: null });
    // A later visit that noted neither does not hide what the one before found.
    await ws.createVisit(hugong.id, { visitDate: '2018-10-01', dormProvided: null, peoplePerRoom: null, mealsProvided: null });
    expect(await ws.call('positions.roomAndBoard', { companyId: hugong.id })).toMatchObject({ visitId: latest.id });
    // A deleted visit says nothing any more.
    await ws.call('visits.delete', { id: latest.id });
    expect(await ws.call('positions.roomAndBoard', { companyId: hugong.id })).toMatchObject({ visitId: older.id });
    // Another company's visits are not this one's.
    expect(await ws.call('positions.roomAndBoard', { companyId: dadong.id })).toBeNull();
  });
});
