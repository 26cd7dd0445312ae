// Placements as the staff record them: the first batch of 2018-07-07 — 26 workers from
// 楚雄州, 11 of them registered poor — with two employers; contradictory counts refused
// at the field with nothing stored; a prefecture-wide check-in of 284 (12 registered
// poor) giving the article's figure; and a year without records showing the empty state.
import { expect, test } from './fixtures';
import { fillDate, ok, openAt, pick } from './helpers';

interface Totals { arrivals: number; arrivalsPoor: number; stillWorking: number; stillWorkingPoor: number }

test('record the first arrival batch and a check-in; the article’s figures come out of them', async ({ app: page, core, shot }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳', phone: '13800001111' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  await ok(core, 'companies.create', { name: '上海沪工阀门厂（集团）有限公司' });
  await ok(core, 'companies.create', { name: '南亚新材料科技股份有限公司' });

  await openAt(page, '#/placements');
  await expect(page.getByText('还没有到岗记录')).toBeVisible();
  await page.getByRole('button', { name: '登记到岗批次' }).first().click();
  await expect(page.getByRole('heading', { name: '登记到岗批次' })).toBeVisible();

  await fillDate(page, '到岗日期', '2018-07-07');
  await page.getByLabel('到岗人数').fill('26');
  await page.getByLabel('其中建档立卡贫困劳动力').fill('30');
  await page.getByLabel('其中建档立卡贫困劳动力').blur();
  await expect(page.getByText('其中建档立卡人数不能多于到岗人数')).toBeVisible();
  await pick(page, '来源州（市）', '楚雄州');
  await pick(page, '来源县（市）', '南华县');
  const rows = page.getByTestId('employer-row');
  const employer = async (n: number, search: string, name: string, workers: string) => {
    await page.getByRole('button', { name: '添加用人企业' }).click();
    await rows.nth(n).getByRole('combobox', { name: '企业' }).fill(search);
    await page.getByRole('option', { name }).click();
    await rows.nth(n).getByLabel('接收人数').fill(workers);
  };
  await employer(0, '沪工', '上海沪工阀门厂（集团）有限公司', '16');
  await employer(1, '南亚', '南亚新材料科技股份有限公司', '10');
  await expect(page.getByTestId('assigned-line')).toHaveText('已分配 26 / 26 人');

  // More registered poor than arrived: refused at the field, nothing stored.
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('其中建档立卡人数不能多于到岗人数')).toBeVisible();
  await page.getByLabel('其中建档立卡贫困劳动力').fill('11');

  // Employers taking 30 of 26: the sum is named, nothing stored.
  await rows.nth(1).getByLabel('接收人数').fill('14');
  await expect(page.getByTestId('assigned-line')).toHaveText('已分配 30 / 26 人，多于到岗人数');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('employers-error')).toHaveText('各企业接收人数合计（30）多于到岗人数（26）');
  expect((await ok<{ batches: unknown[] }>(core, 'placements.list', {})).batches).toEqual([]);

  // 16 + 8 of 26: two workers not yet placed, shown as a warning on the list.
  await rows.nth(1).getByLabel('接收人数').fill('8');
  await expect(page.getByTestId('assigned-line')).toHaveText('已分配 24 / 26 人');
  await expect(page.getByTestId('employers-error')).toBeHidden();
  await shot('placements-batch-form');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: '转移就业' })).toBeVisible();
  await expect(page.getByTestId('figure-arrivals')).toContainText('26');
  await expect(page.getByTestId('figure-arrivals')).toContainText('其中建档立卡 11 人');
  const batchRow = page.getByTestId('batches-table').getByRole('row').nth(1);
  await expect(batchRow).toContainText('楚雄州 南华县');
  await expect(batchRow).toContainText('上海沪工阀门厂（集团）有限公司 16人');
  await expect(batchRow).toContainText('2 人未分配企业');
  await expect(page.getByTestId('figure-still-working')).toContainText('还没有回访记录');

  // The check-in the article reports: 284 still working or interning, 12 registered poor.
  await page.getByRole('button', { name: '登记回访' }).click();
  const dialog = page.getByRole('dialog');
  await fillDate(dialog, '回访日期', '2018-10-31');
  await expect(dialog.getByLabel('来源州（市）')).toHaveText('楚雄州');
  await dialog.getByLabel('仍在岗/实习人数').fill('284');
  await dialog.getByLabel('其中建档立卡贫困劳动力').fill('12');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('figure-still-working')).toContainText('284');
  await expect(page.getByTestId('figure-still-working')).toContainText('其中建档立卡 12 人');
  await expect(page.getByTestId('figure-still-working')).toContainText('截至 2018年10月31日 回访');
  await expect(page.getByTestId('checkins-table')).toContainText('楚雄州全部');
  await shot('placements-page');
  expect(await ok<Totals>(core, 'placements.totals', {})).toMatchObject({ arrivals: 26, arrivalsPoor: 11, stillWorking: 284, stillWorkingPoor: 12 });

  // A year without records, as the dashboard links it.
  await openAt(page, '#/placements?year=2017');
  await expect(page.getByText('所选范围内没有到岗或回访记录')).toBeVisible();
  await shot('placements-empty');
  await page.getByRole('button', { name: '查看全部' }).click();
  await expect(page.getByTestId('figure-arrivals')).toContainText('26');
});

