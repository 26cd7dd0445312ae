// The dashboard as a new user meets it: an empty workspace offers the example built from the
// article; the dashboard shows the article's figures; a figure opens the records behind it;
// recording the outcome of a new job fair changes the totals.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ok, openAt, pick } from './helpers';

interface TripRow { id: string; title: string }
interface Trip { id: string; counties: { id: string; name: string }[]; items: { id: string; kind: string; title: string | null }[]; participants: { companyId: string }[] }

const tripRow = (page: Page, text: string) => page.getByTestId('by-trip').getByRole('row').filter({ hasText: text });
const count = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });

test('open the example from the empty dashboard, read the article’s figures, follow one to its records, record a new job fair and see the totals change', async ({ app: page, core, shot }) => {
  // A new user: the app asks who they are, then lands on an empty dashboard.
  await page.getByLabel('您的姓名').fill('赵敏');
  await page.getByRole('button', { name: '开始使用' }).click();
  await expect(page.getByRole('heading', { name: '概览' })).toBeVisible();
  await expect(page.getByText('这个工作区还没有出访、成效、协议或转移就业记录')).toBeVisible();
  await shot('dashboard-empty');

  await page.getByRole('button', { name: '打开示例工作区' }).click();
  await expect(page.getByTestId('workspace-name')).toContainText('示例工作区（嘉定援滇）');
  await expect(page.getByTestId('figure-cards')).toBeVisible();

  // The article's figures, as the article gives them.
  await expect(page.getByTestId('total-stillWorking')).toHaveText('284');
  await expect(page.getByTestId('total-stillWorkingPoor')).toHaveText('12');
  await expect(page.getByTestId('total-positionsOffered')).toHaveText('3,225余');
  await expect(page.getByTestId('funnel-gap')).toHaveText('提供岗位 3,225余 个，到岗 26 人。');
  await expect(page.getByTestId('funnel-still-note')).toContainText('包括这些记录之前就已来沪的人');
  await expect(tripRow(page, '2017年11月').getByRole('link', { name: '104', exact: true })).toBeVisible();
  const june = tripRow(page, '2018年6月');
  for (const figure of ['2,025', '3,000余', '91', '29', '228']) await expect(june.getByRole('link', { name: figure, exact: true })).toBeVisible();
  const deqin = tripRow(page, '德钦县');
  for (const figure of ['200余', '400余', '36', '12']) await expect(deqin.getByRole('link', { name: figure, exact: true }).first()).toBeVisible();
  await shot('dashboard-example');
  await page.getByTestId('year-chart').scrollIntoViewIfNeeded();
  await shot('dashboard-example-charts');
  await page.getByTestId('by-trip').scrollIntoViewIfNeeded();
  // The trip's name and the count of trips each have their own heading.
  const heads = page.getByTestId('by-trip').getByRole('columnheader');
  await expect(heads.nth(0)).toHaveText('出访');
  await expect(heads.nth(1)).toHaveText('出访次数');
  await expect(heads.filter({ hasText: /^出访$/ })).toHaveCount(1);
  await shot('dashboard-example-trips');

  // Deqin's 12 intentions: the ledger lists the job fair at 德钦县民族广场 that counted them.
  const trips = await ok<TripRow[]>(core, 'trips.list', {});
  const deqinTrip = await ok<Trip>(core, 'trips.get', { id: trips.find((t) => t.title.includes('德钦县'))!.id });
  await deqin.getByRole('link', { name: '12', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`#/outcomes\\?tripId=${deqinTrip.id}$`));
  const ledger = page.getByTestId('outcome-ledger');
  const fair = ledger.getByRole('row').filter({ hasText: '2018年上海市嘉定区对口支援德钦县就业扶贫专场招聘会' });
  await expect(fair).toContainText('36');
  await expect(fair).toContainText('12');
  await expect(ledger.getByRole('row').filter({ hasText: '汽车营销与维修' })).toContainText('200余');

  // A second job fair in Deqin the next day, put on the itinerary, and its outcome entered in the form.
  const county = deqinTrip.counties.find((c) => c.name === '德钦县')!;
  const after = await ok<Trip>(core, 'itinerary.create', {
    tripId: deqinTrip.id,
    item: {
      kind: 'jobFair', title: '奔子栏镇专场招聘会', place: '德钦县奔子栏镇', countyId: county.id, startsAt: '2018-09-20T09:00', endsAt: '2018-09-20T11:30',
      companyIds: deqinTrip.participants.map((p) => p.companyId),
    },
  });
  const newFair = after.items.find((i) => i.title === '奔子栏镇专场招聘会')!;
  await page.getByRole('link', { name: '出访', exact: true }).click();
  await page.getByRole('link', { name: /德钦县专场招聘和职业培训/ }).first().click();
  await page.getByTestId(`outcome-${newFair.id}`).getByRole('link', { name: '录入成效' }).click();
  await count(page, '入场求职者').fill('80');
  await count(page, '投递简历').fill('15');
  await count(page, '初步意向').fill('6');
  await count(page, '其中建档立卡贫困劳动力').fill('2');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId(`outcome-${newFair.id}`)).toContainText('15');

  // Back on the dashboard the totals include it: 207 + 6 intentions, 36 + 15 résumés at Deqin.
  await page.getByRole('link', { name: '概览', exact: true }).click();
  await expect(page.getByTestId('total-intentions')).toHaveText('213');
  await expect(page.getByTestId('total-intentionsPoor')).toHaveText('31');
  await expect(page.getByTestId('total-jobSeekers')).toHaveText('3,480余');
  await expect(tripRow(page, '德钦县').getByRole('link', { name: '51', exact: true })).toBeVisible();
  await expect(tripRow(page, '德钦县').getByRole('link', { name: '18', exact: true })).toBeVisible();
});

