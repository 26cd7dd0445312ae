// The record of what leaves the workspace, as the user sees it: exporting the company register,
// saving a trip report, a scanned agreement or a template file each add an entry, and Settings ›
// 导出记录 lists them, newest first, with the dataset/report/file in the user's words, the filter,
// rows, file name, who and when.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ok, openAt } from './helpers';

const TITLE = '2018年9月 赴迪庆州德钦县专场招聘和职业培训';
const ARTIFACTS = join(__dirname, '..', 'artifacts');

/** Settings scrolled to 导出记录, photographed as the window shows it (1280×800). */
async function showLog(page: Page, name: string) {
  await openAt(page, '#/settings');
  const section = page.locator('#export-log');
  await section.waitFor();
  await section.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect(section.getByRole('heading', { name: '导出记录', exact: true })).toBeVisible();
  return async () => page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

test('a fresh workspace has nothing in its export log', async ({ app: page, core }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '陈建国' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  const shoot = await showLog(page, 'export-log-empty');
  await expect(page.getByText('还没有导出记录')).toBeVisible();
  await shoot();
});

test('exporting the company register and saving a trip report are both in Settings › 导出记录', async ({ app: page, core, workspace }) => {
  test.setTimeout(120_000);
  await ok(core, 'workspace.openExample', {});
  const staff = await ok<{ id: string; name: string }[]>(core, 'staff.list', {});
  await ok(core, 'settings.update', { currentStaffId: staff[0]!.id });

  await openAt(page, '#/companies');
  await page.getByPlaceholder('名称、信用代码、联系人或拼音首字母').fill('上海沪工');
  await page.getByRole('button', { name: '导出' }).click();
  const xlsx = join(workspace.dir, '企业名录-沪工.xlsx');
  core.dialogs.answer(xlsx);
  await page.getByTestId('export-companies-xlsx').click();
  const dialog = page.getByRole('dialog', { name: '导出企业名录' });
  await expect(dialog.getByText(`已导出 1 行到 ${xlsx}`)).toBeVisible();
  await dialog.getByRole('button', { name: '关闭' }).click();

  await openAt(page, '#/trips');
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  const pdf = join(workspace.dir, '德钦工作简报.pdf');
  core.dialogs.answer(pdf);
  await page.getByRole('button', { name: '工作简报' }).click();
  await page.getByRole('menuitem', { name: /PDF/ }).click();
  await expect(page.getByText(`已保存工作简报 PDF：${pdf}`)).toBeVisible({ timeout: 20_000 });

  const shoot = await showLog(page, 'export-log');
  const rows = page.getByTestId('export-log-row');
  await expect(rows).toHaveCount(2);
  // Newest first: the trip report, then the register with its search kept only as "含搜索词".
  await expect(rows.nth(0)).toContainText('报告');
  await expect(rows.nth(0)).toContainText('工作简报（PDF）');
  await expect(rows.nth(0)).toContainText(`出访：${TITLE}`);
  await expect(rows.nth(0)).toContainText('德钦工作简报.pdf');
  await expect(rows.nth(0)).toContainText(staff[0]!.name);
  await expect(rows.nth(1)).toContainText('导出');
  await expect(rows.nth(1)).toContainText('企业名录');
  await expect(rows.nth(1)).toContainText('含搜索词');
  await expect(rows.nth(1)).toContainText('企业名录-沪工.xlsx');
  await expect(rows.nth(1)).not.toContainText('上海沪工');
  await expect(rows.nth(1)).not.toContainText(workspace.dir);
  await expect(rows.nth(1).getByRole('cell').nth(4)).toHaveText('1');
  await shoot();

  // The log is itself an export, which adds its own entry.
  const csv = join(workspace.dir, '导出记录.csv');
  core.dialogs.answer(csv);
  await page.locator('#export-log').getByRole('button', { name: '导出' }).click();
  await page.getByTestId('export-exportLog-csv').click();
  const logDialog = page.getByRole('dialog', { name: '导出导出记录' });
  await expect(logDialog.getByText(`已导出 2 行到 ${csv}`)).toBeVisible();
  await logDialog.getByRole('button', { name: '关闭' }).click();
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('导出记录.csv');
});

test('a saved scanned agreement and a template file are in the log too, in Chinese and in English', async ({ app: page, core, workspace }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '陈建国' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  const agreement = await ok<{ id: string }>(core, 'agreements.create', {
    agreement: { type: 'labourExport', title: '劳务输出协议', parties: ['楚雄州人社局'], copies: 2, signedOn: '2017-11-20' }, today: '2019-06-30',
  });
  const pdf = Buffer.from('%PDF-1.4\n%%EOF\n', 'latin1').toString('base64');
  const doc = await ok<{ id: string }>(core, 'agreements.attachDocument', { agreementId: agreement.id, fileName: '协议扫描件.pdf', data: pdf });
  core.dialogs.answer(join(workspace.dir, '劳务输出协议-盖章页.pdf'));
  await ok(core, 'agreements.saveDocument', { id: doc.id });
  const template = (await ok<{ id: string }[]>(core, 'templates.list', {}))[0]!;
  core.dialogs.answer(join(workspace.dir, '审核清单-v1.json'));
  await ok(core, 'templates.export', { id: template.id });

  const shoot = await showLog(page, 'export-log-files');
  const rows = page.getByTestId('export-log-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('导出');
  await expect(rows.nth(0)).toContainText('审核清单模板');
  await expect(rows.nth(0)).toContainText('版本：1');
  await expect(rows.nth(0)).toContainText('审核清单-v1.json');
  await expect(rows.nth(1)).toContainText('协议扫描件');
  await expect(rows.nth(1)).toContainText('协议：劳务输出协议');
  await expect(rows.nth(1)).toContainText('劳务输出协议-盖章页.pdf');
  await expect(rows.nth(1)).toContainText('陈建国');
  await shoot();

  await page.getByTestId('language-switch').click();
  await expect(page.locator('#export-log').getByRole('heading', { name: 'Export log', exact: true })).toBeVisible();
  await expect(rows.nth(0)).toContainText('Checklist template');
  await expect(rows.nth(0)).toContainText('Version: 1');
  await expect(rows.nth(1)).toContainText('Scanned agreement');
  await expect(rows.nth(1)).toContainText('Agreement: 劳务输出协议');
  await page.locator('#export-log').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: join(ARTIFACTS, 'export-log-files-en.png') });
});
