// Outcomes (成效) of a trip's job fairs, campus recruitment and trainings: saved, read back,
// summed per trip and listed in the ledger. Refused saves change nothing, not even the audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OutcomeInput } from '../../../shared/outcomes/schema';
import type { ItineraryItemInput } from '../../../shared/trips/schema';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';
import * as outcomes from './service';

let ws: TestWorkspace;
let regions: Map<string, string>;

const TABLES = ['event_outcomes', 'event_outcome_companies', 'audit'];
const counts = () => Object.fromEntries(TABLES.map((t) => [t, ws.count(`SELECT count(*) AS n FROM ${t}`)]));
const exact = (value: number) => ({ value, about: false });
const about = (value: number) => ({ value, about: true });

beforeEach(async () => {
  ws = await createTestWorkspace();
  regions = await ws.regionIds();
});
afterEach(() => ws.dispose());

/** The Deqin trip of 2018-09 with two companies, a job fair, a training and a flight. */
async function deqinTrip(startDate = '2018-09-17') {
  const year = startDate.slice(0, 4);
  let t = await ws.call('trips.create', {
    title: `赴德钦专场招聘（${year}）`, prefectureId: regions.get('迪庆州')!, countyIds: [regions.get('德钦县')!], startDate, endDate: `${year}-09-21`,
  });
  const hugong = await ws.createCompany({ name: `上海沪工阀门厂${year}` });
  const dadong = await ws.createCompany({ name: `上海大东塑料制品有限公司${year}` });
  const outsider = await ws.createCompany({ name: `未参加出访的企业${year}` });
  for (const c of [hugong, dadong]) t = await ws.call('trips.setParticipants', { tripId: t.id, companyId: c.id, overrideReason: '测试：尚未审核' });
  const add = async (item: Partial<ItineraryItemInput>) => {
    const known = new Set(t.items.map((i) => i.id));
    t = await ws.call('itinerary.create', { tripId: t.id, item: { kind: 'jobFair', startsAt: `${year}-09-19T09:00`, endsAt: `${year}-09-19T12:00`, ...item } });
    return t.items.find((i) => !known.has(i.id))!.id;
  };
  const fair = await add({ title: '德钦县专场招聘会', countyId: regions.get('德钦县')!, companyIds: [hugong.id, dadong.id] });
  const training = await add({ kind: 'training', title: '职业技能培训', startsAt: `${year}-09-20T14:00`, endsAt: `${year}-09-20T17:00` });
  const flight = await add({
    kind: 'travel', startsAt: `${year}-09-17T08:00`, endsAt: `${year}-09-17T11:00`, travel: { mode: 'flight', number: 'MU5803', from: '上海', to: '丽江' },
  });
  return { trip: t, fair, training, flight, hugong, dadong, outsider };
}

const deqinFigures: OutcomeInput = { jobSeekers: about(400), resumes: exact(36), intentions: exact(12), intentionsPoor: exact(5) };

