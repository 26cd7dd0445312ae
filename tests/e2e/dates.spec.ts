// Dates as people write them: typed with or without dashes, stepped with the arrow keys,
// picked from the calendar, pasted whole; shown 2018年09月17日 in Chinese and 2018-09-17 in
// English, following the in-app switch; stored as YYYY-MM-DD whatever the language.
// Itinerary times read 24-hour and are stored as YYYY-MM-DDTHH:mm.
import type { Locator, Page } from '@playwright/test';
import { expect, test, type Core } from './fixtures';
import { dateField, fillDate, ok, openAt } from './helpers';

interface Visit { id: string; visitDate: string; followUps: { dueDate: string | null }[] }

async function newVisitForm(page: Page, core: Core) {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  const company = await ok<{ id: string }>(core, 'companies.create', { name: '上海沪工阀门厂（集团）有限公司' });
  await openAt(page, `#/visits/new?companyId=${company.id}`);
}

/** The only visit, as the core stored it. */
async function storedVisit(core: Core) {
  await expect.poll(async () => (await ok<{ total: number }>(core, 'visits.list', {})).total).toBe(1);
  const { rows } = await ok<{ rows: { id: string }[] }>(core, 'visits.list', {});
  return ok<Visit>(core, 'visits.get', { id: rows[0]!.id });
}

/** What the field shows (its sections, without the label). */
const shown = (field: Locator) => field.locator('.MuiPickersSectionList-root');

