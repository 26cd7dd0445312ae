// Encryption as the user meets it in Settings › 工作区文件: an older plain workspace is
// encrypted with one click (after a backup), a passphrase is set for carrying it elsewhere,
// and a file that needs its passphrase on this computer asks for it — a wrong one is refused
// at the field, cancelling keeps the open workspace, the right one opens it.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { LATEST_VERSION } from '../../electron/core/db/migrations';
import { workspaceAtVersion } from '../../electron/core/testing/migrations';
import { keyringIn, tempDir, TestWorkspace } from '../../electron/core/testing/workspace';
import { localSessionOptions } from '../../electron/core/workspace/localKeys';
import { WorkspaceSession } from '../../electron/core/workspace/session';
import { expect, test } from './fixtures';
import { ok } from './helpers';

const PASSPHRASE = '嘉定援滇-德钦-2026';

/** Folders of "other computers" made by a test, removed after it. */
const folders: string[] = [];
const made = (dir: string) => (folders.push(dir), dir);
test.afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const isPlainSqlite = (file: string) => readFileSync(file).subarray(0, 16).toString('latin1') === 'SQLite format 3\0';

async function openSettings(page: Page) {
  await page.getByRole('link', { name: '设置' }).click();
  await expect(page.getByRole('heading', { name: '工作区文件' })).toBeVisible();
}

test('an older plain workspace is encrypted, then put under a passphrase that opens it elsewhere', async ({ app: page, core, shot }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  await page.reload();
  const old = workspaceAtVersion(LATEST_VERSION);
  try {
    expect(isPlainSqlite(old.file)).toBe(true);
    await openSettings(page);
    core.dialogs.answer(old.file);
    await page.getByRole('button', { name: '打开工作区…' }).click();
    await expect(page).toHaveTitle(`v${LATEST_VERSION} — 对口支援工作台`);
    // Nobody has used it yet: say who I am.
    await page.getByLabel('您的姓名').fill('陈建国');
    await page.getByRole('button', { name: '开始使用' }).click();

    const encryption = page.getByTestId('encryption');
    await expect(encryption.getByTestId('encryption-status')).toHaveText('未加密');
    await expect(encryption).toContainText('还没有加密');
    await encryption.scrollIntoViewIfNeeded();
    await shot('encryption-plain');

    await encryption.getByRole('button', { name: '加密此工作区' }).click();
    const question = page.getByRole('dialog');
    await expect(question).toContainText('加密前会先自动做一份经过检查的备份');
    await shot('encryption-confirm');
    await question.getByRole('button', { name: '加密', exact: true }).click();
    await expect(page.getByText('工作区已加密')).toBeVisible();
    await expect(encryption.getByTestId('encryption-status')).toHaveText('已加密');
    // This computer's stand-in keystore does not protect the key: a passphrase is recommended.
    await expect(encryption).toContainText('建议设置口令');
    await shot('encryption-encrypted');
    // Stored: the file is no longer readable as plain SQLite, and the backup made first is listed.
    expect(isPlainSqlite(old.file)).toBe(false);
    await expect(page.getByTestId('backups').getByRole('row', { name: /加密前/ })).toBeVisible();

    // 设置口令: too short and mismatched are said at their fields.
    await encryption.getByRole('button', { name: '设置口令…' }).click();
    const dialog = page.getByRole('dialog', { name: '设置口令' });
    await expect(dialog).toContainText('如果口令和这台电脑上保存的密钥都丢失，数据将无法恢复');
    await dialog.getByRole('textbox', { name: '口令', exact: true }).fill('1234567');
    await dialog.getByLabel('再次输入口令').fill('1234567');
    await dialog.getByRole('button', { name: '设置口令' }).click();
    await expect(dialog.getByText('至少 8 个字')).toBeVisible();
    await dialog.getByRole('textbox', { name: '口令', exact: true }).fill(PASSPHRASE);
    await dialog.getByLabel('再次输入口令').fill(`${PASSPHRASE}x`);
    await dialog.getByRole('button', { name: '设置口令' }).click();
    await expect(dialog.getByText('两次输入的口令不一致')).toBeVisible();
    await shot('passphrase-mismatch');
    await dialog.getByLabel('再次输入口令').fill(PASSPHRASE);
    await dialog.getByRole('button', { name: '设置口令' }).click();
    await expect(page.getByText('口令已设置', { exact: true })).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(encryption).toContainText('已设置口令');
    await expect(encryption.getByRole('button', { name: '更改口令…' })).toBeVisible();
    await expect(encryption).not.toContainText('建议设置口令');
    await shot('encryption-passphrase');

    // Stored: on "another computer" (a data folder with no keys) the file needs the passphrase, and it opens with it.
    await core.ops.close();
    const elsewhere = new WorkspaceSession(undefined, localSessionOptions(made(tempDir('liaison-elsewhere-'))));
    try {
      expect(() => elsewhere.open(old.file)).toThrow(/workspaceNeedsKey/);
      expect(elsewhere.unlock(PASSPHRASE).passphrase).toBe(true);
      expect(elsewhere.db.prepare('SELECT name FROM staff').all()).toEqual([{ name: '陈建国' }]);
    } finally {
      elsewhere.close();
    }
  } finally {
    old.dispose();
  }
});

