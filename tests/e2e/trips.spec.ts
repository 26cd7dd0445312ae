// A trip as a new user plans it: a five-day trip to 迪庆州 德钦县, end before start
// refused at the field, two delegation members, an approved company with its
// positions, an unvetted company refused with the reason why and then taken along
// with an override reason, the totals as the article reports them, and a copy.
import type { Vetting } from '../../shared/vetting/schema';
import { expect, test } from './fixtures';
import { answerTheRest, fillDate, ok, openAt, pick } from './helpers';

test('plan a trip to Deqin: delegation, companies with positions, an override, totals and a copy', async ({ app: page, core, shot }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳', phone: '13800001111' });
  await ok(core, 'settings.update', { currentStaffId: me.id, minimumWage: 2690 });
  const jobTypes = await ok<{ id: string; name: string }[]>(core, 'jobTypes.list', {});
  const jt = (name: string) => jobTypes.find((j) => j.name === name)!.id;
  const valve = await ok<{ id: string }>(core, 'companies.create', {
    name: '上海沪工阀门厂（集团）有限公司',
    contacts: [{ name: '周经理', role: '人事经理', phone: '13900002222' }],
  });
  const food = await ok<{ id: string }>(core, 'companies.create', { name: '大董（上海）餐饮管理有限公司' });
  await ok(core, 'positions.create', { companyId: valve.id, jobTypeId: jt('普工'), title: '装配工', headcount: 30 });
  await ok(core, 'positions.create', { companyId: valve.id, jobTypeId: jt('技工'), title: '数控车工', headcount: 10 });
  await ok(core, 'positions.create', { companyId: food.id, jobTypeId: jt('厨师'), title: '中式面点师', headcount: 5 });
  const vetting = await ok<Vetting>(core, 'vettings.start', { companyId: valve.id });
  await answerTheRest(core, vetting.id);
  expect((await ok<Vetting>(core, 'vettings.signOff', { id: vetting.id })).verdict).toBe('approved');

  // The list starts empty and offers to create a trip.
  await openAt(page, '#/trips');
  await expect(page.getByText('还没有出访计划')).toBeVisible();
  await page.getByRole('button', { name: '新建出访' }).first().click();
  await expect(page.getByRole('heading', { name: '新建出访' })).toBeVisible();

  // End before start is refused at the field, nothing stored.
  await page.getByLabel('标题').fill('赴迪庆州德钦县开展专场招聘');
  await pick(page, '州（市）', '迪庆州');
  await page.getByLabel('德钦县').check();
  await fillDate(page, '出发日期', '2026-09-17');
  await fillDate(page, '返回日期', '2026-09-15');
  await page.getByLabel('出访目的').fill('东西部扶贫协作，劳务输出专场招聘');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('结束日期不能早于开始日期')).toBeVisible();
  expect(await ok<unknown[]>(core, 'trips.list', {})).toEqual([]);

  // Five days: 17 to 21 September.
  await fillDate(page, '返回日期', '2026-09-21');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: '赴迪庆州德钦县开展专场招聘' })).toBeVisible();
  await expect(page.getByText('（5 天）').first()).toBeVisible();
  await expect(page.getByTestId('trip-totals')).toContainText('0 家企业，0 个岗位');

  // The approved company with both its positions.
  await page.getByRole('button', { name: '添加企业' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('企业').fill('沪工');
  await page.getByRole('option', { name: '上海沪工阀门厂（集团）有限公司' }).click();
  // Its positions start ticked; 全不选 and 全选 clear and tick them all in one click.
  await expect(dialog.getByLabel('普工 · 装配工 · 30 人')).toBeChecked();
  await expect(dialog.getByLabel('技工 · 数控车工 · 10 人')).toBeChecked();
  await expect(dialog.getByRole('button', { name: '全选' })).toBeDisabled();
  await shot('trip-company-positions-preselected');
  await dialog.getByRole('button', { name: '全不选' }).click();
  await expect(dialog.getByLabel('普工 · 装配工 · 30 人')).not.toBeChecked();
  await expect(dialog.getByLabel('技工 · 数控车工 · 10 人')).not.toBeChecked();
  await dialog.getByRole('button', { name: '全选' }).click();
  await expect(dialog.getByLabel('技工 · 数控车工 · 10 人')).toBeChecked();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('participants')).toContainText('数控车工');
  await expect(page.getByTestId('trip-totals')).toContainText('1 家企业，40 个岗位');

  // The unvetted company: refused, with the reason why; taken along with a reason.
  await page.getByRole('button', { name: '添加企业' }).click();
  await dialog.getByLabel('企业').fill('大董');
  await page.getByRole('option', { name: '大董（上海）餐饮管理有限公司' }).click();
  // Its only position is ticked already; one position needs no 全选.
  await expect(dialog.getByLabel('厨师 · 中式面点师 · 5 人')).toBeChecked();
  await expect(dialog.getByRole('button', { name: '全选' })).toHaveCount(0);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByTestId('not-eligible')).toContainText('尚未完成审核');
  await shot('trip-company-refused');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('必填')).toBeVisible();
  await dialog.getByLabel('破例参加的理由').fill('对口地区点名邀请，审核安排在出访后完成');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('participants')).toContainText('破例：对口地区点名邀请');
  await expect(page.getByTestId('trip-totals')).toContainText('2 家企业，45 个岗位');

  // Two delegation members: the bureau's own staff and the company's contact.
  await page.getByRole('button', { name: '添加成员' }).click();
  await pick(page, '从本局工作人员中选择', '王芳');
  await expect(dialog.getByLabel('姓名')).toHaveValue('王芳');
  await dialog.getByLabel('单位').fill('区人力资源和社会保障局');
  await shot('trip-member-dialog');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: '添加成员' }).click();
  await dialog.getByLabel('从参加企业的联系人中选择').click();
  await page.getByRole('option', { name: '周经理（上海沪工阀门厂（集团）有限公司）' }).click();
  await expect(dialog.getByLabel('电话')).toHaveValue('13900002222');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  const delegation = page.getByTestId('delegation');
  await expect(delegation.getByRole('row')).toHaveCount(3);
  await expect(delegation).toContainText('企业代表');
  await expect(delegation).toContainText('局机关工作人员');
  // Someone still on an itinerary item cannot be removed: the message says where.
  const tripId = page.url().split('#/trips/')[1]!;
  const seeded = await ok<{ members: { id: string; name: string }[] }>(core, 'trips.get', { id: tripId });
  const zhou = seeded.members.find((m) => m.name === '周经理')!;
  await ok(core, 'itinerary.create', { tripId, item: { kind: 'seminar', title: '劳务协作座谈', startsAt: '2026-09-19T09:00', endsAt: '2026-09-19T11:00', memberIds: [zhou.id] } });
  await page.getByRole('button', { name: '移除 周经理' }).click();
  await dialog.getByRole('button', { name: '移除' }).click();
  await expect(page.getByRole('alert')).toContainText('周经理还在 1 项行程中（2026-09-19 09:00 劳务协作座谈）');
  await expect(delegation.getByRole('row')).toHaveCount(3);
  await page.getByRole('alert').getByRole('button').click();
  await expect(page.getByRole('link', { name: '行程' })).toHaveAttribute('href', /#\/trips\/.+\/itinerary$/);
  await expect(page.getByRole('alert')).toBeHidden();
  await shot('trip-detail');

  // Copy as a new trip starting a year later.
  await page.getByRole('button', { name: '复制为新出访' }).click();
  // Without a date the copy is refused at the field.
  await dialog.getByRole('button', { name: '复制为新出访' }).click();
  await expect(dialog.getByText('必填')).toBeVisible();
  await shot('trip-copy-refused');
  await fillDate(dialog, '新的出发日期', '2027-09-13');
  await dialog.getByRole('button', { name: '复制为新出访' }).click();
  await expect(page.getByText('已复制为新出访')).toBeVisible();
  await expect(page.getByTestId('trip-totals')).toContainText('2 家企业，45 个岗位');
  await expect(page.getByText('2027年9月13日 至 2027年9月17日（5 天）').first()).toBeVisible();

  // The list shows both trips.
  await page.getByRole('link', { name: '出访', exact: true }).click();
  await expect(page.getByTestId('trips-table').getByRole('row')).toHaveCount(3);
  await expect(page.getByTestId('trips-table')).toContainText('迪庆州 德钦县');
  await shot('trips');
});

