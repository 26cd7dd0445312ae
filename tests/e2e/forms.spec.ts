// Bad input in the forms gets a clear message at the field and saves nothing;
// a half-filled form survives leaving the page.
import { expect, test } from './fixtures';
import { openAt } from './helpers';

test.beforeEach(async ({ core }) => {
  const me = (await core.invoke('staff.create', { name: '陈建国' })) as { ok: true; value: { id: string } };
  await core.invoke('settings.update', { currentStaffId: me.value.id });
  await core.invoke('companies.create', { name: '南亚新材料科技股份有限公司', creditCode: '91110000100017643K' });
});

test('a name or credit code already in use is refused at the field, a similar name is flagged', async ({ app: page, core }) => {
  await openAt(page, '#/companies/new');
  await page.getByLabel('企业名称').fill('南亚新材料');
  await expect(page.getByTestId('similar-names')).toContainText('南亚新材料科技股份有限公司');
  await page.getByLabel('企业名称').fill('南亚新材料科技股份有限公司');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('已有同名企业“南亚新材料科技股份有限公司”')).toBeVisible();

  await page.getByLabel('企业名称').fill('南亚电子材料（昆山）有限公司');
  await page.getByLabel('统一社会信用代码').fill('91110000100017643K');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('此信用代码已被另一家企业使用')).toBeVisible();

  await page.getByLabel('统一社会信用代码').fill('');
  await page.getByLabel('职工人数').fill('-3');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('不能小于 0')).toBeVisible();

  const stored = await core.invoke('companies.list', {});
  expect(stored).toMatchObject({ ok: true, value: { total: 1 } });
});

test('a visit with an upside-down pay range is refused and nothing is saved', async ({ app: page, core }) => {
  const company = (await core.invoke('companies.list', {})) as { ok: true; value: { rows: { id: string }[] } };
  await openAt(page, `#/visits/new?companyId=${company.value.rows[0]!.id}`);
  await page.getByLabel('月薪下限').fill('6000');
  await page.getByLabel('月薪上限').fill('4000');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('月薪上限不能低于下限')).toBeVisible();
  expect(await core.invoke('visits.list', {})).toMatchObject({ ok: true, value: { total: 0 } });
});

test('leaving a half-filled form keeps a draft that comes back', async ({ app: page }) => {
  await openAt(page, '#/companies');
  await page.getByRole('button', { name: '新建企业' }).click();
  await page.getByLabel('企业名称').fill('上海嘉定物流仓储有限公司');
  await page.getByLabel('地址').fill('嘉定区马陆镇示例路8号');
  await page.getByRole('button', { name: '添加联系人' }).click();
  await page.getByTestId('contact-0').getByLabel('姓名').fill('周敏');
  await page.waitForTimeout(400); // the draft is written a moment after typing stops
  await page.getByRole('link', { name: '走访记录' }).click();
  await expect(page.getByRole('dialog', { name: '有未保存的修改' })).toBeVisible();
  await page.getByRole('button', { name: '离开并保留草稿' }).click();
  await expect(page.getByRole('heading', { name: '走访记录', exact: true })).toBeVisible();

  await page.getByRole('link', { name: '企业' }).click();
  await page.getByRole('button', { name: '新建企业' }).click();
  await expect(page.getByTestId('draft-banner')).toBeVisible();
  await expect(page.getByLabel('企业名称')).toHaveValue('上海嘉定物流仓储有限公司');
  await expect(page.getByLabel('地址')).toHaveValue('嘉定区马陆镇示例路8号');
  // Rows of a list (contacts) come back too, not only plain fields.
  await expect(page.getByTestId('contact-0').getByLabel('姓名')).toHaveValue('周敏');

  // After a reload (the window closed and opened again) the draft is still there.
  await page.reload();
  await expect(page.getByLabel('企业名称')).toHaveValue('上海嘉定物流仓储有限公司');
  await expect(page.getByTestId('contact-0').getByLabel('姓名')).toHaveValue('周敏');
  await page.getByRole('button', { name: '放弃草稿' }).click();
  await expect(page.getByLabel('企业名称')).toHaveValue('');
});