test('edit a batch, a batch check-in over its batch refused by the core, delete the batch to the trash', async ({ app: page, core, shot }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳', phone: '13800001111' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  const regions = await ok<{ id: string; name: string }[]>(core, 'regions.list', {});
  const chuxiong = regions.find((p) => p.name === '楚雄州')!.id;
  const valve = await ok<{ id: string }>(core, 'companies.create', { name: '上海沪工阀门厂（集团）有限公司' });
  await ok(core, 'placements.createBatch', { arrivedOn: '2018-07-07', workers: 26, poor: 11, prefectureId: chuxiong, employers: [{ companyId: valve.id, workers: 20 }] });

  await openAt(page, `#/placements?prefectureId=${chuxiong}`);
  await expect(page.getByTestId('batches-table')).toContainText('6 人未分配企业');
  await page.getByRole('link', { name: '2018年7月7日' }).click();
  await expect(page.getByRole('heading', { name: '编辑到岗批次' })).toBeVisible();
  await expect(page.getByLabel('到岗人数')).toHaveValue('26');
  await expect(page.getByRole('combobox', { name: '企业' })).toHaveValue('上海沪工阀门厂（集团）有限公司');
  await expect(page.getByTestId('assigned-line')).toHaveText('已分配 20 / 26 人');
  await page.getByLabel('备注').fill('首批来嘉定就业的楚雄籍务工人员');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('heading', { name: '转移就业' })).toBeVisible();

  // A check-in of that batch may not count more than arrived: the core's refusal lands at the field.
  await page.getByRole('button', { name: '登记回访' }).click();
  const dialog = page.getByRole('dialog');
  await fillDate(dialog, '回访日期', '2018-08-07');
  await dialog.getByRole('combobox', { name: '到岗批次' }).click();
  await page.getByRole('option', { name: '2018年7月7日 到岗批次 · 26 人' }).click();
  await dialog.getByLabel('仍在岗/实习人数').fill('27');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('不能多于本批到岗人数（26 人）')).toBeVisible();
  await shot('placements-checkin-refused');
  expect((await ok<{ checkIns: unknown[] }>(core, 'placements.list', {})).checkIns).toEqual([]);
  await dialog.getByLabel('仍在岗/实习人数').fill('25');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('checkins-table')).toContainText('楚雄州 · 2018年7月7日 到岗批次');
  await expect(page.getByTestId('figure-still-working')).toContainText('25');

  // Deleting asks first; the batch and its check-in go to the trash together.
  await page.getByTestId('batches-table').getByRole('button', { name: '删除' }).click();
  await expect(page.getByRole('dialog')).toContainText('删除 2018年7月7日 到岗的 26 人批次？');
  await page.getByRole('dialog').getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('所选范围内没有到岗或回访记录')).toBeVisible();
  await page.getByRole('link', { name: '回收站' }).click();
  await expect(page.getByRole('row', { name: /到岗批次.*2018-07-07 · 楚雄州/ })).toBeVisible();
});

test('leaving a half-filled batch form keeps a draft with its employer rows', async ({ app: page, core }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳', phone: '13800001111' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  await ok(core, 'companies.create', { name: '大董（上海）餐饮管理有限公司' });

  await openAt(page, '#/placements/batches/new');
  await page.getByLabel('到岗人数').fill('12');
  await page.getByRole('button', { name: '添加用人企业' }).click();
  await page.getByRole('combobox', { name: '企业' }).fill('大董');
  await page.getByRole('option', { name: '大董（上海）餐饮管理有限公司' }).click();
  await page.getByLabel('接收人数').fill('5');
  await page.getByRole('link', { name: '出访' }).click();
  await expect(page.getByRole('dialog', { name: '有未保存的修改' })).toBeVisible();
  await page.getByRole('button', { name: '离开并保留草稿' }).click();
  await expect(page.getByRole('heading', { name: '出访', exact: true })).toBeVisible();

  await page.getByRole('link', { name: '转移就业' }).click();
  await page.getByRole('button', { name: '登记到岗批次' }).first().click();
  await expect(page.getByTestId('draft-banner')).toBeVisible();
  await expect(page.getByLabel('到岗人数')).toHaveValue('12');
  await expect(page.getByRole('combobox', { name: '企业' })).toHaveValue('大董（上海）餐饮管理有限公司');
  await expect(page.getByLabel('接收人数')).toHaveValue('5');
  await expect(page.getByTestId('assigned-line')).toHaveText('已分配 5 / 12 人');
  await page.getByRole('button', { name: '放弃草稿' }).click();
  await expect(page.getByLabel('到岗人数')).toHaveValue('');
  await expect(page.getByTestId('employer-row')).toHaveCount(0);
});