test('in English: a new company’s positions start ticked, an existing participant keeps the ones chosen before', async ({ app: page, core, shot }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  const jobTypes = await ok<{ id: string; name: string }[]>(core, 'jobTypes.list', {});
  const jt = (name: string) => jobTypes.find((j) => j.name === name)!.id;
  const regions = await ok<{ id: string; name: string; counties: { id: string }[] }[]>(core, 'regions.list', {});
  const diqing = regions.find((p) => p.name === '迪庆州')!;
  const trip = await ok<{ id: string }>(core, 'trips.create', { title: '赴德钦县开展专场招聘', prefectureId: diqing.id, countyIds: [diqing.counties[0]!.id], startDate: '2026-09-17', endDate: '2026-09-21' });
  const taken = await ok<{ id: string }>(core, 'companies.create', { name: '南亚新材料科技股份有限公司' });
  const first = await ok<{ id: string }>(core, 'positions.create', { companyId: taken.id, jobTypeId: jt('普工'), title: '覆铜板生产普工', headcount: 50 });
  await ok(core, 'positions.create', { companyId: taken.id, jobTypeId: jt('技工'), title: '设备维修技工', headcount: 15 });
  await ok(core, 'trips.setParticipants', { tripId: trip.id, companyId: taken.id, positionIds: [first.id], overrideReason: '示例' });
  const food = await ok<{ id: string }>(core, 'companies.create', { name: '大董（上海）餐饮管理有限公司' });
  for (const [type, title, headcount] of [['厨师', '中餐厨师', 15], ['服务', '餐厅服务员', 30], ['保洁', '后厨保洁', 15]] as const) {
    await ok(core, 'positions.create', { companyId: food.id, jobTypeId: jt(type), title, headcount });
  }

  await openAt(page, `#/trips/${trip.id}`);
  await page.getByTestId('language-switch').click();
  const dialog = page.getByRole('dialog');
  // Editing the company already taken: only the position chosen before is ticked.
  await page.getByRole('button', { name: 'Choose job listings of 南亚新材料科技股份有限公司' }).click();
  await expect(dialog.getByLabel('普工 · 覆铜板生产普工 · 50 people')).toBeChecked();
  await expect(dialog.getByLabel('技工 · 设备维修技工 · 15 people')).not.toBeChecked();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  // A new company: all three start ticked.
  await page.getByRole('button', { name: 'Add company' }).click();
  await dialog.getByLabel('Company').fill('大董');
  await page.getByRole('option', { name: '大董（上海）餐饮管理有限公司' }).click();
  await expect(dialog.getByRole('checkbox', { checked: true })).toHaveCount(3);
  await expect(dialog.getByRole('button', { name: 'Select all' })).toBeDisabled();
  await shot('trip-company-positions-preselected-en');
  await dialog.getByRole('button', { name: 'Select none' }).click();
  await expect(dialog.getByRole('checkbox', { checked: true })).toHaveCount(0);
});
