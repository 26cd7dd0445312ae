// A workspace file is the user's whole record of years of work. These tests protect it:
// a new file gets the full schema and the Jiading towns, opening it again changes nothing,
// a file from a newer app is left alone, a damaged file is opened read-only, and every
// migration runs on a file that already holds data.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiFailure } from '../../../shared/result';
import { DEFAULT_UNIT_NAME } from '../../../shared/workspace/schema';
import { migrateFrom, workspaceAtVersion } from '../testing/migrations';
import { createInvoker } from '../invoke';
import { createTestWorkspace, creditCodeFor, rawDb, TestDialogs, tempDir, type TestWorkspace } from '../testing/workspace';
import { WorkspaceSession } from '../workspace/session';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import { localSessionOptions } from '../workspace/localKeys';
import { JOURNAL_DIR } from '../files/atomicSave';

const JIADING_TOWNS = [
  '安亭镇', '马陆镇', '南翔镇', '江桥镇', '徐行镇', '华亭镇', '外冈镇',
  '嘉定镇街道', '新成路街道', '真新街道', '菊园新区', '嘉定工业区',
];

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

function track<T extends { dispose(): void }>(x: T): T {
  cleanups.push(() => x.dispose());
  return x;
}

/** Tables that hold our data (not the internals of the FTS5 indexes). */
function ownTables(db: Database.Database) {
  const list = db.pragma('table_list') as { name: string; type: string; strict: number; schema: string }[];
  const virtual = list.filter((t) => t.type === 'virtual').map((t) => t.name);
  return list.filter(
    (t) => t.schema === 'main' && t.type === 'table' && !t.name.startsWith('sqlite_') && !virtual.some((v) => t.name.startsWith(`${v}_`)),
  );
}

describe('a new workspace', () => {
  it('is migrated to the latest schema with the safe pragmas on', async () => {
    const ws = track(await createTestWorkspace());
    const db = ws.db;
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(LATEST_VERSION).toBe(MIGRATIONS.length);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL: a saved record survives a power cut
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect((await ws.call('workspace.info', {})).schemaVersion).toBe(LATEST_VERSION);
  });

  it('has every data table STRICT, so a wrong type is refused by SQLite itself', async () => {
    const ws = track(await createTestWorkspace());
    const tables = ownTables(ws.db);
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['settings', 'staff', 'lookups', 'companies', 'contacts', 'visits', 'visit_staff', 'follow_ups', 'audit']),
    );
    for (const t of tables) expect({ table: t.name, strict: t.strict }).toEqual({ table: t.name, strict: 1 });
    expect(() => ws.db.prepare("UPDATE companies SET headcount = 'many'").run()).not.toThrow(); // no rows yet
    await ws.createCompany();
    expect(() => ws.db.prepare("UPDATE companies SET headcount = 'many'").run()).toThrow(/cannot store TEXT value in INTEGER column/);
  });

  it("starts with Jiading's twelve towns and sub-districts, in the bureau's order", async () => {
    const ws = track(await createTestWorkspace());
    const towns = await ws.call('lookups.list', { kind: 'town' });
    expect(towns.map((t) => t.name)).toEqual(JIADING_TOWNS);
    expect(towns.every((t) => t.inUse === 0)).toBe(true);
    expect((await ws.call('lookups.list', { kind: 'industry' })).length).toBeGreaterThan(5);
  });

  it('can be closed and opened again any number of times without changing', async () => {
    const ws = track(await createTestWorkspace());
    const company = await ws.createCompany({ creditCode: creditCodeFor(1), townId: ws.townId('华亭镇') });
    const schemaBefore = ws.db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY name').all();
    ws.session.close();

    for (let i = 0; i < 3; i++) {
      const again = new WorkspaceSession(ws.file, localSessionOptions(ws.dir));
      const db = again.db;
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY name').all()).toEqual(schemaBefore);
      expect(db.prepare("SELECT count(*) AS n FROM lookups WHERE kind = 'town'").get()).toEqual({ n: 12 });
      expect(db.prepare('SELECT name FROM companies WHERE id = ?').get(company.id)).toEqual({ name: company.name });
      expect(again.info()).toMatchObject({ readOnly: false, problem: null });
      again.close();
    }
  });
});

