// The dashboard through the bridge: an empty workspace, opening the example workspace
// (built into the app's folder, rebuilt on request even while open), bad filters refused.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../../shared/dashboard/schema';
import { formatCount } from '../../../shared/outcomes/counts';
import { EXAMPLE_FILE_NAME } from '../example/content';
import { type TestWorkspace, createTestWorkspace } from '../testing/workspace';

let ws: TestWorkspace;
afterEach(() => ws?.dispose());

describe('dashboard.get', () => {
  it('shows an empty workspace as empty: nothing counted is not zero', async () => {
    ws = await createTestWorkspace();
    const d = (await ws.call('dashboard.get', { today: '2026-01-05' })) as Dashboard;
    expect(d.hasRecords).toBe(false);
    expect(d.totals).toMatchObject({ trips: 0, companies: 0, positionsOffered: null, intentions: null, arrivals: 0, stillWorking: null });
    expect(d.byTrip).toEqual([]);
    expect(d.funnel.map((f) => f.count)).toEqual([null, null, null, null, { value: 0, about: false }, null]);
  });

  it('refuses a malformed filter', async () => {
    ws = await createTestWorkspace();
    expect((await ws.refused('dashboard.get', { today: '2026-13-40' })).code).toBe('VALIDATION');
    expect((await ws.refused('dashboard.get', { today: '2026-01-05', year: 'last' })).code).toBe('VALIDATION');
  });
});

/** A small workspace: one Chuxiong trip (2019-12-29..2020-01-02) with a company bringing 50 jobs and a job fair on each side of New Year. */
async function seed() {
  ws = await createTestWorkspace();
  const regions = await ws.call('regions.list', {});
  const cx = regions.find((p) => p.name === '楚雄州')!;
  const county = cx.counties.find((c) => c.name === '双柏县')!;
  const company = await ws.createCompany({ name: '上海规则测试有限公司' });
  const jobTypes = await ws.call('jobTypes.list', {});
  const position = await ws.call('positions.create', { companyId: company.id, jobTypeId: jobTypes[0]!.id, title: '普工', headcount: 50 });
  let trip = await ws.call('trips.create', { title: '跨年出访', prefectureId: cx.id, countyIds: [county.id], startDate: '2019-12-29', endDate: '2020-01-02', status: 'done' });
  trip = await ws.call('trips.setParticipants', { tripId: trip.id, companyId: company.id, positionIds: [position.id], overrideReason: '测试' });
  for (const day of ['2019-12-30', '2020-01-02']) {
    trip = await ws.call('itinerary.create', { tripId: trip.id, item: { kind: 'jobFair', title: `招聘会 ${day}`, countyId: county.id, startsAt: `${day}T09:00`, endsAt: `${day}T12:00`, companyIds: [company.id] } });
  }
  const fairs = trip.items.map((i) => i.id);
  const board = async (f: { year?: number; tripId?: string } = {}) => (await ws.call('dashboard.get', { ...f, today: '2020-06-30' })) as Dashboard;
  return { trip, fairs, cx, board };
}

