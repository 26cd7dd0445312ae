// Outcomes (成效) as a new user records them: the Deqin job fair with "400余" job seekers, a
// contradiction refused at the field with nothing stored, a training with its hours, a split by
// company that doesn't add up (a warning), and the ledger filtered by year.
import type { Page } from '@playwright/test';
import { expect, test, type Core } from './fixtures';
import { ok, openAt } from './helpers';

interface Trip { id: string; items: { id: string; kind: string }[] }
interface Outcome { recorded: boolean; intentions: { value: number; about: boolean } | null; trainees: { value: number } | null; trainingHours: number | null }

async function seed(core: Core) {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '陈建国' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  const regions = await ok<{ id: string; name: string; counties: { id: string; name: string }[] }[]>(core, 'regions.list', {});
  const diqing = regions.find((p) => p.name === '迪庆州')!;
  const deqin = diqing.counties.find((c) => c.name === '德钦县')!;
  let trip = await ok<Trip>(core, 'trips.create', { title: '赴德钦县开展专场招聘', prefectureId: diqing.id, countyIds: [deqin.id], startDate: '2018-09-17', endDate: '2018-09-21' });
  const companies: string[] = [];
  for (const name of ['上海沪工阀门厂', '上海大东塑料制品有限公司']) {
    const c = await ok<{ id: string }>(core, 'companies.create', { name });
    companies.push(c.id);
    trip = await ok<Trip>(core, 'trips.setParticipants', { tripId: trip.id, companyId: c.id, overrideReason: '东西部协作重点企业，审核安排在出发后' });
  }
  trip = await ok<Trip>(core, 'itinerary.create', {
    tripId: trip.id,
    item: { kind: 'jobFair', title: '德钦县专场招聘会', countyId: deqin.id, startsAt: '2018-09-19T09:00', endsAt: '2018-09-19T12:00', companyIds: companies },
  });
  trip = await ok<Trip>(core, 'itinerary.create', {
    tripId: trip.id, item: { kind: 'training', title: '职业技能培训', countyId: deqin.id, startsAt: '2018-09-20T14:00', endsAt: '2018-09-20T17:00' },
  });
  return { trip, fair: trip.items.find((i) => i.kind === 'jobFair')!.id, training: trip.items.find((i) => i.kind === 'training')!.id };
}

const count = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });

