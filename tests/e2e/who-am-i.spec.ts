// Who the user is: the first run in an empty workspace asks for the name plainly and greets that
// person; a workspace with staff lets the user pick themselves or add themselves; the example
// workspace does not make the user anyone of its invented group, and their own workspace still
// knows who they are when they come back to it.
import { expect, test } from './fixtures';
import { ok } from './helpers';

test('first run in an empty workspace: the name, typed once, and the app greets that person; the example and back keep who they are', async ({ app: page, core, workspace, shot }) => {
  const dialog = page.getByRole('dialog', { name: '欢迎使用对口支援工作台' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('请输入您的姓名');
  // One field and one button: nobody to pick from yet.
  await expect(dialog.getByRole('textbox')).toHaveCount(1);
  await expect(dialog.getByRole('radio')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: '开始使用' })).toBeDisabled();
  await shot('who-am-i-first-run');
  // In English too (the dialog covers the language switch: set as the switch stores it).
  await page.evaluate(() => localStorage.setItem('ui-language', 'en'));
  await page.reload();
  await expect(page.getByRole('dialog', { name: 'Welcome to Liaison Desk' }).getByLabel('Your name')).toBeFocused();
  await shot('who-am-i-first-run-en');
  await page.evaluate(() => localStorage.setItem('ui-language', 'zh'));
  await page.reload();
  await dialog.getByLabel('您的姓名').fill('王芳');
  await dialog.getByRole('button', { name: '开始使用' }).click();
  await expect(page.getByText('欢迎，王芳！')).toBeVisible();
  await expect(page.getByTestId('current-user')).toHaveText('王芳');
  await expect(dialog).toBeHidden();
  await shot('who-am-i-greeted');

  // The example: its own neutral user, not 王建国 of the invented group, and no dialog.
  await page.getByRole('link', { name: '设置' }).click();
  await page.getByTestId('open-example').first().click();
  await expect(page.getByTestId('workspace-name')).toContainText('示例工作区（嘉定援滇）');
  await expect(page.getByTestId('current-user')).toHaveText('示例用户');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await shot('who-am-i-example');
  const staff = await ok<{ name: string }[]>(core, 'staff.list', {});
  expect(staff.map((s) => s.name)).toEqual(expect.arrayContaining(['王建国（示例）', '示例用户']));

  // Back in their own workspace, they are who they said they are.
  await page.getByRole('link', { name: '设置' }).click();
  core.dialogs.answer(workspace.path);
  await page.getByRole('button', { name: '打开工作区…' }).click();
  await expect(page).toHaveTitle('工作区 — 对口支援工作台');
  await expect(page.getByTestId('current-user')).toHaveText('王芳');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('with staff on the list: the user picks themselves, or adds themselves', async ({ app: page, core, shot }) => {
  await ok(core, 'staff.create', { name: '李慧敏', title: '就业促进科科员' });
  await ok(core, 'staff.create', { name: '陈晓东' });
  await page.reload();
  const dialog = page.getByRole('dialog', { name: '欢迎使用对口支援工作台' });
  await expect(dialog).toContainText('请在工作人员名单中选择自己');
  await expect(dialog.getByRole('radio')).toHaveCount(3);
  await shot('who-am-i-pick');
  // The dialog covers the language switch: English is chosen as the switch stores it, for the next start.
  const language = async (lang: 'zh' | 'en') => (await page.evaluate((l) => localStorage.setItem('ui-language', l), lang), await page.reload());
  await language('en');
  const english = page.getByRole('dialog', { name: 'Welcome to Liaison Desk' });
  await english.getByRole('radio', { name: 'I am not on the list: add me' }).check();
  await expect(english.getByLabel('Your name')).toBeFocused();
  await shot('who-am-i-add-me-en');
  await language('zh');
  await dialog.getByRole('radio', { name: '我不在名单中，添加我' }).check();
  await expect(dialog.getByLabel('您的姓名')).toBeFocused();
  await shot('who-am-i-add-me');

  // Picking someone on the list: no new staff member.
  await dialog.getByRole('radio', { name: '李慧敏 · 就业促进科科员' }).check();
  await expect(dialog.getByLabel('您的姓名')).toHaveCount(0);
  await dialog.getByRole('button', { name: '开始使用' }).click();
  await expect(page.getByText('欢迎，李慧敏！')).toBeVisible();
  await expect(page.getByTestId('current-user')).toHaveText('李慧敏');
  expect((await ok<unknown[]>(core, 'staff.list', {})).length).toBe(2);
});
