// The example workspace holds the article, and the dashboard gives back exactly the
// article's figures (../shared/reference/source-article.zh.txt).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../../shared/dashboard/schema';
import { dashboardInput } from '../../../shared/dashboard/schema';
import { formatCount } from '../../../shared/outcomes/counts';
import { dashboard } from '../dashboard/service';
import { type Db, openDb } from '../db/open';
import { keyringIn, tempDir } from '../testing/workspace';
import { getVetting } from '../vetting/service';
import { buildExampleWorkspace } from './build';
import { EXAMPLE_FILE_NAME, EXAMPLE_TAG } from './content';

const TODAY = '2018-09-30';
const zh = (c: Parameters<typeof formatCount>[0]) => formatCount(c, 'zh');

let dir: string;
let file: string;
let db: Db;
let buildMs: number;
const board = (f: { year?: number; prefectureId?: string; tripId?: string } = {}): Dashboard => dashboard(db, dashboardInput.parse({ ...f, today: TODAY }));
const trip = (d: Dashboard, startsWith: string) => d.byTrip.find((t) => t.title.startsWith(startsWith))!;

beforeAll(() => {
  dir = tempDir('liaison-example-');
  file = path.join(dir, EXAMPLE_FILE_NAME);
  const t0 = performance.now();
  buildExampleWorkspace(file, keyringIn(dir));
  buildMs = performance.now() - t0;
  db = openDb(file, { keys: keyringIn(dir).keysFor(file) }).db;
});
afterAll(() => {
  db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('example workspace from the article', () => {
  it('is built in a few seconds', () => {
    expect(buildMs).toBeLessThan(5000);
  });

  it('gives the figures of the first Chuxiong trip (2017-11)', () => {
    const t = trip(board(), '2017年11月');
    expect(t.companies).toBe(23);
    expect(zh(t.positionsOffered)).toBe('1,000余');
    expect(t.positionsFrom).toBe('events');
    expect(zh(t.intentions)).toBe('104');
    expect(t.agreements).toBe(24); // 23 school–enterprise agreements and one labour-export agreement
  });

  it('gives the figures of the second Chuxiong trip (2018-06): 2025 positions from 24 companies, seven county fairs, campus recruitment', () => {
    const t = trip(board(), '2018年6月');
    expect(t.companies).toBe(24);
    expect(zh(t.positionsOffered)).toBe('2,025');
    expect(t.positionsFrom).toBe('headcount');
    expect(zh(t.jobSeekers)).toBe('3,000余');
    expect(zh(t.intentions)).toBe('91');
    expect(zh(t.intentionsPoor)).toBe('29');
    expect(zh(t.hired)).toBe('228');
    expect(t.arrivals).toBe(26);
    expect(t.arrivalsPoor).toBe(11);
    expect(t.agreements).toBe(2);
  });

  it('gives the figures of the Deqin trip (2018-09)', () => {
    const t = trip(board(), '2018年9月');
    expect(t.prefectureName).toBe('迪庆州');
    expect(t.companies).toBe(3);
    expect(zh(t.positionsOffered)).toBe('200余');
    expect(zh(t.jobSeekers)).toBe('400余');
    expect(zh(t.resumes)).toBe('36');
    expect(zh(t.intentions)).toBe('12');
    expect(zh(t.trainees)).toBe('200余');
    expect(t.trainingHours).toBe(3);
  });

  it('gives the 2017 trainees, the arrivals and who still works, by year and in total', () => {
    const d = board();
    const y2017 = d.byYear.find((y) => y.year === 2017)!;
    expect(zh(y2017.trainees)).toBe('300余');
    expect(y2017.trips).toBe(2);
    expect(y2017.stillWorking).toBeNull();
    const y2018 = d.byYear.find((y) => y.year === 2018)!;
    expect([y2018.arrivals, y2018.arrivalsPoor, y2018.stillWorking, y2018.stillWorkingPoor]).toEqual([26, 11, 284, 12]);
    expect(d.totals.trips).toBe(4);
    expect(d.totals.companies).toBe(30); // 23 + 4 new in 2018-06 + the 3 Deqin companies
    expect(zh(d.totals.positionsOffered)).toBe('3,225余');
    expect(zh(d.totals.trainees)).toBe('500余');
    expect(d.totals.agreements).toBe(26);
    expect([d.totals.arrivals, d.totals.arrivalsPoor, d.totals.stillWorking, d.totals.stillWorkingPoor]).toEqual([26, 11, 284, 12]);
    expect(d.latestCheckInOn).toBe('2018-09-30');
    expect(d.funnel.map((f) => zh(f.count))).toEqual(['3,225余', '3,400余', '36', '207', '26', '284']);
  });

  it('filters by year, destination and trip', () => {
    const all = board();
    const chuxiong = all.options.prefectures.find((p) => p.name === '楚雄州')!;
    const byDest = board({ prefectureId: chuxiong.id });
    expect(byDest.byTrip.map((t) => t.prefectureName)).toEqual(['楚雄州', '楚雄州', '楚雄州']);
    expect(byDest.totals.companies).toBe(27);
    expect(zh(byDest.totals.intentions)).toBe('195');
    expect(all.byDestination.map((p) => [p.prefectureName, p.trips])).toEqual([['楚雄州', 3], ['迪庆州', 1]]);
    const y2017 = board({ year: 2017 });
    expect([y2017.totals.trips, y2017.totals.arrivals, y2017.totals.stillWorking, y2017.totals.agreements]).toEqual([2, 0, null, 24]);
    const deqin = trip(all, '2018年9月');
    const one = board({ tripId: deqin.tripId });
    expect(zh(one.totals.intentions)).toBe('12');
    expect(one.totals.stillWorking).toBeNull(); // the prefecture-wide check-in is not any one trip's
  });

  it('marks every invented company and shows the due work', () => {
    const untagged = db.prepare(`SELECT name FROM companies WHERE tags NOT LIKE '%"${EXAMPLE_TAG}"%'`).all();
    expect(untagged).toEqual([]);
    const vetted = db.prepare(
      `SELECT c.name, v.id, v.verdict, v.signed_off_at AS at, v.vetted_on, v.signed_off_on, s.visit_date FROM vettings v JOIN companies c ON c.id = v.company_id JOIN visits s ON s.id = v.visit_id WHERE v.signed_off_at IS NOT NULL ORDER BY c.name`,
    ).all() as { id: string; verdict: string; at: string; vetted_on: string; signed_off_on: string; visit_date: string }[];
    expect(vetted).toHaveLength(3);
    expect(vetted.every((v) => v.verdict === 'approved')).toBe(true);
    // Done and signed off on the day of the pre-trip visit in September 2018, not on the day the example was built.
    expect(vetted.every((v) => v.at.startsWith('2018-09-0'))).toBe(true);
    expect(vetted.map((v) => [v.vetted_on, v.signed_off_on])).toEqual(vetted.map((v) => [v.visit_date, v.visit_date]));
    expect(vetted.map((v) => v.visit_date).sort()).toEqual(['2018-09-03', '2018-09-05', '2018-09-07']);
    // So they expire a year later (the default validity, 12 months), as the app shows them.
    expect(vetted.map((v) => getVetting(db, v.id).expiresOn).sort()).toEqual(['2019-09-03', '2019-09-05', '2019-09-07']);
    // Their answers carry the company's own figures: 沪工's lowest position pays 4800 元, not the minimum wage.
    const pay = db.prepare(`SELECT a.value FROM vetting_answers a JOIN vettings v ON v.id = a.vetting_id JOIN companies c ON c.id = v.company_id WHERE c.name = '上海沪工阀门厂（集团）有限公司' AND a.item_key = 'monthlyPay'`).get() as { value: string };
    expect(JSON.parse(pay.value)).toBe(4800);
    // The example target "2019 年转移就业 100 人" lags its pace on the article's day: 26 arrived, about 41 were due by then.
    expect(board().dueWork).toEqual({ overdueFollowUps: 0, vettingsDue: 0, targetsBehind: 1 });
  });

  it('gives the same figures when built again', () => {
    const again = path.join(dir, 'again.sqlite');
    buildExampleWorkspace(again, keyringIn(dir));
    const other = openDb(again, { keys: keyringIn(dir).keysFor(again) }).db;
    try {
      const strip = (d: Dashboard) => JSON.stringify({ ...d, byTrip: d.byTrip.map(({ tripId: _t, prefectureId: _p, ...r }) => r), byDestination: d.byDestination.map(({ prefectureId: _p, ...r }) => r), options: null });
      expect(strip(dashboard(other, dashboardInput.parse({ today: TODAY })))).toBe(strip(board()));
    } finally {
      other.close();
    }
  });
});
