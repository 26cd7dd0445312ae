// Migration 2 on a version-1 file with companies, contacts, visits and follow-ups (live and
// deleted ones, empty fields, a Latin name): the old FTS tables go, the records come through,
// and the new search tables hold exactly the text the app of that time would have indexed.
import { afterEach, describe, expect, it } from 'vitest';
import { changedTables, migrateOneStep, OLD_AT as at, oldId as id } from '../../testing/migrations';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const VERSION_1_ROWS = `
INSERT INTO staff (id, name, created_at, updated_at) VALUES ('${id(1)}', '王建国', '${at}', '${at}');
INSERT INTO settings (key, value) VALUES ('currentStaffId', '${id(1)}');
INSERT INTO companies (id, name, name_key, name_core, name_sort, credit_code, town_id, address, tags, status, notes, created_at, updated_at)
  VALUES ('${id(2)}', '上海沪工阀门厂（集团）有限公司', 'k2', '沪工阀门厂', 's', '91310114MA1GT3XX0X', (SELECT id FROM lookups WHERE name = '华亭镇'),
          '嘉定区华亭镇华亭东路188号', '["食宿齐全","包吃住"]', 'visited', '车间整洁。', '${at}', '${at}');
INSERT INTO companies (id, name, name_key, name_core, name_sort, tags, status, created_at, updated_at, deleted_at)
  VALUES ('${id(3)}', '大董（上海）餐饮管理有限公司', 'k3', '大董', 's', '[]', 'candidate', '${at}', '${at}', '${at}');
INSERT INTO companies (id, name, name_key, name_core, name_sort, tags, status, notes, created_at, updated_at)
  VALUES ('${id(9)}', 'ABB（中国）Robotics 有限公司 2号厂', 'k9', 'ABB', 's', '[""]', 'candidate', '', '${at}', '${at}');
INSERT INTO contacts (id, company_id, name, role, phone, note, sort_order, created_at, updated_at)
  VALUES ('${id(5)}', '${id(2)}', '陈美华', '人事经理', '13816012345', NULL, 1, '${at}', '${at}'),
         ('${id(15)}', '${id(2)}', '李强', NULL, '', '周末不在', 0, '${at}', '${at}'),
         ('${id(16)}', '${id(3)}', '张三', '经理', NULL, NULL, 0, '${at}', '${at}');
INSERT INTO visits (id, company_id, visit_date, purpose, business, environment, wages, lodging, notes, created_by, created_at, updated_at, deleted_at)
  VALUES ('${id(4)}', '${id(2)}', '2018-09-10', NULL, '', '车间通风良好，有空调。', '月薪5500-6500', '提供四人间宿舍。', 'x', '${id(1)}', '${at}', '${at}', NULL),
         ('${id(10)}', '${id(3)}', '2018-09-11', '回访', NULL, NULL, NULL, NULL, NULL, NULL, '${at}', '${at}', NULL),
         ('${id(11)}', '${id(2)}', '2018-09-12', '删除的', NULL, NULL, NULL, NULL, NULL, NULL, '${at}', '${at}', '${at}'),
         ('${id(12)}', '${id(9)}', '2018-09-13', NULL, NULL, NULL, NULL, NULL, NULL, NULL, '${at}', '${at}', NULL);
INSERT INTO visit_staff (visit_id, staff_id) VALUES ('${id(4)}', '${id(1)}');
INSERT INTO follow_ups (id, visit_id, what, sort_order, created_at, updated_at)
  VALUES ('${id(6)}', '${id(4)}', '寄送岗位表', 1, '${at}', '${at}'), ('${id(8)}', '${id(4)}', '电话回访', 0, '${at}', '${at}'),
         ('${id(13)}', '${id(12)}', 'second', 0, '${at}', '${at}');
INSERT INTO companies_fts (text, company_id) VALUES ('上海沪工阀门厂（集团）有限公司\n陈美华', '${id(2)}');
INSERT INTO visits_fts (text, visit_id) VALUES ('上海沪工阀门厂（集团）有限公司\n车间通风良好，有空调。', '${id(4)}');
`;

describe('migration 2 (1 → 2)', () => {
  it('replaces the FTS tables and indexes every live record with the text of that time', () => {
    const step = migrateOneStep(1, VERSION_1_ROWS);
    cleanups.push(step.dispose);
    const db = step.db;
    expect(changedTables(step.before, db)).toEqual([]);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name LIKE '%fts%'").all()).toEqual([]);

    // Name, pinyin initials, code, address, tags, notes, then contacts in their order; empty parts left out.
    // The deleted company is not indexed, nor the deleted visit, nor the visit of the deleted company.
    expect(db.prepare('SELECT n, company_id, text FROM company_search ORDER BY n').all()).toEqual([
      { n: 1, company_id: id(2), text: '上海沪工阀门厂（集团）有限公司\nshhgfmcjtyxgs\n91310114MA1GT3XX0X\n嘉定区华亭镇华亭东路188号\n食宿齐全 包吃住\n车间整洁。\n李强\n周末不在\n陈美华\n人事经理\n13816012345' },
      { n: 2, company_id: id(9), text: 'ABB（中国）Robotics 有限公司 2号厂\nzgyxgshc' },
    ]);
    expect(db.prepare('SELECT n, visit_id, text FROM visit_search ORDER BY n').all()).toEqual([
      { n: 1, visit_id: id(4), text: '上海沪工阀门厂（集团）有限公司\n车间通风良好，有空调。\n月薪5500-6500\n提供四人间宿舍。\nx\n电话回访\n寄送岗位表' },
      { n: 2, visit_id: id(12), text: 'ABB（中国）Robotics 有限公司 2号厂\nsecond' },
    ]);

    const match = (index: string, query: string) => db.prepare(`SELECT rowid FROM ${index} WHERE ${index} MATCH ? ORDER BY rowid`).pluck().all(query);
    expect(match('company_search_tri', '"阀门厂"')).toEqual([1]);
    expect(match('company_search_tri', '"robotics"')).toEqual([2]);
    expect(match('company_search_bi', '"阀门"')).toEqual([1]); // a two-character word: one bigram token
    expect(match('company_search_bi', '"美"*')).toEqual([1]); // one character: a token prefix
    expect(match('company_search_bi', '"大董"')).toEqual([]);
    expect(match('visit_search_tri', '"四人间"')).toEqual([1]);
    expect(match('visit_search_bi', '"回访"')).toEqual([1]);
    expect(match('visit_search_bi', '"有限"')).toEqual([1, 2]);

    // Contacts are private persons: the company indexes wipe deleted words; the visit indexes do not.
    const secureDelete = (index: string) => db.prepare(`SELECT v FROM ${index}_config WHERE k = 'secure-delete'`).pluck().get() ?? 0;
    expect(['company_search_tri', 'company_search_bi', 'visit_search_tri', 'visit_search_bi'].map(secureDelete)).toEqual([1, 1, 0, 0]);
  });
});
