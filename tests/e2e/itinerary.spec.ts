// The itinerary as a new user plans it: a five-day Deqin trip, a flight, a job fair and
// a training on the same day, one person on two overlapping items (a warning, not a
// block), an end before its start refused at the field, and "where am I on Tuesday".
import type { Page } from '@playwright/test';
import { expect, test, type Core } from './fixtures';
import { fillDate, ok, openAt } from './helpers';
import { pdfText } from '../harness/pdf';

interface Trip { id: string; members: { id: string; name: string }[] }

async function seedTrip(core: Core) {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '陈建国' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  const regions = await ok<{ id: string; name: string; counties: { id: string; name: string }[] }[]>(core, 'regions.list', {});
  const diqing = regions.find((p) => p.name === '迪庆州')!;
  let trip = await ok<Trip>(core, 'trips.create', {
    title: '赴德钦县开展专场招聘',
    prefectureId: diqing.id,
    countyIds: diqing.counties.map((c) => c.id),
    startDate: '2018-09-17',
    endDate: '2018-09-21',
  });
  for (const [name, role] of [['王志强', 'bureauStaff'], ['李秀英', 'trainer'], ['张伟', 'townCentre']] as const) {
    trip = await ok<Trip>(core, 'trips.addMember', { tripId: trip.id, member: { name, role } });
  }
  const company = await ok<{ id: string }>(core, 'companies.create', { name: '昆山精密电子有限公司' });
  await ok(core, 'trips.setParticipants', { tripId: trip.id, companyId: company.id, positionIds: [], overrideReason: '东西部协作重点企业，审核安排在出发后' });
  return trip;
}

async function addItem(page: Page, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('button', { name: '添加行程' }).click();
  const dialog = page.getByRole('dialog', { name: '添加行程' });
  await fill(dialog);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
}

async function choose(dialog: ReturnType<Page['getByRole']>, page: Page, label: string, option: string) {
  await dialog.getByLabel(label).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('plan a day in Deqin: flight, job fair and training; an overlap is a warning; end before start refused', async ({ app: page, core, shot }) => {
  const trip = await seedTrip(core);
  await openAt(page, `#/trips/${trip.id}/itinerary`);
  await expect(page.getByRole('heading', { name: '行程：赴德钦县开展专场招聘' })).toBeVisible();
  await expect(page.getByTestId('itinerary-day')).toHaveCount(5);

  await addItem(page, async (d) => {
    await choose(d, page, '类型', '交通');
    await d.getByLabel('名称').fill('昆明飞迪庆');
    await fillDate(d, '出发时间', '2018-09-18T07:30');
    await fillDate(d, '到达时间', '2018-09-18T08:40');
    await d.getByLabel('航班/车次').fill('MU5935');
    await d.getByLabel('出发地').fill('昆明长水机场');
    await d.getByLabel('目的地').fill('迪庆香格里拉机场');
    await d.getByRole('checkbox', { name: '王志强' }).check();
    await d.getByRole('checkbox', { name: '李秀英' }).check();
    await d.getByRole('checkbox', { name: '张伟' }).check();
  });

  // A job fair whose end is before its start: refused at the field, nothing saved.
  await page.getByRole('button', { name: '添加行程' }).click();
  const dialog = page.getByRole('dialog', { name: '添加行程' });
  await dialog.getByLabel('名称').fill('德钦县专场招聘会');
  await fillDate(dialog, '开始时间', '2018-09-18T14:00');
  await fillDate(dialog, '结束时间', '2018-09-18T10:00');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('结束时间必须晚于开始时间')).toBeVisible();
  await shot('itinerary-item-refused');
  await fillDate(dialog, '结束时间', '2018-09-18T17:00');
  await choose(dialog, page, '县（市）', '德钦县');
  await dialog.getByLabel('地点').fill('德钦县人民广场');
  await dialog.getByLabel('分组', { exact: true }).fill('德钦');
  await dialog.getByRole('checkbox', { name: '王志强' }).check();
  await dialog.getByRole('checkbox', { name: '昆山精密电子有限公司' }).check();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('itinerary-warnings')).toBeHidden();

  // The training overlaps the job fair and 王志强 is put on both.
  await addItem(page, async (d) => {
    await choose(d, page, '类型', '技能培训');
    await d.getByLabel('名称').fill('家政服务技能培训');
    await fillDate(d, '开始时间', '2018-09-18T15:00');
    await fillDate(d, '结束时间', '2018-09-18T18:00');
    await choose(d, page, '县（市）', '香格里拉市');
    await d.getByLabel('分组', { exact: true }).fill('香格里拉');
    await d.getByRole('checkbox', { name: '王志强' }).check();
    await d.getByRole('checkbox', { name: '李秀英' }).check();
  });

  const warnings = page.getByTestId('itinerary-warnings');
  await expect(warnings).toContainText('王志强 同时安排在“德钦县专场招聘会');
  await expect(warnings).toContainText('家政服务技能培训');
  const day2 = page.getByTestId('itinerary-day').nth(1);
  await expect(day2.getByTestId('itinerary-item')).toHaveCount(3);
  await expect(day2).toContainText('MU5935 昆明长水机场 → 迪庆香格里拉机场');
  await shot('itinerary');

  // Parallel job fairs in every county on the Wednesday, seeded, seen side by side.
  const regions = await ok<{ name: string; counties: { id: string; name: string }[] }[]>(core, 'regions.list', {});
  const counties = regions.find((p) => p.name === '迪庆州')!.counties;
  for (const [n, track] of ['第一组', '第二组', '第三组', '第四组', '第五组', '第六组', '第七组'].entries()) {
    await ok(core, 'itinerary.create', {
      tripId: trip.id,
      item: { kind: 'jobFair', title: `乡镇专场招聘会（${track}）`, startsAt: '2018-09-19T09:00', endsAt: '2018-09-19T12:00', countyId: counties[n % counties.length]!.id, place: `第${n + 1}乡镇劳务服务站`, track, memberIds: [trip.members[n % 3]!.id], companyIds: [] },
    });
  }
  await page.reload();
  await page.getByRole('button', { name: '分组并列' }).click();
  await page.getByLabel('日期', { exact: true }).click();
  await page.getByRole('option', { name: /第 3 天/ }).click();
  await expect(page.getByTestId('day-column')).toHaveCount(7);
  await expect(page.getByRole('listbox')).toBeHidden();
  await shot('itinerary-day');
  await page.getByRole('button', { name: '按县（市）' }).click();
  await expect(page.getByTestId('day-column')).toHaveCount(3);

  // Where is 李秀英 this week?
  await page.getByRole('button', { name: '按人员' }).click();
  await page.getByLabel('代表团成员').click();
  await page.getByRole('option', { name: /李秀英/ }).click();
  const mine = page.getByTestId('person-items');
  await expect(mine.getByTestId('itinerary-item')).toHaveCount(4);
  await expect(mine).toContainText('昆明飞迪庆');
  await expect(mine).toContainText('家政服务技能培训');
  await expect(mine).not.toContainText('德钦县专场招聘会');
});

