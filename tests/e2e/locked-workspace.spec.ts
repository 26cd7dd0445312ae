// A workspace a colleague has open elsewhere opens read-only here: one banner says who has it
// and where, writes are refused with the same words, and no backup can be restored over it.
import { localSessionOptions } from '../../electron/core/workspace/localKeys';
import { WorkspaceSession } from '../../electron/core/workspace/session';
import { expect, test } from './fixtures';
import { ok } from './helpers';

test('a workspace in use on another computer: the banner names who has it, and writes are refused', async ({ app: page, core, workspace, shot }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  await ok(core, 'backups.create', {});
  // 李明 opens the file on his computer while it is closed here; then it is opened here again.
  await core.ops.close();
  const colleague = new WorkspaceSession(workspace.path, localSessionOptions(workspace.dir, { owner: { user: '李明', computer: 'RSJ-PC-07' } }));
  try {
    await core.ops.open(workspace.path);
    await page.reload();

    const banner = page.getByTestId('read-only-banner');
    await expect(banner).toHaveText(/^此工作区正由 李明 在 RSJ-PC-07 上使用，只能查看。/);
    await page.getByRole('link', { name: '企业', exact: true }).click();
    await page.getByRole('button', { name: '新建企业' }).first().click();
    await page.getByLabel('企业名称').fill('上海沪工阀门厂（集团）有限公司');
    await page.getByRole('button', { name: '保存' }).click();
    await expect(page.getByText('此工作区正由 李明 在 RSJ-PC-07 上使用，只能查看，不能修改')).toBeVisible();
    await shot('locked-banner');
    const list = await ok<{ total: number }>(core, 'companies.list', { query: '', sort: 'name', offset: 0, limit: 10 });
    expect(list.total).toBe(0);

    // Backups can still be looked at, but none can replace a file someone else has open.
    await page.getByRole('link', { name: '设置' }).click();
    await page.getByRole('button', { name: '放弃修改' }).click();
    const backups = page.getByTestId('backups');
    await backups.scrollIntoViewIfNeeded();
    const row = backups.getByRole('row', { name: /手动/ });
    await expect(row.getByRole('button', { name: /^恢复/ })).toBeDisabled();
    await expect(row.getByRole('button', { name: /^只读查看/ })).toBeEnabled();
  } finally {
    colleague.close();
  }
});