describe('dashboard rules', () => {
  it("takes a trip's positions from its events when any records them, otherwise from its companies' headcount", async () => {
    const { fairs, board } = await seed();
    await ws.call('outcomes.save', { itemId: fairs[0]!, outcome: { jobSeekers: { value: 120, about: true }, intentions: { value: 9 } } });
    let d = await board();
    expect([d.byTrip[0]!.positionsFrom, formatCount(d.totals.positionsOffered, 'zh')]).toEqual(['headcount', '50']);
    await ws.call('outcomes.save', { itemId: fairs[1]!, outcome: { positionsOffered: { value: 80, about: true } } });
    d = await board();
    expect([d.byTrip[0]!.positionsFrom, formatCount(d.totals.positionsOffered, 'zh')]).toEqual(['events', '80余']);
  });

  it("counts events in their own year, the trip and its companies in its start year", async () => {
    const { fairs, board } = await seed();
    await ws.call('outcomes.save', { itemId: fairs[0]!, outcome: { intentions: { value: 9 } } });
    await ws.call('outcomes.save', { itemId: fairs[1]!, outcome: { intentions: { value: 4 } } });
    const y2019 = await board({ year: 2019 });
    const y2020 = await board({ year: 2020 });
    expect([y2019.totals.trips, y2019.totals.companies, formatCount(y2019.totals.intentions, 'zh')]).toEqual([1, 1, '9']);
    expect([y2020.totals.trips, y2020.totals.companies, formatCount(y2020.totals.intentions, 'zh')]).toEqual([0, 0, '4']);
    expect((await board()).byYear.map((y) => [y.year, y.intentions?.value])).toEqual([[2019, 9], [2020, 4]]);
  });

  it('counts still working from the latest check-in up to the end of the year in scope', async () => {
    const { cx, board, trip } = await seed();
    await ws.call('placements.createBatch', { arrivedOn: '2020-01-10', workers: 10, poor: 3, prefectureId: cx.id, tripId: trip.id });
    await ws.call('placements.createCheckIn', { checkedOn: '2019-12-31', stillWorking: 40, poor: 5, prefectureId: cx.id });
    await ws.call('placements.createCheckIn', { checkedOn: '2020-03-31', stillWorking: 48, poor: 7, prefectureId: cx.id });
    expect([(await board({ year: 2019 })).totals.stillWorking, (await board({ year: 2020 })).totals.stillWorking, (await board()).totals.stillWorking]).toEqual([40, 48, 48]);
    expect([(await board({ year: 2019 })).totals.arrivals, (await board({ year: 2020 })).totals.arrivalsPoor]).toEqual([0, 3]);
    // A prefecture-wide check-in belongs to no trip: the trip's row has arrivals but no one "still working".
    expect((await board({ tripId: trip.id })).totals).toMatchObject({ arrivals: 10, stillWorking: null });
  });

  it('leaves out cancelled and deleted trips', async () => {
    const { trip, fairs, board } = await seed();
    await ws.call('outcomes.save', { itemId: fairs[0]!, outcome: { intentions: { value: 9 } } });
    await ws.call('trips.update', { id: trip.id, trip: { title: trip.title, prefectureId: trip.prefectureId, countyIds: trip.counties.map((c) => c.id), startDate: trip.startDate, endDate: trip.endDate, status: 'cancelled' } });
    expect((await board()).totals).toMatchObject({ trips: 0, companies: 0, intentions: null, positionsOffered: null });
    await ws.call('trips.update', { id: trip.id, trip: { title: trip.title, prefectureId: trip.prefectureId, countyIds: trip.counties.map((c) => c.id), startDate: trip.startDate, endDate: trip.endDate, status: 'done' } });
    expect((await board()).totals.trips).toBe(1);
    await ws.call('trips.delete', { id: trip.id });
    expect((await board()).totals).toMatchObject({ trips: 0, intentions: null });
  });
});

describe('workspace.openExample', () => {
  it('builds the example in the app folder, opens it, and rebuilds it on request while it is open', async () => {
    ws = await createTestWorkspace();
    const info = (await ws.call('workspace.openExample', {}))!;
    expect(info.name).toBe('示例工作区（嘉定援滇）');
    expect(info.path).toBe(path.join(ws.dir, EXAMPLE_FILE_NAME));
    const d = (await ws.call('dashboard.get', { today: '2018-09-30' })) as Dashboard;
    expect(formatCount(d.totals.intentions, 'zh')).toBe('207');

    // A change to the example, then "rebuild": the article's figures come back.
    const extra = d.byTrip[0]!;
    await ws.call('trips.delete', { id: extra.tripId });
    expect(((await ws.call('dashboard.get', { today: '2018-09-30' })) as Dashboard).totals.trips).toBe(3);
    await ws.call('workspace.openExample', {}); // not rebuilt: the user's change stays
    expect(((await ws.call('dashboard.get', { today: '2018-09-30' })) as Dashboard).totals.trips).toBe(3);
    await ws.call('workspace.openExample', { rebuild: true });
    expect(((await ws.call('dashboard.get', { today: '2018-09-30' })) as Dashboard).totals.trips).toBe(4);
    expect(fs.readdirSync(ws.dir).filter((f) => f.endsWith('.building'))).toEqual([]);
  });
});
