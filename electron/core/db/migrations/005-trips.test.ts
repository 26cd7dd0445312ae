// Migration 5 on a version-4 file with staff, a company, its contact and its position: they
// come through, the partner regions arrive, and a trip can take them along.
import { afterEach, describe, expect, it } from 'vitest';
import { changedTables, migrateOneStep, OLD_AT as at, oldId as id } from '../../testing/migrations';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('migration 5 (4 → 5)', () => {
  it('adds regions, trips and the itinerary; a trip can bring old companies, positions, contacts and staff', () => {
    const step = migrateOneStep(
      4,
      `
INSERT INTO staff (id, name, created_at, updated_at) VALUES ('${id(1)}', '王建国', '${at}', '${at}');
INSERT INTO companies (id, name, name_key, name_core, name_sort, tags, status, created_at, updated_at)
  VALUES ('${id(2)}', '南亚新材料科技股份有限公司', 'k', '南亚新材料', 's', '[]', 'approved', '${at}', '${at}');
INSERT INTO contacts (id, company_id, name, role, sort_order, created_at, updated_at) VALUES ('${id(3)}', '${id(2)}', '陈美华', '人事经理', 0, '${at}', '${at}');
INSERT INTO positions (id, company_id, job_type_id, title, headcount, room_included, board_included, suitable_for_rural, created_at, updated_at)
  VALUES ('${id(4)}', '${id(2)}', (SELECT id FROM job_types WHERE name = '普工'), '操作工', 30, 1, 1, 1, '${at}', '${at}');
`,
    );
    cleanups.push(step.dispose);
    const db = step.db;
    expect(changedTables(step.before, db)).toEqual([]);
    expect(db.prepare('SELECT p.name AS prefecture, c.name AS county FROM counties c JOIN prefectures p ON p.id = c.prefecture_id ORDER BY p.sort_order, c.sort_order').all()).toEqual([
      ...['楚雄市', '双柏县', '牟定县', '南华县', '姚安县', '大姚县', '永仁县', '元谋县', '武定县', '禄丰县'].map((county) => ({ prefecture: '楚雄州', county })),
      ...['德钦县', '香格里拉市', '维西县'].map((county) => ({ prefecture: '迪庆州', county })),
    ]);

    db.exec(`
INSERT INTO trips (id, title, prefecture_id, start_date, end_date, status, created_at, updated_at)
  VALUES ('${id(10)}', '赴迪庆州德钦县开展专场招聘', (SELECT id FROM prefectures WHERE name = '迪庆州'), '2018-09-17', '2018-09-21', 'planning', '${at}', '${at}');
INSERT INTO trip_counties (trip_id, county_id, sort_order) VALUES ('${id(10)}', (SELECT id FROM counties WHERE name = '德钦县'), 0);
INSERT INTO trip_members (id, trip_id, name, role, contact_id, staff_id, sort_order, created_at, updated_at)
  VALUES ('${id(11)}', '${id(10)}', '陈美华', '企业代表', '${id(3)}', NULL, 0, '${at}', '${at}'),
         ('${id(12)}', '${id(10)}', '王建国', '带队', NULL, '${id(1)}', 1, '${at}', '${at}');
INSERT INTO trip_companies (trip_id, company_id, sort_order, created_at, updated_at) VALUES ('${id(10)}', '${id(2)}', 0, '${at}', '${at}');
INSERT INTO trip_positions (trip_id, company_id, position_id, sort_order) VALUES ('${id(10)}', '${id(2)}', '${id(4)}', 0);
INSERT INTO itinerary_items (id, trip_id, kind, starts_at, ends_at, created_at, updated_at)
  VALUES ('${id(13)}', '${id(10)}', 'jobFair', '2018-09-18T09:00', '2018-09-18T12:00', '${at}', '${at}');
INSERT INTO itinerary_item_members (item_id, member_id) VALUES ('${id(13)}', '${id(11)}');
INSERT INTO itinerary_item_companies (item_id, trip_id, company_id) VALUES ('${id(13)}', '${id(10)}', '${id(2)}');
`);
    // A contact who is removed stays on the delegation by name.
    db.prepare(`DELETE FROM contacts WHERE id = '${id(3)}'`).run();
    expect(db.prepare(`SELECT name, contact_id FROM trip_members WHERE id = '${id(11)}'`).get()).toEqual({ name: '陈美华', contact_id: null });
    expect(() => db.prepare(`UPDATE trips SET end_date = '2018-09-16' WHERE id = '${id(10)}'`).run()).toThrow(/CHECK/);
  });
});
