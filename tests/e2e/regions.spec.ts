// The partner regions are data the user edits: a new county under 楚雄州, a duplicate
// refused at the field, a new prefecture.
import { expect, test } from './fixtures';

test('the partner region list can be extended in Settings', async ({ app: page, core, shot }) => {
  const me = (await core.invoke('staff.create', { name: '王芳' })) as { ok: true; value: { id: string } };
  await core.invoke('settings.update', { currentStaffId: me.value.id });
  await page.reload();
  await page.getByRole('link', { name: '设置' }).click();
  const chuxiong = page.getByTestId('prefecture-楚雄州');
  await expect(chuxiong).toContainText('武定县');
  await chuxiong.getByLabel('新增县（市）').fill('双柏县');
  await chuxiong.getByRole('button', { name: '添加' }).click();
  await expect(chuxiong.getByText('列表中已有“双柏县”')).toBeVisible();
  await chuxiong.getByLabel('新增县（市）').fill('楚雄高新区');
  await chuxiong.getByRole('button', { name: '添加' }).click();
  await expect(chuxiong).toContainText('楚雄高新区');
  await page.getByLabel('新增州（市）').fill('怒江州');
  await page.locator('form', { has: page.getByLabel('新增州（市）') }).getByRole('button', { name: '添加' }).click();
  await expect(page.getByTestId('prefecture-怒江州')).toBeVisible();
  await shot('settings-regions');
  const regions = (await core.invoke('regions.list', {})) as { ok: true; value: { name: string }[] };
  expect(regions.value.map((r) => r.name)).toEqual(expect.arrayContaining(['楚雄州', '迪庆州', '怒江州']));
});
