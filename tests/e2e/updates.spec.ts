// Settings › 软件更新 as IT staff and a colleague meet it: no address (no checks, says so), a
// wrong address refused at the field, the intranet server (a local one) offering a newer version
// with its notes, skipping it and taking it back, the download with its progress (electron-updater
// answered by the harness's StubShell) and 重启并安装; a server that does not answer; the notice
// at start that leads here.
import { inc } from 'semver';
import type { Page } from '@playwright/test';
import { APP_VERSION } from '../../electron/core/updates/appVersion';
import { type FeedServer, startFeedServer } from '../harness/updateFeed';
import { type Core, expect, test } from './fixtures';
import { ok, openAt } from './helpers';

const NEWER = inc(APP_VERSION, 'minor')!;
const NOTES = '修正了导出表格时的日期格式。\n审核摘要中显示整改期限。\n新增“软件更新”。';

let server: FeedServer;
test.beforeEach(async () => {
  server = await startFeedServer();
});
test.afterEach(async () => {
  await server.close();
});

/** 王芳 is the current user, so no "who am I" question covers the screens. */
async function seed(core: Core) {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
}

/** Settings opened at 软件更新, as 帮助 › 检查更新 opens it (#/settings/updates: a check at once). */
async function openUpdates(page: Page) {
  await openAt(page, '#/settings/updates');
  const section = page.getByTestId('updates-settings');
  await expect(section).toBeVisible();
  await section.evaluate((el) => el.closest('.MuiCard-root')?.scrollIntoView({ block: 'start' }));
  return section;
}

test('no address: no checks, and a wrong address is refused at the field', async ({ app: page, core, shot }) => {
  await seed(core);
  const section = await openUpdates(page);
  await expect(section.getByTestId('update-current')).toHaveText(`当前版本：${APP_VERSION}`);
  await expect(section.getByTestId('empty-state')).toContainText('未设置更新地址，不会检查更新。');
  await expect(section.getByRole('button', { name: '检查更新' })).toHaveCount(0);
  await shot('updates-not-configured');

  const address = section.getByLabel('更新地址');
  await address.fill('ftp://10.1.2.3/liaison/');
  await section.getByRole('button', { name: '保存' }).click();
  await expect(section.getByText('更新地址须以 http:// 或 https:// 开头')).toBeVisible();
  await address.fill('http://it:mima@10.1.2.3/liaison/');
  await section.getByRole('button', { name: '保存' }).click();
  await expect(section.getByText('更新地址中不能包含用户名或密码')).toBeVisible();
  await shot('updates-address-refused');
  expect((await ok<{ feedUrl: string | null }>(core, 'updates.status', {})).feedUrl).toBeNull();
  expect(server.requests).toEqual([]);
});

