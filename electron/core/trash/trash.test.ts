// The trash: a deleted company or visit leaves every list and search but can be brought
// back; purging it deletes it for good, contacts (private persons) included.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Company } from '../../../shared/companies/schema';
import type { Visit } from '../../../shared/visits/schema';
import { createTestWorkspace, creditCodeFor, type TestWorkspace } from '../testing/workspace';

let ws: TestWorkspace;
let hugong: Company;
let visit: Visit;

beforeEach(async () => {
  ws = await createTestWorkspace();
  hugong = await ws.createCompany({
    creditCode: creditCodeFor(1),
    townId: ws.townId('华亭镇'),
    contacts: [
      { name: '陈美华', role: '人事经理', phone: '13816012345' },
      { name: '刘志强', role: '生产主管', phone: '13916055555' },
    ],
  });
  visit = await ws.createVisit(hugong.id, { visitDate: '2018-09-10', followUps: [{ what: '寄送岗位表', dueDate: '2018-09-12' }] });
});
afterEach(() => ws.dispose());

const companyNames = async (query = '') => (await ws.call('companies.list', { query })).rows.map((r) => r.name);
const visitIds = async (query = '') => (await ws.call('visits.list', { query })).rows.map((r) => r.id);

/** Every text value stored in any of our tables or the search tables' stored text that contains `needle`. */
function storedAnywhere(needle: string): string[] {
  const db = ws.db;
  const tables = (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'").all() as { name: string }[]
  )
    .map((t) => t.name)
    .filter((t) => !/_(data|idx|docsize|config)$/.test(t)); // FTS5 internals hold tokens, not text
  const hits: string[] = [];
  for (const t of tables) {
    for (const { name: col } of db.prepare(`SELECT name FROM pragma_table_info(?)`).all(t) as { name: string }[]) {
      const n = (db.prepare(`SELECT count(*) AS n FROM "${t}" WHERE instr(CAST("${col}" AS TEXT), ?) > 0`).get(needle) as { n: number }).n;
      if (n > 0) hits.push(`${t}.${col}`);
    }
  }
  return hits;
}

/**
 * The raw pages of every FTS5 index. FTS5 normally deletes by adding tombstones, leaving
 * the old tokens in its pages until segments merge; the company index must wipe them
 * instead (secure-delete), since contacts are private persons.
 */
function indexBytes(): Buffer {
  const tables = ws.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE '%\\_data' ESCAPE '\\'").all() as { name: string }[];
  return Buffer.concat(tables.flatMap(({ name }) => (ws.db.prepare(`SELECT block FROM "${name}"`).all() as { block: Buffer }[]).map((r) => r.block)));
}

describe('deleting a company', () => {
  it('takes it and its visits out of every list, search and follow-up list', async () => {
    await ws.call('companies.delete', { id: hugong.id });
    expect(await companyNames()).toEqual([]);
    expect(await companyNames('阀门')).toEqual([]);
    expect(await visitIds()).toEqual([]);
    expect(await visitIds('通风')).toEqual([]);
    expect(await ws.call('followUps.list', { scope: 'all', today: '2019-01-01' })).toEqual([]);
    expect(await ws.refused('companies.get', { id: hugong.id })).toEqual({ code: 'NOT_FOUND', key: 'companyNotFound' });
    expect((await ws.call('lookups.list', { kind: 'town' })).find((t) => t.name === '华亭镇')!.inUse).toBe(0);
  });

  it('puts it in the trash, with its credit code to tell it apart', async () => {
    await ws.call('companies.delete', { id: hugong.id });
    const trash = await ws.call('trash.list', {});
    expect(trash).toEqual([{ kind: 'company', id: hugong.id, title: hugong.name, detail: creditCodeFor(1), deletedAt: expect.any(String) }]);
  });

  it('frees its name and credit code for a new record', async () => {
    await ws.call('companies.delete', { id: hugong.id });
    await ws.createCompany({ creditCode: creditCodeFor(1) });
    expect(await companyNames()).toEqual([hugong.name]);
  });

  it('cannot delete what is not there', async () => {
    await ws.call('companies.delete', { id: hugong.id });
    expect(await ws.refused('companies.delete', { id: hugong.id })).toEqual({ code: 'NOT_FOUND', key: 'companyNotFound' });
  });
});

