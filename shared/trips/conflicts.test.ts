// Itinerary warnings with the article's two trips: Deqin, 17–21 September 2018
// (flight, job fair at 德钦县民族广场 in the morning, training at 德钦县委党校 in the
// afternoon), and the seven same-day job fairs of 27 June 2018 in Chuxiong's counties,
// each with its own people: parallel tracks are the plan, not a conflict.
import { describe, expect, it } from 'vitest';
import { type ConflictItem, itemsOfMember, itineraryWarnings, warningsFor } from './conflicts';

const deqinTrip = { startDate: '2018-09-17', endDate: '2018-09-21' };

// People: bureau staff 王, 李; the head of 华亭镇劳动保障服务中心 (华亭); two teachers of 上海市大众工业学校; three company reps.
const deqin: ConflictItem[] = [
  { id: 'fly-in', kind: 'travel', startsAt: '2018-09-17T07:30', endsAt: '2018-09-17T11:45', memberIds: ['王', '李', '华亭', '师1', '师2', '沪工', '大董', '南亚'], companyIds: [] },
  { id: 'hotel', kind: 'lodging', startsAt: '2018-09-17T14:00', endsAt: '2018-09-21T08:00', memberIds: ['王', '李', '华亭', '师1', '师2', '沪工', '大董', '南亚'], companyIds: [] },
  { id: 'seminar', kind: 'seminar', startsAt: '2018-09-18T09:00', endsAt: '2018-09-18T11:30', memberIds: ['王', '李', '华亭'], companyIds: [] },
  { id: 'fair', kind: 'jobFair', startsAt: '2018-09-19T09:00', endsAt: '2018-09-19T12:00', memberIds: ['王', '华亭', '沪工', '大董', '南亚'], companyIds: ['沪工阀门', '大董餐饮', '南亚新材料'] },
  { id: 'training', kind: 'training', startsAt: '2018-09-19T14:00', endsAt: '2018-09-19T17:00', memberIds: ['李', '师1', '师2'], companyIds: [] },
  { id: 'fly-out', kind: 'travel', startsAt: '2018-09-21T12:10', endsAt: '2018-09-21T17:05', memberIds: ['王', '李', '华亭', '师1', '师2', '沪工', '大董', '南亚'], companyIds: [] },
];

describe('itinerary warnings', () => {
  it('the Deqin trip as it happened has none (the hotel spans the days without clashing)', () => {
    expect(itineraryWarnings(deqinTrip, deqin)).toEqual([]);
  });

  it('a person in two overlapping items, naming both items and the person', () => {
    const items = deqin.map((i) => (i.id === 'training' ? { ...i, startsAt: '2018-09-19T11:00', memberIds: [...i.memberIds, '王'] } : i));
    expect(itineraryWarnings(deqinTrip, items)).toEqual([{ kind: 'overlap', itemIds: ['fair', 'training'], memberIds: ['王'] }]);
  });

  it('items that only touch (one ends as the next starts) do not overlap', () => {
    const items = deqin.map((i) => (i.id === 'training' ? { ...i, startsAt: '2018-09-19T12:00', memberIds: ['王', '李'] } : i));
    expect(itineraryWarnings(deqinTrip, items)).toEqual([]);
  });

  it('lists every shared person once', () => {
    const items: ConflictItem[] = [
      { id: 'a', kind: 'seminar', startsAt: '2018-09-18T09:00', endsAt: '2018-09-18T11:00', memberIds: ['王', '李', '王'], companyIds: [] },
      { id: 'b', kind: 'siteVisit', startsAt: '2018-09-18T10:00', endsAt: '2018-09-18T12:00', memberIds: ['李', '王'], companyIds: [] },
    ];
    expect(itineraryWarnings(deqinTrip, items)).toEqual([{ kind: 'overlap', itemIds: ['a', 'b'], memberIds: ['王', '李'] }]);
  });

  it('an item outside the trip dates, at either end; ending at midnight after the last day is inside', () => {
    const items: ConflictItem[] = [
      { id: 'early', kind: 'other', startsAt: '2018-09-16T20:00', endsAt: '2018-09-16T21:00', memberIds: ['王'], companyIds: [] },
      { id: 'late', kind: 'other', startsAt: '2018-09-21T23:00', endsAt: '2018-09-22T01:00', memberIds: [], companyIds: [] },
      { id: 'midnight', kind: 'other', startsAt: '2018-09-21T22:00', endsAt: '2018-09-22T00:00', memberIds: [], companyIds: [] },
      { id: 'first', kind: 'other', startsAt: '2018-09-17T00:00', endsAt: '2018-09-17T01:00', memberIds: [], companyIds: [] },
    ];
    expect(itineraryWarnings(deqinTrip, items)).toEqual([
      { kind: 'outsideTrip', itemIds: ['early'], memberIds: ['王'] },
      { kind: 'outsideTrip', itemIds: ['late'], memberIds: [] },
    ]);
  });

  it('a travel leg that arrives after the next item of its travellers has started', () => {
    const items = deqin.map((i) => (i.id === 'fly-in' ? { ...i, startsAt: '2018-09-18T07:30', endsAt: '2018-09-18T11:45' } : i));
    // The seminar at 09:00 starts before 王, 李 and 华亭 land; nobody else is at it.
    expect(itineraryWarnings(deqinTrip, items)).toEqual([{ kind: 'arrivesLate', itemIds: ['fly-in', 'seminar'], memberIds: ['王', '李', '华亭'] }]);
  });

  it('a travel leg leaving at the same moment an item starts arrives late for it, whatever the order given', () => {
    const items: ConflictItem[] = [
      { id: 'fair', kind: 'jobFair', startsAt: '2018-09-19T09:00', endsAt: '2018-09-19T10:00', memberIds: ['王'], companyIds: ['沪工阀门'] },
      { id: 'car', kind: 'travel', startsAt: '2018-09-19T09:00', endsAt: '2018-09-19T11:00', memberIds: ['王'], companyIds: [] },
    ];
    expect(itineraryWarnings(deqinTrip, items)).toEqual([{ kind: 'arrivesLate', itemIds: ['car', 'fair'], memberIds: ['王'] }]);
  });

  it('leaving an item before it ends to travel is an overlap, not a late arrival', () => {
    const items: ConflictItem[] = [
      { id: 'seminar', kind: 'seminar', startsAt: '2018-09-20T08:00', endsAt: '2018-09-20T10:00', memberIds: ['王'], companyIds: [] },
      { id: 'car', kind: 'travel', startsAt: '2018-09-20T09:30', endsAt: '2018-09-20T13:00', memberIds: ['王'], companyIds: [] },
    ];
    expect(itineraryWarnings(deqinTrip, items)).toEqual([{ kind: 'overlap', itemIds: ['seminar', 'car'], memberIds: ['王'] }]);
  });

  it('a job fair with no participating company', () => {
    const items = deqin.map((i) => (i.id === 'fair' ? { ...i, companyIds: [] } : i));
    expect(itineraryWarnings(deqinTrip, items)).toEqual([{ kind: 'jobFairWithoutCompany', itemIds: ['fair'], memberIds: ['王', '华亭', '沪工', '大董', '南亚'] }]);
  });

  it('orders warnings by the items they are about and filters them per person', () => {
    const items = deqin.map((i) =>
      i.id === 'fair' ? { ...i, companyIds: [] } : i.id === 'seminar' ? { ...i, startsAt: '2018-09-16T09:00', endsAt: '2018-09-16T11:30' } : i.id === 'training' ? { ...i, startsAt: '2018-09-19T10:00', memberIds: ['王'] } : i,
    );
    const all = itineraryWarnings(deqinTrip, items);
    expect(all.map((w) => [w.kind, ...w.itemIds])).toEqual([
      ['outsideTrip', 'seminar'],
      ['jobFairWithoutCompany', 'fair'],
      ['overlap', 'fair', 'training'],
    ]);
    expect(warningsFor(all, '李').map((w) => w.kind)).toEqual(['outsideTrip']);
    expect(warningsFor(all, '大董').map((w) => w.kind)).toEqual(['jobFairWithoutCompany']);
  });

  it('knows which items a member is still on', () => {
    expect(itemsOfMember(deqin, '师1').map((i) => i.id)).toEqual(['fly-in', 'hotel', 'training', 'fly-out']);
    expect(itemsOfMember(deqin, '没人')).toEqual([]);
  });
});

