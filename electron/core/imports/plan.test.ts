// Preview and commit of an import on a real workspace: every problem per row, duplicates of
// existing companies, skip vs update, and a commit that is all or nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { companyInput } from '../../../shared/companies/schema';
import { guessMapping } from './guess';
import { commitPlan } from './commit';
import { planImport } from './plan';
import type { Cell } from './cells';
import type { SheetData } from './read';
import { createTestWorkspace, creditCodeFor, type TestWorkspace } from '../testing/workspace';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await createTestWorkspace();
});
afterEach(() => ws.dispose());

const COMPANY_HEADERS = ['企业名称', '统一社会信用代码', '所属街镇', '职工人数', '联系人', '职务', '联系电话'];
const sheetOf = (headers: string[], rows: Cell[][]): SheetData => ({
  name: 'Sheet1',
  headerRow: 1,
  headers,
  rows: rows.map((cells, i) => ({ n: i + 2, cells })),
});
const companies = (rows: Cell[][]) => sheetOf(COMPANY_HEADERS, rows);
const plan = (sheet: SheetData, target: 'companies' | 'positions' = 'companies') => planImport(ws.db, target, sheet, guessMapping(target, sheet.headers));

describe('previewing companies', () => {
  it('names every problem by row and field: missing name, bad credit code, unknown town, unreadable number', async () => {
    const p = await plan(
      companies([
        ['上海沪工阀门厂（集团）有限公司', creditCodeFor(1), '华亭镇', 850, '陈美华', '人事经理', '13816012345'],
        ['', creditCodeFor(2), '南翔镇', 100, null, null, null],
        ['南亚新材料科技股份有限公司', '91310114ABCDEFGHJ1', '南翔镇', 300, null, null, null],
        ['嘉定某厂', null, '火星镇', 20, null, null, null],
        ['安亭某厂', null, '安亭镇', '约八百', null, null, null],
      ]),
    );
    expect(p.problems.map((x) => [x.row, x.field, x.key])).toEqual([
      [3, 'name', 'required'],
      [4, 'creditCode', 'creditCodeChecksum'],
      [5, 'town', 'unknownTown'],
      [6, 'headcount', 'importNotANumber'],
    ]);
    expect(p.problems[2]).toMatchObject({ label: '嘉定某厂', value: '火星镇', params: { name: '火星镇' } });
    expect(p.records.map((r) => r.label)).toEqual(['上海沪工阀门厂（集团）有限公司']);
    expect({ records: p.recordCount, problems: p.problemRecords, rows: p.rows }).toEqual({ records: 5, problems: 4, rows: 5 });
  });

  it('rows naming the same company add contacts to one record; the same credit code under two names is a duplicate within the file', async () => {
    const p = await plan(
      companies([
        ['大董（上海）餐饮管理有限公司', creditCodeFor(3), '南翔镇', 400, '李娜', '人事主管', '13900000001'],
        ['大董（上海）餐饮管理有限公司', null, null, null, '王强', '厨师长', '13900000002'],
        ['大董（上海）餐饮管理有限公司', null, null, null, '王强', null, null],
        ['另一家公司', creditCodeFor(3), '南翔镇', 10, null, null, null],
      ]),
    );
    expect(p.records).toHaveLength(1);
    const [record] = p.records;
    expect(record?.kind === 'company' && record.input.contacts).toEqual([
      { name: '李娜', role: '人事主管', phone: '13900000001' },
      { name: '王强', role: '厨师长', phone: '13900000002' },
    ]);
    expect(p.problems.map((x) => [x.row, x.key, x.params])).toEqual([[5, 'duplicateInFile', { row: 2 }]]);
  });

  it('finds duplicates of existing companies by name or by credit code', async () => {
    await ws.createCompany({ name: '上海沪工阀门厂（集团）有限公司' });
    await ws.createCompany({ name: '南亚新材料科技股份有限公司', creditCode: creditCodeFor(7), contacts: [] });
    const p = await plan(
      companies([
        ['上海沪工阀门厂（集团）有限公司', null, '华亭镇', 900, '赵敏', '厂长', null],
        ['南亚新材料（上海）', creditCodeFor(7), null, null, null, null, null],
        ['新公司', null, null, null, null, null, null],
      ]),
    );
    expect(p.duplicates.map((d) => [d.row, d.by, d.existing])).toEqual([
      [2, 'name', '上海沪工阀门厂（集团）有限公司'],
      [3, 'creditCode', '南亚新材料科技股份有限公司'],
    ]);
    expect(p.records.filter((r) => !r.existingId).map((r) => r.label)).toEqual(['新公司']);
  });
});

