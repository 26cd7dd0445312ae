// A workspace file that fails its integrity check is never a dead end: its screen says what
// is wrong, offers the newest backup that passes its check, and exports what can still be
// read; restoring the backup gives a writable workspace again. Without a good backup it says so.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { type Core, expect, test, type Workspace } from './fixtures';
import { damageRootPage } from './damage';
import { ok } from './helpers';

const COMPANIES = ['上海沪工阀门厂（集团）有限公司', '大董（上海）餐饮管理有限公司', '上海嘉定精密机械有限公司'];

/**
 * Three companies in 安亭镇 and a visit; then the file is closed (backed up on closing) and one
 * index page damaged: the one the town list counts its companies in (companies_listed_by_town,
 * read by lookups.list when the companies screen opens), not the one the companies list and its
 * export walk, which stay readable.
 */
async function damagedWorkspace(page: Page, core: Core, workspace: Workspace, { keepBackups, checkFirst = true }: { keepBackups: boolean; checkFirst?: boolean }) {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  const towns = await ok<{ id: string; name: string }[]>(core, 'lookups.list', { kind: 'town' });
  const townId = towns.find((t) => t.name === '安亭镇')!.id;
  const ids: string[] = [];
  for (const name of COMPANIES) ids.push((await ok<{ id: string }>(core, 'companies.create', { name, townId })).id);
  await ok(core, 'visits.create', { companyId: ids[0], visitDate: '2018-09-10', staffIds: [me.id], purpose: '赴德钦专场招聘前走访' });
  await core.ops.close();
  if (!keepBackups) rmSync(join(workspace.dir, 'backups'), { recursive: true, force: true });
  damageRootPage(workspace.path, workspace.dir, 'companies_listed_by_town');
  if (!checkFirst) {
    await core.ops.openHeld(workspace.path);
    return page.reload();
  }
  await core.ops.open(workspace.path);
  // The check runs a moment after opening (the file was closed cleanly); finish it now.
  await core.ops.settle();
  expect((await core.ops.info()).readOnlyReason).toBe('damaged');
  await page.reload();
}

test('damage found by the check after opening: the window turns to the damaged-workspace screen at the next call it refuses', async ({ app: page, core, workspace }) => {
  await damagedWorkspace(page, core, workspace, { keepBackups: true, checkFirst: false });
  // Opened at once, writable; the check is still to come.
  await expect(page.getByRole('link', { name: '企业', exact: true })).toBeVisible();
  await expect(page.getByTestId('damaged-workspace')).toHaveCount(0);
  expect((await core.ops.info()).readOnly).toBe(false);
  await core.ops.settle(); // the check, done: it found the damaged index
  expect((await core.ops.info()).readOnlyReason).toBe('damaged');
  // The next thing the user does is refused, and the window shows why and the way out.
  await page.getByRole('link', { name: '企业', exact: true }).click();
  await expect(page.getByTestId('damaged-workspace').getByRole('heading', { name: '此工作区文件已损坏' })).toBeVisible();
  await expect(page.getByTestId('newest-good-backup')).toContainText('关闭时');
});

test('a damaged workspace offers its newest good backup, and restoring it gives a writable workspace', async ({ app: page, core, workspace, shot }) => {
  await damagedWorkspace(page, core, workspace, { keepBackups: true });

  const screen = page.getByTestId('damaged-workspace');
  await expect(screen.getByRole('heading', { name: '此工作区文件已损坏' })).toBeVisible();
  // What is wrong, behind a click.
  await expect(page.getByTestId('damage-problem')).toBeHidden();
  await screen.getByRole('button', { name: '技术细节' }).click();
  await expect(page.getByTestId('damage-problem')).toHaveText(/malformed|page/i);
  // The newest backup that passes its check: the one taken on closing, with its counts.
  const good = page.getByTestId('newest-good-backup');
  await expect(good).toContainText('关闭时');
  await expect(good).toContainText('企业 3 · 走访 1 · 审核 0 · 出访 0');
  await shot('damaged-workspace');

  // What can still be read can be exported.
  const file = join(workspace.dir, '企业名录.xlsx');
  core.dialogs.answer(file);
  await screen.getByRole('button', { name: '导出' }).click();
  await page.getByTestId('export-companies-xlsx').click();
  await expect(page.getByText(/已导出 3 行到/)).toBeVisible();
  expect(existsSync(file)).toBe(true);
  await page.getByRole('button', { name: '关闭' }).click();

  // The user may look around read-only first; the banner brings the screen back.
  await screen.getByRole('button', { name: '先只读查看数据' }).click();
  const banner = page.getByTestId('read-only-banner');
  await expect(banner).toContainText('此工作区文件已损坏，只能查看和导出，不能修改。');
  await page.getByRole('link', { name: '企业', exact: true }).click();
  await expect(page.getByRole('row', { name: /上海沪工阀门厂/ })).toBeVisible();
  await shot('damaged-banner');
  await banner.getByRole('button', { name: '查看处理办法' }).click();
  await expect(screen).toBeVisible();

  // Restoring: the question says the damaged file is replaced and later changes are lost.
  await good.getByRole('button', { name: '恢复此备份' }).click();
  const question = page.getByRole('dialog');
  await expect(question).toContainText('已损坏的工作区文件将被这份备份替换');
  await shot('damaged-restore-confirm');
  await question.getByRole('button', { name: '恢复', exact: true }).click();
  await expect(page.getByText(/已恢复到 .+ 的备份/)).toBeVisible();
  await expect(screen).toHaveCount(0);
  await expect(page.getByTestId('read-only-banner')).toHaveCount(0);

  // Writable again: a new company is saved, and the file holds all four.
  expect((await core.ops.state()).writable).toBe(true);
  await page.getByRole('link', { name: '企业', exact: true }).click();
  await page.getByRole('button', { name: '新建企业' }).first().click();
  await page.getByLabel('企业名称').fill('上海安亭汽车零部件有限公司');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: /上海安亭汽车零部件有限公司/ })).toBeVisible();
  const list = await ok<{ total: number }>(core, 'companies.list', { query: '', sort: 'name', offset: 0, limit: 10 });
  expect(list.total).toBe(4);
});

test('a damaged workspace without a good backup says so and still offers the exports', async ({ app: page, core, workspace, shot }) => {
  await damagedWorkspace(page, core, workspace, { keepBackups: false });
  const screen = page.getByTestId('damaged-workspace');
  await expect(screen.getByTestId('no-good-backup')).toContainText('没有找到通过完整性检查的备份。');
  await expect(screen.getByRole('button', { name: '导出' })).toBeVisible();
  await expect(screen.getByRole('button', { name: '恢复此备份' })).toHaveCount(0);
  await shot('damaged-no-backup');

  // In English too.
  await page.getByTestId('language-switch').click();
  await expect(screen.getByRole('heading', { name: 'This workspace file is damaged' })).toBeVisible();
  await expect(screen).toContainText('No backup that passes its integrity check was found.');
  await shot('damaged-no-backup-en');

  // 查看全部备份 leaves the screen for Settings, scrolled to the backups (none here).
  await screen.getByRole('button', { name: 'See all backups' }).click();
  await expect(page.getByRole('heading', { name: 'Backups and restore' })).toBeInViewport();
  await expect(page.getByTestId('backups')).toContainText('No backups yet');
  await expect(page.getByTestId('read-only-banner')).toContainText('What to do');
});