describe('the seven job fairs of 27 June 2018 in Chuxiong', () => {
  const trip = { startDate: '2018-06-25', endDate: '2018-06-29' };
  const counties = ['双柏县', '牟定县', '南华县', '姚安县', '大姚县', '永仁县', '武定县'];
  // Each county: a bureau staff member, a town-centre head and two company reps of their own.
  const fairs: ConflictItem[] = counties.map((c, n) => ({
    id: `fair-${c}`,
    kind: 'jobFair',
    startsAt: '2018-06-27T09:00',
    endsAt: '2018-06-27T12:30',
    memberIds: [`staff-${n}`, `centre-${n}`, `rep-${2 * n}`, `rep-${2 * n + 1}`],
    companyIds: [`company-${2 * n}`, `company-${2 * n + 1}`],
  }));
  const cars: ConflictItem[] = counties.map((c, n) => ({
    id: `car-${c}`,
    kind: 'travel',
    startsAt: '2018-06-27T06:30',
    endsAt: '2018-06-27T08:30',
    memberIds: fairs[n]!.memberIds,
    companyIds: [],
  }));

  it('parallel tracks with different people do not warn', () => {
    expect(itineraryWarnings(trip, [...cars, ...fairs])).toEqual([]);
  });

  it('one person put on two counties’ fairs is the only warning', () => {
    const items = fairs.map((f) => (f.id === 'fair-南华县' ? { ...f, memberIds: [...f.memberIds, 'staff-0'] } : f));
    expect(itineraryWarnings(trip, [...cars, ...items])).toEqual([
      // 双柏县's car arrives at 08:30; 南华县's fair starts at 09:00, but 南华县's own car (with staff-0 not on it) is no concern of the fair.
      { kind: 'overlap', itemIds: ['fair-双柏县', 'fair-南华县'], memberIds: ['staff-0'] },
    ]);
  });

  it('a car that arrives at 09:30 is late for its own county’s fair only', () => {
    const items = cars.map((c) => (c.id === 'car-武定县' ? { ...c, endsAt: '2018-06-27T09:30' } : c));
    expect(itineraryWarnings(trip, [...items, ...fairs])).toEqual([
      { kind: 'arrivesLate', itemIds: ['car-武定县', 'fair-武定县'], memberIds: fairs[6]!.memberIds },
    ]);
  });
});
