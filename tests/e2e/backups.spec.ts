// Settings › 备份与恢复: the user backs up now and sees the backup listed with its record
// counts, restores it after a change and gets the record back as it was, looks inside a
// backup read-only (writes are refused with a message), and goes back to the workspace.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { BackupEntry } from '../../shared/backups/schema';
import type { Company } from '../../shared/companies/schema';
import { companyAsInput } from '../../electron/core/testing/workspace';
import { type AppGlobal, type Core, expect, test } from './fixtures';
import { ok } from './helpers';

const NAME = '上海沪工阀门厂（集团）有限公司';
const RENAMED = '上海沪工阀门（集团）股份有限公司';
const COUNTS = '企业 2 · 走访 1 · 审核 0 · 出访 0';

/** 王芳 at work: two companies and a visit, after the day's first-open backup of the empty workspace. */
async function seed(core: Core): Promise<Company> {
  // The daily backup is taken a moment after opening; take it now so the list is the same every run.
  await core.ops.settle();
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  const company = await ok<Company>(core, 'companies.create', { name: NAME, headcount: 850 });
  await ok(core, 'companies.create', { name: '大董（上海）餐饮管理有限公司' });
  await ok(core, 'visits.create', { companyId: company.id, visitDate: '2018-09-10', staffIds: [me.id], purpose: '赴德钦专场招聘前走访' });
  return company;
}

async function openBackups(page: Page) {
  await page.getByRole('link', { name: '设置' }).click();
  const section = page.getByTestId('backups');
  await section.scrollIntoViewIfNeeded();
  await expect(page.getByRole('heading', { name: '备份与恢复' })).toBeVisible();
  return section;
}

const nameOf = async (core: Core, id: string) => (await ok<Company>(core, 'companies.get', { id })).name;

test('back up now: the backup is listed with its counts; restoring it brings a changed record back', async ({ app: page, core, shot }) => {
  const company = await seed(core);
  await page.reload();
  const section = await openBackups(page);
  await expect(section.getByRole('row', { name: /自动·每日/ })).toContainText('企业 0 · 走访 0 · 审核 0 · 出访 0');

  await section.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByText(`已备份（${COUNTS}）`)).toBeVisible();
  const manual = section.getByRole('row', { name: /手动/ });
  await expect(manual).toContainText(COUNTS);
  await expect(manual).toContainText(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}:\d{2}/);
  await expect(manual).toContainText(/\d\.\d MB/);
  await shot('backups-list');

  // The company is renamed in its form.
  await page.getByRole('link', { name: '企业', exact: true }).click();
  await page.getByRole('row', { name: /上海沪工阀门厂/ }).click();
  await page.getByRole('button', { name: '编辑' }).click();
  await page.getByLabel('企业名称').fill(RENAMED);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: new RegExp(RENAMED) })).toBeVisible();

  // Restore the manual backup: the question says the current state is backed up first.
  await openBackups(page);
  await manual.getByRole('button', { name: /^恢复/ }).click();
  const question = page.getByRole('dialog');
  await expect(question).toContainText(/恢复到 .+ 的备份？/);
  await expect(question).toContainText('当前的工作区会先自动备份一份');
  await shot('backups-restore-confirm');
  await question.getByRole('button', { name: '恢复', exact: true }).click();
  await expect(page.getByText(/已恢复到 .+ 的备份/)).toBeVisible();

  // The record is back as it was, in the file and on screen; the state before is kept as "恢复前".
  expect(await nameOf(core, company.id)).toBe(NAME);
  await expect(section.getByRole('row', { name: /恢复前/ })).toBeVisible();
  const entries = await ok<BackupEntry[]>(core, 'backups.list', {});
  expect(entries.find((e) => e.reason === 'beforeRestore')?.counts).toEqual({ companies: 2, visits: 1, vettings: 0, trips: 0 });
  await page.getByRole('link', { name: '企业', exact: true }).click();
  await expect(page.getByRole('row', { name: /上海沪工阀门厂（集团）有限公司/ })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(RENAMED) })).toHaveCount(0);

  // The same list in English.
  await page.getByTestId('language-switch').click();
  await page.getByRole('link', { name: 'Settings' }).click();
  await section.scrollIntoViewIfNeeded();
  await expect(page.getByRole('heading', { name: 'Backups and restore' })).toBeVisible();
  await expect(section.getByRole('row', { name: /Manual/ })).toContainText('Companies 2 · Visits 1 · Vettings 0 · Trips 0');
  await expect(section.getByRole('row', { name: /Before restore/ })).toBeVisible();
  await shot('backups-list-en');
});

