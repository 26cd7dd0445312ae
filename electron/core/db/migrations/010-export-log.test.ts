// Migration 10 on a version-9 file holding data: an empty export log appears, and nothing
// else changes.
import { afterEach, describe, expect, it } from 'vitest';
import { changedTables, migrateOneStep, OLD_AT as at, oldId as id } from '../../testing/migrations';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const VERSION_9_ROWS = `
INSERT INTO staff (id, name, created_at, updated_at) VALUES ('${id(1)}', '王建国', '${at}', '${at}');
INSERT INTO settings (key, value) VALUES ('currentStaffId', '${id(1)}');
INSERT INTO companies (id, name, name_key, name_core, name_sort, tags, status, created_at, updated_at)
  VALUES ('${id(2)}', '上海沪工阀门厂（集团）有限公司', 'k', '沪工阀门厂', 's', '[]', 'visited', '${at}', '${at}');
`;

describe('migration 10 (9 → 10)', () => {
  it('adds an empty export_log and changes no other table', () => {
    const step = migrateOneStep(9, VERSION_9_ROWS);
    cleanups.push(step.dispose);
    expect(step.db.prepare('SELECT count(*) AS n FROM export_log').get()).toEqual({ n: 0 });
    expect(changedTables(step.before, step.db, ['export_log'])).toEqual([]);
  });

  it('refuses a kind it does not know', () => {
    const step = migrateOneStep(9, VERSION_9_ROWS);
    cleanups.push(step.dispose);
    const insert = step.db.prepare("INSERT INTO export_log (at, kind, what, file_name) VALUES (?, ?, 'companies', 'a.csv')");
    expect(() => insert.run(at, 'export')).not.toThrow();
    expect(() => insert.run(at, 'upload')).toThrow(/CHECK/);
  });
});
