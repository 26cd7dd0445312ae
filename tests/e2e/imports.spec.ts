// Importing as a new user would: the staff's own register of 30 companies, with 3 bad rows and
// 2 companies already in the workspace; the app guesses the columns, one guess is wrong and is
// fixed, the preview names every problem, duplicates are skipped, the rest is imported and found.
// Then the files people do pick by mistake, each refused with its message and nothing imported.
import { closeSync, ftruncateSync, openSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeXlsx } from '../../electron/core/testing/spreadsheets';
import { sheetXml, workbookParts, writeZip } from '../../electron/core/testing/zips';
import { creditCodeFor } from '../../electron/core/testing/workspace';
import { type Core, expect, test } from './fixtures';
import { ok, openAt, pick } from './helpers';

const EXISTING = ['上海沪工阀门厂（集团）有限公司', '大董（上海）餐饮管理有限公司'];
const TOWNS = ['安亭镇', '马陆镇', '南翔镇', '江桥镇', '徐行镇', '华亭镇', '外冈镇', '嘉定工业区'];
const WORDS = ['精密机械', '汽车配件', '食品', '物流', '电子', '包装材料', '服饰', '塑料制品', '五金', '医疗器械'];

const companyCount = async (core: Core) => (await ok<{ total: number }>(core, 'companies.list', { limit: 1 })).total;

/** The register as the staff keep it: a kind-of-unit column before the full name (which fools the guess). */
function register(): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [['序号', '单位性质', '单位全称', '统一社会信用代码', '所属街镇', '职工人数', '联系人', '联系电话']];
  for (let i = 1; i <= 30; i++) {
    let name: string | null = `上海${WORDS[i % WORDS.length]}${['有限公司', '股份有限公司', '制造有限公司'][i % 3]}（第${i}厂）`;
    let code: string | null = creditCodeFor(100 + i);
    let town = TOWNS[i % TOWNS.length]!;
    if (i === 7) name = null; // missing name
    if (i === 12) code = '91310114ABCDEFGHJ1'; // bad check character
    if (i === 20) town = '火星镇'; // not on the town list
    if (i === 25) [name, code] = [EXISTING[0]!, null]; // an existing company, without its code
    if (i === 28) [name, code] = [EXISTING[1]!, null];
    rows.push([i, i % 2 ? '民营' : '外资', name, code, town, 100 + i * 10, `联系人${i}`, `1380000${String(i).padStart(4, '0')}`]);
  }
  return rows;
}

test.beforeEach(async ({ core }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王建国' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  for (const name of EXISTING) await ok(core, 'companies.create', { name });
});

