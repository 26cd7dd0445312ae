// The planning forms refuse what cannot be right (a headcount of -3, pay upside down,
// an item ending before it starts) with the same message keys the renderer shows.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toFieldIssues } from '../result';
import { delegationMemberInput, itineraryItemInput, localDateTime, positionInput, tripInput } from './schema';

const A = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const B = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c';

function issuesOf(schema: z.ZodType, input: unknown) {
  const r = schema.safeParse(input, { reportInput: true });
  return r.success ? [] : toFieldIssues(r.error.issues);
}

describe('position input', () => {
  const base = { companyId: A, jobTypeId: B, title: '数控车床操作工', headcount: 20, payMin: 5000, payMax: 7000 };

  it('accepts a position and fills the defaults', () => {
    const v = positionInput.parse(base);
    expect(v).toMatchObject({ headcount: 20, roomIncluded: false, boardIncluded: false, suitableForRural: true, education: null, ageMin: null, validFrom: null });
  });

  it('refuses a headcount of -3 or 0 and a fraction', () => {
    expect(issuesOf(positionInput, { ...base, headcount: -3 })).toEqual([{ path: ['headcount'], key: 'tooSmall', params: { minimum: 1 } }]);
    expect(issuesOf(positionInput, { ...base, headcount: 0 })[0]?.key).toBe('tooSmall');
    expect(issuesOf(positionInput, { ...base, headcount: 2.5 })[0]?.path).toEqual(['headcount']);
  });

  it('refuses a pay range upside down, on the upper limit', () => {
    expect(issuesOf(positionInput, { ...base, payMin: 7000, payMax: 5000 })).toEqual([{ path: ['payMax'], key: 'payRangeUpsideDown' }]);
    expect(issuesOf(positionInput, { ...base, payMin: 6000, payMax: 6000 })).toEqual([]);
    expect(issuesOf(positionInput, { ...base, payMin: 6000, payMax: null })).toEqual([]);
  });

  it('refuses an age range upside down and an age under 16', () => {
    expect(issuesOf(positionInput, { ...base, ageMin: 45, ageMax: 18 })).toEqual([{ path: ['ageMax'], key: 'ageRangeUpsideDown' }]);
    expect(issuesOf(positionInput, { ...base, ageMin: 15 })[0]).toMatchObject({ path: ['ageMin'], key: 'tooSmall' });
  });

  it('refuses valid-to before valid-from', () => {
    expect(issuesOf(positionInput, { ...base, validFrom: '2018-09-01', validTo: '2018-08-31' })).toEqual([{ path: ['validTo'], key: 'dateRangeUpsideDown' }]);
  });
});

describe('trip input', () => {
  const deqin = { title: '赴德钦县专场招聘', prefectureId: A, countyIds: [B], startDate: '2018-09-17', endDate: '2018-09-21' };

  it('accepts the Deqin trip, planning by default', () => {
    expect(tripInput.parse(deqin)).toMatchObject({ status: 'planning', purpose: null, notes: null });
  });

  it('needs a county and dates in order', () => {
    expect(issuesOf(tripInput, { ...deqin, countyIds: [] })[0]).toMatchObject({ path: ['countyIds'], key: 'tooFewItems' });
    expect(issuesOf(tripInput, { ...deqin, endDate: '2018-09-16' })).toEqual([{ path: ['endDate'], key: 'dateRangeUpsideDown' }]);
    expect(issuesOf(tripInput, { ...deqin, status: 'postponed' })[0]).toMatchObject({ path: ['status'], key: 'invalidValue' });
  });
});

describe('delegation member input', () => {
  it('takes a name and one of the six roles', () => {
    expect(delegationMemberInput.parse({ name: '华亭镇劳动保障服务中心主任', role: 'townCentre' })).toMatchObject({ organisation: null, contactId: null, staffId: null });
    expect(issuesOf(delegationMemberInput, { name: '某人', role: 'tourist' })[0]?.path).toEqual(['role']);
  });
});

describe('itinerary item input', () => {
  const fair = { kind: 'jobFair', startsAt: '2018-09-19T09:00', endsAt: '2018-09-19T12:00', place: '德钦县民族广场', memberIds: [A], companyIds: [B] };

  it('accepts a job fair and a flight', () => {
    expect(itineraryItemInput.parse(fair)).toMatchObject({ travel: null, track: null, countyId: null });
    const flight = { kind: 'travel', startsAt: '2018-09-17T07:30', endsAt: '2018-09-17T11:45', travel: { mode: 'flight', number: 'MU5803', from: '上海虹桥', to: '迪庆香格里拉' } };
    expect(itineraryItemInput.parse(flight).travel).toEqual({ mode: 'flight', number: 'MU5803', from: '上海虹桥', to: '迪庆香格里拉' });
  });

  it('refuses an end before or at the start', () => {
    expect(issuesOf(itineraryItemInput, { ...fair, endsAt: '2018-09-19T08:00' })).toEqual([{ path: ['endsAt'], key: 'endBeforeStart' }]);
    expect(issuesOf(itineraryItemInput, { ...fair, endsAt: fair.startsAt })).toEqual([{ path: ['endsAt'], key: 'endBeforeStart' }]);
  });

  it('needs the route of a travel leg, and only of a travel leg', () => {
    expect(issuesOf(itineraryItemInput, { ...fair, kind: 'travel' })).toEqual([{ path: ['travel'], key: 'travelDetailsRequired' }]);
    expect(issuesOf(itineraryItemInput, { ...fair, travel: { mode: 'car', from: '德钦', to: '奔子栏' } })).toEqual([{ path: ['travel'], key: 'travelDetailsOnlyForTravel' }]);
  });

  it('refuses a date-time that does not exist or has the wrong shape', () => {
    for (const bad of ['2018-02-29T09:00', '2018-09-19T24:00', '2018-09-19 09:00', '2018-09-19T9:00', '2018-09-19']) {
      expect(issuesOf(localDateTime, bad)[0]?.key).toBe('invalidDateTime');
    }
    expect(localDateTime.parse('2020-02-29T23:59')).toBe('2020-02-29T23:59');
  });
});