test('the itinerary exports as an .ics file that a calendar reads back', async ({ app: page, core, workspace }) => {
  const trip = await seedTrip(core);
  const member = trip.members[0]!.id;
  await ok(core, 'itinerary.create', {
    tripId: trip.id,
    item: { kind: 'jobFair', title: '德钦县专场招聘会', startsAt: '2018-09-19T09:00', endsAt: '2018-09-19T12:00', place: '德钦县民族广场', memberIds: [member], companyIds: [] },
  });
  await ok(core, 'itinerary.create', {
    tripId: trip.id,
    item: { kind: 'training', title: '汽车营销与维修培训', startsAt: '2018-09-19T14:30', endsAt: '2018-09-19T17:30', place: '德钦县委党校', memberIds: [member], companyIds: [] },
  });
  await openAt(page, `#/trips/${trip.id}/itinerary`);
  const file = `${workspace.dir}/行程.ics`;
  core.dialogs.answer(file);
  await page.getByRole('button', { name: '导出到日历（.ics）' }).click();
  await expect(page.getByText(`已导出 ${file}`, { exact: false })).toBeVisible();
  expect(core.dialogs.asked.at(-1)).toEqual({ kind: 'chooseSaveDestination', suggestedName: expect.stringMatching(/\.ics$/) });
  const text = await (await import('node:fs/promises')).readFile(file, 'utf8');
  const { default: ICAL } = await import('ical.js');
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events.map((e) => e.location)).toEqual([expect.stringContaining('德钦县民族广场'), expect.stringContaining('德钦县委党校')]);
  expect(events[0]!.summary).toContain('德钦县专场招聘会');
  // 09:00 in Deqin (Beijing time) is 01:00 UTC.
  expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2018-09-19T01:00:00.000Z');
  await expect(page.getByText(/已导出 .*\.ics/)).toBeVisible();
});

