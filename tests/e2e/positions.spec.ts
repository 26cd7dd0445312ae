// Positions as a new user meets them: add positions to two companies on their pages,
// have bad input refused at the field with nothing stored, filter the list across
// companies and read two positions side by side against the minimum wage.
import { expect, test } from './fixtures';
import { fillDate, openAt, pick } from './helpers';

type Ok<T> = { ok: true; value: T };

let companies: { id: string; name: string }[] = [];
let meId = '';

test.beforeEach(async ({ core }) => {
  const me = (await core.invoke('staff.create', { name: '陈建国' })) as Ok<{ id: string }>;
  await core.invoke('staff.create', { name: '李秀英' });
  await core.invoke('settings.update', { currentStaffId: me.value.id });
  meId = me.value.id;
  const towns = (await core.invoke('lookups.list', { kind: 'town' })) as Ok<{ id: string; name: string }[]>;
  const town = towns.value.find((t) => t.name === '安亭镇')!;
  const a = (await core.invoke('companies.create', { name: '上海嘉定汽车零部件有限公司', townId: town.id })) as Ok<{ id: string; name: string }>;
  const b = (await core.invoke('companies.create', { name: '上海马陆食品有限公司' })) as Ok<{ id: string; name: string }>;
  companies = [a.value, b.value];
});

test('add positions to two companies, refuse bad input, filter and compare', async ({ app: page, core, shot }) => {
  const [parts, food] = companies as [{ id: string; name: string }, { id: string; name: string }];

  // The first company: its page has an empty 职位 section with an add button.
  await openAt(page, `#/companies/${parts.id}`);
  await expect(page.getByText('这家企业还没有登记职位')).toBeVisible();
  await page.getByRole('button', { name: '添加职位' }).click();
  await expect(page.getByRole('heading', { name: '新建职位' })).toBeVisible();
  // No visit noted the dormitory or meals: room and board are left to tick.
  await expect(page.getByTestId('room-board-source')).toHaveText('这家企业的走访记录没有记下宿舍和吃饭情况，请按实际勾选');
  await expect(page.getByLabel('包住')).not.toBeChecked();

  // Bad input: a headcount of -3 and a pay range upside down, each told at its field.
  await pick(page, '工种', '普工');
  await page.getByLabel('职位名称').fill('装配操作工');
  await page.getByLabel('招聘人数').fill('-3');
  await page.getByLabel('月薪下限').fill('6500');
  await page.getByLabel('月薪上限').fill('4800');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('不能小于 1')).toBeVisible();
  await expect(page.getByText('月薪上限不能低于下限')).toBeVisible();
  await shot('position-form');
  expect(await core.invoke('positions.list', {})).toEqual({ ok: true, value: [] });

  // Corrected, with hours, requirements and room and board.
  await page.getByLabel('招聘人数').fill('40');
  await page.getByLabel('月薪下限').fill('4800');
  await page.getByLabel('月薪上限').fill('6500');
  await page.getByLabel('每天工时').fill('8');
  await page.getByLabel('每周天数').fill('6');
  await pick(page, '班次', '两班倒');
  await page.getByLabel('最低年龄').fill('18');
  await page.getByLabel('最高年龄').fill('45');
  await pick(page, '学历要求', '初中');
  await page.getByLabel('技能要求').fill('能适应站立作业，视力良好');
  await page.getByLabel('包住').check();
  await page.getByLabel('包吃').check();
  await fillDate(page, '有效期自', '2026-03-01');
  await fillDate(page, '有效期至', '2026-12-31');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('company-positions')).toContainText('装配操作工');
  await expect(page.getByTestId('company-positions')).toContainText('4,800–6,500 元');
  await shot('company-positions');

  // The second company, from its own page.
  await openAt(page, `#/companies/${food.id}`);
  await page.getByRole('button', { name: '添加职位' }).click();
  await pick(page, '工种', '厨师');
  await page.getByLabel('职位名称').fill('中式面点师');
  await page.getByLabel('招聘人数').fill('3');
  await page.getByLabel('月薪下限').fill('2500');
  await page.getByLabel('月薪上限').fill('3800');
  await page.getByLabel('每天工时').fill('9');
  await page.getByLabel('包吃').check();
  await page.getByLabel('证书要求').fill('健康证');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('company-positions')).toContainText('中式面点师');
  expect(await core.invoke('positions.list', {})).toMatchObject({ ok: true, value: [{}, {}] });

  // The list across companies, filtered by job type.
  await page.getByRole('link', { name: '职位', exact: true }).click();
  const table = page.getByTestId('positions-table');
  await expect(table.getByRole('row')).toHaveCount(3);
  await pick(page, '工种', '厨师');
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText('中式面点师');
  await expect(table).not.toContainText('装配操作工');
  await page.getByRole('button', { name: '清除筛选' }).first().click();
  await expect(table.getByRole('row')).toHaveCount(3);

  // Tick both and compare them side by side.
  await page.getByLabel('选择 上海嘉定汽车零部件有限公司 装配操作工').check();
  await page.getByLabel('选择 上海马陆食品有限公司 中式面点师').check();
  await expect(page.getByRole('button', { name: '并排比较（2）' })).toBeEnabled();
  await shot('positions');
  await page.getByRole('button', { name: '并排比较（2）' }).click();
  const compare = page.getByTestId('positions-compare');
  await expect(compare).toContainText('装配操作工');
  await expect(compare).toContainText('中式面点师');
  // The default minimum wage is 2,690 yuan a month.
  await expect(compare).toContainText('高于最低工资 2,110 元');
  await expect(compare).toContainText('低于最低工资 190 元');
  await expect(compare).toContainText('健康证');
  await shot('positions-compare');
});

