// The planning forms refuse what cannot be right (dates upside down, an item ending
// before it starts) with the same message keys the renderer shows.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toFieldIssues } from '../result';
import { delegationMemberInput, itineraryItemInput, localDateTime, tripInput } from './schema';

const A = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const B = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c';

function issuesOf(schema: z.ZodType, input: unknown) {
  const r = schema.safeParse(input, { reportInput: true });
  return r.success ? [] : toFieldIssues(r.error.issues);
}

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
