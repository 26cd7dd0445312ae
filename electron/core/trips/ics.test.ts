// The .ics export read back with a real iCalendar parser (ical.js, as calendar apps
// do): Chinese summaries and places survive, times are Beijing time, lines are folded
// at 75 octets without cutting a character, and every line ends in CRLF.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsFileName, itineraryIcs } from './ics';
import { deqinTrip } from './reportFixture';

const now = new Date('2018-09-01T02:03:04Z');

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return { cal, events: cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('itineraryIcs', () => {
  const text = itineraryIcs(deqinTrip(), { now });
  const { cal, events } = parse(text);

  it('is one VCALENDAR with a VTIMEZONE for Asia/Shanghai and one VEVENT per item, in time order', () => {
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    const tz = cal.getFirstSubcomponent('vtimezone')!;
    expect(tz.getFirstPropertyValue('tzid')).toBe('Asia/Shanghai');
    expect(tz.getFirstSubcomponent('standard')!.getFirstPropertyValue('tzoffsetto')!.toString()).toBe('+08:00');
    expect(events.map((e) => e.uid)).toEqual(['i-fly@liaison-desk', 'i-hotel@liaison-desk', 'i-fair@liaison-desk', 'i-training@liaison-desk']);
  });

  it('keeps Chinese summaries, places and descriptions intact, escaping commas, semicolons, backslashes and line breaks', () => {
    const fair = events.find((e) => e.uid === 'i-fair@liaison-desk')!;
    expect(fair.summary).toBe('招聘会：德钦县专场招聘会; 第一场, 共三场');
    expect(fair.location).toBe('德钦县民族广场');
    expect(fair.description).toBe(
      ['分组：A', '参加人员：王建国、华亭镇<中心>', '参加企业：上海沪工阀门有限公司、大董餐饮 & 管理', '当地联系人：扎西 0887-8412345', '备注：带好横幅', '和宣传册 C:\\资料'].join('\n'),
    );
    expect(events.find((e) => e.uid === 'i-training@liaison-desk')!.location).toBe('德钦县委党校');
    const fly = events.find((e) => e.uid === 'i-fly@liaison-desk')!;
    expect(fly.summary).toBe('行程交通：航班 MU5903：上海虹桥 → 迪庆香格里拉');
    expect(fly.description).toBe('参加人员：王建国、李敏、华亭镇<中心>、陈老师');
    expect(text).toContain('SUMMARY:招聘会：德钦县专场招聘会\\; 第一场\\, 共三场');
  });

  it('puts the county next to a place that does not name it', () => {
    const t = deqinTrip();
    t.items = [{ ...t.items[0]!, place: '县体育馆' }];
    expect(parse(itineraryIcs(t, { now })).events[0]!.location).toBe('县体育馆, 德钦县');
  });

  it('gives times in Beijing time (UTC+8) with the TZID, a DTSTAMP in UTC', () => {
    const fair = events.find((e) => e.uid === 'i-fair@liaison-desk')!;
    expect(fair.startDate.toString()).toBe('2018-09-19T09:00:00');
    expect(fair.startDate.zone.tzid).toBe('Asia/Shanghai');
    expect(fair.startDate.toJSDate().toISOString()).toBe('2018-09-19T01:00:00.000Z');
    expect(fair.endDate.toJSDate().toISOString()).toBe('2018-09-19T04:00:00.000Z');
    expect(text).toContain('DTSTART;TZID=Asia/Shanghai:20180919T090000\r\n');
    expect(text).toContain('DTSTAMP:20180901T020304Z\r\n');
  });

  it('ends every line in CRLF, no line longer than 75 octets, and folds between characters', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true); // the long Chinese description was folded
    expect(text).not.toContain('\uFFFD');
  });

  it('a second export has the same UIDs (calendars update instead of duplicating)', () => {
    expect(parse(itineraryIcs(deqinTrip())).events.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });
});

describe('the pieces', () => {
  it('escapes TEXT values', () => {
    expect(escapeText('a,b;c\\d\r\ne\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
  });

  it('folds at 75 octets, continuation lines at 74 after the space, never inside a 3-octet character', () => {
    const line = `SUMMARY:${'德'.repeat(60)}`; // 8 + 180 octets
    const parts = foldLine(line).split('\r\n');
    expect(parts.map((p) => Buffer.byteLength(p))).toEqual([74, 73, 43]);
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(parts.map((p, n) => (n ? p.slice(1) : p)).join('')).toBe(line);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('names the file after the trip without characters file systems refuse', () => {
    expect(icsFileName({ title: '赴迪庆/德钦: 招聘', startDate: '2018-09-17' })).toBe('赴迪庆_德钦_ 招聘-2018-09-17.ics');
  });
});
