// Migration 13 on a version-12 file holding data: audit rows get random TEXT ids in their old
// order and a NULL computer, the sync tables start empty with capture off, and the capture
// triggers write nothing until capture is switched on.
import { afterEach, describe, expect, it } from 'vitest';
import { changedTables, migrateOneStep, OLD_AT as at, oldId as id } from '../../testing/migrations';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const audit = (n: number, entityId: string) =>
  `INSERT INTO audit (id, at, staff_id, entity, entity_id, action, changes) VALUES (${n}, '${at}', '${id(1)}', 'company', '${entityId}', 'update', '{"n":[null,${n}]}');`;

const VERSION_12_ROWS = `
INSERT INTO staff (id, name, phone, created_at, updated_at) VALUES ('${id(1)}', '王建国', '13800000000', '${at}', '${at}');
INSERT INTO companies (id, name, name_key, name_core, name_sort, tags, status, created_at, updated_at)
  VALUES ('${id(2)}', '上海沪工阀门厂（集团）有限公司', 'k', '沪工阀门厂', 's', '[]', 'visited', '${at}', '${at}');
${[3, 1, 2, 10].map((n) => audit(n, id(2))).join('\n')}
`;

describe('migration 13 (12 → 13)', () => {
  it('gives audit rows random text ids in their old order, and leaves every other row alone', () => {
    const step = migrateOneStep(12, VERSION_12_ROWS);
    cleanups.push(step.dispose);
    const rows = step.db.prepare('SELECT id, changes, computer_id FROM audit ORDER BY id').all() as { id: string; changes: string; computer_id: string | null }[];
    expect(rows.map((r) => JSON.parse(r.changes).n[1])).toEqual([1, 2, 3, 10]);
    for (const r of rows) {
      expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(r.computer_id).toBeNull();
    }
    expect(changedTables(step.before, step.db, ['audit'])).toEqual([]);
    expect(step.db.prepare('SELECT capture, computer_id, counter FROM sync_state').get()).toEqual({ capture: 0, computer_id: null, counter: 0 });
  });

  it('captures writes into the outbox only while capture is on', () => {
    const step = migrateOneStep(12, VERSION_12_ROWS);
    cleanups.push(step.dispose);
    const db = step.db;
    db.prepare(`UPDATE companies SET notes = 'a' WHERE id = ?`).run(id(2));
    expect(db.prepare('SELECT count(*) AS n FROM sync_outbox').get()).toEqual({ n: 0 });
    db.prepare('UPDATE sync_state SET capture = 1').run();
    db.prepare(`UPDATE companies SET notes = 'b' WHERE id = ?`).run(id(2));
    db.prepare(`UPDATE companies SET last_visit_date = '2018-09-10' WHERE id = ?`).run(id(2));
    db.prepare('DELETE FROM audit').run();
    const out = db.prepare('SELECT tbl, pk, op, old, new FROM sync_outbox ORDER BY n').all() as { tbl: string; pk: string; op: string; old: string; new: string | null }[];
    expect(out.map((o) => [o.tbl, o.op])).toEqual([['companies', 'U'], ['audit', 'D'], ['audit', 'D'], ['audit', 'D'], ['audit', 'D']]);
    expect(JSON.parse(out[0]!.pk)).toEqual([id(2)]);
    expect(JSON.parse(out[0]!.old).notes).toBe('a');
    expect(JSON.parse(out[0]!.new!).notes).toBe('b');
    // The derived last visit date is the app's own, refreshed on each computer: not captured.
    expect(JSON.parse(out[0]!.new!)).not.toHaveProperty('last_visit_date');
  });
});
