// Migration 11 on a version-10 file holding data: person values leave the audit trail, a purged
// record's audit rows keep only field names, the visit indexes wipe what was deleted from
// them, and a word deleted before the migration is no longer anywhere in the file.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANGED } from '../../../../shared/audit/schema';
import { changedTables, migrateOneStep, OLD_AT as at, oldId as id } from '../../testing/migrations';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const WORD = '鸿雁翔宇记录';
const audit = (n: number, entity: string, entityId: string, action: string, changes: unknown) =>
  `INSERT INTO audit (id, at, staff_id, entity, entity_id, action, changes) VALUES (${n}, '${at}', '${id(1)}', '${entity}', '${entityId}', '${action}', '${JSON.stringify(changes)}');`;

const VERSION_10_ROWS = `
INSERT INTO staff (id, name, phone, created_at, updated_at) VALUES ('${id(1)}', '王建国', '13800000000', '${at}', '${at}');
INSERT INTO companies (id, name, name_key, name_core, name_sort, tags, status, notes, created_at, updated_at)
  VALUES ('${id(2)}', '上海沪工阀门厂（集团）有限公司', 'k', '沪工阀门厂', 's', '[]', 'visited', '联系李四', '${at}', '${at}');
INSERT INTO trips (id, title, prefecture_id, start_date, end_date, status, created_at, updated_at)
  VALUES ('${id(3)}', '德钦招聘', (SELECT id FROM prefectures LIMIT 1), '2018-09-17', '2018-09-21', 'done', '${at}', '${at}');
INSERT INTO trip_members (id, trip_id, name, role, phone, sort_order, created_at, updated_at)
  VALUES ('${id(4)}', '${id(3)}', '测试联系人甲', 'company', '13912345678', 0, '${at}', '${at}');
INSERT INTO visits (id, company_id, visit_date, notes, created_by, created_at, updated_at) VALUES ('${id(9)}', '${id(2)}', '2018-09-10', '${WORD}', '${id(1)}', '${at}', '${at}');
INSERT INTO visit_search (n, visit_id, text) VALUES (7, '${id(9)}', '${WORD}');
INSERT INTO visit_search_tri (rowid, text) VALUES (7, '${WORD}');
INSERT INTO visit_search_bi (rowid, text) VALUES (7, '鸿雁 雁翔 翔宇 宇记 记录 录');
INSERT INTO visit_search_tri (visit_search_tri, rowid, text) VALUES ('delete', 7, '${WORD}');
INSERT INTO visit_search_bi (visit_search_bi, rowid, text) VALUES ('delete', 7, '鸿雁 雁翔 翔宇 宇记 记录 录');
DELETE FROM visit_search WHERE n = 7;
DELETE FROM visits WHERE id = '${id(9)}';
${audit(1, 'company', id(2), 'create', { name: [null, '上海沪工阀门厂（集团）有限公司'], notes: [null, '联系李四'], contacts: [null, 1], headcount: [null, 300] })}
${audit(2, 'tripMember', id(4), 'create', { name: [null, '测试联系人甲'], phone: [null, '13912345678'], role: [null, 'company'] })}
${audit(3, 'visit', id(9), 'create', { visitDate: [null, '2018-09-10'], notes: [null, '${WORD}'], payMin: [null, 4000] })}
${audit(4, 'visit', id(9), 'purge', {})}
${audit(5, 'settings', 'unitName', 'update', { unitName: [null, '嘉定区人社局'] })}
`;

describe('migration 11 (10 → 11)', () => {
  it('keeps person fields as "changed", clears the values of purged records, and leaves other rows alone', () => {
    const step = migrateOneStep(10, VERSION_10_ROWS);
    cleanups.push(step.dispose);
    const rows = new Map((step.db.prepare('SELECT id, changes FROM audit').all() as { id: number; changes: string }[]).map((r) => [r.id, JSON.parse(r.changes)]));
    expect(rows.get(1)).toEqual({ name: [null, '上海沪工阀门厂（集团）有限公司'], notes: [null, CHANGED], contacts: [null, 1], headcount: [null, 300] });
    expect(rows.get(2)).toEqual({ name: [null, CHANGED], phone: [null, CHANGED], role: [null, 'company'] });
    // The visit is gone: every field is kept by name only.
    expect(rows.get(3)).toEqual({ visitDate: [null, CHANGED], notes: [null, CHANGED], payMin: [null, CHANGED] });
    expect(rows.get(4)).toEqual({});
    expect(rows.get(5)).toEqual({ unitName: [null, '嘉定区人社局'] });
    expect(changedTables(step.before, step.db, ['audit'])).toEqual([]);
  });

  it('turns on secure-delete in all four search indexes and leaves no deleted word in them or in the file', () => {
    const step = migrateOneStep(10, VERSION_10_ROWS);
    cleanups.push(step.dispose);
    for (const t of ['company_search_tri', 'company_search_bi', 'visit_search_tri', 'visit_search_bi']) {
      expect(step.db.prepare(`SELECT v FROM ${t}_config WHERE k = 'secure-delete'`).get(), t).toEqual({ v: 1 });
    }
    const needles = ['鸿雁翔', '雁翔', '宇记'].map((w) => Buffer.from(w, 'utf8'));
    for (const t of ['visit_search_tri_data', 'visit_search_bi_data']) {
      for (const { block } of step.db.prepare(`SELECT block FROM ${t}`).all() as { block: Buffer }[]) {
        for (const n of needles) expect(block.includes(n), `${t} still holds ${n.toString()}`).toBe(false);
      }
    }
    expect(step.db.pragma('freelist_count', { simple: true })).toBeGreaterThanOrEqual(0);
    step.db.pragma('wal_checkpoint(TRUNCATE)');
    step.db.close();
    const bytes = Buffer.concat([fs.readFileSync(step.file), fs.existsSync(`${step.file}-wal`) ? fs.readFileSync(`${step.file}-wal`) : Buffer.alloc(0)]);
    for (const n of [...needles, Buffer.from(WORD, 'utf8')]) expect(bytes.includes(n), `the file still holds ${n.toString()}`).toBe(false);
    expect(bytes.includes(Buffer.from('13912345678'))).toBe(true); // the member itself is still a record
  });
});
