// Renderer-wide small things the staff meet on every page: a list's row opens its record when
// clicked anywhere (a control in the row does its own thing only), a long form's 保存 stays in
// the window, a toast closes on leaving its page and sits over the navigation's foot, a header
// too long for 1280 px ends in … with the whole text on hover, and the dashboard's trip filter
// shows a long trip name whole in its menu.
import type { Locator, Page } from '@playwright/test';
import { type Core, expect, test } from './fixtures';
import { ok, openAt } from './helpers';

const LONG_TITLE = '赴迪庆州德钦县、香格里拉市、维西傈僳族自治县开展东西部扶贫协作劳务输出专场招聘暨职业技能培训及企业用工对接活动';

interface Region { id: string; name: string; counties: { id: string; name: string }[] }

async function seed(core: Core) {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳', phone: '13800001111' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  const regions = await ok<Region[]>(core, 'regions.list', {});
  const diqing = regions.find((p) => p.name === '迪庆州')!;
  const deqin = diqing.counties.find((c) => c.name === '德钦县')!;
  const jobTypes = await ok<{ id: string; name: string }[]>(core, 'jobTypes.list', {});
  const company = await ok<{ id: string }>(core, 'companies.create', { name: '上海沪工阀门厂（集团）有限公司' });
  const position = await ok<{ id: string }>(core, 'positions.create', { companyId: company.id, jobTypeId: jobTypes.find((j) => j.name === '普工')!.id, title: '装配工', headcount: 30 });
  const visit = await ok<{ id: string }>(core, 'visits.create', { companyId: company.id, visitDate: '2018-09-10', staffIds: [me.id], followUps: [{ what: '寄送岗位表' }] });
  let trip = await ok<{ id: string; items: { id: string }[] }>(core, 'trips.create', { title: LONG_TITLE, prefectureId: diqing.id, countyIds: [deqin.id], startDate: '2018-09-17', endDate: '2018-09-21' });
  trip = await ok(core, 'itinerary.create', { tripId: trip.id, item: { kind: 'jobFair', title: '德钦县专场招聘会', countyId: deqin.id, startsAt: '2018-09-19T09:00', endsAt: '2018-09-19T12:00' } });
  const agreement = await ok<{ id: string }>(core, 'agreements.create', {
    agreement: { type: 'schoolEnterprise', title: '校企合作框架协议', parties: ['迪庆州技工学校'], copies: 2, signedOn: '2018-09-20', prefectureId: diqing.id }, today: '2019-06-30',
  });
  const batch = await ok<{ id: string }>(core, 'placements.createBatch', { arrivedOn: '2018-10-07', workers: 26, poor: 11, prefectureId: diqing.id, tripId: trip.id });
  const templates = await ok<{ id: string }[]>(core, 'templates.list', {});
  return { company, position, visit, trip, item: trip.items[0]!.id, agreement, batch, template: templates[0]! };
}

/** The first record's row of the list on screen (a table's, or the long lists' virtual rows). */
const firstRow = (page: Page) => page.locator('main tbody tr, main [data-testid=virtual-scroll] [role=row]').first();

/** Clicks a row where it has nothing of its own: the padding of its `cell`-th cell. */
async function clickEmpty(row: Locator, cell: number) {
  await expect(row).toHaveCSS('cursor', 'pointer');
  await row.getByRole('cell').nth(cell).click({ position: { x: 3, y: 3 } });
}