describe('restoring from the trash', () => {
  it('brings a company back everywhere, with its contacts and visits', async () => {
    await ws.call('companies.delete', { id: hugong.id });
    await ws.call('trash.restore', { kind: 'company', id: hugong.id });
    expect(await companyNames('陈美华')).toEqual([hugong.name]);
    expect(await visitIds('通风')).toEqual([visit.id]);
    expect(await ws.call('trash.list', {})).toEqual([]);
    const back = await ws.call('companies.get', { id: hugong.id });
    expect({ ...back, updatedAt: hugong.updatedAt }).toEqual({ ...hugong, status: 'visited', lastVisitDate: '2018-09-10', updatedAt: hugong.updatedAt });
  });

  it('is refused when a new company took the name meanwhile', async () => {
    await ws.call('companies.delete', { id: hugong.id });
    await ws.createCompany({ name: '上海沪工阀门厂(集团)有限公司' });
    const error = await ws.refused('trash.restore', { kind: 'company', id: hugong.id });
    expect(error).toMatchObject({ code: 'CONFLICT', key: 'companyNameTaken', issues: [{ path: ['name'], key: 'companyNameTaken' }] });
    expect((await ws.call('trash.list', {})).map((t) => t.id)).toEqual([hugong.id]);
  });

  it('is refused when a new company took the credit code meanwhile', async () => {
    await ws.call('companies.delete', { id: hugong.id });
    await ws.createCompany({ name: '上海沪工新公司', creditCode: creditCodeFor(1) });
    const error = await ws.refused('trash.restore', { kind: 'company', id: hugong.id });
    expect(error).toMatchObject({ code: 'CONFLICT', issues: [{ path: ['creditCode'], key: 'creditCodeTaken' }] });
  });

  it('restores a deleted visit and the company\'s last visit with it', async () => {
    await ws.call('visits.delete', { id: visit.id });
    expect((await ws.call('companies.get', { id: hugong.id })).lastVisitDate).toBeNull();
    expect(await ws.call('trash.list', {})).toEqual([
      { kind: 'visit', id: visit.id, title: hugong.name, detail: '2018-09-10 · 赴德钦专场招聘前走访', deletedAt: expect.any(String) },
    ]);
    await ws.call('trash.restore', { kind: 'visit', id: visit.id });
    expect(await visitIds()).toEqual([visit.id]);
    expect((await ws.call('companies.get', { id: hugong.id })).lastVisitDate).toBe('2018-09-10');
  });

  it('refuses to restore a visit while its company is in the trash', async () => {
    await ws.call('visits.delete', { id: visit.id });
    await ws.call('companies.delete', { id: hugong.id });
    const trash = await ws.call('trash.list', {});
    expect(trash.map((t) => t.kind)).toEqual(['company', 'visit']); // newest first
    const error = await ws.refused('trash.restore', { kind: 'visit', id: visit.id });
    expect(error).toEqual({ code: 'CONFLICT', key: 'restoreCompanyFirst', params: { company: hugong.name } });
    await ws.call('trash.restore', { kind: 'company', id: hugong.id });
    await ws.call('trash.restore', { kind: 'visit', id: visit.id });
    expect(await visitIds()).toEqual([visit.id]);
  });

  it('says "not found" for something that is not in the trash', async () => {
    expect(await ws.refused('trash.restore', { kind: 'company', id: hugong.id })).toEqual({ code: 'NOT_FOUND', key: 'companyNotFound' });
    expect(await ws.refused('trash.restore', { kind: 'visit', id: visit.id })).toEqual({ code: 'NOT_FOUND', key: 'visitNotFound' });
    expect(await ws.refused('trash.purge', { kind: 'company', id: hugong.id })).toEqual({ code: 'NOT_FOUND', key: 'companyNotFound' });
    expect(await ws.refused('trash.purge', { kind: 'visit', id: visit.id })).toEqual({ code: 'NOT_FOUND', key: 'visitNotFound' });
  });
});

