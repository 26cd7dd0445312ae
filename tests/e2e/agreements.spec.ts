// The agreement register as a new user keeps it: the labour-export agreement of 2017-11
// with 楚雄金泰人力资源和社会保障事务有限公司 registered in the form, a target due before
// signing refused at its field with nothing stored, the target measured from an arrival
// batch, the scanned agreement attached as a PDF, a text file named .pdf refused, an image
// viewed, the list filtered by year from the URL, and the trip page listing it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { fillDate, ok, openAt, pick } from './helpers';

// A minimal, well-formed one-page PDF (header, catalog, pages, page, trailer).
const PDF = [
  '%PDF-1.4',
  '1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj',
  '2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj',
  '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj',
  'trailer <</Root 1 0 R>>',
  '%%EOF',
  '',
].join('\n');

interface Region { id: string; name: string; counties: { id: string; name: string }[] }

test('register the 2017 labour-export agreement with a target, attach its scan, filter by year', async ({ app: page, core, workspace, shot }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳', phone: '13800001111' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  const regions = await ok<Region[]>(core, 'regions.list', {});
  const chuxiong = regions.find((r) => r.name === '楚雄州')!;
  const trip = await ok<{ id: string }>(core, 'trips.create', {
    title: '赴楚雄州开展专场招聘', prefectureId: chuxiong.id, countyIds: [chuxiong.counties.find((c) => c.name === '楚雄市')!.id], startDate: '2017-11-18', endDate: '2017-11-22',
  });
  await ok(core, 'itinerary.create', { tripId: trip.id, item: { kind: 'jobFair', title: '专场招聘会', startsAt: '2017-11-19T09:00', endsAt: '2017-11-19T12:00' } });
  await ok(core, 'itinerary.create', { tripId: trip.id, item: { kind: 'signing', title: '劳务输出协议签约仪式', startsAt: '2017-11-20T15:00', endsAt: '2017-11-20T16:00' } });
  // The first batch of the article, which the target counts.
  await ok(core, 'placements.createBatch', { arrivedOn: '2018-07-07', workers: 26, poor: 11, prefectureId: chuxiong.id, tripId: trip.id });
  // Half way through 2019 the pace asks for more than 26 of 100.
  await page.clock.setFixedTime(new Date('2019-06-30T10:00:00+08:00'));

  // An empty register offers to register one.
  await openAt(page, '#/agreements');
  await expect(page.getByText('还没有登记协议')).toBeVisible();
  await shot('agreements-empty');
  await page.getByRole('button', { name: '登记协议' }).first().click();
  await expect(page.getByRole('heading', { name: '登记协议' })).toBeVisible();

  await pick(page, '类型', '劳务输出协议');
  await page.getByLabel('协议名称').fill('劳务输出协议');
  await fillDate(page, '签订日期', '2017-11-20');
  await page.getByRole('textbox', { name: '签约方 1' }).fill('上海市嘉定区人力资源和社会保障局');
  await page.getByRole('button', { name: '添加签约方' }).click();
  await page.getByRole('textbox', { name: '签约方 2' }).fill('楚雄金泰人力资源和社会保障事务有限公司');
  await page.getByLabel('出访', { exact: true }).click();
  await page.getByRole('option', { name: /^赴楚雄州开展专场招聘/ }).click();
  // The signing comes first among the trip's events.
  await page.getByLabel('签约活动').click();
  await expect(page.getByRole('option').nth(1)).toContainText('劳务输出协议签约仪式');
  await page.getByRole('option', { name: /劳务输出协议签约仪式/ }).click();
  // Picking the trip filled in its partner region.
  await expect(page.getByLabel('对口地区')).toContainText('楚雄州');

  // A target due before signing is refused at its due date; nothing is stored.
  await page.getByRole('button', { name: '添加目标' }).click();
  const row = page.getByTestId('target-row');
  await row.getByRole('textbox', { name: '目标', exact: true }).fill('2019 年转移就业 100 人');
  await row.getByRole('textbox', { name: '目标数' }).fill('100');
  await fillDate(row, '完成期限', '2017-01-01');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(row.getByText('目标完成期限不能早于签订日期')).toBeVisible();
  await row.scrollIntoViewIfNeeded();
  await shot('agreement-form');
  expect(await ok<unknown[]>(core, 'agreements.list', { today: '2019-06-30' })).toEqual([]);

  await fillDate(row, '完成期限', '2019-12-31');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: '劳务输出协议' })).toBeVisible();
  const stored = await ok<{ id: string; parties: string[]; itemTitle: string; targets: { progress: number; state: string }[] }[]>(core, 'agreements.list', { today: '2019-06-30' });
  expect(stored).toHaveLength(1);
  expect(stored[0]!.parties).toEqual(['上海市嘉定区人力资源和社会保障局', '楚雄金泰人力资源和社会保障事务有限公司']);

  // The target is measured from the arrival batch: 26 of 100, behind the pace.
  const target = page.getByTestId('target');
  await expect(target).toContainText('2019 年转移就业 100 人');
  await expect(target).toContainText('完成 26，目标 100');
  await expect(target).toContainText('进度落后');
  await expect(page.getByText('2017-11-20 劳务输出协议签约仪式')).toBeVisible();

  // Editing keeps the target (same id) and adds one whose progress is entered by hand.
  const before = await ok<{ targets: { id: string }[] }>(core, 'agreements.get', { id: stored[0]!.id, today: '2019-06-30' });
  await page.getByRole('button', { name: '编辑' }).click();
  await expect(page.getByRole('heading', { name: '编辑协议' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: '目标', exact: true })).toHaveValue('2019 年转移就业 100 人');
  await page.getByRole('button', { name: '添加目标' }).click();
  const second = page.getByTestId('target-row').nth(1);
  await second.getByRole('textbox', { name: '目标', exact: true }).fill('举办职业技能培训 3 期');
  await second.getByLabel('统计口径').click();
  await page.getByRole('option', { name: '手工填写完成数' }).click();
  await second.getByRole('textbox', { name: '目标数' }).fill('3');
  await fillDate(second, '完成期限', '2019-12-31');
  await second.getByRole('textbox', { name: '已完成' }).fill('3');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: '劳务输出协议' })).toBeVisible();
  await expect(page.getByTestId('target').nth(1)).toContainText('已完成');
  const edited = await ok<{ targets: { id: string }[] }>(core, 'agreements.get', { id: stored[0]!.id, today: '2019-06-30' });
  expect(edited.targets).toHaveLength(2);
  expect(edited.targets[0]!.id).toBe(before.targets[0]!.id);

  // The scanned agreement as a PDF.
  const pdfPath = join(workspace.dir, '劳务输出协议（扫描件）.pdf');
  writeFileSync(pdfPath, PDF, 'latin1');
  await page.getByTestId('document-input').setInputFiles(pdfPath);
  await expect(page.getByRole('listitem').filter({ hasText: '劳务输出协议（扫描件）.pdf' })).toBeVisible();

  // A text file renamed .pdf is refused with the reason; still one document.
  const fakePath = join(workspace.dir, '协议.pdf');
  writeFileSync(fakePath, '这不是扫描件，只是改了扩展名的文本。\n', 'utf8');
  await page.getByTestId('document-input').setInputFiles(fakePath);
  await expect(page.getByTestId('document-refusal')).toContainText('这不是 PDF 或图片文件');
  const id = stored[0]!.id;
  expect((await ok<{ documents: unknown[] }>(core, 'agreements.get', { id, today: '2019-06-30' })).documents).toHaveLength(1);

  // A photo of the signing, shown in a dialog; the PDF is saved as it was stored.
  const photo = await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 200 } });
  await page.getByTestId('document-input').setInputFiles({ name: '签约仪式.png', mimeType: 'image/png', buffer: photo });
  await expect(page.getByRole('listitem').filter({ hasText: '签约仪式.png' })).toBeVisible();
  // A good upload clears the earlier refusal.
  await expect(page.getByTestId('document-refusal')).toBeHidden();
  await shot('agreement-detail');
  await page.getByRole('listitem').filter({ hasText: '签约仪式.png' }).getByRole('button', { name: '查看' }).click();
  await expect(page.getByRole('dialog').getByRole('img', { name: '签约仪式.png' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: '返回' }).click();
  // Saved where the user picks in the save dialog, byte for byte, and logged (导出记录).
  const savedPath = join(workspace.dir, '协议另存.pdf');
  core.dialogs.answer(savedPath);
  await page.getByRole('button', { name: '另存为 劳务输出协议（扫描件）.pdf' }).click();
  await expect(page.getByText(`已保存到 ${savedPath}`)).toBeVisible();
  expect(core.dialogs.asked.at(-1)).toEqual({ kind: 'chooseSaveDestination', suggestedName: '劳务输出协议（扫描件）.pdf' });
  expect(readFileSync(savedPath).equals(readFileSync(pdfPath))).toBe(true);
  const log = await ok<{ rows: { kind: string; what: string; fileName: string }[] }>(core, 'exportLog.list', {});
  expect(log.rows).toMatchObject([{ kind: 'export', what: 'agreementDocument', fileName: '协议另存.pdf' }]);

  // Removing the photo asks first.
  await page.getByRole('button', { name: '删除 签约仪式.png' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: '签约仪式.png' })).toBeHidden();

  // Another agreement, signed in 2018, so the year filter has something to leave out.
  await ok(core, 'agreements.create', {
    agreement: { type: 'schoolEnterprise', title: '校企合作框架协议', parties: ['楚雄技师学院'], copies: 23, signedOn: '2018-06-28', prefectureId: chuxiong.id }, today: '2019-06-30',
  });
  await openAt(page, '#/agreements?year=2017');
  const table = page.getByTestId('agreements-table');
  await expect(table).toContainText('劳务输出协议');
  await expect(table).toContainText('楚雄金泰人力资源和社会保障事务有限公司');
  await expect(table).toContainText('1 项落后');
  await expect(table).not.toContainText('校企合作框架协议');
  await expect(page.getByLabel('年份')).toContainText('2017');
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(table).toContainText('校企合作框架协议');
  await expect(table.getByRole('row').nth(1)).toContainText('校企合作框架协议'); // newest signed first
  await shot('agreements-list');

  // The trip page lists what was signed there.
  await openAt(page, `#/trips/${trip.id}`);
  await expect(page.getByTestId('trip-agreements')).toContainText('劳务输出协议');
  await page.getByTestId('trip-agreements').scrollIntoViewIfNeeded();
  await shot('trip-agreements');
});

test('a deleted agreement goes to the trash and comes back from there', async ({ app: page, core }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳', phone: '13800001111' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  const a = await ok<{ id: string }>(core, 'agreements.create', {
    agreement: { type: 'labourMechanism', title: '云南楚雄与上海嘉定劳务合作工作机制', parties: ['楚雄彝族自治州人力资源和社会保障局', '上海市嘉定区人力资源和社会保障局'], signedOn: '2018-06-26' },
    today: '2019-06-30',
  });
  await openAt(page, `#/agreements/${a.id}`);
  await page.getByRole('button', { name: '删除' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('还没有登记协议')).toBeVisible();

  await page.getByRole('link', { name: '回收站' }).click();
  const row = page.getByRole('row', { name: /云南楚雄与上海嘉定劳务合作工作机制/ });
  await expect(row).toContainText('协议');
  await row.getByRole('button', { name: '恢复' }).click();
  await expect(row).toBeHidden();
  await page.getByRole('link', { name: '协议' }).click();
  await expect(page.getByTestId('agreements-table')).toContainText('云南楚雄与上海嘉定劳务合作工作机制');
});
