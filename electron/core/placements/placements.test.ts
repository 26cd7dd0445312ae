// Transfer employment (转移就业): arrival batches with the employers that took them and
// retention check-ins, through the real invoker. The article's figures come out of the
// records; bad input is refused with a key at the field and changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BatchInput } from '../../../shared/placements/schema';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';

let ws: TestWorkspace;
let regions: Map<string, string>;
let companyA: string;
let companyB: string;

const TABLES = ['placement_batches', 'placement_employers', 'retention_checkins', 'audit'];
const counts = () => Object.fromEntries(TABLES.map((t) => [t, ws.count(`SELECT count(*) AS n FROM ${t}`)]));

beforeEach(async () => {
  ws = await createTestWorkspace();
  regions = await ws.regionIds();
  companyA = (await ws.createCompany({ name: '上海沪工阀门厂（集团）有限公司' })).id;
  companyB = (await ws.createCompany({ name: '南亚新材料科技股份有限公司', contacts: [] })).id;
});
afterEach(() => ws.dispose());

/** The first batch of the article: 26 workers from Chuxiong on 2018-07-07, 11 registered poor. */
const firstBatch = (overrides: Partial<BatchInput> = {}): BatchInput => ({
  arrivedOn: '2018-07-07',
  workers: 26,
  poor: 11,
  prefectureId: regions.get('楚雄州')!,
  countyId: regions.get('南华县')!,
  employers: [
    { companyId: companyA, workers: 16 },
    { companyId: companyB, workers: 8 },
  ],
  ...overrides,
});

const chuxiongTrip = () =>
  ws.call('trips.create', { title: '赴楚雄州开展专场招聘', prefectureId: regions.get('楚雄州')!, countyIds: [regions.get('南华县')!], startDate: '2018-06-25', endDate: '2018-06-29' });

describe('arrival batches', () => {
  it('records the batch of 2018-07-07 with its employers and the workers not yet placed', async () => {
    const trip = await chuxiongTrip();
    const b = await ws.call('placements.createBatch', firstBatch({ tripId: trip.id }));
    expect(b).toMatchObject({
      arrivedOn: '2018-07-07', workers: 26, poor: 11, prefectureName: '楚雄州', countyName: '南华县', tripTitle: '赴楚雄州开展专场招聘', unassigned: 2,
      employers: [{ companyName: '上海沪工阀门厂（集团）有限公司', workers: 16 }, { companyName: '南亚新材料科技股份有限公司', workers: 8 }],
    });
    expect(await ws.call('placements.getBatch', { id: b.id })).toEqual(b);
    expect(ws.count("SELECT count(*) AS n FROM audit WHERE entity = 'placementBatch' AND action = 'create'")).toBe(1);
  });

  it('updates a batch, replacing its employers, and audits what changed', async () => {
    const b = await ws.call('placements.createBatch', firstBatch());
    const after = await ws.call('placements.updateBatch', { id: b.id, batch: firstBatch({ employers: [{ companyId: companyB, workers: 26 }] }) });
    expect(after.employers).toEqual([{ companyId: companyB, companyName: '南亚新材料科技股份有限公司', workers: 26 }]);
    expect(after.unassigned).toBe(0);
    const entry = ws.db.prepare("SELECT changes FROM audit WHERE entity = 'placementBatch' AND action = 'update'").get() as { changes: string };
    expect(Object.keys(JSON.parse(entry.changes))).toEqual(['employers']);
    expect(ws.count('SELECT count(*) AS n FROM placement_employers')).toBe(1);
  });

  it('deletes a batch: gone from the list, with its check-ins', async () => {
    const b = await ws.call('placements.createBatch', firstBatch());
    await ws.call('placements.createCheckIn', { checkedOn: '2018-08-01', stillWorking: 25, poor: 11, prefectureId: b.prefectureId, batchId: b.id });
    await ws.call('placements.deleteBatch', { id: b.id });
    expect(await ws.call('placements.list', {})).toEqual({ batches: [], checkIns: [] });
    expect((await ws.refused('placements.getBatch', { id: b.id })).code).toBe('NOT_FOUND');
    expect(await ws.call('placements.totals', {})).toMatchObject({ batches: 0, arrivals: 0, stillWorking: 0 });
  });

  it('goes to the trash: restored with its check-ins, or purged with them', async () => {
    const b = await ws.call('placements.createBatch', firstBatch());
    await ws.call('placements.createCheckIn', { checkedOn: '2018-08-01', stillWorking: 25, poor: 11, prefectureId: b.prefectureId, batchId: b.id });
    await ws.call('placements.deleteBatch', { id: b.id });
    expect(await ws.call('trash.list', {})).toMatchObject([{ kind: 'placementBatch', id: b.id, title: '2018-07-07 · 楚雄州' }]);
    await ws.call('trash.restore', { kind: 'placementBatch', id: b.id });
    expect((await ws.call('placements.list', {})).checkIns).toHaveLength(1);
    await ws.call('placements.deleteBatch', { id: b.id });
    await ws.call('trash.purge', { kind: 'placementBatch', id: b.id });
    expect(counts()).toMatchObject({ placement_batches: 0, placement_employers: 0, retention_checkins: 0 });
    expect(await ws.call('trash.list', {})).toEqual([]);
    expect((await ws.refused('trash.restore', { kind: 'placementBatch', id: b.id })).code).toBe('NOT_FOUND');
  });

  it('keeps an employer of a batch from being purged from the trash', async () => {
    await ws.call('placements.createBatch', firstBatch());
    await ws.call('companies.delete', { id: companyB });
    const before = counts();
    expect(await ws.refused('trash.purge', { kind: 'company', id: companyB })).toMatchObject({ code: 'CONFLICT', key: 'companyHasPlacements', params: { count: 1 } });
    expect(counts()).toEqual(before);
    expect(ws.count('SELECT count(*) AS n FROM companies WHERE id = ?', companyB)).toBe(1);
  });

  it('keeps a trip and an employer it already had after they were deleted', async () => {
    const trip = await chuxiongTrip();
    const b = await ws.call('placements.createBatch', firstBatch({ tripId: trip.id }));
    await ws.call('trips.delete', { id: trip.id });
    await ws.call('companies.delete', { id: companyB });
    const after = await ws.call('placements.updateBatch', { id: b.id, batch: firstBatch({ tripId: trip.id, notes: '已到岗' }) });
    expect(after).toMatchObject({ tripTitle: '赴楚雄州开展专场招聘', notes: '已到岗' });
  });
});

