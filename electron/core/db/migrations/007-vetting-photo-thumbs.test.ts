// Migration 7 on a version-6 file with a vetting and its photos: the photos come through
// byte for byte, none has a thumbnail, and one can be added (and goes with its photo).
import { afterEach, describe, expect, it } from 'vitest';
import { changedTables, migrateOneStep, OLD_AT as at, oldId as id } from '../../testing/migrations';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

describe('migration 7 (6 → 7)', () => {
  it('adds photo thumbnails: old photos have none until one is made, and a thumbnail goes with its photo', () => {
    const photo = (n: number, bytes: string) =>
      `('${id(n)}', '${id(3)}', 'dormitory', 'image/jpeg', 4000, 3000, ${bytes.length / 2}, '宿舍', '${at}', x'${bytes}')`;
    const step = migrateOneStep(
      6,
      `
INSERT INTO companies (id, name, name_key, name_core, name_sort, tags, status, created_at, updated_at)
  VALUES ('${id(2)}', '上海沪工阀门厂（集团）有限公司', 'k', '沪工阀门厂', 's', '[]', 'vetting', '${at}', '${at}');
INSERT INTO vettings (id, company_id, template_version_id, template, created_at, updated_at)
  VALUES ('${id(3)}', '${id(2)}', (SELECT id FROM vetting_template_versions), '{}', '${at}', '${at}');
INSERT INTO vetting_photos (id, vetting_id, item_key, mime, width, height, bytes, caption, created_at, data)
  VALUES ${photo(4, 'ffd8ffe000104a464946')}, ${photo(5, 'ffd8ffe1')};
`,
    );
    cleanups.push(step.dispose);
    const db = step.db;
    expect(changedTables(step.before, db)).toEqual([]);
    expect(db.prepare(`SELECT hex(data) FROM vetting_photos WHERE id = '${id(4)}'`).pluck().get()).toBe('FFD8FFE000104A464946');
    expect(db.prepare('SELECT count(*) FROM vetting_photo_thumbs').pluck().get()).toBe(0);

    db.prepare(`INSERT INTO vetting_photo_thumbs (photo_id, mime, width, height, data) VALUES ('${id(4)}', 'image/jpeg', 320, 240, x'ffd8')`).run();
    expect(() => db.prepare(`INSERT INTO vetting_photo_thumbs (photo_id, mime, width, height, data) VALUES ('${id(99)}', 'image/jpeg', 320, 240, x'ffd8')`).run()).toThrow(/FOREIGN KEY/);
    db.prepare(`DELETE FROM vetting_photos WHERE id = '${id(4)}'`).run();
    expect(db.prepare('SELECT count(*) FROM vetting_photo_thumbs').pluck().get()).toBe(0);
  });
});