/** Puts `text` on the clipboard of a paste into the field's first section, as Ctrl+V does. */
async function paste(field: Locator, text: string) {
  await field.getByRole('spinbutton').first().click();
  await field.getByRole('spinbutton').first().evaluate((el, t) => {
    // The tests' tsconfig has no DOM library: the page's own constructors, typed by hand.
    const page = globalThis as unknown as { DataTransfer: new () => { setData(format: string, data: string): void }; ClipboardEvent: new (type: string, init: object) => Event };
    const data = new page.DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new page.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('in Chinese a date is typed with or without dashes, stepped with the keys, pasted and picked; stored as YYYY-MM-DD', async ({ app: page, core, shot }) => {
  await newVisitForm(page, core);
  const visitDate = dateField(page, '走访日期');

  // Typed as written on paper: the year fills its section and moves on, the dashes are passed over.
  await visitDate.getByRole('spinbutton').first().click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await expect(shown(visitDate)).toHaveText('YYYY年MM月DD日');
  await page.keyboard.type('2018-09-17');
  await expect(shown(visitDate)).toHaveText('2018年09月17日');
  // The same digits without dashes.
  await fillDate(page, '走访日期', '20180916');
  await expect(shown(visitDate)).toHaveText('2018年09月16日');
  // The arrow keys: up and down step the section (the day, where typing ended), left moves to the month.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(shown(visitDate)).toHaveText('2018年09月18日');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowDown');
  await expect(shown(visitDate)).toHaveText('2018年08月18日');
  // A whole date pasted from a document, in either way of writing it.
  await paste(visitDate, '2018年9月3日');
  await expect(shown(visitDate)).toHaveText('2018年09月03日');
  await paste(visitDate, '2018-09-17');
  await expect(shown(visitDate)).toHaveText('2018年09月17日');
  await shot('dates-visit-form-zh');

  // The follow-up's due date from the calendar: its button opens it (Enter or a click) at the date typed, Escape closes it.
  await page.getByRole('button', { name: '添加跟进事项' }).click();
  await page.getByTestId('follow-up-0').getByRole('textbox', { name: /^事项/ }).fill('补充宿舍照片');
  const due = dateField(page.getByTestId('follow-up-0'), '截止日期');
  await due.getByRole('button', { name: '选择日期' }).focus();
  await page.keyboard.press('Enter');
  const calendar = page.getByRole('dialog');
  await expect(calendar).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(calendar).toBeHidden();
  await fillDate(page.getByTestId('follow-up-0'), '截止日期', '2018-09-20');
  await due.getByRole('button', { name: /^选择日期/ }).click();
  await expect(calendar.getByText('2018年9月')).toBeVisible();
  await shot('dates-calendar-zh');
  await calendar.getByRole('gridcell', { name: '25' }).click();
  await expect(calendar).toBeHidden();
  await expect(shown(due)).toHaveText('2018年09月25日');

  await page.getByRole('button', { name: '保存' }).click();
  const visit = await storedVisit(core);
  expect(visit.visitDate).toBe('2018-09-17');
  expect(visit.followUps[0]!.dueDate).toBe('2018-09-25');
});

test('in English a date reads 2018-09-17, is typed the same way and picked from the calendar; stored as YYYY-MM-DD', async ({ app: page, core, shot }) => {
  await newVisitForm(page, core);
  await page.getByTestId('language-switch').click();
  const visitDate = dateField(page, 'Visit date');
  await expect(visitDate).toBeVisible();
  await visitDate.getByRole('spinbutton').first().click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await expect(shown(visitDate)).toHaveText('YYYY-MM-DD');
  await page.keyboard.type('2018-09-17');
  await expect(shown(visitDate)).toHaveText('2018-09-17');
  await fillDate(page, 'Visit date', '20180910');
  await expect(shown(visitDate)).toHaveText('2018-09-10');
  await shot('dates-visit-form-en');

  await visitDate.getByRole('button', { name: /^Choose date/ }).click();
  const calendar = page.getByRole('dialog');
  await expect(calendar.getByText('September 2018')).toBeVisible();
  await shot('dates-calendar-en');
  await calendar.getByRole('gridcell', { name: '19' }).click();
  await expect(calendar).toBeHidden();
  await expect(shown(visitDate)).toHaveText('2018-09-19');

  await page.getByRole('button', { name: 'Save' }).click();
  expect((await storedVisit(core)).visitDate).toBe('2018-09-19');
});

test('a half-typed date is refused at its field and nothing is saved', async ({ app: page, core }) => {
  await newVisitForm(page, core);
  await fillDate(page, '走访日期', '2018-09');
  await expect(shown(dateField(page, '走访日期'))).toHaveText('2018年09月DD日');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('请输入有效日期')).toBeVisible();
  expect((await ok<{ total: number }>(core, 'visits.list', {})).total).toBe(0);
});

test('an itinerary time reads 24-hour in Chinese and is stored as YYYY-MM-DDTHH:mm', async ({ app: page, core, shot }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '陈建国' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  const regions = await ok<{ id: string; name: string; counties: { id: string }[] }[]>(core, 'regions.list', {});
  const diqing = regions.find((p) => p.name === '迪庆州')!;
  const trip = await ok<{ id: string }>(core, 'trips.create', { title: '赴德钦县开展专场招聘', prefectureId: diqing.id, countyIds: [diqing.counties[0]!.id], startDate: '2018-09-17', endDate: '2018-09-21' });
  await openAt(page, `#/trips/${trip.id}/itinerary`);
  await page.getByRole('button', { name: '添加行程' }).click();
  const dialog = page.getByRole('dialog', { name: '添加行程' });
  await dialog.getByLabel('名称').fill('职业技能培训');
  await fillDate(dialog, '开始时间', '2018-09-19T14:30');
  await fillDate(dialog, '结束时间', '2018-09-19T17:05');
  await expect(shown(dateField(dialog, '开始时间'))).toHaveText('2018年09月19日 14:30');
  await expect(shown(dateField(dialog, '结束时间'))).toHaveText('2018年09月19日 17:05');
  await shot('dates-itinerary-item-zh');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  const { items } = await ok<{ items: { startsAt: string; endsAt: string }[] }>(core, 'trips.get', { id: trip.id });
  expect(items.map((i) => [i.startsAt, i.endsAt])).toEqual([['2018-09-19T14:30', '2018-09-19T17:05']]);
});

test("a vetting's date item is answered by typing, saved as YYYY-MM-DD the moment it is complete", async ({ app: page, core, shot }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  const company = await ok<{ id: string }>(core, 'companies.create', { name: '昆山精密电子有限公司' });
  const vetting = await ok<{ id: string }>(core, 'vettings.start', { companyId: company.id });
  await openAt(page, `#/vettings/${vetting.id}`);
  const answer = async () => (await ok<{ answers: { itemKey: string; value: unknown }[] }>(core, 'vettings.get', { id: vetting.id })).answers.find((a) => a.itemKey === 'onSiteCheckDate')?.value;
  // Half typed: nothing is sent.
  await fillDate(page, '实地查看日期', '2018-09');
  await expect(shown(dateField(page, '实地查看日期'))).toHaveText('2018年09月DD日');
  expect(await answer()).toBeUndefined();
  await page.keyboard.type('10');
  await expect.poll(answer).toBe('2018-09-10');
  await dateField(page, '实地查看日期').scrollIntoViewIfNeeded();
  await shot('dates-vetting-item-zh');
});