test('the job-type list is edited in Settings and offered in the position form', async ({ app: page, core, shot }) => {
  await openAt(page, '#/settings');
  const list = page.getByRole('list', { name: '工种' });
  await expect(list).toContainText('叉车工');
  await page.getByLabel('新工种').fill('面点师');
  await page.locator('form', { has: page.getByLabel('新工种') }).getByRole('button', { name: '添加' }).click();
  await expect(list).toContainText('面点师');
  // A name already on the list is refused at the field.
  await page.getByLabel('新工种').fill('普工');
  await page.locator('form', { has: page.getByLabel('新工种') }).getByRole('button', { name: '添加' }).click();
  await expect(page.getByText('列表中已有“普工”')).toBeVisible();
  await page.getByRole('button', { name: '重命名 面点师' }).click();
  await list.getByRole('textbox').fill('中式面点师');
  await list.getByRole('button', { name: '保存' }).click();
  await expect(list).toContainText('中式面点师');
  await list.scrollIntoViewIfNeeded();
  await shot('job-types');
  const types = (await core.invoke('jobTypes.list', {})) as Ok<{ name: string }[]>;
  expect(types.value.map((j) => j.name)).toContain('中式面点师');

  await openAt(page, `#/positions/new?companyId=${companies[1]!.id}`);
  await page.getByLabel('工种').click();
  await expect(page.getByRole('option', { name: '中式面点师' })).toBeVisible();
});

test('a new position takes room and board from the company’s latest visit, and they can still be changed', async ({ app: page, core, shot }) => {
  const [parts] = companies as [{ id: string; name: string }];
  const visit = (date: string, dormProvided: boolean | null, mealsProvided: boolean | null) =>
    core.invoke('visits.create', { companyId: parts.id, visitDate: date, staffIds: [meId], dormProvided, mealsProvided, followUps: [] });
  // An older visit found both; the latest found a dormitory but no canteen.
  await visit('2025-03-02', true, true);
  await visit('2025-05-12', true, false);

  await openAt(page, `#/companies/${parts.id}`);
  await page.getByRole('button', { name: '添加职位' }).click();
  await expect(page.getByRole('heading', { name: '新建职位' })).toBeVisible();
  await expect(page.getByLabel('包住')).toBeChecked();
  await expect(page.getByLabel('包吃')).not.toBeChecked();
  const source = page.getByTestId('room-board-source');
  await expect(source).toHaveText('包住、包吃按 2025年5月12日 的走访记录（宿舍、吃饭）预先勾选，可按本职位实际修改');
  await source.scrollIntoViewIfNeeded();
  await shot('position-room-board-from-visit');

  // Still the user's to change: this position comes with meals.
  await pick(page, '工种', '普工');
  await page.getByLabel('职位名称').fill('装配操作工');
  await page.getByLabel('招聘人数').fill('20');
  await page.getByLabel('包吃').check();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('company-positions')).toContainText('装配操作工');
  const saved = (await core.invoke('positions.list', {})) as Ok<{ roomIncluded: boolean; boardIncluded: boolean }[]>;
  expect(saved.value).toMatchObject([{ roomIncluded: true, boardIncluded: true }]);

  // In English.
  await page.getByTestId('language-switch').click();
  await page.getByRole('button', { name: 'Add position' }).click();
  await expect(page.getByTestId('room-board-source')).toContainText('as the visit of');
  await page.getByTestId('room-board-source').scrollIntoViewIfNeeded();
  await shot('position-room-board-from-visit-en');
});