test('a file that needs its passphrase: cancel keeps the open workspace, a wrong one is refused, the right one opens it', async ({ app: page, core, workspace, shot }) => {
  // Made on another computer (a data folder of its own) and put under a passphrase there.
  const otherDir = made(tempDir('liaison-other-pc-'));
  const file = join(otherDir, '德钦招聘.sqlite');
  const other = new TestWorkspace(otherDir, file, new WorkspaceSession(file, localSessionOptions(otherDir)));
  const li = await other.call('staff.create', { name: '李明' });
  await other.call('settings.update', { currentStaffId: li.id });
  await other.call('companies.create', { name: '德钦县劳务输出服务站' });
  other.session.setPassphrase(PASSPHRASE);
  other.session.close();

  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  await page.reload();
  await openSettings(page);

  // Cancelling the prompt leaves the open workspace as it was.
  core.dialogs.answer(file);
  await page.getByRole('button', { name: '打开工作区…' }).click();
  const prompt = page.getByRole('dialog', { name: '输入口令' });
  await expect(prompt).toContainText('工作区“德钦招聘”已加密，这台电脑上没有它的密钥');
  await expect(page.locator('.MuiDialog-container')).toHaveCSS('opacity', '1'); // faded in
  await shot('unlock-prompt');
  await prompt.getByRole('button', { name: '取消' }).click();
  await expect(prompt).toBeHidden();
  await expect(page).toHaveTitle('工作区 — 对口支援工作台');
  expect((await ok<{ pendingUnlock: unknown }>(core, 'workspace.info', {})).pendingUnlock).toBeNull();

  // A wrong passphrase is refused at the field; nothing changes.
  core.dialogs.answer(file);
  await page.getByRole('button', { name: '打开工作区…' }).click();
  await prompt.getByLabel('口令').fill('not-the-passphrase');
  await prompt.getByRole('button', { name: '打开' }).click();
  await expect(prompt.getByText('口令不正确（或此文件不是本程序的工作区），文件没有改动')).toBeVisible();
  await shot('unlock-wrong');
  await expect(page).toHaveTitle('工作区 — 对口支援工作台');

  // The right one opens it: its data is shown.
  await prompt.getByLabel('口令').fill(PASSPHRASE);
  await prompt.getByRole('button', { name: '打开' }).click();
  await expect(prompt).toBeHidden();
  await expect(page).toHaveTitle('德钦招聘 — 对口支援工作台');
  await expect(page.getByTestId('current-user')).toHaveText('李明');
  await expect(page.getByTestId('encryption')).toContainText('已设置口令');
  // The day's first backup of the workspace just opened is taken now, not in its thread while the
  // test ends: such a copy was seen to stall closing (see the issue 12 note; not yet understood).
  await core.ops.settle();
  await page.getByRole('link', { name: '企业', exact: true }).click();
  await expect(page.getByRole('row', { name: /德钦县劳务输出服务站/ })).toBeVisible();
  // Stored: this computer now remembers its key, so the next open asks nothing.
  expect((await core.ops.state()).openPath).toBe(file);
  expect(keyringIn(workspace.dir).keysFor(file)).toEqual([{ kind: 'passphrase', text: PASSPHRASE }]);
});