test('import 30 companies: fix the guessed mapping, see 3 problems and 2 duplicates, skip them, find a new company', async ({ app: page, core, workspace, shot }) => {
  const file = join(workspace.dir, '嘉定区用工企业名录.xlsx');
  await writeXlsx(file, [{ name: '企业名录', rows: register() }]);

  await openAt(page, '#/companies');
  await page.getByRole('button', { name: '导入' }).click();
  await expect(page.getByRole('heading', { name: '导入企业' })).toBeVisible();
  await shot('import-1-file');

  core.dialogs.answer(file);
  await page.getByRole('button', { name: '选择文件…' }).click();
  await expect(page.getByTestId('import-file')).toContainText('嘉定区用工企业名录.xlsx：30 行数据');
  // The guess took the kind-of-unit column for the name; the other columns are right.
  await expect(page.getByLabel('企业名称 *')).toHaveText('第 2 列：单位性质');
  await expect(page.getByLabel('统一社会信用代码', { exact: true })).toHaveText('第 4 列：统一社会信用代码');
  await expect(page.getByLabel('联系电话')).toHaveText('第 8 列：联系电话');
  await pick(page, '企业名称 *', '第 3 列：单位全称');
  await expect(page.getByRole('row', { name: /企业名称/ })).toContainText('上海食品制造有限公司（第2厂）');
  await expect(page.getByRole('listbox')).toBeHidden();
  await shot('import-2-mapping');

  await page.getByRole('button', { name: '检查数据' }).click();
  await expect(page.getByTestId('count-ok')).toContainText('25');
  await expect(page.getByTestId('count-problems')).toContainText('3');
  await expect(page.getByTestId('count-duplicates')).toContainText('2');
  const problems = page.getByRole('table', { name: /有问题的行/ });
  await expect(problems.getByRole('row')).toHaveCount(4);
  // Row numbers as Excel shows them (the header is row 1): the 7th, 12th and 20th companies.
  const expectRow = async (i: number, cells: string[]) => {
    for (const [c, text] of cells.entries()) await expect(problems.getByRole('row').nth(i).getByRole('cell').nth(c)).toHaveText(text);
  };
  await expectRow(1, ['8', '—', '企业名称', '—', '必填，此格为空']);
  await expectRow(2, ['13', '上海食品有限公司（第12厂）', '统一社会信用代码', '91310114ABCDEFGHJ1', '统一社会信用代码校验位不对，请核对最后一位']);
  await expectRow(3, ['21', '上海精密机械制造有限公司（第20厂）', '街镇', '火星镇', '街镇“火星镇”不在街镇列表中（可在设置中添加后重新检查）']);
  const duplicates = page.getByRole('table', { name: /与已有记录重复/ });
  await expect(duplicates).toContainText(EXISTING[0]!);
  await expect(duplicates).toContainText(EXISTING[1]!);
  await page.getByLabel('跳过（保留已有记录不变）').check();
  await shot('import-3-preview');
  expect(await companyCount(core)).toBe(2);

  await page.getByRole('button', { name: '导入 25 条' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('新建 25 条，更新 0 条，跳过 2 条，有问题未导入 3 条。');
  await shot('import-4-commit');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByTestId('import-result')).toContainText('导入完成');
  await shot('import-5-result');
  expect(await companyCount(core)).toBe(27);

  await page.getByRole('link', { name: '查看企业列表' }).click();
  await page.getByPlaceholder('名称、信用代码、联系人或拼音首字母').fill('第13厂');
  await expect(page.getByText('上海物流股份有限公司（第13厂）')).toBeVisible();
  await expect(page.getByText('共 1 家企业')).toBeVisible();
  await shot('import-6-found');
});

test('files that are not a usable spreadsheet are refused with their message, and nothing is imported', async ({ app: page, core, workspace, shot }) => {
  const dir = workspace.dir;
  const txt = join(dir, '名单.xlsx');
  writeFileSync(txt, '这不是表格，只是一段文字。');
  const empty = join(dir, '空表.xlsx');
  await writeXlsx(empty, [{ rows: [] }]);
  const formula = join(dir, '公式.xlsx');
  await writeXlsx(formula, [{ name: '名录', rows: [['企业名称', '职工人数'], ['甲公司', 100], ['乙公司', { formula: 'B2*2', result: 200 }]] }]);
  const merged = join(dir, '合并表头.xlsx');
  await writeXlsx(merged, [{ name: '名录', rows: [['企业名称', '联系人', null], ['甲公司', '李娜', '13900000000']], merges: ['B1:C1'] }]);
  // 200 MB of nothing (a sparse file): refused from its size before a byte is read.
  const large = join(dir, '全库导出.csv');
  const fd = openSync(large, 'w');
  ftruncateSync(fd, 200 * 1024 * 1024);
  closeSync(fd);
  const rows = join(dir, '全区企业.csv');
  writeFileSync(rows, ['企业名称,职工人数', ...Array.from({ length: 25_000 }, (_, i) => `企业${i + 1},${i}`)].join('\r\n'));
  // A workbook of a few kilobytes whose sheet declares five million rows.
  const declared = join(dir, '五百万行.xlsx');
  writeZip(declared, workbookParts(sheetXml('A1:Z5000000', 3)));

  await openAt(page, '#/imports/companies');
  const cases: [string, string, string][] = [
    [txt, '“名单.xlsx”不是 Excel（.xlsx）或 CSV 文件，无法导入。', 'import-refused-not-spreadsheet'],
    [empty, '“空表.xlsx”中没有数据', 'import-refused-empty'],
    [formula, '工作表“名录”中有 1 个公式单元格（B3）。请在 Excel 中复制这些列并“选择性粘贴 › 数值”', 'import-refused-formula'],
    [merged, '工作表“名录”的列名行有合并单元格（B1, C1）', 'import-refused-merged-header'],
    [large, '“全库导出.csv”的文件大小 200 MB，超过 50 MB 的上限，无法导入。', 'import-refused-too-large'],
    [rows, '工作表“全区企业”超过 20,000 行数据（读到第 20,001 行数据时停止），一次最多导入 20,000 行。', 'import-refused-too-many-rows'],
    [declared, '“五百万行.xlsx”的工作表有 4,999,999 行以上，一次最多导入 20,000 行数据。', 'import-refused-declared-rows'],
  ];
  for (const [file, message, name] of cases) {
    core.dialogs.answer(file);
    await page.getByRole('button', { name: '选择文件…' }).click();
    const error = page.getByTestId('import-error');
    await expect(error).toContainText(message);
    await expect(error).toContainText('工作区中没有任何改动。');
    await shot(name);
  }
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('import-error')).toContainText('A sheet of “五百万行.xlsx” has 4,999,999 rows or more; one import takes at most 20,000 data rows.');
  await shot('import-refused-declared-rows-en');
  expect(await companyCount(core)).toBe(2);
});

