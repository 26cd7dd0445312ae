// Migration 3 on a version-2 file with staff, a company and its visit: they come through, the
// vetting tables arrive with the default checklist as version 1, and a vetting can be made
// from the old visit. Also: the checklist resource still equals that frozen seed.
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE } from '../../vetting/defaultTemplate';
import { changedTables, migrateOneStep, OLD_AT as at, oldId as id } from '../../testing/migrations';
import VETTING_TEMPLATE_V1 from './003-vetting-template-v1.json';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('migration 3 (2 → 3)', () => {
  it('adds the vetting tables and the default checklist; a vetting of an old visit can be stored', () => {
    const step = migrateOneStep(
      2,
      `
INSERT INTO staff (id, name, created_at, updated_at) VALUES ('${id(1)}', '王建国', '${at}', '${at}');
INSERT INTO companies (id, name, name_key, name_core, name_sort, tags, status, created_at, updated_at)
  VALUES ('${id(2)}', '上海沪工阀门厂（集团）有限公司', 'k', '沪工阀门厂', 's', '[]', 'visited', '${at}', '${at}');
INSERT INTO visits (id, company_id, visit_date, pay_min, pay_max, dorm_provided, people_per_room, meals_provided, created_by, created_at, updated_at)
  VALUES ('${id(3)}', '${id(2)}', '2018-09-10', 5500, 6500, 1, 4, 1, '${id(1)}', '${at}', '${at}');
INSERT INTO company_search (company_id, text) VALUES ('${id(2)}', '上海沪工阀门厂（集团）有限公司');
`,
    );
    cleanups.push(step.dispose);
    const db = step.db;
    expect(changedTables(step.before, db)).toEqual([]);

    const template = db.prepare('SELECT t.name, v.version, v.content, v.created_by FROM vetting_template_versions v JOIN vetting_templates t ON t.id = v.template_id').all();
    expect(template).toEqual([{ name: VETTING_TEMPLATE_V1.name.zh, version: 1, content: JSON.stringify(VETTING_TEMPLATE_V1), created_by: null }]);

    const versionId = db.prepare('SELECT id FROM vetting_template_versions').pluck().get();
    const draft = db.prepare(
      `INSERT INTO vettings (id, company_id, visit_id, template_version_id, template, started_by, created_at, updated_at) VALUES (?, '${id(2)}', '${id(3)}', ?, '{}', '${id(1)}', '${at}', '${at}')`,
    );
    draft.run(id(10), versionId);
    db.prepare(`INSERT INTO vetting_answers (vetting_id, item_key, value, answered_at, answered_by) VALUES ('${id(10)}', 'monthlyPay', '5500', '${at}', '${id(1)}')`).run();
    expect(() => draft.run(id(11), versionId)).toThrow(/UNIQUE/); // one draft per company
    // The old visit can go; the vetting stays, no longer tied to it.
    db.prepare(`DELETE FROM visits WHERE id = '${id(3)}'`).run();
    expect(db.prepare(`SELECT visit_id FROM vettings WHERE id = '${id(10)}'`).get()).toEqual({ visit_id: null });
  });
});

// When this fails because the resource changed on purpose, do not edit the frozen file:
// add a migration that saves the new content as the next version of the default template.
describe('frozen migration seeds', () => {
  it('the default checklist resource still equals what migration 3 seeds as version 1', () => {
    expect(DEFAULT_TEMPLATE).toEqual(VETTING_TEMPLATE_V1);
  });
});