describe('recording the outcome of an event', () => {
  it('saves, reads back and updates the Deqin job fair, audited', async () => {
    const { fair } = await deqinTrip();
    expect(await ws.call('outcomes.get', { itemId: fair })).toMatchObject({ recorded: false, jobSeekers: null, resumes: null, companies: [], updatedAt: null });

    const saved = await ws.call('outcomes.save', { itemId: fair, outcome: deqinFigures });
    expect(saved).toMatchObject({ recorded: true, kind: 'jobFair', title: '德钦县专场招聘会', countyName: '德钦县', ...deqinFigures, positionsOffered: null, warnings: [] });
    expect(await ws.call('outcomes.get', { itemId: fair })).toEqual(saved);
    expect(ws.count("SELECT count(*) AS n FROM audit WHERE entity = 'eventOutcome' AND action = 'create'")).toBe(1);

    const updated = await ws.call('outcomes.save', { itemId: fair, outcome: { ...deqinFigures, positionsOffered: exact(300), notes: '现场气氛热烈' } });
    expect(updated).toMatchObject({ positionsOffered: exact(300), notes: '现场气氛热烈', jobSeekers: about(400) });
    const audit = await ws.call('audit.list', { entityId: fair, limit: 10 });
    expect(audit[0]).toMatchObject({ entity: 'eventOutcome', action: 'update', changes: { positionsOffered: [null, exact(300)], notes: [null, { changed: true }] } });

    await ws.call('outcomes.clear', { itemId: fair });
    expect(await ws.call('outcomes.get', { itemId: fair })).toMatchObject({ recorded: false, jobSeekers: null });
    expect((await ws.call('audit.list', { entityId: fair, limit: 10 }))[0]).toMatchObject({ action: 'delete' });
  });

  it('records a training with trainees and 3 hours', async () => {
    const { training } = await deqinTrip();
    expect(await ws.call('outcomes.save', { itemId: training, outcome: { trainees: exact(60), trainingHours: 3 } })).toMatchObject({ kind: 'training', trainees: exact(60), trainingHours: 3 });
  });

  it('keeps a per-company split and warns (never refuses) when it does not add up', async () => {
    const { fair, hugong, dadong } = await deqinTrip();
    const split = [
      { companyId: hugong.id, resumes: exact(20), intentions: exact(8), intentionsPoor: exact(3) },
      { companyId: dadong.id, resumes: exact(16), intentions: exact(4), intentionsPoor: exact(2) },
    ];
    const ok = await ws.call('outcomes.save', { itemId: fair, outcome: { ...deqinFigures, companies: split } });
    expect(ok.companies.map((c) => [c.companyName, c.resumes?.value, c.intentions?.value])).toEqual([[hugong.name, 20, 8], [dadong.name, 16, 4]]);
    expect(ok.warnings).toEqual([]);

    const short = await ws.call('outcomes.save', { itemId: fair, outcome: { ...deqinFigures, companies: [split[0]!, { ...split[1]!, resumes: exact(10) }] } });
    expect(short.warnings).toEqual([{ field: 'resumes', event: exact(36), companies: exact(30) }]);
    expect(short.companies).toHaveLength(2);
  });

  it('loses a purged company’s share of the split and then warns; the event’s figures stay', async () => {
    const { fair, hugong, dadong } = await deqinTrip();
    await ws.call('outcomes.save', {
      itemId: fair,
      outcome: { ...deqinFigures, companies: [{ companyId: hugong.id, resumes: exact(20) }, { companyId: dadong.id, resumes: exact(16) }] },
    });
    await ws.call('companies.delete', { id: dadong.id });
    await ws.call('trash.purge', { kind: 'company', id: dadong.id });
    const after = await ws.call('outcomes.get', { itemId: fair });
    expect(after).toMatchObject({ resumes: exact(36), companies: [{ companyId: hugong.id }] });
    expect(after.warnings).toContainEqual({ field: 'resumes', event: exact(36), companies: exact(20) });
  });
});

describe('refusals change nothing', () => {
  it.each([
    ['intentions > résumés', { ...deqinFigures, intentions: exact(50) }, ['intentions'], 'intentionsOverResumes'],
    ['poor > intentions', { ...deqinFigures, intentionsPoor: exact(13) }, ['intentionsPoor'], 'poorOverIntentions'],
    ['a negative number', { ...deqinFigures, resumes: { value: -3, about: false } }, ['outcome', 'resumes', 'value'], 'tooSmall'],
  ] as const)('%s', async (_name, outcome, path, key) => {
    const { fair } = await deqinTrip();
    await ws.call('outcomes.save', { itemId: fair, outcome: deqinFigures });
    const before = counts();
    const e = await ws.refused('outcomes.save', { itemId: fair, outcome });
    expect(e.code).toBe('VALIDATION');
    expect(e.issues).toContainEqual(expect.objectContaining({ path: path[0] === 'outcome' ? path : ['outcome', ...path], key }));
    expect(counts()).toEqual(before);
    expect(await ws.call('outcomes.get', { itemId: fair })).toMatchObject(deqinFigures);
  });

  it('a company not on the trip, at its row of the split', async () => {
    const { fair, hugong, outsider } = await deqinTrip();
    const before = counts();
    const e = await ws.refused('outcomes.save', {
      itemId: fair, outcome: { ...deqinFigures, companies: [{ companyId: hugong.id, resumes: exact(36) }, { companyId: outsider.id, resumes: exact(1) }] },
    });
    expect(e).toMatchObject({ code: 'VALIDATION', key: 'companyNotOnTrip', issues: [{ path: ['companies', 1, 'companyId'], key: 'companyNotOnTrip' }] });
    expect(counts()).toEqual(before);
  });

  it("an item of kind 'travel', and training hours on a job fair", async () => {
    const { fair, flight } = await deqinTrip();
    const before = counts();
    expect(await ws.refused('outcomes.save', { itemId: flight, outcome: deqinFigures })).toMatchObject({ code: 'VALIDATION', key: 'noOutcomeForKind' });
    expect(await ws.refused('outcomes.get', { itemId: flight })).toMatchObject({ key: 'noOutcomeForKind' });
    expect(await ws.refused('outcomes.save', { itemId: fair, outcome: { ...deqinFigures, trainingHours: 3 } })).toMatchObject({
      issues: [{ path: ['trainingHours'], key: 'trainingHoursOnlyForTraining' }],
    });
    expect(counts()).toEqual(before);
  });

  it('an event of a deleted trip, and the core callers held to the schema too', async () => {
    const { trip, fair, training } = await deqinTrip();
    const before = counts();
    expect(() => outcomes.saveOutcome(ws.db, training, { trainees: exact(10), intentions: exact(5), resumes: exact(1) } as never)).toThrow(/VALIDATION/);
    expect(counts()).toEqual(before);
    await ws.call('trips.delete', { id: trip.id });
    expect((await ws.refused('outcomes.save', { itemId: fair, outcome: deqinFigures })).code).toBe('NOT_FOUND');
  });

  it('turning an event with figures into another kind of item (clear the figures first)', async () => {
    const { trip, fair } = await deqinTrip();
    await ws.call('outcomes.save', { itemId: fair, outcome: deqinFigures });
    const item = trip.items.find((i) => i.id === fair)!;
    const { id: _id, countyName: _c, ...asInput } = item;
    const before = counts();
    expect(await ws.refused('itinerary.update', { id: fair, item: { ...asInput, kind: 'seminar' } })).toMatchObject({ issues: [{ path: ['item', 'kind'], key: 'itemHasOutcome' }] });
    expect(counts()).toEqual(before);
    expect((await ws.call('itinerary.update', { id: fair, item: { ...asInput, kind: 'campusRecruitment' } })).items.find((i) => i.id === fair)?.kind).toBe('campusRecruitment');
    await ws.call('outcomes.clear', { itemId: fair });
    await ws.call('itinerary.update', { id: fair, item: { ...asInput, kind: 'seminar' } });
  });

  it('bridge input that is not a count: a string, a missing value, an unknown field', async () => {
    const { fair } = await deqinTrip();
    const before = counts();
    expect((await ws.refused('outcomes.save', { itemId: fair, outcome: { resumes: '36' } })).issues?.[0]?.path).toEqual(['outcome', 'resumes']);
    expect((await ws.refused('outcomes.save', { itemId: fair, outcome: { resumes: { about: true } } })).issues?.[0]).toMatchObject({ path: ['outcome', 'resumes', 'value'], key: 'required' });
    expect((await ws.refused('outcomes.list', { kind: 'travel' })).code).toBe('VALIDATION');
    expect(counts()).toEqual(before);
  });
});

