// When something breaks, as the user and IT staff meet it: a screen that throws while rendering
// shows our error page in the user's language (not the router's "Unexpected Application
// Error!"), its 复制错误信息 copies what support needs and 重新加载 brings the app back, and the
// error is in the log. Settings › 日志与诊断 opens the log folder through the desktop shell and
// saves the diagnostics file where the user picks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { type Core, expect, test } from './fixtures';
import { ok, openAt } from './helpers';

const ARTIFACTS = join(__dirname, '..', 'artifacts');

const logText = (dir: string) =>
  readdirSync(join(dir, 'logs'))
    .map((f) => readFileSync(join(dir, 'logs', f), 'utf8'))
    .join('');

/**
 * A row the app did not write (a damaged or foreign workspace): an export-log entry whose time
 * is not a time. Settings › 导出记录 formats it with Intl, which throws a RangeError while the
 * page renders: a real screen failing on a real bad value, no test-only route.
 */
async function breakSettings(core: Core) {
  await signIn(core);
  await core.ops.sql("INSERT INTO export_log (at, kind, what, file_name) VALUES ('not-a-time', 'export', 'companies', 'a.csv')");
}

/** Someone is using the app (no "who are you" dialog over the screen). */
async function signIn(core: Core) {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '陈建国' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`) });
}

test('a screen that throws shows the error page in Chinese; 复制错误信息 and 重新加载 work; the error is in the log', async ({ app: page, core, workspace }) => {
  await breakSettings(core);
  await openAt(page, '#/settings');
  const errorPage = page.getByTestId('error-page');
  await expect(errorPage.getByRole('heading', { name: '抱歉，程序出错了' })).toBeVisible();
  await expect(page.getByText('Unexpected Application Error')).toHaveCount(0);
  await expect(errorPage.getByText('已保存的数据不受影响')).toBeVisible();
  // The detail is folded away until asked for.
  await expect(page.getByTestId('error-detail')).toBeHidden();
  await errorPage.getByText('错误详情', { exact: true }).click();
  await expect(page.getByTestId('error-detail')).toContainText('RangeError');
  await shot(page, 'error-page-zh');

  // 复制错误信息: message, stack, the app's version and the route.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await errorPage.getByRole('button', { name: '复制错误信息' }).click();
  await expect(errorPage.getByText('错误信息已复制')).toBeVisible();
  const copied = await page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText());
  expect(copied).toMatch(/^RangeError: /);
  expect(copied).toContain('at '); // the stack
  expect(copied).toMatch(/app 0\.1\.0 · Electron - · Chromium \d+/);
  expect(copied).toContain('route: /settings');

  // Written to the log once, as the renderer's line, though React renders the page more than once.
  await expect.poll(() => logText(workspace.dir)).toMatch(/ ERROR renderer renderer\.error \{"message":"RangeError: [^"]*","stack":"RangeError[^"]*","where":"page:\/settings"\}/);
  expect(logText(workspace.dir).match(/renderer\.error/g)).toHaveLength(1);

  // The bad row is put right (a restored backup, say): 重新加载 brings the screen back.
  await core.ops.sql("DELETE FROM export_log WHERE at = 'not-a-time'");
  await errorPage.getByRole('button', { name: '重新加载' }).click();
  await expect(page.getByRole('heading', { name: '日志与诊断' })).toBeVisible();
  await expect(page.getByTestId('error-page')).toHaveCount(0);
});

test('the error page follows the language switch (English)', async ({ app: page, core }) => {
  await breakSettings(core);
  await page.evaluate(() => localStorage.setItem('ui-language', 'en'));
  await openAt(page, '#/settings');
  const errorPage = page.getByTestId('error-page');
  await expect(errorPage.getByRole('heading', { name: 'Sorry, something went wrong' })).toBeVisible();
  await expect(errorPage.getByRole('button', { name: 'Copy error details' })).toBeVisible();
  await expect(errorPage.getByRole('button', { name: 'Reload' })).toBeVisible();
  await errorPage.getByText('Error details', { exact: true }).click();
  await shot(page, 'error-page-en');
});

test('Settings › 日志与诊断 opens the log folder and saves the diagnostics file', async ({ app: page, core, workspace }) => {
  await signIn(core);
  await openAt(page, '#/settings/diagnostics');
  const section = page.locator('#diagnostics');
  await expect(section.getByRole('heading', { name: '日志与诊断' })).toBeVisible();
  await expect(section.getByText('最近 1,000 行日志')).toBeVisible();
  await expect(section.getByTestId('versions')).toContainText('版本：对口支援工作台 0.1.0');
  await section.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, 'diagnostics-section');

  await section.getByRole('button', { name: '打开日志文件夹' }).click();
  await expect.poll(() => core.shell.calls).toEqual([{ method: 'openPath', args: [join(workspace.dir, 'logs')] }]);

  // Cancelled: nothing saved, nothing said.
  await section.getByRole('button', { name: '导出诊断信息' }).click();
  await expect.poll(() => core.dialogs.asked.length).toBe(1);
  expect(core.dialogs.asked[0]).toEqual({ kind: 'chooseSaveDestination', suggestedName: expect.stringMatching(/^诊断信息-\d{4}-\d{2}-\d{2}\.zip$/) });
  await expect(section.getByRole('alert')).toHaveCount(0);

  // While the save dialog is open the button says it is busy; then the saved file is named.
  const target = join(workspace.dir, '诊断信息.zip');
  let choose!: (path: string) => void;
  const answered = core.dialogs.chooseSaveDestination;
  core.dialogs.chooseSaveDestination = () => new Promise((resolve) => (choose = resolve));
  await section.getByRole('button', { name: '导出诊断信息' }).click();
  await expect(section.getByRole('button', { name: '导出诊断信息' })).toBeDisabled();
  await shot(page, 'diagnostics-exporting');
  core.dialogs.chooseSaveDestination = answered;
  choose(target);
  await expect(section.getByText(`诊断信息已保存：${target}`)).toBeVisible();
  await shot(page, 'diagnostics-exported');
  const names = Object.keys(unzipSync(readFileSync(target))).sort();
  expect(names).toEqual(['logs/last-1000.log', 'settings.json', 'versions.json', 'workspace.json']);

  // A place that cannot be written: said in the user's words, and nothing is shown as saved.
  core.dialogs.answer(join(workspace.dir, 'no-such-folder', 'x.zip'));
  await section.getByRole('button', { name: '导出诊断信息' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '无法写入文件' })).toBeVisible();
  await expect(section.getByText('诊断信息已保存')).toHaveCount(0);
  await shot(page, 'diagnostics-export-failed');
});