describe('refused batches change nothing', () => {
  const refusals: [string, () => Promise<unknown>, Record<string, unknown>][] = [
    ['more registered poor than workers', async () => firstBatch({ poor: 30 }), { path: ['poor'], key: 'poorOverWorkers' }],
    [
      'employers taking more than arrived',
      async () => firstBatch({ employers: [{ companyId: companyA, workers: 20 }, { companyId: companyB, workers: 10 }] }),
      { path: ['employers'], key: 'employersOverWorkers', params: { taken: 30, workers: 26 } },
    ],
    ['a county of another prefecture', async () => firstBatch({ countyId: regions.get('德钦县')! }), { path: ['countyId'], key: 'unknownCounty' }],
    ['a prefecture not on the list', async () => firstBatch({ prefectureId: '0190a3b4-0000-7000-8000-000000000099', countyId: null }), { path: ['prefectureId'], key: 'unknownPrefecture' }],
    [
      'a deleted trip',
      async () => {
        const trip = await chuxiongTrip();
        await ws.call('trips.delete', { id: trip.id });
        return firstBatch({ tripId: trip.id });
      },
      { path: ['tripId'], key: 'unknownTrip' },
    ],
    [
      'an employer in the trash',
      async () => {
        await ws.call('companies.delete', { id: companyB });
        return firstBatch();
      },
      { path: ['employers', 1, 'companyId'], key: 'unknownCompany' },
    ],
  ];

  for (const [what, input, issue] of refusals) {
    it(`refuses ${what}`, async () => {
      const value = await input();
      const before = counts();
      const error = await ws.refused('placements.createBatch', value);
      expect(error.code).toBe('VALIDATION');
      expect(error.issues).toContainEqual(issue);
      expect(counts()).toEqual(before);
    });
  }

  it('refuses at the bridge what is not a batch at all (negative, text, missing date)', async () => {
    const before = counts();
    const error = await ws.refused('placements.createBatch', { ...firstBatch(), arrivedOn: undefined, workers: -3, poor: '11' });
    expect(error.code).toBe('VALIDATION');
    expect(error.issues!.map((i) => i.path.join('.')).sort()).toEqual(['arrivedOn', 'poor', 'workers']);
    expect(counts()).toEqual(before);
  });

  it('refuses an edit that goes below what its check-ins already report', async () => {
    const b = await ws.call('placements.createBatch', firstBatch());
    await ws.call('placements.createCheckIn', { checkedOn: '2018-08-01', stillWorking: 24, poor: 10, prefectureId: b.prefectureId, batchId: b.id });
    const before = counts();
    const error = await ws.refused('placements.updateBatch', { id: b.id, batch: firstBatch({ workers: 20, poor: 9, employers: [] }) });
    expect(error.issues).toEqual([
      { path: ['workers'], key: 'workersUnderCheckIn', params: { stillWorking: 24 } },
      { path: ['poor'], key: 'poorUnderCheckIn', params: { poor: 10 } },
    ]);
    const moved = await ws.refused('placements.updateBatch', { id: b.id, batch: firstBatch({ prefectureId: regions.get('迪庆州')!, countyId: null }) });
    expect(moved.issues).toEqual([{ path: ['prefectureId'], key: 'batchHasCheckIns', params: { count: 1 } }]);
    expect(counts()).toEqual(before);
  });
});