test('record the Deqin job fair (400余), a contradiction refused at the field, a training, a split that does not add up, the ledger', async ({ app: page, core, shot }) => {
  const { trip, fair, training } = await seed(core);
  await openAt(page, `#/trips/${trip.id}`);
  const section = page.getByTestId('trip-outcomes');
  await expect(section.getByTestId(`outcome-${fair}`)).toContainText('未录入');

  // The job fair as the article reports it.
  await section.getByTestId(`outcome-${fair}`).getByRole('link', { name: '录入成效' }).click();
  await expect(page.getByRole('heading', { name: '录入成效' })).toBeVisible();
  await expect(page.getByText('只填人数即可，不需要名单')).toBeVisible();
  await expect(count(page, '培训人数')).toHaveCount(0);
  await count(page, '入场求职者').fill('400');
  await page.getByRole('checkbox', { name: '入场求职者是约数' }).check();
  await count(page, '投递简历').fill('36');
  await count(page, '初步意向').fill('12');
  await count(page, '其中建档立卡贫困劳动力').fill('5');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(new RegExp(`#/trips/${trip.id}$`));
  const row = page.getByTestId(`outcome-${fair}`);
  await expect(row).toContainText('400余');
  await expect(row).toContainText('36');
  await expect(page.getByTestId('trip-outcomes-totals')).toContainText('400余');

  // More intentions than résumés: refused at the field, nothing stored.
  await row.getByRole('link', { name: '修改' }).click();
  await expect(count(page, '投递简历')).toHaveValue('36');
  await count(page, '初步意向').fill('50');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('初步意向人数不能多于投递简历人数')).toBeVisible();
  await expect(count(page, '初步意向')).toHaveAttribute('aria-invalid', 'true');
  await shot('outcome-form-refused');
  expect((await ok<Outcome>(core, 'outcomes.get', { itemId: fair })).intentions).toEqual({ value: 12, about: false });
  await count(page, '初步意向').fill('12');
  await expect(page.getByText('初步意向人数不能多于投递简历人数')).toBeHidden();

  // A split by company that doesn't add up warns while typing, and is kept with its warning.
  await page.getByRole('checkbox', { name: '填写各企业收到的简历和意向' }).check();
  await count(page, '上海沪工阀门厂 投递简历').fill('20');
  await count(page, '上海沪工阀门厂 初步意向').fill('8');
  await count(page, '上海沪工阀门厂 其中建档立卡贫困劳动力').fill('3');
  await count(page, '上海大东塑料制品有限公司 投递简历').fill('10');
  await count(page, '上海大东塑料制品有限公司 初步意向').fill('4');
  await count(page, '上海大东塑料制品有限公司 其中建档立卡贫困劳动力').fill('2');
  await expect(page.getByTestId('split-warning')).toHaveText(['投递简历：各企业合计 30，与总数 36 不一致']);
  await shot('outcome-form-split');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(new RegExp(`#/trips/${trip.id}$`));
  await expect(page.getByTestId('split-warning')).toHaveText(['德钦县专场招聘会——投递简历：各企业合计 30，与总数 36 不一致']);

  // The training: trainees and hours only.
  await page.getByTestId(`outcome-${training}`).getByRole('link', { name: '录入成效' }).click();
  await expect(count(page, '投递简历')).toHaveCount(0);
  await count(page, '培训人数').fill('60');
  await page.getByLabel('培训课时').fill('3');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId(`outcome-${training}`)).toContainText('3 小时');
  await expect(page.getByTestId(`outcome-${training}`)).toContainText('60');
  expect(await ok<Outcome>(core, 'outcomes.get', { itemId: training })).toMatchObject({ trainees: { value: 60 }, trainingHours: 3 });
  await openAt(page, `#/trips/${trip.id}`);
  await page.getByTestId('trip-outcomes-totals').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('trip-outcomes-totals')).toContainText('60');
  await shot('outcome-trip-section');

  // The ledger, as the dashboard links to it.
  await openAt(page, '#/outcomes?year=2018');
  const ledger = page.getByTestId('outcome-ledger');
  await expect(ledger.getByRole('row')).toHaveCount(4); // header, two events, totals
  await expect(ledger.getByRole('row').nth(1)).toContainText('职业技能培训');
  await expect(ledger.getByRole('row').nth(2)).toContainText('德钦县专场招聘会');
  await expect(page.getByTestId('ledger-totals')).toContainText('合计（2 项）');
  await expect(page.getByTestId('ledger-totals')).toContainText('400余');
  await expect(page.getByTestId('ledger-totals')).toContainText('60');
  await shot('outcome-ledger');
  await ledger.getByRole('link', { name: '赴德钦县开展专场招聘' }).first().click();
  await expect(page).toHaveURL(new RegExp(`#/trips/${trip.id}$`));

  // Leaving the form mid-edit asks first; the draft comes back.
  await openAt(page, `#/trips/${trip.id}/outcomes/${training}`);
  await count(page, '培训人数').fill('70');
  await page.getByRole('link', { name: '成效' }).click();
  await page.getByRole('dialog', { name: '有未保存的修改' }).getByRole('button', { name: '离开并保留草稿' }).click();
  await expect(page.getByRole('heading', { name: '成效台账' })).toBeVisible();
  await openAt(page, `#/trips/${trip.id}/outcomes/${training}`);
  await expect(page.getByText('已恢复上次未保存的草稿')).toBeVisible();
  await expect(count(page, '培训人数')).toHaveValue('70');
  expect(await ok<Outcome>(core, 'outcomes.get', { itemId: training })).toMatchObject({ trainees: { value: 60 } });

  await openAt(page, '#/outcomes?year=2017');
  await expect(page.getByText('没有符合筛选条件的活动')).toBeVisible();
  await page.getByRole('button', { name: '清除筛选' }).first().click();
  await expect(page.getByTestId('outcome-ledger').getByRole('row')).toHaveCount(4);
});

test('the ledger of a new workspace says how events get there', async ({ app: page, core, shot }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '陈建国' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  await openAt(page, '#/companies');
  await page.getByRole('link', { name: '成效' }).click();
  await expect(page.getByRole('heading', { name: '成效台账' })).toBeVisible();
  await expect(page.getByText('还没有招聘会、校园招聘或培训')).toBeVisible();
  await shot('outcome-ledger-empty');
});