test('import positions from a CSV saved by Excel: the pay range split, 是/否 read, an unknown job type named', async ({ app: page, core, workspace, shot }) => {
  const file = join(workspace.dir, '岗位表.csv');
  const csv = [
    '企业名称,工种,岗位名称,招聘人数,月薪,包住,包吃',
    `${EXISTING[0]},普工,阀门装配工,40,5500-6500,是,是`,
    `${EXISTING[1]},厨师,中餐厨师,6,"6000～8000元",是,否`,
    `${EXISTING[1]},宇航员,试飞员,1,面议,否,否`,
  ].join('\r\n');
  writeFileSync(file, `\uFEFF${csv}\r\n`);

  await openAt(page, '#/positions');
  await page.getByRole('button', { name: '导入' }).click();
  await expect(page.getByRole('heading', { name: '导入职位' })).toBeVisible();
  core.dialogs.answer(file);
  await page.getByRole('button', { name: '选择文件…' }).click();
  await expect(page.getByTestId('import-file')).toContainText('岗位表.csv：3 行数据 · UTF-8 编码');
  await expect(page.getByLabel('月薪（如 4000-6000）')).toHaveText('第 5 列：月薪');
  await page.getByRole('button', { name: '检查数据' }).click();
  await expect(page.getByTestId('count-ok')).toContainText('2');
  await expect(page.getByRole('table', { name: /有问题的行/ })).toContainText('工种“宇航员”不在工种列表中');
  await shot('import-positions-preview');
  // The same screen in English reads whole at 1280 px.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('table', { name: /Rows with problems/ })).toContainText('Job type “宇航员” is not on the job-type list');
  await shot('import-positions-preview-en');
  await page.getByRole('button', { name: '中文' }).click();
  await page.getByRole('button', { name: '导入 2 条' }).click();
  await expect(page.getByRole('dialog')).toContainText('新建 2 条，更新 0 条，跳过 0 条，有问题未导入 1 条。');
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
  await page.getByRole('link', { name: '查看职位列表' }).click();
  await expect(page.getByText('阀门装配工')).toBeVisible();
  await expect(page.getByText('中餐厨师')).toBeVisible();
  const positions = await ok<{ title: string; payMin: number; payMax: number; roomIncluded: boolean; boardIncluded: boolean }[]>(core, 'positions.list', {});
  expect(positions.map((p) => [p.title, p.payMin, p.payMax, p.roomIncluded, p.boardIncluded]).sort()).toEqual([
    ['中餐厨师', 6000, 8000, true, false],
    ['阀门装配工', 5500, 6500, true, true],
  ]);
});

