// The capture triggers a new workspace has (made by migration 13 from its own frozen list) cover
// exactly the tables of sync/tables.ts and every column of each; a migration that adds a column
// or a table must replace the triggers too, and this test says which.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';
import { SYNCED_TABLES } from './tables';

let ws: TestWorkspace;
afterEach(() => ws.dispose());

/** Derived columns the app refreshes on each computer (not synced). */
const LOCAL_COLUMNS: Record<string, string[]> = { companies: ['last_visit_date'] };
/** Tables that never travel: settings, logs, derived counts and indexes, sync's own. */
const LOCAL_TABLE = (name: string) =>
  ['settings', 'export_log', 'visit_counts', 'open_follow_up_counts', 'company_tag_counts', 'vetting_photo_thumbs'].includes(name) ||
  name.startsWith('sync_') || name.includes('_search') || name.startsWith('sqlite_');

describe('capture triggers', () => {
  it('cover exactly the synced tables, each with every column', async () => {
    ws = await createTestWorkspace();
    const triggers = ws.db.prepare(`SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'sync_capture_%'`).all() as { name: string; tbl_name: string; sql: string }[];
    const tables = (ws.db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).all() as { name: string }[]).map((t) => t.name);
    expect(tables.filter((t) => !LOCAL_TABLE(t)).sort()).toEqual(SYNCED_TABLES.map((t) => t.name).sort());
    for (const t of SYNCED_TABLES) {
      const columns = (ws.db.pragma(`table_info(${t.name})`) as { name: string; type: string; pk: number }[]);
      const expected = columns.map((c) => c.name).filter((c) => !(LOCAL_COLUMNS[t.name] ?? []).includes(c));
      expect([...t.columns].sort(), `sync/tables.ts columns of ${t.name}`).toEqual([...expected].sort());
      expect(t.blobs, `BLOB columns of ${t.name}`).toEqual(columns.filter((c) => c.type === 'BLOB').map((c) => c.name));
      expect(columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name), `primary key of ${t.name}`).toEqual(t.pk);
      for (const op of ['insert', 'update', 'delete']) {
        const trigger = triggers.find((g) => g.name === `sync_capture_${t.name}_${op}`);
        expect(trigger, `${op} trigger of ${t.name}`).toBeDefined();
        // Every column (but BLOBs) in the JSON the trigger writes; every column in UPDATE OF.
        for (const c of t.columns.filter((x) => !t.blobs.includes(x))) {
          expect(trigger!.sql, `${op} trigger of ${t.name} carries ${c}`).toContain(`'${c}', ${op === 'insert' ? 'NEW' : 'OLD'}."${c}"`);
        }
        if (op === 'update') for (const c of t.columns) expect(trigger!.sql).toContain(`"${c}"`);
      }
    }
    expect(triggers).toHaveLength(SYNCED_TABLES.length * 3);
  });
});
