// Past work recorded as it happened: a colleague enters a 2018 vetting found on paper. She dates
// the draft 2018-09-10 (a date after today is refused at the field and nothing is saved), signs
// it off on that day (the step offers it; a day before the vetting or after today is refused at
// the field, the vetting stays a draft), and the vetting page and the company page read
// 签字确认 on 2018年9月10日, 有效期至 2019年9月10日 (twelve months, the default validity).
import type { Vetting } from '../../shared/vetting/schema';
import { expect, test } from './fixtures';
import { answerTheRest, dateField, dateShown, fillDate, ok, openAt } from './helpers';

/** 2018-09-10 as the Chinese picker shows it: 2018年09月10日. */
const inPicker = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$1年$2月$3日');

test('a vetting dated 2018-09-10 and signed off that day is valid until 2019-09-10', async ({ app: page, core, shot }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  expect((await ok<{ vettingValidityMonths: number }>(core, 'settings.get', {})).vettingValidityMonths).toBe(12);
  const company = await ok<{ id: string }>(core, 'companies.create', { name: '上海沪工阀门厂（集团）有限公司' });
  const stored = async () => (await ok<{ id: string }[]>(core, 'vettings.listForCompany', { companyId: company.id }))[0]!.id;
  const vetting = async () => ok<Vetting>(core, 'vettings.get', { id: await stored() });

  // Started from the company page: dated today, which the draft shows and lets her change.
  await openAt(page, `#/companies/${company.id}`);
  await page.getByRole('button', { name: '开始审核' }).click();
  await expect(page.getByRole('heading', { name: '审核：上海沪工阀门厂（集团）有限公司' })).toBeVisible();
  const date = dateField(page, '审核日期');
  const started = await vetting();
  await expect(dateShown(date)).toHaveText(inPicker(started.vettedOn));
  await expect(page.getByText('审核实际进行的日期')).toBeVisible();
  await shot('vetting-dates-draft');

  // A date after today: the message at the field, nothing saved.
  await fillDate(page, '审核日期', '2030-01-01');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('vetted-on')).toContainText('审核日期不能晚于今天');
  expect((await vetting()).vettedOn).toBe(started.vettedOn);
  await shot('vetting-dates-future-refused');

  // The day the vetting was done.
  await fillDate(page, '审核日期', '2018-09-10');
  await page.keyboard.press('Enter');
  await expect(page.getByText('审核日期已保存')).toBeVisible();
  expect((await vetting()).vettedOn).toBe('2018-09-10');

  // The checklist as she found it on paper, then the sign-off step.
  await answerTheRest(core, await stored());
  await openAt(page, `#/vettings/${await stored()}`);
  await expect(page.getByText('必答项目已全部回答')).toBeVisible();
  await expect(dateShown(date)).toHaveText('2018年09月10日');
  await page.getByTestId('score-panel').getByRole('button', { name: '签字确认' }).click();
  const dialog = page.getByRole('dialog', { name: '签字确认这份审核？' });
  const signedOn = dateField(dialog, '签字日期');
  // Past work: the vetting's own day is offered, with the expiry it gives.
  await expect(dateShown(signedOn)).toHaveText('2018年09月10日');
  await expect(dialog).toContainText('有效期至 2019年9月10日');
  await shot('vetting-dates-sign-off');

  // A day before the vetting: the core refuses it at the field; still a draft.
  await fillDate(dialog, '签字日期', '2018-09-09');
  await dialog.getByRole('button', { name: '签字确认' }).click();
  await expect(dialog).toContainText('签字日期不能早于审核日期（2018-09-10）');
  expect((await vetting()).status).toBe('draft');
  await shot('vetting-dates-sign-off-refused');
  // After today: refused before it is sent.
  await fillDate(dialog, '签字日期', '2030-01-01');
  await dialog.getByRole('button', { name: '签字确认' }).click();
  await expect(dialog).toContainText('签字日期不能晚于今天');
  expect((await vetting()).status).toBe('draft');

  await fillDate(dialog, '签字日期', '2018-09-10');
  await dialog.getByRole('button', { name: '签字确认' }).click();
  const banner = page.getByTestId('signed-off');
  await expect(banner).toContainText('王芳于 2018年9月10日 签字确认');
  await expect(banner).toContainText('有效期至 2019年9月10日');
  // Entered today, which the banner also says.
  await expect(banner).toContainText('补录');
  await expect(page.getByTestId('vetted-on')).toContainText('审核日期：2018年9月10日');
  expect(await vetting()).toMatchObject({ status: 'signedOff', vettedOn: '2018-09-10', signedOffOn: '2018-09-10', expiresOn: '2019-09-10' });
  await shot('vetting-dates-signed');

  // The company page: dated 2018, valid until 2019-09-10, so expired now.
  await page.getByRole('button', { name: '返回企业' }).click();
  const vettings = page.getByTestId('vettings');
  await expect(vettings).toContainText('2018年9月10日');
  await expect(vettings).toContainText('有效期至 2019年9月10日');
  await expect(vettings).toContainText('已过期');
  await shot('vetting-dates-company');

  // The same in English.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(vettings).toContainText('Valid until 10 Sept 2019');
  await vettings.getByText('10 Sept 2018').click();
  await expect(page.getByTestId('signed-off')).toContainText('Signed off by 王芳 on 10 Sept 2018');
  await expect(page.getByTestId('vetted-on')).toContainText('Vetting date: 10 Sept 2018');
});