test('every list opens its record from anywhere on the row; a button in a row does only its own thing', async ({ app: page, core, shot }) => {
  const s = await seed(core);
  const lists: { list: string; cell: number; opens: string }[] = [
    { list: '#/companies', cell: 1, opens: `#/companies/${s.company.id}` },
    { list: '#/visits', cell: 1, opens: `#/visits/${s.visit.id}` },
    { list: '#/positions', cell: 1, opens: `#/positions/${s.position.id}` },
    { list: '#/trips', cell: 4, opens: `#/trips/${s.trip.id}` },
    { list: '#/agreements', cell: 0, opens: `#/agreements/${s.agreement.id}` },
    { list: '#/outcomes', cell: 0, opens: `#/trips/${s.trip.id}/outcomes/${s.item}` },
    { list: '#/placements', cell: 1, opens: `#/placements/batches/${s.batch.id}` },
    { list: '#/follow-ups?tab=all', cell: 1, opens: `#/visits/${s.visit.id}` },
    { list: '#/templates', cell: 2, opens: `#/templates/${s.template.id}` },
  ];
  for (const { list, cell, opens } of lists) {
    await openAt(page, list);
    await clickEmpty(firstRow(page), cell);
    await expect(page, `a row of ${list}`).toHaveURL(new RegExp(`${opens.replace(/[?]/g, '\\?')}$`));
  }

  // The row's link is still there for the keyboard and middle-click.
  await openAt(page, '#/trips');
  await expect(firstRow(page).getByRole('link', { name: LONG_TITLE })).toHaveAttribute('href', `#/trips/${s.trip.id}`);
  await firstRow(page).hover();
  await shot('lists-row-hover');

  // 删除 in a placements row asks about deleting, and the page stays.
  await openAt(page, '#/placements');
  await firstRow(page).getByRole('button', { name: '删除' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page).toHaveURL(/#\/placements$/);
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  // A checkbox in a positions row selects it and stays on the list.
  await openAt(page, '#/positions');
  await firstRow(page).getByRole('checkbox').check();
  await expect(page).toHaveURL(/#\/positions$/);
});

test('a long form keeps 保存 in the window; a toast sits over the navigation and closes on leaving its page', async ({ app: page, core, shot }) => {
  await seed(core);
  await openAt(page, '#/companies/new');
  await page.getByLabel('企业名称').fill('上海大东塑料制品有限公司');
  const scroller = page.locator('main > div').last();
  // The form is taller than the window, so a 保存 at its end would be out of sight.
  expect(await scroller.evaluate((el) => el.scrollHeight > el.clientHeight + 100)).toBe(true);
  const save = page.getByRole('button', { name: '保存', exact: true });
  await expect(save).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: '取消', exact: true })).toBeInViewport({ ratio: 1 });
  await shot('lists-sticky-save-zh');

  // Saved: the note announces the move to the new company and goes along to its page …
  await save.click();
  await expect(page.getByRole('heading', { name: '上海大东塑料制品有限公司' })).toBeVisible();
  const toast = page.getByTestId('notifier');
  await expect(toast).toBeVisible();
  // … over the foot of the navigation, clear of the page's content.
  const box = (await toast.boundingBox())!;
  const nav = (await page.getByRole('navigation').boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(nav.x + nav.width);
  await shot('lists-toast-zh');

  // Going to another page closes it.
  await page.waitForTimeout(1_600);
  await page.getByRole('navigation').getByRole('link', { name: '出访', exact: true }).click();
  await expect(page).toHaveURL(/#\/trips$/);
  await expect(toast).toBeHidden();

  await page.getByTestId('language-switch').click();
  await openAt(page, '#/companies/new');
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeInViewport({ ratio: 1 });
  await shot('lists-sticky-save-en');
});

test('a header too long for the window ends in … with the whole text on hover; the trip filter shows it whole', async ({ app: page, core, shot }) => {
  const s = await seed(core);
  await openAt(page, `#/trips/${s.trip.id}`);
  const heading = page.getByRole('heading', { name: LONG_TITLE });
  await expect(heading).toBeVisible();
  expect(await heading.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await expect(heading).toHaveCSS('text-overflow', 'ellipsis');
  await heading.hover();
  await expect(heading).toHaveAttribute('title', LONG_TITLE);
  await shot('lists-long-header-zh');

  await openAt(page, '#/');
  await page.getByTestId('filter-tripId').getByRole('combobox').click();
  const option = page.getByRole('option', { name: LONG_TITLE });
  await expect(option).toBeVisible();
  // Wrapped, not cut: every character is inside the menu.
  expect(await option.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  await shot('lists-trip-filter-zh');
  await option.click();
  await expect(page.getByTestId('filter-tripId').getByRole('combobox')).toHaveAttribute('title', LONG_TITLE);

  await page.getByTestId('language-switch').click();
  await openAt(page, `#/trips/${s.trip.id}`);
  await expect(page.getByRole('heading', { name: LONG_TITLE })).toBeVisible();
  await shot('lists-long-header-en');
  await openAt(page, '#/');
  await page.getByTestId('filter-tripId').getByRole('combobox').click();
  await expect(page.getByRole('option', { name: LONG_TITLE })).toBeVisible();
  await shot('lists-trip-filter-en');
});