test('a backup viewed read-only: a banner says so, writes are refused, and the workspace comes back', async ({ app: page, core, shot }) => {
  const company = await seed(core);
  await ok(core, 'backups.create', {});
  await ok(core, 'companies.update', { ...companyAsInput(await ok<Company>(core, 'companies.get', { id: company.id })), name: RENAMED });
  await page.reload();

  const section = await openBackups(page);
  await section.getByRole('row', { name: /手动/ }).getByRole('button', { name: /^只读查看/ }).click();
  const banner = page.getByTestId('read-only-banner');
  await expect(banner).toContainText(/正在查看 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}:\d{2} 的备份（只读）/);
  await expect(page.getByRole('heading', { name: '概览' })).toBeVisible();
  await shot('backup-view-banner');

  // The backup's contents: the name before the change.
  await page.getByRole('link', { name: '企业', exact: true }).click();
  await page.getByRole('row', { name: /上海沪工阀门厂（集团）有限公司/ }).click();
  await expect(page.getByRole('heading', { name: new RegExp(NAME.replace(/[()（）]/g, '.')) })).toBeVisible();
  // A write is refused with the reason, and nothing changes.
  await page.getByRole('button', { name: '删除' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('正在查看备份（只读）：请先回到工作区再修改')).toBeVisible();
  await shot('backup-view-write-refused');

  // The Settings list marks the backup being looked at.
  await openBackups(page);
  await expect(section.getByRole('row', { name: /手动/ })).toContainText('正在查看');

  await banner.getByRole('button', { name: '返回工作区' }).click();
  await expect(banner).toHaveCount(0);
  expect((await core.ops.state()).writable).toBe(true);
  expect(await nameOf(core, company.id)).toBe(RENAMED);
  await page.getByRole('link', { name: '企业', exact: true }).click();
  await expect(page.getByRole('row', { name: new RegExp(RENAMED.replace(/[()（）]/g, '.')) })).toBeVisible();
});

test('a backup viewed read-only can be restored from its banner, after the workspace is backed up', async ({ app: page, core, shot }) => {
  const company = await seed(core);
  await ok(core, 'backups.create', {});
  await ok(core, 'companies.update', { ...companyAsInput(await ok<Company>(core, 'companies.get', { id: company.id })), name: RENAMED });
  await page.reload();

  const section = await openBackups(page);
  await section.getByRole('row', { name: /手动/ }).getByRole('button', { name: /^只读查看/ }).click();
  const banner = page.getByTestId('read-only-banner');
  await banner.getByRole('button', { name: '恢复此备份' }).click();
  await expect(page.getByRole('dialog')).toContainText('当前的工作区会先自动备份一份');
  await page.getByRole('dialog').getByRole('button', { name: '恢复', exact: true }).click();
  await expect(page.getByText(/已恢复到 .+ 的备份/)).toBeVisible();
  await expect(banner).toHaveCount(0);
  await shot('backup-restored-from-view');

  expect((await core.ops.state()).writable).toBe(true);
  expect(await nameOf(core, company.id)).toBe(NAME);
  // The renamed state was kept before it was replaced.
  const entries = await ok<BackupEntry[]>(core, 'backups.list', {});
  expect(entries.map((e) => e.reason)).toContain('beforeRestore');
});

