// Migration 14 on a version-13 file holding a signed-off vetting and a draft: each gets the
// local day it was started as its date and the local day it was signed off as its sign-off date
// (so no expiry moves), nothing else changes, and team sync's capture carries the two new columns
// from then on (while the backfill itself was not captured).
import { afterEach, describe, expect, it } from 'vitest';
import { localDay } from '../../../../shared/dates';
import { changedTables, migrateOneStep, OLD_AT as at, oldId as id } from '../../testing/migrations';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

// Late in the UTC evening: already the next day in Beijing, so the backfill must take the local day.
const STARTED = '2018-09-09T20:30:00.000Z';
const SIGNED = '2018-09-10T09:00:00.000Z';

const VERSION_13_ROWS = `
INSERT INTO staff (id, name, created_at, updated_at) VALUES ('${id(1)}', '王建国', '${at}', '${at}');
INSERT INTO companies (id, name, name_key, name_core, name_sort, tags, status, created_at, updated_at)
  VALUES ('${id(2)}', '上海沪工阀门厂（集团）有限公司', 'k', '沪工阀门厂', 's', '[]', 'approved', '${at}', '${at}');
INSERT INTO visits (id, company_id, visit_date, created_at, updated_at) VALUES ('${id(3)}', '${id(2)}', '2018-09-03', '${at}', '${at}');
INSERT INTO vettings (id, company_id, visit_id, template_version_id, template, verdict, score, signed_off_at, signed_off_by, started_by, created_at, updated_at)
  VALUES ('${id(4)}', '${id(2)}', '${id(3)}', (SELECT id FROM vetting_template_versions), '{}', 'approved', 92.5, '${SIGNED}', '${id(1)}', '${id(1)}', '${STARTED}', '${SIGNED}');
INSERT INTO vettings (id, company_id, template_version_id, template, amends_id, started_by, created_at, updated_at)
  VALUES ('${id(5)}', '${id(2)}', (SELECT id FROM vetting_template_versions), '{}', '${id(4)}', '${id(1)}', '${at}', '${at}');
UPDATE sync_state SET capture = 1, computer_id = '${id(9)}';
`;

describe('migration 14 (13 → 14)', () => {
  it('dates each vetting by the local days it was started and signed off, and changes nothing else', () => {
    const step = migrateOneStep(13, VERSION_13_ROWS);
    cleanups.push(step.dispose);
    const rows = step.db.prepare('SELECT id, vetted_on, signed_off_on FROM vettings ORDER BY id').all();
    expect(rows).toEqual([
      { id: id(4), vetted_on: localDay(STARTED), signed_off_on: localDay(SIGNED) },
      { id: id(5), vetted_on: localDay(at), signed_off_on: null },
    ]);
    expect(changedTables(step.before, step.db, ['vettings'])).toEqual([]);
    // The other columns of the vettings are as they were.
    const strip = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'vetted_on' && k !== 'signed_off_on'));
    expect((step.db.prepare('SELECT * FROM vettings ORDER BY rowid').all() as Record<string, unknown>[]).map(strip)).toEqual(step.before.vettings);
    // The backfill is every computer's own: nothing of it waits to be sent.
    expect(step.db.prepare('SELECT count(*) AS n FROM sync_outbox').get()).toEqual({ n: 0 });
  });

  it('captures the two dates with every change of a vetting, and still every other column', () => {
    const step = migrateOneStep(13, VERSION_13_ROWS);
    cleanups.push(step.dispose);
    const db = step.db;
    db.prepare(`UPDATE vettings SET vetted_on = '2018-09-03' WHERE id = ?`).run(id(5));
    db.prepare(`UPDATE vettings SET signed_off_on = '2018-09-04', signed_off_at = ?, verdict = 'approved' WHERE id = ?`).run(SIGNED, id(5));
    db.prepare(`UPDATE vettings SET override_reason = 'x' WHERE id = ?`).run(id(4));
    const out = db.prepare(`SELECT tbl, op, old, new FROM sync_outbox ORDER BY n`).all() as { tbl: string; op: string; old: string; new: string }[];
    expect(out.map((o) => [o.tbl, o.op])).toEqual([['vettings', 'U'], ['vettings', 'U'], ['vettings', 'U']]);
    expect(JSON.parse(out[0]!.old)).toMatchObject({ id: id(5), vetted_on: localDay(at) });
    expect(JSON.parse(out[0]!.new)).toMatchObject({ id: id(5), vetted_on: '2018-09-03', signed_off_on: null, amends_id: id(4) });
    expect(JSON.parse(out[1]!.new)).toMatchObject({ signed_off_on: '2018-09-04', signed_off_at: SIGNED, verdict: 'approved' });
    expect(JSON.parse(out[2]!.new)).toMatchObject({ override_reason: 'x', vetted_on: localDay(STARTED), signed_off_on: localDay(SIGNED) });
    // Inserts and deletes carry them too.
    db.prepare('DELETE FROM vettings WHERE id = ?').run(id(5));
    const deleted = db.prepare(`SELECT old FROM sync_outbox WHERE op = 'D'`).get() as { old: string };
    expect(JSON.parse(deleted.old)).toMatchObject({ id: id(5), vetted_on: '2018-09-03', signed_off_on: '2018-09-04' });
    db.prepare(
      `INSERT INTO vettings (id, company_id, template_version_id, template, created_at, updated_at, vetted_on) VALUES ('${id(6)}', '${id(2)}', (SELECT id FROM vetting_template_versions), '{}', '${at}', '${at}', '2018-09-05')`,
    ).run();
    const inserted = db.prepare(`SELECT new FROM sync_outbox WHERE op = 'I'`).get() as { new: string };
    expect(JSON.parse(inserted.new)).toMatchObject({ id: id(6), vetted_on: '2018-09-05', signed_off_on: null });
  });
});
