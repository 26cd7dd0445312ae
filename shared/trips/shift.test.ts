// Copying a trip moves every item by whole days: times of day and the day structure stay.
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, daysBetween, shiftDateTime, shiftTrip } from './shift';

const tz = process.env.TZ;
afterEach(() => {
  process.env.TZ = tz;
});

describe('day arithmetic', () => {
  it('adds days across month and year ends and leap days', () => {
    expect(addDays('2018-09-21', 1)).toBe('2018-09-22');
    expect(addDays('2018-09-30', 1)).toBe('2018-10-01');
    expect(addDays('2018-12-31', 1)).toBe('2019-01-01');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2019-02-28', 1)).toBe('2019-03-01');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
    expect(addDays('2019-01-01', -1)).toBe('2018-12-31');
  });

  it('counts whole days between dates, either way', () => {
    expect(daysBetween('2018-09-17', '2019-09-16')).toBe(364);
    expect(daysBetween('2020-02-01', '2020-03-01')).toBe(29);
    expect(daysBetween('2019-02-01', '2019-03-01')).toBe(28);
    expect(daysBetween('2018-09-17', '2018-06-25')).toBe(-84);
  });

  it('keeps the time of day, whatever the machine’s zone and its daylight saving', () => {
    for (const zone of ['Asia/Shanghai', 'Europe/Berlin', 'America/New_York']) {
      process.env.TZ = zone;
      expect(shiftDateTime('2018-03-10T02:30', 1)).toBe('2018-03-11T02:30');
      expect(shiftDateTime('2018-10-27T23:59', 2)).toBe('2018-10-29T23:59');
    }
  });
});

describe('copying a trip to new dates', () => {
  const deqin = { startDate: '2018-09-17', endDate: '2018-09-21' };
  const items = [
    { id: 'fly-in', startsAt: '2018-09-17T07:30', endsAt: '2018-09-17T11:45', place: '迪庆香格里拉机场' },
    { id: 'hotel', startsAt: '2018-09-17T14:00', endsAt: '2018-09-21T08:00', place: '德钦县' },
    { id: 'fair', startsAt: '2018-09-19T09:00', endsAt: '2018-09-19T12:00', place: '德钦县民族广场' },
    { id: 'training', startsAt: '2018-09-19T14:00', endsAt: '2018-09-19T17:00', place: '德钦县委党校' },
  ];

  it('moves the dates and every item by the same days, keeping the other fields', () => {
    const copy = shiftTrip(deqin, items, '2019-09-16');
    expect(copy.days).toBe(364);
    expect(copy.startDate).toBe('2019-09-16');
    expect(copy.endDate).toBe('2019-09-20');
    expect(copy.items[2]).toEqual({ id: 'fair', startsAt: '2019-09-18T09:00', endsAt: '2019-09-18T12:00', place: '德钦县民族广场' });
    expect(copy.items[1]).toMatchObject({ startsAt: '2019-09-16T14:00', endsAt: '2019-09-20T08:00' });
    expect(items[2]!.startsAt).toBe('2018-09-19T09:00'); // the original is left alone
  });

  it('crosses a month end and a year end', () => {
    const copy = shiftTrip(deqin, items, '2018-12-29');
    expect(copy.endDate).toBe('2019-01-02');
    expect(copy.items.map((i) => i.startsAt)).toEqual(['2018-12-29T07:30', '2018-12-29T14:00', '2018-12-31T09:00', '2018-12-31T14:00']);
    expect(copy.items[1]!.endsAt).toBe('2019-01-02T08:00');
    expect(shiftTrip(deqin, items, '2018-10-30').items[2]!.startsAt).toBe('2018-11-01T09:00');
  });

  it('passes through a leap day and keeps the day structure', () => {
    const copy = shiftTrip(deqin, items, '2020-02-27');
    expect(copy.endDate).toBe('2020-03-02');
    expect(copy.items[2]!.startsAt).toBe('2020-02-29T09:00');
    expect(copy.items[1]!.endsAt).toBe('2020-03-02T08:00');
    const noLeap = shiftTrip(deqin, items, '2019-02-27');
    expect(noLeap.items[2]!.startsAt).toBe('2019-03-01T09:00');
    expect(noLeap.endDate).toBe('2019-03-03');
  });

  it('moves backwards too, and an empty itinerary is fine', () => {
    const copy = shiftTrip(deqin, items, '2018-06-25');
    expect(copy.days).toBe(-84);
    expect(copy.items[0]!.startsAt).toBe('2018-06-25T07:30');
    expect(shiftTrip(deqin, [], '2018-09-17')).toEqual({ days: 0, startDate: '2018-09-17', endDate: '2018-09-21', items: [] });
  });
});