test('the printed itinerary is a PDF with the Chinese place names, the days following one another', async ({ app: page, core, workspace }) => {
  const trip = await seedTrip(core);
  const member = trip.members[0]!.id;
  await ok(core, 'itinerary.create', {
    tripId: trip.id,
    item: { kind: 'jobFair', title: '德钦县专场招聘会', startsAt: '2018-09-19T09:00', endsAt: '2018-09-19T12:00', place: '德钦县民族广场', memberIds: [member], companyIds: [] },
  });
  await ok(core, 'itinerary.create', {
    tripId: trip.id,
    item: { kind: 'training', title: '汽车营销与维修培训', startsAt: '2018-09-19T14:30', endsAt: '2018-09-19T17:30', place: '德钦县委党校', memberIds: [member], companyIds: [] },
  });
  await openAt(page, `#/trips/${trip.id}/itinerary`);
  const pdf = `${workspace.dir}/德钦行程.pdf`;
  core.dialogs.answer(pdf);
  await page.getByRole('button', { name: '行程 PDF' }).click();
  await expect(page.getByText(`行程已保存为 ${pdf}`)).toBeVisible();
  expect(core.dialogs.asked.at(-1)).toEqual({ kind: 'choosePdfDestination', suggestedName: '赴德钦县开展专场招聘-行程.pdf' });

  const text = pdfText(pdf);
  const flat = text.replace(/\s+/g, '');
  for (const name of ['赴德钦县开展专场招聘', '德钦县民族广场', '德钦县委党校']) expect(flat).toContain(name);
  // Compact: the days follow the delegation and each other, fewer pages than a page per day and a cover.
  expect(text.split('\f').filter((p) => p.trim()).length).toBeLessThan(5 + 1);
});

test('who takes part: the whole delegation or all of one role in one click each, stored as the people themselves', async ({ app: page, core, shot }) => {
  let trip = await seedTrip(core);
  for (const name of ['赵丽（企业）', '钱军（企业）']) trip = await ok<Trip>(core, 'trips.addMember', { tripId: trip.id, member: { name, role: 'companyRep' } });
  const everyone = trip.members.map((m) => m.id);
  const reps = trip.members.filter((m) => m.name.endsWith('（企业）')).map((m) => m.id);
  await openAt(page, `#/trips/${trip.id}/itinerary`);

  // A travel leg for the whole delegation: one click instead of five ticks.
  await page.getByRole('button', { name: '添加行程' }).click();
  const dialog = page.getByRole('dialog', { name: '添加行程' });
  await choose(dialog, page, '类型', '交通');
  await fillDate(dialog, '出发时间', '2018-09-17T07:30');
  await fillDate(dialog, '到达时间', '2018-09-17T12:30');
  await dialog.getByLabel('出发地').fill('上海浦东');
  await dialog.getByLabel('目的地').fill('迪庆香格里拉');
  await dialog.getByRole('button', { name: '全体代表团（5 人）' }).click();
  for (const m of trip.members) await expect(dialog.getByRole('checkbox', { name: m.name })).toBeChecked();
  await expect(dialog.getByRole('button', { name: '企业代表（2 人）' })).toHaveAttribute('aria-pressed', 'true');
  await shot('itinerary-dialog-everyone');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  // A seminar for the company representatives only: one click on their role; a second click takes them off, a third puts them back.
  await page.getByRole('button', { name: '添加行程' }).click();
  await choose(dialog, page, '类型', '座谈');
  await dialog.getByLabel('名称').fill('企业代表座谈');
  await fillDate(dialog, '开始时间', '2018-09-18T09:00');
  await fillDate(dialog, '结束时间', '2018-09-18T10:00');
  const repsChip = dialog.getByRole('button', { name: '企业代表（2 人）' });
  await repsChip.click();
  await expect(dialog.getByRole('checkbox', { name: '赵丽（企业）' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: '王志强' })).not.toBeChecked();
  await repsChip.click();
  await expect(dialog.getByRole('checkbox', { name: '赵丽（企业）' })).not.toBeChecked();
  await repsChip.click();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();

  const stored = await ok<{ items: { title: string | null; memberIds: string[]; travel: unknown }[] }>(core, 'trips.get', { id: trip.id });
  expect(stored.items.find((i) => i.travel)!.memberIds.slice().sort()).toEqual(everyone.slice().sort());
  expect(stored.items.find((i) => i.title === '企业代表座谈')!.memberIds.slice().sort()).toEqual(reps.slice().sort());

  // The per-person view sees the people the group click filled in.
  await page.getByRole('button', { name: '按人员' }).click();
  await page.getByLabel('代表团成员').click();
  await page.getByRole('option', { name: /赵丽/ }).click();
  await expect(page.getByTestId('person-items').getByTestId('itinerary-item')).toHaveCount(2);

  // A travel leg without a name is titled by its route, and says 交通 once.
  await page.getByRole('button', { name: '逐日列表' }).click();
  const leg = page.getByTestId('itinerary-day').first().getByTestId('itinerary-item');
  await expect(leg).toContainText('上海浦东 → 迪庆香格里拉');
  expect((await leg.innerText()).match(/交通/g)).toHaveLength(1);
  await shot('itinerary-travel-without-name');

  // The same dialog in English.
  await page.getByTestId('language-switch').click();
  await page.getByRole('button', { name: 'Add item' }).click();
  const en = page.getByRole('dialog', { name: 'Add item' });
  await en.getByRole('button', { name: 'Company representative (2)' }).click();
  await expect(en.getByRole('button', { name: 'Whole delegation (5)' })).toHaveAttribute('aria-pressed', 'false');
  await shot('itinerary-dialog-en');
});