describe('committing companies', () => {
  const rows = (): Cell[][] => [
    ['上海沪工阀门厂（集团）有限公司', null, '华亭镇', 900, '赵敏', '厂长', '13700000000'],
    ['新公司甲', creditCodeFor(11), '安亭镇', 50, '钱一', null, null],
    ['新公司乙', null, '马陆镇', 60, null, null, null],
  ];

  it('skips duplicates: creates the new companies, audited and searchable, leaves the existing one as it was', async () => {
    const existing = await ws.createCompany({ name: '上海沪工阀门厂（集团）有限公司', townId: ws.townId('南翔镇') });
    const auditBefore = ws.count('SELECT count(*) AS n FROM audit');
    const result = commitPlan(ws.db, await plan(companies(rows())), 'skip');
    expect(result).toEqual({ created: 2, updated: 0, skipped: 1, failed: 0 });
    expect(ws.count('SELECT count(*) AS n FROM companies')).toBe(3);
    expect(ws.count('SELECT count(*) AS n FROM audit') - auditBefore).toBe(2);
    expect(await ws.call('companies.get', { id: existing.id })).toMatchObject({ townName: '南翔镇', headcount: 850 });
    const found = await ws.call('companies.list', { query: '新公司甲' });
    expect(found.rows.map((r) => [r.name, r.townName, r.headcount])).toEqual([['新公司甲', '安亭镇', 50]]);
  });

  it('updates duplicates: the file\'s filled fields replace, its contacts are added, the name and status stay', async () => {
    const existing = await ws.createCompany({ name: '上海沪工阀门厂（集团）有限公司', townId: ws.townId('南翔镇') });
    const result = commitPlan(ws.db, await plan(companies(rows())), 'update');
    expect(result).toEqual({ created: 2, updated: 1, skipped: 0, failed: 0 });
    const after = await ws.call('companies.get', { id: existing.id });
    expect(after).toMatchObject({ name: existing.name, status: existing.status, townName: '华亭镇', headcount: 900, address: existing.address });
    expect(after.contacts.map((c) => c.name)).toEqual(['陈美华', '赵敏']);
    expect(ws.count("SELECT count(*) AS n FROM audit WHERE entity_id = ? AND action = 'update'", existing.id)).toBe(1);
  });

  it('is all or nothing: a failure on the last record leaves every table as it was', async () => {
    await ws.createCompany({ name: '上海沪工阀门厂（集团）有限公司' });
    // A real failure inside SQLite on the last company's insert, not a mock of our code.
    ws.db.exec("CREATE TEMP TRIGGER refuse_last BEFORE INSERT ON companies WHEN NEW.name = '新公司乙' BEGIN SELECT RAISE(ABORT, 'disk says no'); END");
    const before = ws.counts();
    const p = await plan(companies(rows()));
    expect(() => commitPlan(ws.db, p, 'update')).toThrow(/disk says no/);
    expect(ws.counts()).toEqual(before);
    expect((await ws.call('companies.list', { query: '新公司甲' })).total).toBe(0);
    expect((await ws.call('companies.list', { query: '沪工' })).total).toBe(1);
  });

  it('never imports a row with a problem', async () => {
    const p = await plan(companies([...rows(), ['坏代码公司', '123', null, null, null, null, null]]));
    expect(commitPlan(ws.db, p, 'skip')).toEqual({ created: 3, updated: 0, skipped: 0, failed: 1 });
    expect(ws.count("SELECT count(*) AS n FROM companies WHERE name = '坏代码公司'")).toBe(0);
  });

  it('validates with the same schema as the companies channel', async () => {
    const p = await plan(companies([['新公司丙', null, null, 12, '联系人', null, null]]));
    expect(companyInput.parse(p.records[0]!.input)).toMatchObject({ name: '新公司丙', headcount: 12, status: 'candidate' });
  });
});

describe('positions', () => {
  const HEADERS = ['企业名称', '工种', '岗位名称', '招聘人数', '月薪', '包住', '包吃'];
  it('checks the company and the job type by name, splits the pay range and reads 是/否', async () => {
    const hugong = await ws.createCompany({ name: '上海沪工阀门厂（集团）有限公司' });
    const p = await plan(
      sheetOf(HEADERS, [
        ['上海沪工阀门厂（集团）有限公司', '普工', '阀门装配工', 40, '5500-6500', '是', '是'],
        ['不存在的公司', '普工', '装配工', 5, null, null, null],
        ['上海沪工阀门厂（集团）有限公司', '宇航员', '试飞员', 1, null, null, null],
        ['上海沪工阀门厂（集团）有限公司', '技工', '焊工', 0, '7000-5000', '也许', null],
      ]),
      'positions',
    );
    expect(p.problems.map((x) => [x.row, x.field, x.key])).toEqual([
      [3, 'company', 'unknownCompany'],
      [4, 'jobType', 'unknownJobType'],
      [5, 'roomIncluded', 'importNotYesNo'],
      [5, 'headcount', 'tooSmall'],
      [5, 'pay', 'payRangeUpsideDown'],
    ]);
    expect(p.records).toHaveLength(1);
    expect(p.records[0]!.input).toMatchObject({ companyId: hugong.id, title: '阀门装配工', headcount: 40, payMin: 5500, payMax: 6500, roomIncluded: true, boardIncluded: true });
    expect(commitPlan(ws.db, p, 'skip')).toEqual({ created: 1, updated: 0, skipped: 0, failed: 3 });
    // The same row again is a duplicate of the position just made: updated, not doubled.
    const again = await plan(sheetOf(HEADERS, [['上海沪工阀门厂（集团）有限公司', '普工', '阀门装配工', 45, '6000-7000', '是', '否']]), 'positions');
    expect(again.duplicates).toHaveLength(1);
    expect(commitPlan(ws.db, again, 'update')).toEqual({ created: 0, updated: 1, skipped: 0, failed: 0 });
    const [pos] = await ws.call('positions.list', { companyId: hugong.id });
    expect(pos).toMatchObject({ headcount: 45, payMin: 6000, payMax: 7000, boardIncluded: false });
  });
});
