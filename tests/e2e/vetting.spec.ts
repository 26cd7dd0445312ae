// A new member of the working group vets an employer with the default checklist:
// takes the pay from the last visit, attaches a photo of the dormitory, finds the
// pay below the minimum wage (a critical item), overrides the suggested verdict with
// a reason, signs off, follows up the failure and compares with the previous vetting.
import type { Vetting } from '../../shared/vetting/schema';
import { expect, test } from './fixtures';
import { answerTheRest, fillDate, ok, openAt } from './helpers';

test('a new user vets a company, overrides the verdict, signs off, follows up and compares', async ({ app: page, core, shot }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳' });
  const colleague = await ok<{ id: string }>(core, 'staff.create', { name: '李强' });
  await ok(core, 'settings.update', { currentStaffId: me.id, minimumWage: 2690 });
  const company = await ok<{ id: string }>(core, 'companies.create', { name: '昆山精密电子有限公司' });
  await ok(core, 'visits.create', { companyId: company.id, visitDate: '2018-09-10', staffIds: [me.id, colleague.id], payMin: 2500, payMax: 4500, dormProvided: true, peoplePerRoom: 6 });
  // An earlier vetting, signed off when the pay was still above the minimum wage.
  const earlier = await ok<Vetting>(core, 'vettings.start', { companyId: company.id });
  await answerTheRest(core, earlier.id);
  expect((await ok<Vetting>(core, 'vettings.signOff', { id: earlier.id })).verdict).toBe('approved');

  // Start a new vetting from the company page.
  await openAt(page, `#/companies/${company.id}`);
  const vettings = page.getByTestId('vettings');
  await expect(vettings.getByRole('row')).toHaveCount(2);
  await expect(vettings).toContainText('审核通过'.slice(2));
  await expect(vettings).toContainText('王芳');
  await page.getByRole('button', { name: '开始审核' }).click();
  await expect(page.getByRole('heading', { name: '审核：昆山精密电子有限公司' })).toBeVisible();

  // The pay known from the visit is offered; taking it fails the critical minimum-wage item.
  const pay = page.getByTestId('item-monthlyPay');
  await expect(pay).toContainText('规则：不低于 2,690 元/月（当地最低工资标准）');
  await expect(pay.getByTestId('suggestion')).toContainText('来自走访 2018年9月10日：2,500 元/月');
  await pay.getByRole('button', { name: '采用' }).click();
  await expect(pay.getByText('已保存')).toBeVisible();
  await expect(pay.getByLabel('普工月工资（税前，不含加班费）', { exact: true })).toHaveValue('2500');
  await expect(pay).toContainText('不合格');
  await expect(page.getByTestId('critical-failures')).toContainText('普工月工资');

  // A few answers by hand: yes/no, a number with its rule, a single choice.
  const contract = page.getByTestId('item-writtenContract');
  await contract.getByRole('button', { name: '是', exact: true }).click();
  await expect(contract.getByText('已保存')).toBeVisible();
  const rooms = page.getByTestId('item-peoplePerRoom');
  await rooms.getByLabel('宿舍每间居住人数', { exact: true }).fill('6');
  await rooms.getByLabel('宿舍每间居住人数', { exact: true }).blur();
  await expect(rooms.getByText('已保存')).toBeVisible();
  await expect(rooms).toContainText('合格');

  // Bad input: "not applicable" without a note is refused next to the item, then accepted with one.
  const water = page.getByTestId('item-hotWater');
  await water.getByRole('button', { name: '不适用' }).click();
  await expect(water.getByText('选择“不适用”时请说明原因')).toBeVisible();
  let stored = await ok<Vetting>(core, 'vettings.get', { id: (await ok<{ id: string }[]>(core, 'vettings.listForCompany', { companyId: company.id }))[0]!.id });
  expect(stored.answers.find((a) => a.itemKey === 'hotWater')).toBeUndefined();
  await water.getByLabel('备注：宿舍或厂区提供热水洗浴').fill('宿舍统一安装电热水器，按不适用处理以待复核');
  await water.getByLabel('备注：宿舍或厂区提供热水洗浴').blur();
  await expect(water.getByText('已保存')).toBeVisible();

  // A photo of the dormitory, 2400×1800 as a phone takes it: stored downscaled to 1600 px.
  const png = await page.evaluate(() => {
    // The page's DOM (this file is typed for Node).
    type Canvas = { width: number; height: number; getContext(k: '2d'): { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void } | null; toDataURL(t: string): string };
    const c = (globalThis as unknown as { document: { createElement(n: 'canvas'): Canvas } }).document.createElement('canvas');
    c.width = 2400;
    c.height = 1800;
    const g = c.getContext('2d')!;
    g.fillStyle = '#dfe7ef'; g.fillRect(0, 0, 2400, 1800); // wall
    g.fillStyle = '#8d6e63'; g.fillRect(0, 1400, 2400, 400); // floor
    for (const x of [200, 1300]) {
      g.fillStyle = '#455a64'; g.fillRect(x, 700, 900, 60); g.fillRect(x, 1150, 900, 60); // bunk beds
      g.fillStyle = '#1e88e5'; g.fillRect(x + 40, 640, 820, 60); g.fillRect(x + 40, 1090, 820, 60);
      g.fillStyle = '#455a64'; g.fillRect(x, 500, 40, 900); g.fillRect(x + 860, 500, 40, 900);
    }
    g.fillStyle = '#fff59d'; g.fillRect(1000, 150, 400, 260); // window
    return c.toDataURL('image/png').split(',')[1]!;
  });
  const photoItem = page.getByTestId('item-dormitoryPhoto');
  await photoItem.locator('input[type=file]').setInputFiles({ name: '宿舍.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
  await expect(photoItem.locator('img')).toBeVisible();
  await photoItem.getByRole('button', { name: '查看大图' }).click();
  await expect(page.getByTestId('photo-full')).toBeVisible();
  await expect(page.getByRole('dialog')).toContainText('1600×1200 像素');
  await page.getByRole('button', { name: '关闭' }).click();
  const current = (await ok<{ id: string; status: string }[]>(core, 'vettings.listForCompany', { companyId: company.id })).find((r) => r.status === 'draft')!;
  stored = await ok<Vetting>(core, 'vettings.get', { id: current.id });
  expect(stored.photos).toMatchObject([{ itemKey: 'dormitoryPhoto', mime: 'image/jpeg', width: 1600, height: 1200 }]);
  expect(stored.answers.find((a) => a.itemKey === 'monthlyPay')?.value).toBe(2500);
  expect(stored.answers.find((a) => a.itemKey === 'hotWater')).toMatchObject({ value: 'na', note: '宿舍统一安装电热水器，按不适用处理以待复核' });

  // The rest as a colleague would have it, then the page is opened again.
  await answerTheRest(core, current.id);
  await openAt(page, `#/vettings/${current.id}`);
  await expect(page.getByText('必答项目已全部回答')).toBeVisible();
  // The critical failure rules out "approved".
  const panel = page.getByTestId('score-panel');
  await expect(page.getByTestId('suggested-verdict')).toContainText('有条件通过');
  await shot('vetting');

  // Override with a written reason: without one the core refuses, with the message at the field.
  await panel.getByRole('button', { name: '不通过' }).click();
  await panel.getByRole('button', { name: '保存结论' }).click();
  await expect(panel.getByText('结论与建议结论不同时，请写明理由')).toBeVisible();
  await shot('vetting-decision-refused');
  await panel.getByLabel('改变结论的理由').fill('工资低于当地最低工资标准，属严重违法，整改到位前不予推荐');
  await panel.getByRole('button', { name: '保存结论' }).click();
  await expect(panel.getByText('已改变建议结论')).toBeVisible();

  // Sign off: the vetting becomes read-only.
  await panel.getByRole('button', { name: '签字确认' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '签字确认' }).click();
  await expect(page.getByTestId('signed-off')).toContainText('王芳于');
  await expect(page.getByTestId('signed-off')).toContainText('结论：不通过');
  await expect(page.getByTestId('signed-off')).toContainText('工资低于当地最低工资标准');
  await expect(page.getByTestId('item-writtenContract').getByRole('button', { name: '是', exact: true })).toBeDisabled();
  stored = await ok<Vetting>(core, 'vettings.get', { id: current.id });
  expect(stored).toMatchObject({ status: 'signedOff', verdict: 'rejected', override: { verdict: 'rejected' }, signedOffByName: '王芳' });

  // A follow-up action for the failed pay item.
  await pay.getByRole('button', { name: '新建整改事项' }).click();
  const dialog = page.getByRole('dialog', { name: '新建整改事项' });
  await dialog.getByLabel('需要整改的内容').fill('将普工月工资提高到当地最低工资标准以上，并补发差额');
  await dialog.getByLabel('负责人').click();
  await page.getByRole('option', { name: '李强' }).click();
  await fillDate(dialog, '完成期限', '2026-12-31');
  await shot('vetting-action-dialog');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(pay).toContainText('将普工月工资提高到当地最低工资标准以上');
  await shot('vetting-signed');

  // The company's status follows the sign-off; the open action is listed there and closed.
  await page.getByRole('button', { name: '返回企业' }).click();
  await expect(page.getByRole('heading', { name: /昆山精密电子有限公司/ })).toContainText('未通过');
  const open = page.getByTestId('open-actions');
  await expect(open).toContainText('将普工月工资提高到当地最低工资标准以上');
  await expect(open).toContainText('李强');
  await open.getByRole('checkbox', { name: /标记为已完成/ }).click();
  await expect(page.getByText('没有待完成的整改事项')).toBeVisible();
  const actions = await ok<{ done: boolean; itemKey: string; whoName: string }[]>(core, 'actions.list', { companyId: company.id, scope: 'all' });
  expect(actions).toMatchObject([{ itemKey: 'monthlyPay', done: true, whoName: '李强' }]);

  // Compare with the earlier vetting.
  await expect(vettings.getByRole('row')).toHaveCount(3);
  await shot('vetting-company');
  const boxes = vettings.getByRole('checkbox');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByRole('button', { name: '比较所选两份' }).click();
  await expect(page.getByRole('heading', { name: '审核比较：昆山精密电子有限公司' })).toBeVisible();
  await expect(page.getByTestId('cmp-monthlyPay')).toContainText('3,200 元/月');
  await expect(page.getByTestId('cmp-monthlyPay')).toContainText('2,500 元/月');
  await expect(page.getByTestId('cmp-monthlyPay')).toContainText('变差');
  await expect(page.getByTestId('overall-delta')).toContainText('-');
  await shot('vetting-compare');
});

test('a company whose vetting has expired is marked for re-vetting in the list', async ({ app: page, core }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳' });
  await ok(core, 'settings.update', { currentStaffId: me.id, vettingValidityMonths: 12 });
  const vetted = await ok<{ id: string }>(core, 'companies.create', { name: '太仓港口物流有限公司' });
  await ok(core, 'companies.create', { name: '常熟纺织服装有限公司' });
  const v = await ok<Vetting>(core, 'vettings.start', { companyId: vetted.id });
  await answerTheRest(core, v.id);
  const signed = await ok<Vetting>(core, 'vettings.signOff', { id: v.id });

  // Today the vetting is valid: no marker.
  await openAt(page, '#/companies');
  await expect(page.getByRole('row', { name: /太仓港口物流/ })).toBeVisible();
  await expect(page.getByTestId('revetting-due')).toHaveCount(0);

  // A day after it expires, the list says re-vetting is due for that company only.
  const after = new Date(`${signed.expiresOn!}T12:00:00+08:00`);
  await page.clock.setFixedTime(after);
  await openAt(page, '#/companies');
  await expect(page.getByRole('row', { name: /太仓港口物流/ }).getByTestId('revetting-due')).toHaveText('需重新审核');
  await expect(page.getByRole('row', { name: /常熟纺织/ }).getByTestId('revetting-due')).toHaveCount(0);
  await page.getByRole('row', { name: /太仓港口物流/ }).click();
  await expect(page.getByTestId('vettings')).toContainText('已过期');
});

test('due work lists expired vettings and open rectification actions; a vetting can start from a visit', async ({ app: page, core, shot }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳' });
  await ok(core, 'settings.update', { currentStaffId: me.id, minimumWage: 2690 });
  const company = await ok<{ id: string }>(core, 'companies.create', { name: '嘉兴食品加工有限公司' });
  const visit = await ok<{ id: string }>(core, 'visits.create', { companyId: company.id, visitDate: '2018-09-10', staffIds: [me.id], payMin: 2400, payMax: 3600 });
  const older = await ok<{ id: string }>(core, 'visits.create', { companyId: company.id, visitDate: '2018-06-01', staffIds: [me.id], payMin: 5000 });

  // From the older visit's page: its own pay is offered, not the latest visit's.
  await openAt(page, `#/visits/${older.id}`);
  await page.getByRole('button', { name: '以此走访开始审核' }).click();
  await expect(page.getByText(/来自走访/).first()).toContainText('2018年6月1日');
  const started = (await ok<{ id: string; visitId: string | null }[]>(core, 'vettings.listForCompany', { companyId: company.id }))[0]!;
  expect((await ok<Vetting>(core, 'vettings.get', { id: started.id })).visitId).toBe(older.id);
  expect(visit.id).not.toBe(older.id);

  // A failed item becomes a rectification action; it shows under due work and can be closed there.
  await ok(core, 'vettings.answer', { vettingId: started.id, itemKey: 'monthlyPay', value: 2400 });
  await ok(core, 'actions.create', { vettingId: started.id, itemKey: 'monthlyPay', what: '基本工资调至最低工资标准以上', dueDate: '2018-10-01' });
  await openAt(page, '#/follow-ups');
  await page.getByRole('tab', { name: '整改事项' }).click();
  const row = page.getByRole('row', { name: /基本工资调至最低工资标准以上/ });
  await expect(row).toContainText('嘉兴食品加工有限公司');
  await shot('due-work-actions');
  await row.getByRole('checkbox').click();
  await expect(page.getByText('没有未完成的整改事项')).toBeVisible();
  expect(await ok<unknown[]>(core, 'actions.list', { scope: 'open' })).toHaveLength(0);

  // A signed-off vetting with a one-month validity shows as expiring soon, then as expired.
  await ok(core, 'vettings.answer', { vettingId: started.id, itemKey: 'monthlyPay', value: 3200 });
  await answerTheRest(core, started.id);
  await ok(core, 'settings.update', { vettingValidityMonths: 1 });
  const signed = await ok<Vetting>(core, 'vettings.signOff', { id: started.id });
  // Ten days before it expires ("one month" is 31 days when signed in December: past the 30-day window).
  const expires = new Date(`${signed.expiresOn!}T12:00:00+08:00`).getTime();
  await page.clock.setFixedTime(new Date(expires - 10 * 24 * 3600 * 1000));
  await openAt(page, '#/follow-ups');
  await page.getByRole('tab', { name: '需重新审核' }).click();
  await expect(page.getByRole('row', { name: /嘉兴食品加工有限公司/ })).toContainText('到期');
  await page.clock.setFixedTime(new Date(`${signed.expiresOn!}T12:00:00+08:00`));
  await openAt(page, '#/follow-ups');
  await page.getByRole('tab', { name: '需重新审核' }).click();
  await expect(page.getByRole('row', { name: /嘉兴食品加工有限公司/ })).toContainText('已过期');
});