test('no backups yet: the section says when they are made', async ({ app: page, core, workspace, shot }) => {
  await seed(core);
  // The day's first-open backup was taken; without it the list is empty.
  rmSync(join(workspace.dir, 'backups'), { recursive: true, force: true });
  await page.reload();
  const section = await openBackups(page);
  await expect(section.getByText('还没有备份')).toBeVisible();
  await expect(section).toContainText('每次升级前、每天第一次打开时、以及修改后关闭时');
  await shot('backups-empty');

  // Backing up to a place the user picks: a checked copy there.
  const copy = join(workspace.dir, '工作区-备份.sqlite');
  core.dialogs.answer(copy);
  await section.getByRole('button', { name: '备份到…' }).click();
  await expect(page.getByText(`备份已保存到 ${copy}`)).toBeVisible();
  expect(core.dialogs.asked.at(-1)?.kind).toBe('chooseCopyDestination');
});

test('the retention rule is said in words and can be changed; a rule of 0 days is refused at the field', async ({ app: page, core, workspace, shot }) => {
  await seed(core);
  await page.reload();
  const section = await openBackups(page);
  await expect(section).toContainText('保留规则：最近 7 天每天各类备份的最新一份，以及之前 4 周每周一份');
  await section.getByRole('button', { name: '更改…' }).click();
  const dialog = page.getByRole('dialog', { name: '备份保留规则' });
  await dialog.getByLabel('按天保留').fill('0');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('不能小于 1')).toBeVisible();
  await shot('backups-retention-refused');
  await dialog.getByLabel('按天保留').fill('14');
  await dialog.getByLabel('再按周保留').fill('8');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(section).toContainText('保留规则：最近 14 天每天各类备份的最新一份，以及之前 8 周每周一份');
  expect(JSON.parse(readFileSync(join(workspace.dir, 'backups', 'retention.json'), 'utf8'))).toEqual({ daily: 14, weekly: 8 });
});

test('while a backup and a copy are written, their buttons say so and the window goes on: a list call is answered meanwhile', async ({ app: page, core, workspace, shot }) => {
  test.setTimeout(180_000); // seeding 40,000 companies takes most of a minute on two loaded cores
  await seed(core);
  // Large enough that the copies take a while (a few seconds on two shared cores).
  await core.ops.seedCompanies(40_000, '上海嘉定示例精密机械第');
  await page.reload();
  const section = await openBackups(page);
  const backUpNow = section.getByRole('button', { name: '立即备份' });
  const saveCopy = page.getByRole('button', { name: '另存副本…' });
  const copy = join(workspace.dir, '工作区-副本.sqlite');
  core.dialogs.answer(copy);

  const started = Date.now();
  // Each state is looked at right after its click: on a quiet machine the backup can be done
  // by the time the copy's save dialog has been answered.
  await backUpNow.click();
  await expect(backUpNow).toBeDisabled();
  await saveCopy.click();
  await expect(saveCopy).toBeDisabled();
  await shot('save-copy-in-progress');
  await section.scrollIntoViewIfNeeded();
  await shot('backups-in-progress');
  // The core answers another call while both copies are written in their threads.
  const answeredMs = await page.evaluate(async () => {
    const t0 = performance.now();
    await (globalThis as unknown as AppGlobal).api.companies.list({ limit: 100, sort: 'name' });
    return performance.now() - t0;
  });
  await expect(backUpNow).toBeEnabled({ timeout: 120_000 });
  await expect(saveCopy).toBeEnabled({ timeout: 120_000 });
  const copiesMs = Date.now() - started;
  console.log(`copies took ${copiesMs} ms; a list call during them was answered in ${answeredMs.toFixed(0)} ms`);
  expect(answeredMs).toBeLessThan(copiesMs / 2);
  const entries = await ok<BackupEntry[]>(core, 'backups.list', {});
  expect(entries.find((e) => e.reason === 'manual')?.counts?.companies).toBe(40_002);
  expect(readFileSync(copy).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3'); // encrypted like the workspace
});