test('the side-by-side view opens on the first day with parallel tracks; its day chooser is labelled 日期', async ({ app: page, core, shot }) => {
  const trip = await seedTrip(core);
  const [a, b] = trip.members;
  await ok(core, 'itinerary.create', { tripId: trip.id, item: { kind: 'seminar', title: '与德钦县人社局座谈', startsAt: '2018-09-18T09:30', endsAt: '2018-09-18T11:30', memberIds: [a!.id], companyIds: [] } });
  for (const [track, who] of [['德钦', a!], ['香格里拉', b!]] as const) {
    await ok(core, 'itinerary.create', { tripId: trip.id, item: { kind: 'jobFair', title: `${track}专场招聘会`, startsAt: '2018-09-19T09:00', endsAt: '2018-09-19T12:00', track, memberIds: [who.id], companyIds: [] } });
  }
  await openAt(page, `#/trips/${trip.id}/itinerary`);
  await page.getByRole('button', { name: '分组并列' }).click();
  const chooser = page.getByLabel('日期', { exact: true });
  await expect(chooser).toContainText('第 3 天');
  await expect(page.getByTestId('day-column')).toHaveCount(2);
  await expect(page.getByLabel('分组并列', { exact: true })).toHaveCount(0); // the view button alone carries those words
  await shot('itinerary-day-opens-parallel');
  await page.getByTestId('language-switch').click();
  await expect(page.getByLabel('Date', { exact: true })).toContainText('Day 3');
  await shot('itinerary-day-opens-parallel-en');
});

test('the example workspace’s Deqin itinerary prints compactly, 德钦县民族广场 on one line, roles named as on screen', async ({ app: page, core, workspace }) => {
  test.setTimeout(90_000);
  await ok(core, 'workspace.openExample', {});
  const trips = await ok<{ id: string; title: string }[]>(core, 'trips.list', {});
  const deqin = trips.find((t) => t.title.includes('德钦'))!;
  await openAt(page, `#/trips/${deqin.id}`);
  const delegation = page.getByRole('table').filter({ hasText: '身份' });
  await expect(delegation).toContainText('街镇劳动保障服务中心');
  await expect(delegation).toContainText('局机关工作人员');

  await openAt(page, `#/trips/${deqin.id}/itinerary`);
  const pdf = `${workspace.dir}/示例德钦行程.pdf`;
  core.dialogs.answer(pdf);
  await page.getByRole('button', { name: '行程 PDF' }).click();
  await expect(page.getByText(`行程已保存为 ${pdf}`)).toBeVisible({ timeout: 20_000 });
  const text = pdfText(pdf);
  expect(text).toContain('德钦县民族广场'); // not flattened: one line of its 地点 cell
  expect(text.replace(/\s+/g, '')).toContain('香格里拉→德钦县'); // a travel leg titled by its route
  expect(text).toContain('全体代表团'); // rather than seven names on every leg
  for (const role of ['局机关工作人员', '街镇劳动保障服务中心', '培训教师', '企业代表']) expect(text).toContain(role);
  expect(text).not.toContain('人社局工作人员');
  const days = 5; // 2018-09-17 to 09-21
  expect(text.split('\f').filter((p) => p.trim()).length).toBeLessThan(days + 1);
  const { execFileSync } = await import('node:child_process');
  const { join } = await import('node:path');
  for (const n of [1, 2]) execFileSync('pdftoppm', ['-png', '-r', '70', '-f', String(n), '-l', String(n), '-singlefile', pdf, join(__dirname, '..', 'artifacts', `itinerary-example-pdf-page${n}`)]);
});
