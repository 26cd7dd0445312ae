// A new member of the working group registers an employer, finds it again, adds a
// contact, logs a visit with a follow-up, deletes and restores the company, and
// reads the app in English. Everything goes through the real renderer, the real
// handlers and a real SQLite file.
import { expect, test } from './fixtures';
import { fillDate } from './helpers';

test('a new user registers a company, logs a visit and restores a deleted company', async ({ app: page, core, shot }) => {
  // First run: say who I am.
  await expect(page.getByRole('dialog', { name: '欢迎使用对口支援工作台' })).toBeVisible();
  await page.getByLabel('您的姓名').fill('王芳');
  await shot('who-am-i');
  await page.getByRole('button', { name: '开始使用' }).click();
  await expect(page.getByTestId('current-user')).toHaveText('王芳');
  // The app opens on the dashboard (概览); the companies list is one click away.
  await expect(page.getByRole('heading', { name: '概览' })).toBeVisible();
  await page.getByRole('link', { name: '企业', exact: true }).click();
  await expect(page.getByText('还没有企业')).toBeVisible();
  await expect(page.getByRole('button', { name: '打开示例工作区' })).toBeVisible();
  await shot('companies-empty');

  // Another company already exists, so the search has something to leave out.
  const other = await core.invoke('companies.create', { name: '大董（上海）餐饮管理有限公司' });
  expect(other.ok).toBe(true);

  // Create a company with a Chinese name and a credit code; a wrong check character is caught at the field.
  await page.getByRole('button', { name: '新建企业' }).first().click();
  await page.getByLabel('企业名称').fill('上海沪工阀门厂（集团）有限公司');
  const code = page.getByLabel('统一社会信用代码');
  await code.fill('91350100M000100Y44');
  await code.blur();
  await expect(page.getByText('统一社会信用代码校验位不对，请核对最后一位')).toBeVisible();
  await code.fill('91350100M000100Y43');
  await page.getByLabel('所属街镇').click();
  await page.getByRole('option', { name: '安亭镇' }).click();
  await page.getByLabel('职工人数').fill('1200');
  await shot('company-form');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: /上海沪工阀门厂（集团）有限公司/ })).toBeVisible();
  await expect(page.getByText('91350100M000100Y43')).toBeVisible();

  // Add a contact.
  await page.getByRole('button', { name: '编辑' }).click();
  await page.getByRole('button', { name: '添加联系人' }).click();
  await page.getByTestId('contact-0').getByLabel('姓名').fill('李建华');
  await page.getByTestId('contact-0').getByLabel('职务').fill('人事经理');
  await page.getByTestId('contact-0').getByLabel('电话').fill('13912345678');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('contacts')).toContainText('李建华');

  // Find it by a two-character substring; the other company is not listed.
  await page.getByRole('link', { name: '企业' }).click();
  await page.getByTestId('company-search').fill('沪工');
  await expect(page.getByText('共 1 家企业')).toBeVisible();
  await expect(page.getByRole('row', { name: /上海沪工阀门厂/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /大董/ })).toHaveCount(0);
  // Contacts are searched too.
  await page.getByTestId('company-search').fill('李建华');
  await expect(page.getByRole('row', { name: /上海沪工阀门厂/ })).toBeVisible();
  await shot('companies-search');

  // Log a visit with a follow-up.
  await page.getByRole('row', { name: /上海沪工阀门厂/ }).click();
  await page.getByRole('button', { name: '记录走访' }).click();
  await fillDate(page, '走访日期', '2018-09-10');
  await page.getByLabel('走访目的').fill('赴德钦专场招聘前走访');
  await page.getByLabel('经营状况').fill('订单饱满，计划扩招普工50人');
  await page.getByLabel('薪资福利').fill('月薪4500至6500元，按月发放，缴纳五险一金');
  await page.getByLabel('月薪下限').fill('4500');
  await page.getByLabel('月薪上限').fill('6500');
  await page.getByLabel('食宿条件').fill('4人间宿舍，独立卫浴，食堂三餐');
  await page.getByRole('button', { name: '添加跟进事项' }).click();
  await page.getByTestId('follow-up-0').getByRole('textbox', { name: /^事项/ }).fill('补充宿舍照片');
  await fillDate(page.getByTestId('follow-up-0'), '截止日期', '2018-09-20');
  await shot('visit-form');
  await page.getByRole('button', { name: '保存' }).click();

  // It is on the company's timeline, and the company now counts as visited.
  const timeline = page.getByTestId('visit-timeline');
  await expect(timeline).toContainText('2018年9月10日');
  await expect(timeline).toContainText('补充宿舍照片');
  await expect(page.getByText('已走访', { exact: true })).toBeVisible();
  await shot('company-detail');

  // The overdue follow-up appears in the follow-ups view.
  await page.getByRole('link', { name: '待办跟进' }).click();
  await expect(page.getByRole('row', { name: /补充宿舍照片/ })).toBeVisible();
  await shot('follow-ups');

  // Delete the company, then restore it from the trash.
  await page.getByRole('link', { name: '上海沪工阀门厂（集团）有限公司' }).click();
  await page.getByRole('button', { name: '删除' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('已将“上海沪工阀门厂（集团）有限公司”移入回收站')).toBeVisible();
  await page.getByTestId('company-search').fill('沪工');
  await expect(page.getByText('没有符合条件的企业')).toBeVisible();
  await page.getByRole('link', { name: '回收站' }).click();
  await shot('trash');
  await page.getByRole('row', { name: /上海沪工阀门厂/ }).getByRole('button', { name: '恢复' }).click();
  await expect(page.getByText('回收站是空的')).toBeVisible();
  await page.getByRole('link', { name: '企业' }).click();
  await page.getByTestId('company-search').fill('沪工');
  await expect(page.getByRole('row', { name: /上海沪工阀门厂/ })).toBeVisible();

  // What is stored: the visit, its follow-up and the audit trail naming the user.
  const list = await core.invoke('visits.list', { query: '扩招' });
  expect(list).toMatchObject({ ok: true, value: { total: 1 } });
  const audit = (await core.invoke('audit.list', { limit: 100 })) as { ok: true; value: { action: string; staffName: string | null }[] };
  expect(audit.value.map((a) => a.action)).toEqual(expect.arrayContaining(['create', 'update', 'delete', 'restore']));
  expect(audit.value.filter((a) => a.action !== 'create' || a.staffName).every((a) => a.staffName === '王芳')).toBe(true);

  // Switch the UI to English and back.
  await page.getByTestId('language-switch').click();
  await expect(page.getByRole('heading', { name: 'Companies' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Visits' })).toBeVisible();
  await shot('companies-en');
  await page.getByTestId('language-switch').click();
  await expect(page.getByRole('heading', { name: '企业名录' })).toBeVisible();
});

test('the search is kept in the address: back from a company shows the same list, even when opened straight after typing', async ({ app: page, core }) => {
  const me = (await core.invoke('staff.create', { name: '王芳' })) as { ok: true; value: { id: string } };
  await core.invoke('settings.update', { currentStaffId: me.value.id });
  for (const name of ['上海沪工阀门厂（集团）有限公司', '上海沪工焊接集团股份有限公司', '大董（上海）餐饮管理有限公司']) {
    expect((await core.invoke('companies.create', { name })).ok).toBe(true);
  }
  await page.reload();
  await page.getByRole('link', { name: '企业', exact: true }).click();
  await expect(page.getByText('共 3 家企业')).toBeVisible();

  // Typed, then opened at once: the query reaches the address before the company page does.
  const search = page.getByTestId('company-search');
  await search.fill('阀门');
  await expect(page.getByText('共 1 家企业')).toBeVisible();
  await page.getByRole('row', { name: /上海沪工阀门厂/ }).click();
  await expect(page.getByRole('heading', { name: /上海沪工阀门厂/ })).toBeVisible();
  await page.goBack();
  await expect(search).toHaveValue('阀门');
  await expect(page.getByText('共 1 家企业')).toBeVisible();
  expect(decodeURIComponent(page.url())).toContain('q=阀门');

  // Typed and left alone: the address follows once typing pauses.
  await search.fill('沪工');
  await expect(page.getByText('共 2 家企业')).toBeVisible();
  await expect.poll(() => decodeURIComponent(page.url())).toContain('q=沪工');

  // Clearing the filters empties the box and the address.
  await page.getByRole('button', { name: '清除筛选条件' }).locator('.MuiChip-deleteIcon').click();
  await expect(search).toHaveValue('');
  await expect(page.getByText('共 3 家企业')).toBeVisible();
  await expect.poll(() => page.url()).not.toContain('q=');
});