describe('purging from the trash', () => {
  it('deletes the company for good with its contacts, visits, staff links and follow-ups', async () => {
    const other = await ws.createCompany({ name: '大董（上海）餐饮管理有限公司', contacts: [{ name: '赵丽' }] });
    await ws.createVisit(other.id);
    await ws.call('companies.delete', { id: hugong.id });
    await ws.call('trash.purge', { kind: 'company', id: hugong.id });
    expect(ws.counts()).toMatchObject({ companies: 1, contacts: 1, visits: 1, visit_staff: 1, follow_ups: 0 });
    expect(ws.count('SELECT count(*) AS n FROM companies WHERE id = ?', hugong.id)).toBe(0);
    expect(await ws.call('trash.list', {})).toEqual([]);
    expect(await companyNames()).toEqual([other.name]);
  });

  it('leaves no trace of its contacts anywhere in the file', async () => {
    expect(storedAnywhere('陈美华').length).toBeGreaterThan(0);
    await ws.call('companies.delete', { id: hugong.id });
    await ws.call('trash.purge', { kind: 'company', id: hugong.id });
    expect(storedAnywhere('陈美华')).toEqual([]);
    expect(storedAnywhere('13816012345')).toEqual([]);
    // The visit's own text is gone from the records, the search index and the audit trail,
    // which keeps who changed which fields of it, and when, but no values.
    expect(storedAnywhere('通风良好')).toEqual([]);
  });

  it("leaves no trace of a contact's name inside the search index's own pages", async () => {
    expect(indexBytes().includes(Buffer.from('美华'))).toBe(true);
    await ws.call('companies.delete', { id: hugong.id });
    await ws.call('trash.purge', { kind: 'company', id: hugong.id });
    for (const piece of ['陈美', '美华', '志强']) expect(indexBytes().includes(Buffer.from(piece))).toBe(false);
  });

  it("removing a contact from a company wipes the name from the search index's pages as well", async () => {
    await ws.updateCompany(await ws.call('companies.get', { id: hugong.id }), { contacts: [{ name: '赵丽' }] });
    for (const piece of ['陈美', '美华', '志强']) expect(indexBytes().includes(Buffer.from(piece))).toBe(false);
  });

  it('deletes a visit for good with its follow-ups, keeping the company', async () => {
    await ws.call('visits.delete', { id: visit.id });
    await ws.call('trash.purge', { kind: 'visit', id: visit.id });
    expect(ws.counts()).toMatchObject({ companies: 1, contacts: 2, visits: 0, visit_staff: 0, follow_ups: 0 });
    expect(storedAnywhere('寄送岗位表')).toEqual([]);
    expect(await companyNames()).toEqual([hugong.name]);
  });

  it('records the purge in the audit trail', async () => {
    await ws.call('companies.delete', { id: hugong.id });
    await ws.call('trash.purge', { kind: 'company', id: hugong.id });
    const [last] = await ws.call('audit.list', { entityId: hugong.id });
    expect(last).toMatchObject({ action: 'purge', entity: 'company', staffId: ws.me.id });
  });
});

