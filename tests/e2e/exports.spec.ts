// Exports as a user makes them: 导出 on a list, a format, a place to save (the native dialog,
// answered by the test), progress and the result in the job dialog; the file then opened by
// LibreOffice (XLSX) or checked byte by byte (CSV). A long export cancelled leaves no file.
import fs from 'node:fs';
import path from 'node:path';
import { JOURNAL_DIR } from '../../electron/core/files/atomicSave';
import { convertWithLibreOffice, CSV_UTF8, parseCsv } from '../../electron/core/testing/libreoffice';
import { expect, test } from './fixtures';
import { ok, openAt } from './helpers';

test('companies to Excel from the list, with its filter; LibreOffice reads the file', async ({ app: page, core, workspace, shot }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '陈建国' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  const hugong = await ok<{ id: string }>(core, 'companies.create', { name: '上海沪工阀门厂（集团）有限公司', headcount: 850, notes: '车间整洁，"食宿"齐全' });
  await ok(core, 'companies.create', { name: '上海大东塑料制品有限公司', headcount: 120 });
  await ok(core, 'companies.create', { name: '上海嘉定汽车配件有限公司', headcount: 2300 });
  await ok(core, 'visits.create', { companyId: hugong.id, visitDate: '2018-09-10', staffIds: [me.id], purpose: '赴德钦专场招聘前走访' });

  await openAt(page, '#/companies');
  await page.getByPlaceholder('名称、信用代码、联系人或拼音首字母').fill('上海沪工');
  await expect(page.getByText('上海大东塑料制品有限公司')).toHaveCount(0);
  await page.getByRole('button', { name: '导出' }).click();
  await expect(page.getByRole('menuitem', { name: /Excel/ }).first()).toBeVisible();
  await expect(page.getByText('审核结果')).toBeVisible();
  await shot('export-menu');

  const file = path.join(workspace.dir, '企业名录.xlsx');
  core.dialogs.answer(file);
  await page.getByTestId('export-companies-xlsx').click();
  const dialog = page.getByRole('dialog', { name: '导出企业名录' });
  await expect(dialog.getByText(`已导出 1 行到 ${file}`)).toBeVisible();
  expect(core.dialogs.asked.at(-1)).toEqual({ kind: 'chooseSaveDestination', suggestedName: expect.stringMatching(/^企业名录-\d{4}-\d{2}-\d{2}\.xlsx$/) });
  await shot('export-done');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toHaveCount(0);

  const rows = parseCsv(fs.readFileSync(await convertWithLibreOffice(file, CSV_UTF8, path.join(workspace.dir, 'lo')), 'utf8'));
  expect(rows[0]!.slice(0, 6)).toEqual(['企业名称', '统一社会信用代码', '街镇', '行业', '状态', '员工人数']);
  expect(rows).toHaveLength(2);
  const row = rows[1]!;
  expect(row[0]).toBe('上海沪工阀门厂（集团）有限公司');
  expect(row[5]).toBe('850');
  expect(row[rows[0]!.indexOf('最近走访')]).toBe('2018-09-10');
  expect(row[rows[0]!.indexOf('备注')]).toBe('车间整洁，"食宿"齐全');
});

test('the outcomes ledger of the example workspace to CSV: BOM, 400余 as reported and 400 as a number', async ({ app: page, core, workspace }) => {
  await ok(core, 'workspace.openExample', {});
  await openAt(page, '#/outcomes');
  await expect(page.getByTestId('outcome-ledger')).toBeVisible();
  const file = path.join(workspace.dir, '成效台账.csv');
  core.dialogs.answer(file);
  await page.getByRole('button', { name: '导出' }).click();
  await page.getByTestId('export-outcomes-csv').click();
  await expect(page.getByRole('dialog', { name: '导出成效台账' }).getByText(/^已导出 \d+ 行到 /)).toBeVisible();
  expect(core.dialogs.asked.at(-1)?.suggestedName).toMatch(/^成效台账-\d{4}-\d{2}-\d{2}\.csv$/);

  const bytes = fs.readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.toString('utf8'));
  const head = rows[0]!;
  const deqin = rows.find((r) => r[head.indexOf('出访')] === '2018年9月 赴迪庆州德钦县专场招聘和职业培训' && r[head.indexOf('类型')] === '招聘会')!;
  expect(deqin[head.indexOf('入场求职者（原文）')]).toBe('400余');
  expect(deqin[head.indexOf('入场求职者')]).toBe('400');
  expect(deqin[head.indexOf('投递简历')]).toBe('36');
  expect(bytes.toString('utf8')).toContain('\r\n');
});

