// Migration 9 on a version-8 file with visits in and out of the trash, of companies in and out
// of the trash, with staff, follow-ups and tags: every row comes through, the new tables of
// totals hold what the records count (as a recount from the records says), and the visits'
// search index is built again in list order with each visit's staff and town.
import { afterEach, describe, expect, it } from 'vitest';
import { changedTables, migrateOneStep, OLD_AT as at, oldId as id } from '../../testing/migrations';
import { recountTagCounts, storedTagCounts } from '../../companies/totals';
import { listVisits } from '../../visits/repository';
import { recountTotals, storedTotals } from '../../visits/totals';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const company = (n: number, name: string, town: string, deleted: boolean, tags: string[] = []) =>
  `INSERT INTO companies (id, name, name_key, name_core, name_sort, town_id, tags, status, created_at, updated_at, deleted_at)
     VALUES ('${id(n)}', '${name}', '${name}', '${name}', '${name}', ${town}, '${JSON.stringify(tags)}', 'visited', '${at}', '${at}', ${deleted ? `'${at}'` : 'NULL'});`;
const visit = (n: number, companyN: number, date: string, deleted: boolean, staff: number[]) =>
  `INSERT INTO visits (id, company_id, visit_date, created_at, updated_at, deleted_at) VALUES ('${id(n)}', '${id(companyN)}', '${date}', '${at}', '${at}', ${deleted ? `'${at}'` : 'NULL'});
   ${staff.map((s) => `INSERT INTO visit_staff (visit_id, staff_id) VALUES ('${id(n)}', '${id(s)}');`).join('\n')}`;
const followUp = (n: number, visitN: number, due: string | null, done: boolean) =>
  `INSERT INTO follow_ups (id, visit_id, what, due_date, done_at, sort_order, created_at, updated_at)
     VALUES ('${id(n)}', '${id(visitN)}', '寄送岗位表', ${due ? `'${due}'` : 'NULL'}, ${done ? `'${at}'` : 'NULL'}, 0, '${at}', '${at}');`;

const TOWN = `(SELECT id FROM lookups WHERE kind = 'town' AND name = '安亭镇')`;
const VERSION_8_ROWS = `
INSERT INTO staff (id, name, created_at, updated_at) VALUES ('${id(1)}', '王建国', '${at}', '${at}'), ('${id(2)}', '李娜', '${at}', '${at}');
${company(10, '沪工阀门', TOWN, false, ['普工', '食宿齐全'])}
${company(11, '嘉定物流', 'NULL', false, ['普工'])}
${company(12, '南翔食品', TOWN, true, ['普工', '厨师'])}
${visit(20, 10, '2018-09-10', false, [1, 2])}
${visit(21, 10, '2018-09-10', true, [1])}
${visit(22, 11, '2018-09-12', false, [1])}
${visit(23, 12, '2018-09-10', false, [2])}
${visit(24, 10, '2018-09-12', false, [2])}
${followUp(30, 20, '2018-09-20', false)}
${followUp(31, 20, '2018-09-21', true)}
${followUp(32, 20, null, false)}
${followUp(33, 21, '2018-09-20', false)}
${followUp(34, 22, '2018-10-01', false)}
${followUp(35, 23, '2018-09-20', false)}
${followUp(36, 24, '2018-09-20', false)}
`;

describe('migration 9 (8 → 9)', () => {
  it('keeps every row and counts the listed visits and open follow-ups into the new tables of totals', () => {
    const step = migrateOneStep(8, VERSION_8_ROWS);
    cleanups.push(step.dispose);
    const db = step.db;
    // Every row comes through; the search index is built again (below).
    expect(changedTables(step.before, db, ['visit_search'])).toEqual([]);

    const town = db.prepare(`SELECT id FROM lookups WHERE kind = 'town' AND name = '安亭镇'`).pluck().get() as string;
    const counts = (facet: string, key: string) =>
      Object.fromEntries((db.prepare('SELECT visit_date, n FROM visit_counts WHERE facet = ? AND key = ? AND n <> 0').all(facet, key) as { visit_date: string; n: number }[]).map((r) => [r.visit_date, r.n]));
    // Visit 21 is in the trash, visit 23's company is: neither counts.
    expect(counts('all', '')).toEqual({ '2018-09-10': 1, '2018-09-12': 2 });
    expect(counts('town', town)).toEqual({ '2018-09-10': 1, '2018-09-12': 1 });
    expect(counts('town', '')).toEqual({ '2018-09-12': 1 });
    expect(counts('staff', id(1))).toEqual({ '2018-09-10': 1, '2018-09-12': 1 });
    expect(counts('staff', id(2))).toEqual({ '2018-09-10': 1, '2018-09-12': 1 });
    expect(counts('staffTown', `${id(1)}/`)).toEqual({ '2018-09-12': 1 });
    expect(counts('staffTown', `${id(2)}/${town}`)).toEqual({ '2018-09-10': 1, '2018-09-12': 1 });
    // Open, due, of a listed visit: 30, 34, 36 (31 is done, 32 has no date, 33 and 35 are of trashed records).
    expect(db.prepare('SELECT due_date, n FROM open_follow_up_counts WHERE n <> 0 ORDER BY due_date').all()).toEqual([
      { due_date: '2018-09-20', n: 2 },
      { due_date: '2018-10-01', n: 1 },
    ]);
    expect(storedTotals(db)).toEqual(recountTotals(db));
    // Companies per tag, those in the trash left out.
    expect(storedTagCounts(db)).toEqual([{ tag: '普工', n: 2 }, { tag: '食宿齐全', n: 1 }]);
    expect(storedTagCounts(db)).toEqual(recountTagCounts(db));
  });

  it('builds the visits\' search index again in list order, with staff and town, for the listed visits only', () => {
    const step = migrateOneStep(8, VERSION_8_ROWS);
    cleanups.push(step.dispose);
    const db = step.db;
    // Visits 20, 22, 24 (not 21, in the trash, nor 23, of a company in the trash), by date then id.
    const entries = db.prepare('SELECT n, visit_id FROM visit_search ORDER BY n').all() as { n: number; visit_id: string }[];
    expect(entries.map((e) => e.visit_id)).toEqual([id(20), id(22), id(24)]);
    const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
    expect(entries.map((e) => e.n)).toEqual([day('2018-09-10') * 2 ** 16 + 16, day('2018-09-12') * 2 ** 16 + 16, day('2018-09-12') * 2 ** 16 + 32]);
    // The app's own search, with its filters, finds them in what the migration wrote.
    const town = db.prepare(`SELECT id FROM lookups WHERE kind = 'town' AND name = '安亭镇'`).pluck().get() as string;
    const found = (input: Parameters<typeof listVisits>[1]) => listVisits(db, input).rows.map((r) => r.id);
    const page = { offset: 0, limit: 100 };
    expect(found({ ...page, query: '沪工阀门' })).toEqual([id(24), id(20)]);
    expect(found({ ...page, query: '沪工阀门', staffId: id(1) })).toEqual([id(20)]);
    expect(found({ ...page, query: '阀门', staffId: id(2), townId: town })).toEqual([id(24), id(20)]);
    expect(found({ ...page, query: '物流', townId: town })).toEqual([]);
    expect(found({ ...page, query: '嘉定物流', from: '2018-09-11' })).toEqual([id(22)]);
    expect(found({ ...page, query: '南翔食品' })).toEqual([]);
  });
});
