// Migration 4 on a version-3 file with a company and its signed-off vetting: they come
// through, the job types arrive in the bureau's order, and the company can offer positions.
import { afterEach, describe, expect, it } from 'vitest';
import { changedTables, migrateOneStep, OLD_AT as at, oldId as id } from '../../testing/migrations';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('migration 4 (3 → 4)', () => {
  it('adds job types and positions; an old company can offer a position, within its checks', () => {
    const step = migrateOneStep(
      3,
      `
INSERT INTO staff (id, name, created_at, updated_at) VALUES ('${id(1)}', '王建国', '${at}', '${at}');
INSERT INTO companies (id, name, name_key, name_core, name_sort, tags, status, created_at, updated_at)
  VALUES ('${id(2)}', '南亚新材料科技股份有限公司', 'k', '南亚新材料', 's', '[]', 'approved', '${at}', '${at}');
INSERT INTO vettings (id, company_id, template_version_id, template, verdict, score, signed_off_at, signed_off_by, created_at, updated_at)
  VALUES ('${id(3)}', '${id(2)}', (SELECT id FROM vetting_template_versions), '{}', 'approved', 92.5, '${at}', '${id(1)}', '${at}', '${at}');
`,
    );
    cleanups.push(step.dispose);
    const db = step.db;
    expect(changedTables(step.before, db)).toEqual([]);
    expect(db.prepare('SELECT name, sort_order FROM job_types ORDER BY sort_order').all()).toEqual(
      ['普工', '技工', '仓管', '厨师', '保洁', '服务', '电工', '焊工', '叉车工', '质检员'].map((name, sort_order) => ({ name, sort_order })),
    );

    const position = db.prepare(
      `INSERT INTO positions (id, company_id, job_type_id, title, headcount, pay_min, pay_max, room_included, board_included, suitable_for_rural, created_at, updated_at)
       VALUES (?, '${id(2)}', (SELECT id FROM job_types WHERE name = '普工'), '覆铜板生产操作工', ?, ?, ?, 1, 1, 1, '${at}', '${at}')`,
    );
    position.run(id(10), 30, 5000, 6500);
    expect(() => position.run(id(11), 30, 7000, 6500)).toThrow(/CHECK/); // pay_min above pay_max
    expect(() => position.run(id(12), 0, null, null)).toThrow(/CHECK/); // nobody wanted
    expect(db.prepare('SELECT p.title, j.name FROM positions p JOIN job_types j ON j.id = p.job_type_id').all()).toEqual([{ title: '覆铜板生产操作工', name: '普工' }]);
  });
});
