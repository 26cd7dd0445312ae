// Deletion that deletes: a deleted trip and a deleted position wait in the trash and are
// deleted for good from there; "remove this person everywhere" lists every place a person's
// name and phone appear, then clears them, from a trip's delegation, the staff list and a
// company's contacts.
import { expect, test } from './fixtures';
import { ok, openAt } from './helpers';

const NAME = '测试联系人甲';
const PHONE = '13912345678';

/** "Who am I" chosen, as after the first start. */
async function iAm(core: Parameters<typeof ok>[0]) {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳', phone: '13800001111' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  return me;
}

async function deqinTrip(core: Parameters<typeof ok>[0]) {
  const regions = await ok<{ id: string; name: string; counties: { id: string; name: string }[] }[]>(core, 'regions.list', {});
  const diqing = regions.find((r) => r.name === '迪庆州')!;
  return ok<{ id: string; title: string }>(core, 'trips.create', {
    title: '赴迪庆州德钦县开展专场招聘', prefectureId: diqing.id, countyIds: [diqing.counties.find((c) => c.name === '德钦县')!.id], startDate: '2026-09-17', endDate: '2026-09-21',
  });
}

test('the trash holds a deleted trip and a deleted position, and deletes them for good', async ({ app: page, core, shot }) => {
  await iAm(core);
  const company = await ok<{ id: string }>(core, 'companies.create', { name: '上海沪工阀门厂（集团）有限公司' });
  const jobType = (await ok<{ id: string; name: string }[]>(core, 'jobTypes.list', {})).find((j) => j.name === '技工')!;
  const position = await ok<{ id: string }>(core, 'positions.create', { companyId: company.id, jobTypeId: jobType.id, title: '数控车工', headcount: 10 });
  const trip = await deqinTrip(core);
  await ok(core, 'trips.delete', { id: trip.id });
  await ok(core, 'positions.delete', { id: position.id });

  await openAt(page, '#/trash');
  const rows = page.getByRole('table', { name: '回收站' }).getByRole('row');
  await expect(rows.filter({ hasText: '赴迪庆州德钦县开展专场招聘' })).toContainText('出访');
  await expect(rows.filter({ hasText: '数控车工' })).toContainText('职位');
  await expect(rows.filter({ hasText: '数控车工' })).toContainText('上海沪工阀门厂（集团）有限公司');
  await shot('trash-trip-and-position');

  for (const title of ['赴迪庆州德钦县开展专场招聘', '数控车工']) {
    await rows.filter({ hasText: title }).getByRole('button', { name: '彻底删除' }).click();
    const confirm = page.getByRole('dialog');
    await expect(confirm).toContainText('将被永久删除，无法恢复');
    await confirm.getByRole('button', { name: '彻底删除' }).click();
    await expect(page.getByText(`已彻底删除“${title}”`)).toBeVisible();
  }
  await expect(page.getByTestId('empty-state')).toContainText('回收站是空的');
  await shot('trash-empty');
  expect(await ok<unknown[]>(core, 'trash.list', {})).toEqual([]);
  expect((await core.invoke('positions.get', { id: position.id })).ok).toBe(false);
});

test('remove a person everywhere: the places are listed, then cleared', async ({ app: page, core, shot }) => {
  const me = await iAm(core);
  const company = await ok<{ id: string; name: string; contacts: { id: string }[] }>(core, 'companies.create', {
    name: '上海沪工阀门厂（集团）有限公司', notes: `对接人${NAME}，电话${PHONE}`, contacts: [{ name: NAME, role: '人事经理', phone: PHONE }],
  });
  await ok(core, 'visits.create', { companyId: company.id, visitDate: '2026-09-01', staffIds: [me.id], notes: `与${NAME}面谈宿舍安排`, followUps: [] });
  const trip = await deqinTrip(core);
  await ok(core, 'trips.addMember', { tripId: trip.id, member: { name: NAME, role: 'companyRep', organisation: company.name, phone: PHONE, contactId: company.contacts[0]!.id } });

  await openAt(page, `#/trips/${trip.id}`);
  await page.getByRole('button', { name: `彻底移除此人… ${NAME}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading')).toContainText(`彻底移除“${NAME}”`);
  const places = dialog.getByTestId('person-places');
  await expect(places).toContainText('企业联系人');
  await expect(places).toContainText('出访团成员');
  await expect(places).toContainText('文字中提及 · 备注');
  await expect(places).toContainText('上海沪工阀门厂（集团）有限公司 · 2026-09-01');
  await shot('remove-person-dialog');

  await dialog.getByRole('button', { name: '全部移除' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('delegation')).toContainText('已删除人员');
  await expect(page.getByTestId('delegation')).not.toContainText(PHONE);
  await shot('remove-person-done');
  const c = await ok<{ contacts: unknown[]; notes: string }>(core, 'companies.get', { id: company.id });
  expect(c.contacts).toEqual([]);
  expect(c.notes).toBe('对接人已删除人员，电话');

  // From the staff list in Settings.
  const li = await ok<{ id: string }>(core, 'staff.create', { name: '李晓明', title: '科员', phone: '13700003333' });
  await openAt(page, '#/settings');
  await page.getByRole('row').filter({ hasText: '李晓明' }).getByRole('button', { name: '彻底移除此人…' }).click();
  await expect(page.getByRole('dialog')).toContainText('工作人员名单');
  await shot('remove-person-staff');
  await page.getByRole('dialog').getByRole('button', { name: '全部移除' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  // No record names them: they leave the staff list outright.
  await expect(page.getByRole('row').filter({ hasText: '李晓明' })).toHaveCount(0);
  expect((await ok<{ id: string }[]>(core, 'staff.list', { includeInactive: true })).map((s) => s.id)).not.toContain(li.id);
});

test('remove a person: someone already removed elsewhere shows the error, nothing changes', async ({ app: page, core, shot }) => {
  await iAm(core);
  const company = await ok<{ id: string; contacts: { id: string }[] }>(core, 'companies.create', { name: '大董（上海）餐饮管理有限公司', contacts: [{ name: NAME, phone: PHONE }] });
  await openAt(page, `#/companies/${company.id}`);
  await expect(page.getByTestId('contacts')).toContainText(NAME);
  // A colleague's window removed them meanwhile (this page has not reloaded).
  await ok(core, 'people.remove', { kind: 'contact', id: company.contacts[0]!.id });
  await page.getByRole('button', { name: `彻底移除此人… ${NAME}` }).click();
  await expect(page.getByRole('dialog')).toContainText('找不到此人');
  await expect(page.getByRole('dialog').getByRole('button', { name: '全部移除' })).toBeDisabled();
  await shot('remove-person-error');
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();

  // The change history names a person field that changed, never its value.
  await ok(core, 'companies.update', { id: company.id, name: '大董（上海）餐饮管理有限公司', notes: '周一上午联系人事部', contacts: [] });
  await openAt(page, `#/companies/${company.id}`);
  await expect(page.getByTestId('audit-history')).toContainText('备注：已修改');
  await expect(page.getByTestId('audit-history')).not.toContainText('周一上午');
  await shot('audit-history-changed');
});