describe('trips and positions in the trash', () => {
  async function deqinTrip() {
    const regions = await ws.regionIds();
    return ws.call('trips.create', { title: '赴迪庆州德钦县开展专场招聘', prefectureId: regions.get('迪庆州')!, countyIds: [regions.get('德钦县')!], startDate: '2018-09-17', endDate: '2018-09-21' });
  }
  async function position() {
    const jobTypeId = (await ws.call('jobTypes.list', {}))[0]!.id;
    return ws.call('positions.create', { companyId: hugong.id, jobTypeId, title: '数控车床操作工', headcount: 20 });
  }

  it('a deleted trip waits in the trash and comes back with its delegation and itinerary', async () => {
    const t = await deqinTrip();
    await ws.call('trips.addMember', { tripId: t.id, member: { name: '陈美华', role: 'companyRep', phone: '13816012345' } });
    await ws.call('trips.delete', { id: t.id });
    expect(await ws.call('trips.list', {})).toEqual([]);
    expect(await ws.call('trash.list', {})).toEqual([{ kind: 'trip', id: t.id, title: t.title, detail: '2018-09-17 – 2018-09-21', deletedAt: expect.any(String) }]);
    await ws.call('trash.restore', { kind: 'trip', id: t.id });
    expect((await ws.call('trips.get', { id: t.id })).members.map((m) => m.name)).toEqual(['陈美华']);
  });

  it('a trip purged for good takes its delegation and itinerary with it, and its audit rows keep no values', async () => {
    const t = await deqinTrip();
    const withMember = await ws.call('trips.addMember', { tripId: t.id, member: { name: '陈美华', role: 'companyRep', phone: '13816012345' } });
    await ws.call('itinerary.create', { tripId: t.id, item: { kind: 'jobFair', startsAt: '2018-09-19T09:00', endsAt: '2018-09-19T12:00', place: '德钦县民族广场', memberIds: [withMember.members[0]!.id] } });
    await ws.call('trips.delete', { id: t.id });
    await ws.call('trash.purge', { kind: 'trip', id: t.id });
    for (const table of ['trips', 'trip_members', 'itinerary_items', 'itinerary_item_members', 'trip_counties']) expect(ws.count(`SELECT count(*) AS n FROM ${table}`), table).toBe(0);
    expect(await ws.call('trash.list', {})).toEqual([]);
    expect(storedAnywhere('德钦县民族广场')).toEqual([]);
    expect(storedAnywhere('赴迪庆州德钦县')).toEqual([]);
    const trail = await ws.call('audit.list', { entityId: t.id });
    expect(trail.map((e) => e.action)).toEqual(['purge', 'delete', 'create']);
    // Who, when and which fields stay; every value is the "changed" mark.
    expect(trail[2]!.changes.title).toEqual([null, { changed: true }]);
    expect(trail[2]!.changes.startDate).toEqual([null, { changed: true }]);
  });

  it('a deleted position waits in the trash, is restored, and is purged for good', async () => {
    const p = await position();
    await ws.call('positions.delete', { id: p.id });
    expect(await ws.call('trash.list', {})).toEqual([{ kind: 'position', id: p.id, title: '数控车床操作工', detail: hugong.name, deletedAt: expect.any(String) }]);
    await ws.call('trash.restore', { kind: 'position', id: p.id });
    expect((await ws.call('positions.get', { id: p.id })).title).toBe('数控车床操作工');
    await ws.call('positions.delete', { id: p.id });
    await ws.call('trash.purge', { kind: 'position', id: p.id });
    expect(ws.count('SELECT count(*) AS n FROM positions')).toBe(0);
    expect(await ws.refused('trash.restore', { kind: 'position', id: p.id })).toEqual({ code: 'NOT_FOUND', key: 'positionNotFound' });
  });

  it('a position is not restored while its company is in the trash', async () => {
    const p = await position();
    await ws.call('positions.delete', { id: p.id });
    await ws.call('companies.delete', { id: hugong.id });
    expect(await ws.refused('trash.restore', { kind: 'position', id: p.id })).toEqual({ code: 'CONFLICT', key: 'restoreCompanyFirst', params: { company: hugong.name } });
  });

  it('a live trip or position is not purged', async () => {
    const t = await deqinTrip();
    const p = await position();
    expect(await ws.refused('trash.purge', { kind: 'trip', id: t.id })).toEqual({ code: 'NOT_FOUND', key: 'tripNotFound' });
    expect(await ws.refused('trash.purge', { kind: 'position', id: p.id })).toEqual({ code: 'NOT_FOUND', key: 'positionNotFound' });
  });
});