describe('a trip’s outcomes and the ledger', () => {
  it('lists the trip’s events in time order with totals', async () => {
    const { trip, fair, training } = await deqinTrip();
    await ws.call('outcomes.save', { itemId: fair, outcome: deqinFigures });
    await ws.call('outcomes.save', { itemId: training, outcome: { trainees: exact(60), trainingHours: 3 } });
    const t = await ws.call('outcomes.forTrip', { tripId: trip.id });
    expect(t.events.map((e) => [e.kind, e.recorded])).toEqual([['jobFair', true], ['training', true]]);
    expect(t.totals).toMatchObject({ jobSeekers: about(400), resumes: exact(36), intentions: exact(12), intentionsPoor: exact(5), trainees: exact(60), hired: null });
  });

  it('lists every event across trips newest first, filtered by year, prefecture, trip and kind', async () => {
    const a = await deqinTrip('2018-09-17');
    const b = await deqinTrip('2019-09-16');
    await ws.call('outcomes.save', { itemId: a.fair, outcome: deqinFigures });
    await ws.call('outcomes.save', { itemId: b.fair, outcome: { intentions: exact(7) } });
    const all = await ws.call('outcomes.list', {});
    expect(all.map((r) => [r.date, r.kind])).toEqual([['2019-09-20', 'training'], ['2019-09-19', 'jobFair'], ['2018-09-20', 'training'], ['2018-09-19', 'jobFair']]);
    expect(all[3]).toMatchObject({ tripId: a.trip.id, tripTitle: a.trip.title, prefectureName: '迪庆州', countyName: '德钦县', title: '德钦县专场招聘会', recorded: true, ...deqinFigures });
    expect(all[0]).toMatchObject({ recorded: false, trainees: null });
    expect((await ws.call('outcomes.list', { year: 2018 })).map((r) => r.itemId)).toEqual([a.training, a.fair]);
    expect((await ws.call('outcomes.list', { tripId: b.trip.id, kind: 'jobFair' })).map((r) => r.itemId)).toEqual([b.fair]);
    expect(await ws.call('outcomes.list', { prefectureId: regions.get('楚雄州')! })).toEqual([]);
    expect(outcomes.listOutcomes(ws.db, { year: 2019, kind: 'training' }).map((r) => r.itemId)).toEqual([b.training]);
    // A cancelled trip's events did not take place (the dashboard leaves them out too).
    await ws.call('trips.update', { id: b.trip.id, trip: { title: b.trip.title, prefectureId: b.trip.prefectureId, countyIds: b.trip.counties.map((c) => c.id), startDate: b.trip.startDate, endDate: b.trip.endDate, status: 'cancelled' } });
    expect((await ws.call('outcomes.list', {})).map((r) => r.tripId)).toEqual([a.trip.id, a.trip.id]);
    await ws.call('trips.delete', { id: b.trip.id });
    expect((await ws.call('outcomes.list', {})).map((r) => r.tripId)).toEqual([a.trip.id, a.trip.id]);
  });
});