describe('retention check-ins', () => {
  it('checks a batch check-in against its batch', async () => {
    const b = await ws.call('placements.createBatch', firstBatch());
    const before = counts();
    const over = await ws.refused('placements.createCheckIn', { checkedOn: '2018-08-01', stillWorking: 27, poor: 12, prefectureId: b.prefectureId, batchId: b.id });
    expect(over.issues).toEqual([
      { path: ['stillWorking'], key: 'stillWorkingOverBatch', params: { workers: 26 } },
      { path: ['poor'], key: 'poorOverBatch', params: { poor: 11 } },
    ]);
    const elsewhere = await ws.refused('placements.createCheckIn', { checkedOn: '2018-08-01', stillWorking: 5, poor: 0, prefectureId: regions.get('迪庆州')!, batchId: b.id });
    expect(elsewhere.issues).toEqual([{ path: ['batchId'], key: 'batchOtherPrefecture', params: { prefecture: '楚雄州' } }]);
    const poorOver = await ws.refused('placements.createCheckIn', { checkedOn: '2018-08-01', stillWorking: 5, poor: 6, prefectureId: b.prefectureId });
    expect(poorOver.issues).toEqual([{ path: ['poor'], key: 'poorOverStillWorking' }]);
    expect(counts()).toEqual(before);
  });

  it('updates and deletes a check-in, audited', async () => {
    const c = await ws.call('placements.createCheckIn', { checkedOn: '2018-10-31', stillWorking: 280, poor: 12, prefectureId: regions.get('楚雄州')! });
    const after = await ws.call('placements.updateCheckIn', { id: c.id, checkIn: { checkedOn: '2018-10-31', stillWorking: 284, poor: 12, prefectureId: c.prefectureId } });
    expect(after).toMatchObject({ stillWorking: 284, prefectureName: '楚雄州', batchId: null });
    await ws.call('placements.deleteCheckIn', { id: c.id });
    expect((await ws.call('placements.list', {})).checkIns).toEqual([]);
    expect(ws.db.prepare("SELECT action FROM audit WHERE entity = 'checkIn' ORDER BY id").all()).toEqual([{ action: 'create' }, { action: 'update' }, { action: 'delete' }]);
  });
});

describe('the figures', () => {
  it('gives the article’s arrivals 26 / 11 and still working 284 / 12', async () => {
    const trip = await chuxiongTrip();
    const b = await ws.call('placements.createBatch', firstBatch({ tripId: trip.id }));
    await ws.call('placements.createCheckIn', { checkedOn: '2018-08-07', stillWorking: 25, poor: 11, prefectureId: b.prefectureId, batchId: b.id });
    await ws.call('placements.createCheckIn', { checkedOn: '2018-10-31', stillWorking: 284, poor: 12, prefectureId: b.prefectureId });
    expect(await ws.call('placements.totals', {})).toEqual({
      batches: 1, arrivals: 26, arrivalsPoor: 11, stillWorking: 284, stillWorkingPoor: 12, latestCheckInOn: '2018-10-31',
    });
    expect(await ws.call('placements.totals', { year: 2018, prefectureId: b.prefectureId })).toMatchObject({ arrivals: 26, stillWorking: 284 });
    // By trip only the batch's own check-ins count: a prefecture-wide figure is not split by trip.
    expect(await ws.call('placements.totals', { tripId: trip.id })).toMatchObject({ arrivals: 26, stillWorking: 25, stillWorkingPoor: 11, latestCheckInOn: '2018-08-07' });
    expect(await ws.call('placements.totals', { year: 2017 })).toEqual({
      batches: 0, arrivals: 0, arrivalsPoor: 0, stillWorking: 0, stillWorkingPoor: 0, latestCheckInOn: null,
    });
    expect(await ws.call('placements.totals', { prefectureId: regions.get('迪庆州')! })).toMatchObject({ arrivals: 0, stillWorking: 0 });
  });

  it('counts a check-in of an earlier year as still telling who stays', async () => {
    await ws.call('placements.createCheckIn', { checkedOn: '2018-10-31', stillWorking: 284, poor: 12, prefectureId: regions.get('楚雄州')! });
    expect(await ws.call('placements.totals', { year: 2019 })).toMatchObject({ arrivals: 0, stillWorking: 284, latestCheckInOn: '2018-10-31' });
    expect((await ws.call('placements.list', { year: 2019 })).checkIns).toEqual([]);
  });

  it('lists batches and check-ins newest first, filtered by year', async () => {
    await ws.call('placements.createBatch', firstBatch());
    await ws.call('placements.createBatch', firstBatch({ arrivedOn: '2019-03-01', workers: 10, poor: 2, employers: [] }));
    await ws.call('placements.createCheckIn', { checkedOn: '2018-10-31', stillWorking: 284, poor: 12, prefectureId: regions.get('楚雄州')! });
    await ws.call('placements.createCheckIn', { checkedOn: '2019-06-30', stillWorking: 290, poor: 14, prefectureId: regions.get('楚雄州')! });
    const all = await ws.call('placements.list', {});
    expect(all.batches.map((b) => b.arrivedOn)).toEqual(['2019-03-01', '2018-07-07']);
    expect(all.checkIns.map((c) => c.checkedOn)).toEqual(['2019-06-30', '2018-10-31']);
    const y2018 = await ws.call('placements.list', { year: 2018 });
    expect(y2018.batches.map((b) => b.arrivedOn)).toEqual(['2018-07-07']);
    expect(y2018.checkIns.map((c) => c.checkedOn)).toEqual(['2018-10-31']);
  });
});