test('checking a file can be stopped half-way: the mapping stays, nothing is imported', async ({ app: page, core, workspace, shot }) => {
  const file = join(workspace.dir, '嘉定区用工企业名录.xlsx');
  await writeXlsx(file, [{ name: '企业名录', rows: register() }]);
  await openAt(page, '#/companies');
  await page.getByRole('button', { name: '导入' }).click();
  core.dialogs.answer(file);
  await page.getByRole('button', { name: '选择文件…' }).click();
  await pick(page, '企业名称 *', '第 3 列：单位全称');
  // Play a slow machine so the check is still running when the person stops it (long enough
  // for the screenshot below on a loaded two-core machine).
  await core.ops.pauseJobs(2000);
  await page.getByRole('button', { name: '检查数据' }).click();
  const progress = page.getByRole('status');
  await expect(progress.getByRole('button', { name: '取消' })).toBeVisible();
  await shot('import-checking');
  await progress.getByRole('button', { name: '取消' }).click();
  await expect(progress).toBeHidden();
  await expect(page.getByRole('button', { name: '检查数据' })).toBeEnabled();
  expect(await companyCount(core)).toBe(EXISTING.length);
});

test('Excel’s “Unicode 文本” (UTF-16, tab-separated) opens like a CSV and says what it read', async ({ app: page, core, workspace, shot }) => {
  const file = join(workspace.dir, '企业名录.txt');
  const text = ['企业名称\t所属街镇\t职工人数', '上海嘉定精密机械有限公司\t安亭镇\t120', '上海嘉定物流有限公司\t南翔镇\t80', ''].join('\r\n');
  writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  await openAt(page, '#/imports/companies');
  await expect(page.getByText('“Unicode 文本”（.txt）')).toBeVisible();
  core.dialogs.answer(file);
  await page.getByRole('button', { name: '选择文件…' }).click();
  await expect(page.getByTestId('import-file')).toContainText('企业名录.txt：2 行数据 · Unicode 文本（UTF-16，制表符分隔）');
  await expect(page.getByLabel('企业名称 *')).toHaveText('第 1 列：企业名称');
  await shot('import-unicode-text');
  expect(await companyCount(core)).toBe(EXISTING.length);
});

test('reading a large file shows how far it got and can be stopped: nothing is held, nothing imported', async ({ app: page, core, workspace, shot }) => {
  const file = join(workspace.dir, '全区企业名录.csv');
  writeFileSync(file, ['企业名称,所属街镇,职工人数', ...Array.from({ length: 19_000 }, (_, i) => `上海嘉定第${i + 1}号制造有限公司,${TOWNS[i % TOWNS.length]},${i % 900}`)].join('\r\n'));
  await openAt(page, '#/imports/companies');
  // A slow machine: each 64 KB chunk waits, so the person's 取消 lands mid-file.
  await core.ops.pauseJobs(400);
  core.dialogs.answer(file);
  await page.getByRole('button', { name: '选择文件…' }).click();
  const progress = page.getByRole('status');
  await expect(progress).toContainText(/正在读取文件 [1-9]\d?%/);
  await shot('import-reading');
  await progress.getByRole('button', { name: '取消' }).click();
  await expect(progress).toBeHidden();
  await expect(page.getByTestId('import-error')).toBeHidden();
  await expect(page.getByRole('button', { name: '选择文件…' })).toBeEnabled();
  expect(await companyCount(core)).toBe(EXISTING.length);
});
