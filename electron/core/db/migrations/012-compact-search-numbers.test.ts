// Migration 12 on a version-11 file whose visit search entries are numbered as migration 9
// first shipped (a day times 2^32, places 2^16 apart): the entries are renumbered a day times
// 2^16, places 16 apart, in the same order, and both indexes find them by their new numbers.
// Entries already numbered so (migration 9 as it ships now) keep their order and numbers.
import { afterEach, describe, expect, it } from 'vitest';
import { changedTables, migrateOneStep, OLD_AT as at, oldId as id } from '../../testing/migrations';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const day = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
/** An entry numbered as migration 9 first shipped (a day times 2^32) or as it ships now (`small`: a day times 2^16). */
const entry = (n: number, visitN: number, date: string, place: number, text: string, small = false) => {
  const old = small ? BigInt(day(date)) * 2n ** 16n + BigInt(place) * 16n : BigInt(day(date)) * 2n ** 32n + BigInt(place) * 2n ** 16n;
  return `INSERT INTO visits (id, company_id, visit_date, created_at, updated_at) VALUES ('${id(visitN)}', '${id(2)}', '${date}', '${at}', '${at}');
INSERT INTO visit_search (n, visit_id, text) VALUES (${old}, '${id(visitN)}', '${text}');
INSERT INTO visit_search_tri (rowid, text) VALUES (${old}, '${text}');
INSERT INTO visit_search_bi (rowid, text) VALUES (${old}, '${text}');`;
};

const VERSION_11_ROWS = `
INSERT INTO companies (id, name, name_key, name_core, name_sort, tags, status, created_at, updated_at)
  VALUES ('${id(2)}', '上海沪工阀门厂（集团）有限公司', 'k', '沪工阀门厂', 's', '[]', 'visited', '${at}', '${at}');
${entry(1, 20, '2018-09-10', 1, '宿舍四人一间')}
${entry(2, 21, '2018-09-12', 1, '包吃包住')}
${entry(3, 22, '2018-09-12', 3, '宿舍四人有空调')}
`;

describe('migration 12 (11 → 12)', () => {
  it('renumbers the visit search entries small and close, in the same order, found by both indexes', () => {
    const step = migrateOneStep(11, VERSION_11_ROWS);
    cleanups.push(step.dispose);
    const db = step.db;
    const entries = db.prepare('SELECT n, visit_id FROM visit_search ORDER BY n').all() as { n: number; visit_id: string }[];
    expect(entries).toEqual([
      { n: day('2018-09-10') * 2 ** 16 + 16, visit_id: id(20) },
      { n: day('2018-09-12') * 2 ** 16 + 16, visit_id: id(21) },
      { n: day('2018-09-12') * 2 ** 16 + 32, visit_id: id(22) },
    ]);
    const tri = db.prepare(`SELECT rowid AS n FROM visit_search_tri WHERE visit_search_tri MATCH '"宿舍四"' ORDER BY rowid`).all();
    expect(tri).toEqual([{ n: entries[0]!.n }, { n: entries[2]!.n }]);
    const bi = db.prepare(`SELECT rowid AS n FROM visit_search_bi WHERE visit_search_bi MATCH '"包吃"' ORDER BY rowid`).all();
    expect(bi).toEqual([{ n: entries[1]!.n }]);
    expect(changedTables(step.before, db, ['visit_search'])).toEqual([]);
  });

  it('keeps entries already numbered small in their order and numbers', () => {
    const rows = `
INSERT INTO companies (id, name, name_key, name_core, name_sort, tags, status, created_at, updated_at)
  VALUES ('${id(2)}', '上海沪工阀门厂（集团）有限公司', 'k', '沪工阀门厂', 's', '[]', 'visited', '${at}', '${at}');
${entry(1, 20, '1965-03-01', 1, '宿舍四人一间', true)}
${entry(2, 21, '2018-09-12', 1, '包吃包住', true)}
${entry(3, 22, '2018-09-12', 2, '宿舍四人有空调', true)}
`;
    const step = migrateOneStep(11, rows);
    cleanups.push(step.dispose);
    const entries = step.db.prepare('SELECT n, visit_id FROM visit_search ORDER BY n').all() as { n: number; visit_id: string }[];
    expect(entries).toEqual([
      { n: day('1965-03-01') * 2 ** 16 + 16, visit_id: id(20) },
      { n: day('2018-09-12') * 2 ** 16 + 16, visit_id: id(21) },
      { n: day('2018-09-12') * 2 ** 16 + 32, visit_id: id(22) },
    ]);
    const tri = step.db.prepare(`SELECT rowid AS n FROM visit_search_tri WHERE visit_search_tri MATCH '"宿舍四"' ORDER BY rowid`).all();
    expect(tri).toEqual([{ n: entries[0]!.n }, { n: entries[2]!.n }]);
  });
});
