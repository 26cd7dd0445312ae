// Vetting templates as a new user meets them: the default checklist, an edit that
// becomes a new version once the template has been used (old vettings keep their
// questions), sharing a template as a file, a bad file refused, and the vetting
// rules in Settings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { openAt } from './helpers';

type Ok<T> = { ok: true; value: T };
interface Summary { id: string; version: number; versions: number; usedBy: number }
interface Item { key: string; label: { zh: string }; rule?: { threshold: unknown } | null }
interface Content { sections: { key: string; items: Item[] }[] }

const findItem = (c: Content, key: string) => c.sections.flatMap((s) => s.items).find((i) => i.key === key)!;

test.beforeEach(async ({ core }) => {
  const me = (await core.invoke('staff.create', { name: '陈建国' })) as Ok<{ id: string }>;
  await core.invoke('settings.update', { currentStaffId: me.value.id });
});

test('editing a used template makes a new version and the old vetting keeps its questions', async ({ app: page, core, shot }) => {
  const company = (await core.invoke('companies.create', { name: '苏州恒达精密电子有限公司' })) as Ok<{ id: string }>;
  const started = (await core.invoke('vettings.start', { companyId: company.value.id })) as Ok<{ id: string; templateVersion: number }>;
  expect(started.ok).toBe(true);
  expect(started.value.templateVersion).toBe(1);

  await openAt(page, '#/companies');
  await page.getByRole('link', { name: '审核模板' }).click();
  await expect(page.getByRole('heading', { name: '审核模板', exact: true })).toBeVisible();
  const row = page.getByTestId('template-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('用工企业审核清单（标准版）');
  await expect(row).toContainText('第 1 版');
  await expect(row).toContainText('1 份审核');
  await shot('templates');

  await row.getByText('用工企业审核清单（标准版）').click();
  await expect(page.getByTestId('version-warning')).toContainText('保存后将生成第 2 版');
  await shot('template-editor');
  // Change the people-per-room limit from 8 to 6.
  await page.getByRole('button', { name: '编辑项目：宿舍每间居住人数' }).click();
  const room = page.getByTestId('item-peoplePerRoom');
  await expect(room.getByLabel('标准值')).toHaveValue('8');
  await room.getByLabel('标准值').fill('6');
  // Add an item to the lodging section.
  const lodging = page.getByRole('region', { name: '食宿条件' });
  await lodging.getByRole('button', { name: '添加项目' }).click();
  await lodging.getByLabel('题目（中文）').last().fill('宿舍配有空调或电扇');
  await page.waitForTimeout(300); // let the field's label settle before the picture
  await shot('template-editor-item');

  // A number where a number is needed: the schema says so at the field, nothing is saved.
  await room.getByLabel('标准值').fill('八');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText(/模板有 \d+ 处需要修改/)).toBeVisible();
  await expect(room.getByText('请输入数字')).toBeVisible();
  await room.getByLabel('标准值').fill('6');

  // Leaving with unsaved edits asks first; staying keeps them.
  await page.getByRole('link', { name: '企业', exact: true }).click();
  await expect(page.getByRole('dialog', { name: '有未保存的修改' })).toBeVisible();
  await page.getByRole('button', { name: '留在此页' }).click();
  await expect(room.getByLabel('标准值')).toHaveValue('6');

  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('已保存为第 2 版')).toBeVisible();
  await expect(page.getByTestId('version-history')).toContainText('第 2 版');
  await expect(page.getByTestId('version-history')).toContainText('第 1 版');

  const list = (await core.invoke('templates.list', {})) as Ok<Summary[]>;
  expect(list.value[0]).toMatchObject({ version: 2, versions: 2 });
  const v2 = (await core.invoke('templates.get', { id: list.value[0]!.id })) as Ok<{ content: Content }>;
  expect(findItem(v2.value.content, 'peoplePerRoom').rule?.threshold).toBe(6);
  expect(v2.value.content.sections.flatMap((s) => s.items).some((i) => i.label.zh === '宿舍配有空调或电扇')).toBe(true);

  // The vetting started before keeps version 1, with the old limit and without the new item.
  const old = (await core.invoke('vettings.get', { id: started.value.id })) as Ok<{ templateVersion: number; template: Content }>;
  expect(old.value.templateVersion).toBe(1);
  expect(findItem(old.value.template, 'peoplePerRoom').rule?.threshold).toBe(8);
  expect(old.value.template.sections.flatMap((s) => s.items).some((i) => i.label.zh === '宿舍配有空调或电扇')).toBe(false);
});