test('filters live in the URL: a year shows that year, a destination only its trips', async ({ app: page, core, shot }) => {
  await ok(core, 'workspace.openExample', {});
  await openAt(page, '#/');
  await pick(page, '年份', '2017');
  await expect(page).toHaveURL(/year=2017/);
  await expect(page.getByTestId('total-trainees')).toHaveText('300余');
  await expect(page.getByTestId('total-stillWorking')).toHaveText('—');
  await expect(page.getByTestId('by-trip').getByRole('row').filter({ hasText: '德钦县' })).toHaveCount(0);
  await pick(page, '对口地区', '迪庆州');
  await expect(page.getByText('没有符合筛选条件的记录')).toBeVisible();
  await shot('dashboard-filtered-empty');
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(page.getByTestId('total-stillWorking')).toHaveText('284');

  // In English the approximate figures read "3,225+".
  await page.getByTestId('language-switch').click();
  await expect(page.getByTestId('total-positionsOffered')).toHaveText('3,225+');
  await expect(page.getByTestId('funnel-gap')).toHaveText('3,225+ positions offered, 26 people arrived.');
  await shot('dashboard-example-en');
  await page.getByTestId('by-trip').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('by-trip').getByRole('columnheader').nth(1)).toHaveText('Trip count');
  await shot('dashboard-example-trips-en');
  await page.getByTestId('language-switch').click();

  // Settings offers the example, and rebuilding it brings back the article's figures.
  await ok(core, 'trips.delete', { id: (await ok<TripRow[]>(core, 'trips.list', {})).find((t) => t.title.includes('德钦县'))!.id });
  await page.getByRole('link', { name: '设置', exact: true }).click();
  await expect(page.getByTestId('open-example')).toBeVisible();
  await shot('settings-example');
  await page.getByTestId('rebuild-example').click();
  await expect(page.getByText('示例工作区已按报道重新建立')).toBeVisible();
  await expect(page.getByTestId('total-intentions')).toHaveText('207');
});