test('a newer version on the intranet: notes, skip, download with progress, restart and install', async ({ app: page, core, shot }) => {
  await seed(core);
  server.publish(NEWER, { notes: NOTES, size: 98_304_512, date: '2026-11-20T08:00:00.000Z' });
  const section = await openUpdates(page);
  await section.getByLabel('更新地址').fill(server.url);
  await section.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已保存更新地址')).toBeVisible();

  await expect(section.getByTestId('update-finding')).toHaveText(`有新版本 ${NEWER} 可以安装。`);
  await expect(section.getByTestId('update-notes')).toHaveText(NOTES);
  await expect(section.getByTestId('update-release')).toContainText('安装包大小：93.8 MB');
  await expect(section.getByTestId('update-release')).toContainText('发布日期：2026年11月20日');
  await expect(section.getByTestId('update-checked-at')).toContainText('上次检查：');
  await shot('updates-available');

  await section.getByRole('button', { name: '跳过此版本' }).click();
  await expect(section.getByTestId('update-finding')).toHaveText(`已跳过版本 ${NEWER}，有更新的版本时会再提醒。`);
  await section.getByRole('button', { name: '检查更新' }).click();
  await expect(section.getByTestId('update-finding')).toContainText(`已跳过版本 ${NEWER}`);
  await section.getByRole('button', { name: '不再跳过' }).click();
  await expect(section.getByTestId('update-finding')).toHaveText(`有新版本 ${NEWER} 可以安装。`);

  await section.getByRole('button', { name: '下载', exact: true }).click();
  await expect(section.getByText(`正在连接，准备下载 ${NEWER}…`)).toBeVisible();
  await expect.poll(() => core.shell.calls.filter((c) => c.method === 'updateDownload')).toEqual([{ method: 'updateDownload', args: [server.url, NEWER] }]);
  core.shell.downloadProgress = { transferred: 49_152_256, total: 98_304_512 };
  await expect(section.getByText(`正在下载 ${NEWER}：50%（46.9 / 93.8 MB）`)).toBeVisible();
  await expect(section.getByRole('progressbar', { name: '下载' })).toHaveAttribute('aria-valuenow', '50');
  await shot('updates-downloading');

  core.shell.finishDownload();
  await expect(section.getByText(`版本 ${NEWER} 已下载并通过校验。重启程序即可安装。`)).toBeVisible();
  await shot('updates-downloaded');
  await section.getByRole('button', { name: '重启并安装' }).click();
  await expect(section.getByText('正在关闭程序并启动安装…')).toBeVisible();
  await expect.poll(() => core.shell.calls.map((c) => c.method)).toEqual(['updateDownload', 'updateInstall']);
});

test('a download that fails its checksum is not installed, and can be tried again', async ({ app: page, core }) => {
  await seed(core);
  server.publish(NEWER);
  await ok(core, 'updates.setFeed', { url: server.url });
  const section = await openUpdates(page);
  await section.getByRole('button', { name: '下载', exact: true }).click();
  await expect.poll(() => core.shell.calls.length).toBe(1);
  core.shell.finishDownload({ ok: false, reason: 'checksum' });
  await expect(section.getByText('下载的安装包与更新信息中的校验值（sha512）不符，没有安装。请联系信息管理人员')).toBeVisible();
  await expect(section.getByRole('button', { name: '重启并安装' })).toHaveCount(0);
  await expect(section.getByRole('button', { name: '重新下载' })).toBeEnabled();
});

test('a server that does not answer, then a folder without the feed, then a damaged feed', async ({ app: page, core, shot }) => {
  await seed(core);
  await core.ops.updateCheckTimeout(3_000);
  await ok(core, 'updates.setFeed', { url: `${server.origin}stall/` });
  const section = await openUpdates(page);
  await expect(section.getByText('正在检查更新…')).toBeVisible();
  await shot('updates-checking');
  await expect(section.getByTestId('update-finding')).toContainText('连接超时，服务器没有回应');

  await ok(core, 'updates.setFeed', { url: `${server.origin}nothing-here/` });
  await section.getByRole('button', { name: '检查更新' }).click();
  await expect(section.getByTestId('update-finding')).toContainText('服务器上没有这个文件（404）');
  await shot('updates-unreachable');

  await ok(core, 'updates.setFeed', { url: server.url });
  server.publishText(`version: ${NEWER}\npath: setup.exe\n`);
  await section.getByRole('button', { name: '检查更新' }).click();
  await expect(section.getByTestId('update-finding')).toContainText('没有列出安装包及其校验值（sha512）');
});

test('the notice at start leads to Settings › 软件更新', async ({ app: page, core, shot }) => {
  await seed(core);
  server.publish(NEWER, { notes: NOTES });
  await ok(core, 'updates.setFeed', { url: server.url });
  await openAt(page, '#/companies');
  const notice = page.getByTestId('update-notice');
  await expect(notice).toHaveText(new RegExp(`有新版本 ${NEWER.replace(/\./g, '\\.')} 可以安装`), { timeout: 15_000 });
  await shot('updates-notice');
  await notice.getByRole('button', { name: '查看' }).click();
  await expect(page).toHaveURL(/#\/settings\/updates$/);
  await expect(page.getByTestId('update-finding')).toHaveText(`有新版本 ${NEWER} 可以安装。`);
  await expect(notice).toBeHidden();
});
