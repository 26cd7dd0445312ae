// Migration 8 on a version-7 file holding data: the header says the file is ours, and nothing
// else changes (every row, the schema).
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ID } from '../appId';
import { changedTables, migrateOneStep, OLD_AT as at, oldId as id, schemaText } from '../../testing/migrations';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const VERSION_7_ROWS = `
INSERT INTO staff (id, name, created_at, updated_at) VALUES ('${id(1)}', '王建国', '${at}', '${at}');
INSERT INTO settings (key, value) VALUES ('currentStaffId', '${id(1)}');
INSERT INTO companies (id, name, name_key, name_core, name_sort, tags, status, created_at, updated_at)
  VALUES ('${id(2)}', '上海沪工阀门厂（集团）有限公司', 'k', '沪工阀门厂', 's', '[]', 'visited', '${at}', '${at}');
INSERT INTO visits (id, company_id, visit_date, created_by, created_at, updated_at) VALUES ('${id(3)}', '${id(2)}', '2018-09-10', '${id(1)}', '${at}', '${at}');
INSERT INTO vettings (id, company_id, visit_id, template_version_id, template, created_at, updated_at)
  VALUES ('${id(4)}', '${id(2)}', '${id(3)}', (SELECT id FROM vetting_template_versions), '{}', '${at}', '${at}');
INSERT INTO vetting_photos (id, vetting_id, item_key, mime, width, height, bytes, created_at, data)
  VALUES ('${id(5)}', '${id(4)}', 'dormitory', 'image/jpeg', 640, 480, 2, '${at}', x'ffd8');
INSERT INTO vetting_photo_thumbs (photo_id, mime, width, height, data) VALUES ('${id(5)}', 'image/jpeg', 320, 240, x'ffd8');
`;

describe('migration 8 (7 → 8)', () => {
  it('sets application_id to APP_ID ("LIAI") and changes nothing else', () => {
    const step = migrateOneStep(7, VERSION_7_ROWS);
    cleanups.push(step.dispose);
    expect(step.db.pragma('application_id', { simple: true })).toBe(APP_ID);
    expect(changedTables(step.before, step.db)).toEqual([]);
    const expected = step.schemaBefore.replace('PRAGMA user_version = 7;', 'PRAGMA user_version = 8;').replace('PRAGMA application_id = 0;', `PRAGMA application_id = ${APP_ID};`);
    expect(schemaText(step.db)).toBe(expected);

    // Where tools look for it: the big-endian integer at offset 68 of the file header.
    step.db.close(); // checkpoints the WAL into the file
    const header = Buffer.alloc(100);
    const fd = fs.openSync(step.file, 'r');
    fs.readSync(fd, header, 0, 100, 0);
    fs.closeSync(fd);
    expect(header.subarray(68, 72).toString('latin1')).toBe('LIAI');
    expect(APP_ID).toBe(0x4c494149);
  });
});
