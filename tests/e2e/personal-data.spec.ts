// Issue 12, free text and fields, in the real renderer on the real core: a name that is a
// resident ID number is refused at its field; a note holding an ID or mobile number gets
// a warning under it but still saves; the bridge carries odd text (lone surrogates, NUL)
// to the core as typed, so the core's refusals seen here are the real ones.
import { type AppGlobal, expect, test } from './fixtures';
import { dateField, fillDate, ok, openAt } from './helpers';

const ID_NUMBER = '532301199003071234';

test.beforeEach(async ({ core }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '陈建国' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
});

test('a contact named with an ID number is refused at the field; ID and mobile numbers in notes are flagged but saved', async ({ app: page, core, shot }) => {
  await openAt(page, '#/companies/new');
  await page.getByLabel('企业名称').fill('上海沪工阀门厂（集团）有限公司');
  await page.getByLabel('备注').fill(`王师傅身份证 ${ID_NUMBER}，需核实`);
  await expect(page.getByText('备注中似乎含有身份证号码，请确认是否必要')).toBeVisible();
  await page.getByRole('button', { name: '添加联系人' }).click();
  const contact = page.getByTestId('contact-0');
  await contact.getByLabel('姓名').fill(`陈美华${ID_NUMBER}`);
  await contact.getByLabel('电话').fill('请找前台');
  await contact.getByLabel('说明').fill('手机 138 1234 5678');
  await expect(contact.getByText('备注中似乎含有手机号码，请确认是否必要')).toBeVisible();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(contact.getByText('此处填写姓名或名称，不能填写身份证号码')).toBeVisible();
  await expect(contact.getByText('请填写手机号或带区号的电话（如 021-59991234-801）')).toBeVisible();
  await contact.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shot('personal-data-company-refused');
  expect(await ok(core, 'companies.list', {})).toMatchObject({ total: 0 });

  await contact.getByLabel('姓名').fill('陈美华');
  await contact.getByLabel('电话').fill('021-59991234-801');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: '上海沪工阀门厂（集团）有限公司' })).toBeVisible();
  const list = await ok<{ rows: { id: string }[] }>(core, 'companies.list', {});
  const saved = await ok<{ notes: string; contacts: { name: string; phone: string; note: string }[] }>(core, 'companies.get', { id: list.rows[0]!.id });
  expect(saved.notes).toContain(ID_NUMBER);
  expect(saved.contacts).toEqual([expect.objectContaining({ name: '陈美华', phone: '021-59991234-801', note: '手机 138 1234 5678' })]);
});

test('every notes field of a visit warns about personal numbers without blocking the save', async ({ app: page, core, shot }) => {
  const company = await ok<{ id: string }>(core, 'companies.create', { name: '上海嘉定物流仓储有限公司' });
  await openAt(page, `#/visits/new?companyId=${company.id}`);
  await fillDate(page, '走访日期', '2018-09-12');
  await page.getByLabel('经营状况').fill('订单稳定。');
  await page.getByLabel('食宿条件').fill(`宿管李师傅 13916055555`);
  await page.getByLabel('其他情况').fill(`求职者身份证 ${ID_NUMBER}，电话 13812345678`);
  await expect(page.getByText('备注中似乎含有手机号码，请确认是否必要', { exact: true })).toHaveCount(1);
  await expect(page.getByText('备注中似乎含有身份证号码，请确认是否必要；备注中似乎含有手机号码，请确认是否必要')).toBeVisible();
  await shot('personal-data-visit-warnings');
  await page.getByRole('button', { name: '保存' }).click();
  await expect.poll(async () => (await ok<{ total: number }>(core, 'visits.list', {})).total).toBe(1);
});

test('the bridge carries lone surrogates and NUL as typed: the core refuses them in a name and searches with them', async ({ app: page }) => {
  await expect(page.getByTestId('workspace-name')).toBeVisible();
  const results = await page.evaluate(async () => {
    const { api } = globalThis as AppGlobal;
    return {
      surrogate: await api.companies.create({ name: '上海\ud800阀门厂' }),
      nul: await api.companies.create({ name: '上海\u0000阀门厂' }),
      search: await api.companies.list({ query: '\u0000"阀门" NEAR( \ud83d' }),
    };
  });
  expect(results.surrogate).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['name'], key: 'textLoneSurrogate', params: { char: 'U+D800' } }] } });
  expect(results.nul).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: ['name'], key: 'textControlChar', params: { char: 'U+0000' } }] } });
  expect(results.search).toMatchObject({ ok: true, value: { total: 0 } });
});

test('a year still being typed in the visit list filter is marked at the field; the search box takes NUL and quotes', async ({ app: page, core, shot }) => {
  const company = await ok<{ id: string }>(core, 'companies.create', { name: '上海沪工阀门厂（集团）有限公司' });
  const me = await ok<{ currentStaffId: string }>(core, 'settings.get', {});
  await ok(core, 'visits.create', { companyId: company.id, visitDate: '2018-09-12', staffIds: [me.currentStaffId], notes: '阀门 "NEAR" 车间' });
  await openAt(page, '#/visits');
  await expect(page.getByText('上海沪工阀门厂（集团）有限公司')).toBeVisible();
  // A two-digit year is no date the picker can hold (it reads 0002 as 1902 and refuses it):
  // the field is marked and the list waits. A year such as 0202 is a date, outside the range.
  await fillDate(page, '从', '0002-01-01');
  await expect(dateField(page, '从')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await fillDate(page, '从', '0202-01-01');
  await expect(page.getByText('日期须在 1900-01-01 至 2100-12-31 之间（年份请写四位）')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await shot('personal-data-visit-filter-year');
  await fillDate(page, '从', '2018-01-01');
  await page.getByPlaceholder('搜索企业名称或走访内容').fill('"NEAR"\u0000 阀门');
  await expect(page.getByText('上海沪工阀门厂（集团）有限公司')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