describe('a workspace made by a newer version of the app', () => {
  it('is refused with workspaceTooNew and left as it was', async () => {
    const ws = track(await createTestWorkspace());
    ws.session.close();
    const raw = rawDb(ws.file, ws.dir);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();

    let error: unknown;
    try {
      new WorkspaceSession(ws.file, localSessionOptions(ws.dir));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiFailure);
    expect((error as ApiFailure).error).toEqual({ code: 'WORKSPACE', key: 'workspaceTooNew', params: { version: LATEST_VERSION + 1 } });

    const check = rawDb(ws.file, ws.dir, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION + 1);
    check.close();
  });

  it('is refused through File › Open, and the workspace already open stays open', async () => {
    const ws = track(await createTestWorkspace());
    const other = workspaceAtVersion(LATEST_VERSION);
    cleanups.push(other.dispose);
    const raw = new Database(other.file);
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();

    ws.dialogs.nextOpen = other.file;
    expect(await ws.refused('workspace.open', {})).toEqual({ code: 'WORKSPACE', key: 'workspaceTooNew', params: { version: LATEST_VERSION + 1 } });
    expect((await ws.call('workspace.info', {})).path).toBe(ws.file);
    expect((await ws.call('staff.list', {})).map((s) => s.name)).toEqual(['王建国']);
  });
});

/**
 * Damages a closed workspace file deterministically: the first byte of the root page of
 * `tree` (its b-tree page type) is set to 0, which no valid page has. Page 1 (the schema)
 * is left intact, so the file still opens and `quick_check` finds the damage.
 */
function damageRootPage(file: string, dataDir: string, tree: string): void {
  const raw = rawDb(file, dataDir); // read-write, so closing it checkpoints and removes the WAL
  const { rootpage } = raw.prepare('SELECT rootpage FROM sqlite_schema WHERE name = ?').get(tree) as { rootpage: number };
  const pageSize = raw.pragma('page_size', { simple: true }) as number;
  raw.close();
  expect(fs.existsSync(`${file}-wal`)).toBe(false); // everything is in the main file
  expect(rootpage).toBeGreaterThan(1);
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.from([0]), 0, 1, (rootpage - 1) * pageSize);
  fs.closeSync(fd);
}

const sha256 = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

// An index page: quick_check lists the problem. A table page: quick_check itself fails
// with SQLITE_CORRUPT (found by this test; the core now treats that as damage too).
// A page of the search index's own tables: found by the per-table check too.
describe.each([
  ['an index page', 'companies_by_town'],
  ['a table page', 'companies'],
  ['a search index page', 'company_search_tri_data'],
])('a workspace with %s damaged', (_, tree) => {
  let ws: TestWorkspace;

  async function damagedWorkspace() {
    ws = track(await createTestWorkspace());
    for (let i = 0; i < 30; i++) await ws.createCompany({ name: `上海嘉定第${i}精密机械有限公司`, creditCode: creditCodeFor(i), townId: ws.townId('安亭镇') });
    ws.session.close();
    damageRootPage(ws.file, ws.dir, tree);
    ws.session.open(ws.file);
    ws.session.settle(); // the check after a clean close runs a moment after opening
  }

  it('opens read-only and says what is wrong', async () => {
    await damagedWorkspace();
    const info = await ws.call('workspace.info', {});
    expect(info.readOnly).toBe(true);
    expect(info.problem).toMatch(/page|malformed/i);
    expect(ws.session.writable).toBe(false);
  });

  it('refuses every write with workspaceReadOnly and does not touch the file', async () => {
    await damagedWorkspace();
    const before = sha256(ws.file);
    const readOnly = { code: 'WORKSPACE', key: 'workspaceReadOnly' };
    expect(await ws.refused('companies.create', { name: '大董（上海）餐饮管理有限公司' })).toEqual(readOnly);
    expect(await ws.refused('staff.create', { name: '李明' })).toEqual(readOnly);
    expect(await ws.refused('lookups.create', { kind: 'town', name: '新town' })).toEqual(readOnly);
    expect(await ws.refused('settings.update', { currentStaffId: null })).toEqual(readOnly);
    expect(await ws.refused('trash.purge', { kind: 'company', id: ws.me.id })).toEqual(readOnly);
    expect(sha256(ws.file)).toBe(before);
  });

  it('still lets the user read what is readable (to copy it out)', async () => {
    await damagedWorkspace();
    expect((await ws.call('staff.list', {})).map((s) => s.name)).toEqual(['王建国']);
    expect((await ws.call('lookups.list', { kind: 'industry' })).length).toBeGreaterThan(5);
  });
});

