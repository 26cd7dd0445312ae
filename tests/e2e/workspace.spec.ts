// One file is the whole workspace: the user makes a new one, saves a copy and opens
// the first one again; the window title always names the open workspace.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('create, copy and reopen workspace files', async ({ app: page, core, workspace, shot }) => {
  const me = (await core.invoke('staff.create', { name: '王芳' })) as { ok: true; value: { id: string } };
  await core.invoke('settings.update', { currentStaffId: me.value.id });
  await core.invoke('companies.create', { name: '上海沪工阀门厂（集团）有限公司' });
  await page.reload();
  await expect(page).toHaveTitle('工作区 — 对口支援工作台');

  await page.getByRole('link', { name: '设置' }).click();
  await expect(page.getByRole('heading', { name: '工作人员' })).toBeVisible();
  await shot('settings');

  // Save a copy (the native dialog is answered by the test).
  const copy = join(workspace.dir, '备份.sqlite');
  core.dialogs.answer(copy);
  await page.getByRole('button', { name: '另存副本…' }).click();
  await expect(page.getByText(`副本已保存到 ${copy}`)).toBeVisible();
  expect(existsSync(copy)).toBe(true);
  expect(core.dialogs.asked.at(-1)).toEqual({ kind: 'chooseCopyDestination', suggestedName: '工作区-副本.sqlite' });

  // A new, empty workspace: the title changes and the register is empty.
  core.dialogs.answer(join(workspace.dir, '德钦招聘.sqlite'));
  await page.getByRole('button', { name: '新建工作区…' }).click();
  await expect(page).toHaveTitle('德钦招聘 — 对口支援工作台');
  await expect(page.getByRole('dialog', { name: '欢迎使用对口支援工作台' })).toBeVisible();
  await page.getByLabel('您的姓名').fill('陈建国');
  await page.getByRole('button', { name: '开始使用' }).click();
  await page.getByRole('link', { name: '企业' }).click();
  await expect(page.getByText('还没有企业')).toBeVisible();

  // Cancelling the dialog changes nothing.
  await page.getByRole('link', { name: '设置' }).click();
  await page.getByRole('button', { name: '打开工作区…' }).click();
  await expect(page).toHaveTitle('德钦招聘 — 对口支援工作台');

  // Open the copy: its company is there.
  core.dialogs.answer(copy);
  await page.getByRole('button', { name: '打开工作区…' }).click();
  await expect(page).toHaveTitle('备份 — 对口支援工作台');
  await page.getByRole('link', { name: '企业' }).click();
  await expect(page.getByRole('row', { name: /上海沪工阀门厂/ })).toBeVisible();
});

test('the staff list: a name is required, said at the field; an edit keeps the person', async ({ app: page, core, shot }) => {
  const me = (await core.invoke('staff.create', { name: '王芳' })) as { ok: true; value: { id: string } };
  await core.invoke('settings.update', { currentStaffId: me.value.id });
  await page.reload();
  await page.getByRole('link', { name: '设置' }).click();
  await page.getByRole('button', { name: '添加工作人员' }).click();
  const dialog = page.getByRole('dialog', { name: '添加工作人员' });
  await dialog.getByLabel('职务').fill('科员');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('必填')).toBeVisible();
  await shot('staff-dialog-refused');
  await dialog.getByLabel('姓名').fill('李强');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  const table = page.getByRole('table', { name: '工作人员' });
  await expect(table).toContainText('李强');

  await table.getByRole('row', { name: /李强/ }).getByRole('button', { name: '编辑' }).click();
  const edit = page.getByRole('dialog', { name: '编辑工作人员' });
  await expect(edit.getByLabel('姓名')).toHaveValue('李强');
  await edit.getByLabel('电话').fill('021-69989001');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();
  await expect(table.getByRole('row', { name: /李强/ })).toContainText('021-69989001');
  expect(await core.invoke('staff.list', { includeInactive: true })).toMatchObject({ ok: true, value: expect.arrayContaining([expect.objectContaining({ name: '李强', title: '科员', phone: '021-69989001' })]) });
});