test('a template is exported as a file and imported back; a bad file is refused and stores nothing', async ({ app: page, core, workspace }) => {
  await openAt(page, '#/templates');
  await expect(page.getByTestId('template-row')).toHaveCount(1);

  // Cancelling the save dialog writes and logs nothing.
  const exportButton = page.getByRole('button', { name: '导出“用工企业审核清单（标准版）”为文件' });
  core.dialogs.answer(null);
  await exportButton.click();
  await expect.poll(() => core.dialogs.asked.length).toBe(1);
  // The file goes where the user picks in the save dialog, and the export log says so.
  const file = join(workspace.dir, '标准版清单.json');
  core.dialogs.answer(file);
  await exportButton.click();
  await expect(page.getByText(`已导出为 ${file}`)).toBeVisible();
  expect(core.dialogs.asked).toEqual([
    { kind: 'chooseSaveDestination', suggestedName: '用工企业审核清单（标准版）-v1.json' },
    { kind: 'chooseSaveDestination', suggestedName: '用工企业审核清单（标准版）-v1.json' },
  ]);
  const log = (await core.invoke('exportLog.list', {})) as Ok<{ rows: { kind: string; what: string; filter: unknown; fileName: string }[] }>;
  expect(log.value.rows).toEqual([expect.objectContaining({ kind: 'export', what: 'template', filter: { version: 1 }, fileName: '标准版清单.json' })]);
  const doc = JSON.parse(readFileSync(file, 'utf8')) as { format: string; template: Content & { name: { zh: string } } };
  expect(doc.format).toBe('liaison-desk/vetting-template');
  expect(doc.template.name.zh).toBe('用工企业审核清单（标准版）');
  expect(findItem(doc.template, 'peoplePerRoom')).toBeTruthy();

  await page.getByTestId('template-import-input').setInputFiles(file);
  await expect(page.getByText('已导入模板“用工企业审核清单（标准版）”')).toBeVisible();
  await expect(page.getByTestId('template-row')).toHaveCount(2);

  // Not JSON at all.
  await page.getByTestId('template-import-input').setInputFiles({ name: '照片.json', mimeType: 'application/json', buffer: Buffer.from('这不是模板') });
  await expect(page.getByTestId('import-problem')).toContainText('未能导入“照片.json”：这个文件不是审核清单模板文件（无法读取 JSON）');
  // JSON, but its first section has no items.
  const broken = JSON.stringify({ ...doc, template: { ...doc.template, sections: [{ ...doc.template.sections[0], items: [] }] } });
  await page.getByTestId('template-import-input').setInputFiles({ name: '坏模板.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  await expect(page.getByTestId('import-problem')).toContainText('未能导入“坏模板.json”：模板文件内容有误，未导入任何内容');
  await expect(page.getByTestId('import-problem')).toContainText('template.sections.0.items');

  const list = (await core.invoke('templates.list', {})) as Ok<Summary[]>;
  expect(list.value).toHaveLength(2);
  await expect(page.getByTestId('template-row')).toHaveCount(2);
});

test('the vetting rules in Settings: the minimum wage is stored, upside-down thresholds are refused at the field', async ({ app: page, core, shot }) => {
  await openAt(page, '#/settings');
  const rules = page.getByTestId('vetting-rules');
  await expect(rules.getByLabel('本地月最低工资')).toHaveValue('2690');
  await rules.getByLabel('本地月最低工资').fill('2740');
  await rules.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('审核规则已保存')).toBeVisible();
  expect(await core.invoke('settings.get', {})).toMatchObject({ ok: true, value: { minimumWage: 2740 } });

  await rules.getByLabel('“有条件通过”分数线').fill('90');
  await rules.getByRole('button', { name: '保存' }).click();
  await expect(rules.getByText('“有条件通过”的分数线不能高于“通过”的分数线')).toBeVisible();
  await shot('settings-vetting-rules');
  expect(await core.invoke('settings.get', {})).toMatchObject({ ok: true, value: { verdictThresholds: { approved: 80, conditional: 60 } } });
});