describe('migrations run on files that already hold data', () => {
  it('1 → 2: search moves to the new indexes and finds what a version-1 workspace held', async () => {
    // Rows as version 1 of the app wrote them, its search rows included.
    const ids = {
      staff: '01900000-0000-7000-8000-000000000001',
      hugong: '01900000-0000-7000-8000-000000000002',
      gone: '01900000-0000-7000-8000-000000000003',
      visit: '01900000-0000-7000-8000-000000000004',
    };
    const at = '2018-09-10T08:00:00.000Z';
    const old = track(
      migrateFrom(
        1,
        `
INSERT INTO staff (id, name, created_at, updated_at) VALUES ('${ids.staff}', '王建国', '${at}', '${at}');
INSERT INTO settings (key, value) VALUES ('currentStaffId', '${ids.staff}');
INSERT INTO companies (id, name, name_key, name_core, name_sort, credit_code, town_id, address, tags, status, notes, last_visit_date, created_at, updated_at)
  VALUES ('${ids.hugong}', '上海沪工阀门厂（集团）有限公司', '上海沪工阀门厂(集团)有限公司', '沪工阀门厂', 'shang hai hu gong fa men chang', '${creditCodeFor(1)}',
          (SELECT id FROM lookups WHERE name = '华亭镇'), '嘉定区华亭镇华亭东路188号', '["食宿齐全"]', 'visited', '车间整洁。', '2018-09-10', '${at}', '${at}');
INSERT INTO companies (id, name, name_key, name_core, name_sort, tags, status, created_at, updated_at, deleted_at)
  VALUES ('${ids.gone}', '大董（上海）餐饮管理有限公司', '大董(上海)餐饮管理有限公司', '大董餐饮管理', 'da dong', '[]', 'candidate', '${at}', '${at}', '${at}');
INSERT INTO contacts (id, company_id, name, role, phone, sort_order, created_at, updated_at)
  VALUES ('01900000-0000-7000-8000-000000000005', '${ids.hugong}', '陈美华', '人事经理', '13816012345', 0, '${at}', '${at}');
INSERT INTO visits (id, company_id, visit_date, environment, lodging, pay_min, pay_max, created_by, created_at, updated_at)
  VALUES ('${ids.visit}', '${ids.hugong}', '2018-09-10', '车间通风良好，有空调。', '提供四人间宿舍。', 5500, 6500, '${ids.staff}', '${at}', '${at}');
INSERT INTO visit_staff (visit_id, staff_id) VALUES ('${ids.visit}', '${ids.staff}');
INSERT INTO follow_ups (id, visit_id, what, due_date, sort_order, created_at, updated_at)
  VALUES ('01900000-0000-7000-8000-000000000006', '${ids.visit}', '寄送岗位表', '2018-09-12', 0, '${at}', '${at}');
INSERT INTO companies_fts (text, company_id) VALUES ('上海沪工阀门厂（集团）有限公司\n陈美华', '${ids.hugong}');
INSERT INTO visits_fts (text, visit_id) VALUES ('上海沪工阀门厂（集团）有限公司\n车间通风良好，有空调。', '${ids.visit}');
`,
      ),
    );
    const db = old.session.db;
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name LIKE '%\\_fts%' ESCAPE '\\'").get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM companies').get()).toEqual({ n: 2 });
    expect(db.prepare('SELECT count(*) AS n FROM follow_ups').get()).toEqual({ n: 1 });

    const invoke = createInvoker({ session: old.session, dataDir: old.dir, dialogs: new TestDialogs() }, { checkOutputs: true });
    const companies = async (query: string) => {
      const r = await invoke('companies.list', { query });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return (r.value as { rows: { id: string }[] }).rows.map((x) => x.id);
    };
    const visits = async (query: string) => {
      const r = await invoke('visits.list', { query });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return (r.value as { rows: { id: string }[] }).rows.map((x) => x.id);
    };
    for (const q of ['阀门', '沪工阀门', '陈美华', '美', 'hgfm', creditCodeFor(1).slice(5, 12), '华亭东路']) expect(await companies(q)).toEqual([ids.hugong]);
    expect(await companies('大董')).toEqual([]); // it was in the trash
    for (const q of ['通风', '四人间', '岗位表', '沪工']) expect(await visits(q)).toEqual([ids.visit]);

    // And the migrated workspace keeps working: restore the deleted company, log a visit.
    expect((await invoke('trash.restore', { kind: 'company', id: ids.gone })).ok).toBe(true);
    expect(await companies('大董')).toEqual([ids.gone]);
    const created = await invoke('visits.create', { companyId: ids.gone, visitDate: '2018-09-17', staffIds: [ids.staff], business: '门店扩张。' });
    expect(created.ok).toBe(true);
    expect((await visits('门店扩张')).length).toBe(1);
  });

  it('2 → 3: a version-2 workspace gets the default checklist and its companies can be vetted from their visits', async () => {
    const ids = { staff: '01900000-0000-7000-8000-000000000011', company: '01900000-0000-7000-8000-000000000012', visit: '01900000-0000-7000-8000-000000000013' };
    const at = '2018-09-10T08:00:00.000Z';
    const old = track(
      migrateFrom(
        2,
        `
INSERT INTO staff (id, name, created_at, updated_at) VALUES ('${ids.staff}', '王建国', '${at}', '${at}');
INSERT INTO settings (key, value) VALUES ('currentStaffId', '${ids.staff}');
INSERT INTO companies (id, name, name_key, name_core, name_sort, tags, status, created_at, updated_at)
  VALUES ('${ids.company}', '上海沪工阀门厂（集团）有限公司', '上海沪工阀门厂(集团)有限公司', '沪工阀门厂', 'shang hai hu gong', '[]', 'visited', '${at}', '${at}');
INSERT INTO visits (id, company_id, visit_date, pay_min, pay_max, dorm_provided, people_per_room, meals_provided, created_by, created_at, updated_at)
  VALUES ('${ids.visit}', '${ids.company}', '2018-09-10', 5500, 6500, 1, 4, 1, '${ids.staff}', '${at}', '${at}');
`,
      ),
    );
    const db = old.session.db;
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT count(*) AS n FROM vetting_template_versions WHERE version = 1').get()).toEqual({ n: 1 });

    const invoke = createInvoker({ session: old.session, dataDir: old.dir, dialogs: new TestDialogs() }, { checkOutputs: true });
    const r = await invoke('vettings.start', { companyId: ids.company, visitId: ids.visit });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    const v = r.value as { templateVersion: number; suggestions: { itemKey: string; value: unknown }[] };
    expect(v.templateVersion).toBe(1);
    expect(v.suggestions.map((x) => [x.itemKey, x.value])).toEqual([['monthlyPay', 5500], ['dormitoryProvided', 'yes'], ['peoplePerRoom', 4], ['mealsProvided', 'yes']]);
    expect(db.prepare('SELECT status FROM companies WHERE id = ?').get(ids.company)).toEqual({ status: 'vetting' });
    const settings = await invoke('settings.get', {});
    expect(settings).toEqual({ ok: true, value: { currentStaffId: ids.staff, minimumWage: 2690, vettingValidityMonths: 12, verdictThresholds: { approved: 80, conditional: 60 }, unitName: DEFAULT_UNIT_NAME, hasLogo: false } });
  });

  it('3 → 4: a version-3 workspace gets the default job types and its companies can offer positions', async () => {
    const ids = { staff: '01900000-0000-7000-8000-000000000021', company: '01900000-0000-7000-8000-000000000022' };
    const at = '2018-09-10T08:00:00.000Z';
    const old = track(
      migrateFrom(
        3,
        `
INSERT INTO staff (id, name, created_at, updated_at) VALUES ('${ids.staff}', '王建国', '${at}', '${at}');
INSERT INTO settings (key, value) VALUES ('currentStaffId', '${ids.staff}');
INSERT INTO companies (id, name, name_key, name_core, name_sort, tags, status, created_at, updated_at)
  VALUES ('${ids.company}', '南亚新材料科技股份有限公司', '南亚新材料科技股份有限公司', '南亚新材料', 'nan ya xin cai liao', '[]', 'approved', '${at}', '${at}');
`,
      ),
    );
    expect(old.session.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    const invoke = createInvoker({ session: old.session, dataDir: old.dir, dialogs: new TestDialogs() }, { checkOutputs: true });
    const types = await invoke('jobTypes.list', {});
    if (!types.ok) throw new Error(JSON.stringify(types.error));
    const list = types.value as { id: string; name: string }[];
    expect(list.map((j) => j.name)).toEqual(['普工', '技工', '仓管', '厨师', '保洁', '服务', '电工', '焊工', '叉车工', '质检员']);
    const r = await invoke('positions.create', { companyId: ids.company, jobTypeId: list[0]!.id, title: '覆铜板生产操作工', headcount: 30, payMin: 5000, payMax: 6500 });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value).toMatchObject({ companyName: '南亚新材料科技股份有限公司', jobTypeName: '普工', headcount: 30 });
  });

  it('a migration that fails leaves the file at its old version, with nothing half-done', () => {
    // A table named like one migration 1 creates makes it fail part-way.
    const old = track(workspaceAtVersion(0, 'CREATE TABLE visits (x TEXT); INSERT INTO visits VALUES (1);'));
    expect(() => new WorkspaceSession(old.file, localSessionOptions(old.dir))).toThrow(ApiFailure);
    const db = new Database(old.file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(['visits']);
    expect(db.prepare('SELECT count(*) AS n FROM visits').get()).toEqual({ n: 1 });
    db.close();
  });
});

describe('workspace files on disk', () => {
  it('a new workspace is created where the user chose, replacing what the dialog agreed to replace', async () => {
    const ws = track(await createTestWorkspace());
    const dir = tempDir();
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const target = path.join(dir, '2019年走访.sqlite');
    fs.writeFileSync(target, 'not a database');
    ws.dialogs.nextNew = target;
    const info = await ws.call('workspace.create', {});
    expect(info).toMatchObject({ path: target, name: '2019年走访', schemaVersion: LATEST_VERSION, readOnly: false });
    expect(await ws.call('staff.list', {})).toEqual([]);
  });

  it('Save a copy writes a consistent file that opens as a workspace of its own', async () => {
    const ws = track(await createTestWorkspace());
    await ws.createCompany();
    ws.dialogs.nextCopy = path.join(ws.dir, 'copy.sqlite');
    expect(await ws.call('workspace.saveCopy', {})).toEqual({ path: ws.dialogs.nextCopy });
    const copy = new WorkspaceSession(ws.dialogs.nextCopy, localSessionOptions(ws.dir));
    expect(copy.db.prepare('SELECT name FROM companies').all()).toEqual([{ name: '上海沪工阀门厂（集团）有限公司' }]);
    copy.close();
    // Written beside it under a temporary name and renamed: nothing else is left, nor journalled.
    expect(fs.readdirSync(ws.dir).filter((f) => f.includes('copy.sqlite'))).toEqual(['copy.sqlite']);
    expect(fs.readdirSync(path.join(ws.dir, JOURNAL_DIR))).toEqual([]);
  });

  it('Save a copy onto an old workspace replaces it whole, even with a WAL of the old one left beside it by a crash', async () => {
    const ws = track(await createTestWorkspace());
    await ws.createCompany();
    const target = path.join(ws.dir, '旧副本.sqlite');
    // An old workspace whose process died before checkpointing: its WAL still holds its last rows.
    const old = new Database(target);
    old.pragma('journal_mode = WAL');
    old.exec('CREATE TABLE companies (name TEXT); INSERT INTO companies VALUES (\'旧数据\')');
    const wal = fs.readFileSync(`${target}-wal`);
    expect(wal.length).toBeGreaterThan(0);
    old.close();
    fs.writeFileSync(`${target}-wal`, wal);

    ws.dialogs.nextCopy = target;
    expect(await ws.call('workspace.saveCopy', {})).toEqual({ path: target });
    const copy = new WorkspaceSession(target, localSessionOptions(ws.dir));
    expect(copy.db.prepare('SELECT name FROM companies').all()).toEqual([{ name: '上海沪工阀门厂（集团）有限公司' }]);
    copy.close();
  });

  it('Save a copy into a folder that is not there fails and leaves nothing', async () => {
    const ws = track(await createTestWorkspace());
    ws.dialogs.nextCopy = path.join(ws.dir, 'no-such-folder', 'copy.sqlite');
    expect((await ws.invoke('workspace.saveCopy', {})).ok).toBe(false);
    expect(fs.existsSync(path.join(ws.dir, 'no-such-folder'))).toBe(false);
    expect(fs.readdirSync(path.join(ws.dir, JOURNAL_DIR))).toEqual([]);
  });

  it('Save a copy onto the open file itself is refused', async () => {
    const ws = track(await createTestWorkspace());
    ws.dialogs.nextCopy = ws.file;
    expect(await ws.refused('workspace.saveCopy', {})).toEqual({ code: 'WORKSPACE', key: 'copyOntoItself' });
  });

  it('a closed dialog changes nothing', async () => {
    const ws = track(await createTestWorkspace());
    expect(await ws.call('workspace.open', {})).toBeNull();
    expect(await ws.call('workspace.create', {})).toBeNull();
    expect(await ws.call('workspace.saveCopy', {})).toBeNull();
    expect((await ws.call('workspace.info', {})).path).toBe(ws.file);
  });
});
