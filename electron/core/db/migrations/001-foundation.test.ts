// Migration 1 on a file that is not empty: an older tool's table stays, the first schema
// and the Jiading towns and industries arrive.
import { afterEach, describe, expect, it } from 'vitest';
import { changedTables, migrateOneStep } from '../../testing/migrations';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('migration 1 (0 → 1)', () => {
  it('keeps a table the file already had and creates the first schema, seeded with the towns and industries', () => {
    const step = migrateOneStep(0, `CREATE TABLE import_notes (line TEXT); INSERT INTO import_notes VALUES ('安亭镇 企业名单 2017'), ('马陆镇 企业名单 2018');`);
    cleanups.push(step.dispose);
    const db = step.db;
    expect(changedTables(step.before, db)).toEqual([]);
    expect(db.prepare('SELECT line FROM import_notes').pluck().all()).toEqual(['安亭镇 企业名单 2017', '马陆镇 企业名单 2018']);

    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE '%fts_%' ORDER BY name").pluck().all();
    expect(tables).toEqual(['audit', 'companies', 'companies_fts', 'contacts', 'follow_ups', 'import_notes', 'lookups', 'settings', 'staff', 'visit_staff', 'visits', 'visits_fts']);

    const lookups = db.prepare('SELECT kind, name, sort_order, id, created_at FROM lookups ORDER BY kind, sort_order').all() as
      { kind: string; name: string; sort_order: number; id: string; created_at: string }[];
    expect(lookups.filter((l) => l.kind === 'town').map((l) => [l.name, l.sort_order])).toEqual(
      ['安亭镇', '马陆镇', '南翔镇', '江桥镇', '徐行镇', '华亭镇', '外冈镇', '嘉定镇街道', '新成路街道', '真新街道', '菊园新区', '嘉定工业区'].map((n, i) => [n, i]),
    );
    expect(lookups.filter((l) => l.kind === 'industry').map((l) => l.name)).toEqual([
      '汽车及零部件', '装备制造', '电子信息', '新材料', '食品加工', '餐饮服务', '物流仓储', '商贸零售', '物业保洁', '建筑施工', '医疗健康', '纺织服装', '其他',
    ]);
    // Ids like the app's (UUID v7), written in order; times in UTC ISO 8601.
    for (const l of lookups) {
      expect(l.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(new Date(l.created_at).toISOString()).toBe(l.created_at);
    }
    const ids = db.prepare('SELECT id FROM lookups ORDER BY rowid').pluck().all() as string[];
    expect([...ids].sort()).toEqual(ids);
  });
});