test('a long export cancelled half-way leaves no file', async ({ app: page, core, workspace, shot }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '陈建国' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  // 20,000 companies, written straight through the repository so seeding is quick.
  await core.ops.seedCompanies(20_000, '嘉定测试企业');
  await openAt(page, '#/companies');
  await expect(page.getByText('嘉定测试企业0号有限公司')).toBeVisible();
  const file = path.join(workspace.dir, '企业名录.xlsx');
  // This machine writes the file in about a second; play a slow one (each chunk waits) so the
  // person's 取消 lands half-way whatever the load, then cancel once progress shows.
  await core.ops.pauseJobs(200);
  core.dialogs.answer(file);
  await page.getByRole('button', { name: '导出' }).click();
  await page.getByTestId('export-companies-xlsx').click();
  const dialog = page.getByRole('dialog', { name: '导出企业名录' });
  await expect(dialog.getByText(/[1-9][\d,]* \/ 20,000/)).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog.getByText('已取消，没有留下任何文件或记录。')).toBeVisible();
  await shot('export-cancelled');
  // Not the file, nor its hidden temporary (.企业名录.xlsx.<hex>.liaison-part), nor a journal entry.
  expect(fs.readdirSync(workspace.dir).filter((f) => f.includes('企业名录'))).toEqual([]);
  expect(fs.readdirSync(path.join(workspace.dir, JOURNAL_DIR))).toEqual([]);
  await dialog.getByRole('button', { name: '关闭' }).click();
  await core.ops.pauseJobs(0);

  // Again, to the end this time: all 20,000 rows.
  const csv = path.join(workspace.dir, '企业名录.csv');
  core.dialogs.answer(csv);
  await page.getByRole('button', { name: '导出' }).click();
  await page.getByTestId('export-companies-csv').click();
  // The picture of a running export, when the screenshot is quick enough to catch one (CSV is fast).
  await page.waitForFunction(
    () => /\/ 20,000|已导出/.test((globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } }).document.querySelector('[role="dialog"]')?.textContent ?? ''),
    null,
    { polling: 'raf' },
  );
  await shot('export-running');
  await expect(dialog.getByText(`已导出 20,000 行到 ${csv}`)).toBeVisible();
  expect(fs.readFileSync(csv, 'utf8').split('\r\n')).toHaveLength(20_002);
});

test('every list exports what it shows: visits, positions, placements, and the vetting results from the companies list', async ({ app: page, core, workspace }) => {
  await ok(core, 'workspace.openExample', {});
  const cases = [
    { at: '#/visits', testId: 'export-visits-xlsx', title: '导出走访记录', file: '走访记录.xlsx', first: '走访日期' },
    { at: '#/positions', testId: 'export-positions-xlsx', title: '导出职位表', file: '职位表.xlsx', first: '企业' },
    { at: '#/placements', testId: 'export-placements-xlsx', title: '导出转移就业', file: '转移就业.xlsx', first: '到岗日期' },
    { at: '#/companies', testId: 'export-vettings-xlsx', title: '导出审核结果', file: '审核结果.xlsx', first: '企业' },
  ];
  for (const c of cases) {
    await openAt(page, c.at);
    const file = path.join(workspace.dir, c.file);
    core.dialogs.answer(file);
    await page.getByRole('button', { name: '导出' }).click();
    await page.getByTestId(c.testId).click();
    const dialog = page.getByRole('dialog', { name: c.title });
    await expect(dialog.getByText(/^已导出 \d+ 行到 /)).toBeVisible();
    await dialog.getByRole('button', { name: '关闭' }).click();
    const rows = parseCsv(fs.readFileSync(await convertWithLibreOffice(file, CSV_UTF8, path.join(workspace.dir, 'lo')), 'utf8'));
    expect(rows[0]![0], c.file).toBe(c.first);
    expect(rows.length, c.file).toBeGreaterThan(1);
  }
  // The vetting results: a column per checklist section with a score, and the verdict in words.
  const vettings = parseCsv(fs.readFileSync(path.join(workspace.dir, 'lo', '审核结果.csv'), 'utf8'));
  const head = vettings[0]!;
  expect(head.slice(0, 6)).toEqual(['企业', '审核日期', '清单版本', '状态', '结论', '总分']);
  expect(head.length).toBeGreaterThan(9);
  const signed = vettings.find((r) => r[3] === '已签字确认')!;
  expect(['通过', '有条件通过', '不通过']).toContain(signed[4]);
  expect(Number(signed[5])).toBeGreaterThan(0);
});
