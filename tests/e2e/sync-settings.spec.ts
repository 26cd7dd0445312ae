// Team sync as 王芳 sets it up: Settings › 团队同步 (this computer's name and user, a folder as
// the exchange place, a new team and its code and file), the top bar's 同步 (leads to the
// settings until set up; its badge, its progress while running, the sentence it ends with),
// refusals shown at their fields, and 合并审阅 with nothing to decide.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { SyncStatus } from '../../shared/sync/schema';
import { createTeam, teamCode } from '../../electron/core/sync/team';
import { type Core, expect, test } from './fixtures';
import { ok } from './helpers';

/** 王芳 is the current user, so no "who am I" question covers the screens. */
async function seed(core: Core) {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
}

async function openSyncSettings(page: Page) {
  await page.getByRole('link', { name: '设置' }).click();
  const section = page.getByTestId('sync-settings');
  await section.scrollIntoViewIfNeeded();
  await expect(page.getByRole('heading', { name: '团队同步' })).toBeVisible();
  return section;
}

test('set this computer and a folder, create a team, see its code and save the team file', async ({ app: page, core, workspace, shot }) => {
  await seed(core);
  await page.reload();
  const share = join(workspace.dir, '交换文件夹');
  mkdirSync(share);
  const section = await openSyncSettings(page);
  await expect(section.getByRole('button', { name: '创建团队…' })).toBeDisabled();
  await expect(section).toContainText('请先填写上面的电脑名称和使用人。');
  await section.evaluate((el) => el.closest('.MuiCard-root')?.scrollIntoView({ block: 'start' }));
  await shot('sync-settings');

  await section.getByLabel('电脑名称').fill('办公室台式机');
  await section.getByLabel('使用人').fill('王芳');
  await section.getByRole('button', { name: '保存' }).first().click();
  await expect(page.getByText('已保存这台电脑的名称')).toBeVisible();

  core.dialogs.answer(share);
  await section.getByRole('button', { name: '选择文件夹…' }).click();
  await expect(section.getByTestId('sync-folder-path')).toHaveValue(share);

  await section.getByRole('button', { name: '创建团队…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('团队名称').fill('对口支援德钦组');
  await dialog.getByLabel(/^团队口令/).fill('deqin-2026-team');
  await dialog.getByLabel('再次输入团队口令').fill('deqin-2026-tea');
  await dialog.getByRole('button', { name: '创建' }).click();
  await expect(dialog.getByText('两次输入的口令不一致')).toBeVisible();
  await dialog.getByLabel('再次输入团队口令').fill('deqin-2026-team');
  await dialog.getByRole('button', { name: '创建' }).click();

  await expect(dialog.getByRole('heading', { name: '团队代码' })).toBeVisible();
  const code = await dialog.getByTestId('team-code').inputValue();
  expect(code.length).toBeGreaterThan(40);
  await shot('sync-team-created');

  const file = join(workspace.dir, '团队-对口支援德钦组.ldteam');
  core.dialogs.answer(file);
  await dialog.getByRole('button', { name: '保存团队文件…' }).click();
  await expect(page.getByText(`团队文件已保存到 ${file}`)).toBeVisible();
  expect(readFileSync(file, 'utf8')).not.toBe('');
  await dialog.getByRole('button', { name: '完成' }).click();

  await expect(section.getByTestId('sync-team')).toContainText('已加入团队“对口支援德钦组”');
  const colleagues = section.getByTestId('sync-colleagues');
  await expect(colleagues.getByRole('row', { name: /办公室台式机/ })).toContainText('尚未同步');
  await expect(page.getByText(`团队文件已保存到 ${file}`)).toBeHidden({ timeout: 10_000 }); // the notice goes by itself
  await colleagues.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shot('sync-settings-team');
});

test('refusals show at their fields: a missing folder, a wrong address, a wrong team passphrase', async ({ app: page, core, workspace, shot }) => {
  await seed(core);
  await ok(core, 'sync.setIdentity', { computerName: '李强的笔记本', userName: '李强' });
  await page.reload();
  const section = await openSyncSettings(page);

  await section.getByTestId('sync-folder-path').fill(join(workspace.dir, '没有这个文件夹'));
  await section.getByRole('button', { name: '使用此文件夹' }).click();
  await expect(section.getByText('找不到这个文件夹')).toBeVisible();

  await section.getByRole('button', { name: 'WebDAV 地址' }).click();
  await section.getByLabel('地址').fill('ftp://files.bureau.local/team/');
  await section.getByRole('button', { name: '保存', exact: true }).last().click();
  await expect(section.getByText('地址须以 http:// 或 https:// 开头')).toBeVisible();
  await shot('sync-settings-refused');

  // A colleague's team code (made as the colleague's computer makes it), with a mistyped passphrase.
  const code = await teamCode(createTeam('对口支援德钦组'), 'deqin-2026-team');
  await section.getByRole('button', { name: '加入团队…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('team-code-input').fill(code);
  await dialog.getByLabel('团队口令').fill('deqin-2026-tame');
  await dialog.getByRole('button', { name: '加入', exact: true }).click();
  await expect(dialog.getByText('团队口令不正确')).toBeVisible();
  await expect(dialog.getByRole('button', { name: '加入', exact: true })).toBeEnabled();
  await shot('sync-join-wrong-passphrase');
  await dialog.getByLabel('团队口令').fill('deqin-2026-team');
  await dialog.getByRole('button', { name: '加入', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByTestId('sync-team')).toContainText('已加入团队“对口支援德钦组”');
});

test('the top bar: 同步 leads to the settings until set up, then shows pending changes, its progress and how it ended', async ({ app: page, core, workspace, shot }) => {
  await seed(core);
  await page.reload();
  const button = page.getByTestId('sync-button');
  await expect(button).toHaveText('同步');
  await button.click();
  await expect(page.getByRole('heading', { name: '团队同步' })).toBeVisible();

  const share = join(workspace.dir, 'U盘');
  mkdirSync(share);
  await ok(core, 'sync.setIdentity', { computerName: '办公室台式机', userName: '王芳' });
  // By hand only: the core's automatic sync would otherwise start one by itself within half a minute.
  await ok(core, 'sync.setAuto', { autoMinutes: 0 });
  await ok(core, 'sync.setPlace', { kind: 'folder', path: share });
  await ok(core, 'sync.createTeam', { teamName: '对口支援德钦组', passphrase: 'deqin-2026-team' });
  await ok(core, 'companies.create', { name: '上海沪工阀门厂（集团）有限公司' });
  const { pending } = await ok<SyncStatus>(core, 'sync.status', {});
  await page.reload();
  expect(pending).toBeGreaterThan(0); // the team's first packet carries what was there, and the new company
  await expect(page.getByTestId('sync-pending')).toContainText(String(pending));

  // As on a slow machine, so the running state can be seen.
  await core.ops.pauseJobs(3000);
  await button.click();
  await expect(page.getByTestId('sync-progress')).toBeVisible();
  await expect(button).toContainText('正在同步…');
  await shot('sync-topbar-running');
  await core.ops.pauseJobs(0);

  const result = page.getByTestId('sync-result');
  await expect(result).toBeVisible({ timeout: 15_000 });
  await expect(result).toContainText(/已同步|从 \d+ 位同事收到/);
  await expect(button).not.toContainText('正在同步');
  // Settings › 团队同步 keeps how it ended.
  const last = page.getByTestId('sync-last');
  await expect(last).toContainText(/已同步|从 \d+ 位同事收到/);
  await last.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shot('sync-topbar-result');
  expect(existsSync(share)).toBe(true);
});

test('合并审阅 with nothing to decide says so, in Chinese and in English', async ({ app: page, core, shot }) => {
  await seed(core);
  await page.reload();
  await page.getByRole('link', { name: '合并审阅' }).click();
  await expect(page.getByRole('heading', { name: '合并审阅' })).toBeVisible();
  await expect(page.getByTestId('empty-state')).toContainText('没有需要确认的修改');
  await shot('sync-review-empty');
  await page.getByTestId('language-switch').click();
  await expect(page.getByTestId('empty-state')).toContainText('Nothing waits for your decision');
  await expect(page.getByTestId('sync-button')).toHaveText('Sync');
  await shot('sync-review-empty-en');
  await page.getByTestId('language-switch').click();
});
