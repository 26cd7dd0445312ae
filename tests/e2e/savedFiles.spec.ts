// After every save the message offers 打开文件 and 打开所在文件夹, and they reach the desktop
// shell (answered here by StubShell, which records each call) with the path the core saved; a
// file moved since is named in the error and the shell is not asked. 打印… beside each report's
// PDF save hands the shell the report's HTML for the system's print dialog.
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ok, openAt } from './helpers';

const TRIP = '2018年9月 赴迪庆州德钦县专场招聘和职业培训';
const NANYA = '南亚新材料科技股份有限公司';

test('after an export, 打开所在文件夹 and 打开文件 in the job dialog reach the shell with the saved path', async ({ app: page, core, workspace, shot }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '陈建国' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  await ok(core, 'companies.create', { name: '上海沪工阀门厂（集团）有限公司', headcount: 850 });
  await openAt(page, '#/companies');
  const file = join(workspace.dir, '企业名录.xlsx');
  core.dialogs.answer(file);
  await page.getByRole('button', { name: '导出' }).click();
  await page.getByTestId('export-companies-xlsx').click();
  const dialog = page.getByRole('dialog', { name: '导出企业名录' });
  await expect(dialog.getByText(`已导出 1 行到 ${file}`)).toBeVisible();
  await shot('saved-file-job-dialog');

  await dialog.getByRole('button', { name: '打开所在文件夹' }).click();
  await expect.poll(() => core.shell.calls).toEqual([{ method: 'showItemInFolder', args: [file] }]);
  await dialog.getByRole('button', { name: '打开文件' }).click();
  await expect.poll(() => core.shell.calls.at(-1)).toEqual({ method: 'openPath', args: [file] });
});

test('a saved PDF’s message offers both; once the file is moved, the message says so and the shell is not asked', async ({ app: page, core, workspace, shot }) => {
  test.setTimeout(90_000);
  await ok(core, 'workspace.openExample', {});
  await openAt(page, '#/trips');
  await page.getByRole('link', { name: TRIP }).click();
  const pdf = join(workspace.dir, '德钦工作简报.pdf');
  core.dialogs.answer(pdf);
  await page.getByRole('button', { name: '工作简报' }).click();
  await page.getByRole('menuitem', { name: /PDF/ }).click();
  const note = page.getByRole('status').filter({ hasText: `已保存工作简报 PDF：${pdf}` });
  await expect(note).toBeVisible({ timeout: 20_000 }); // printing through Chromium takes a while on a loaded machine
  await shot('saved-file-snackbar');

  await note.getByRole('button', { name: '打开文件' }).click();
  await expect.poll(() => core.shell.calls).toEqual([{ method: 'openPath', args: [pdf] }]);

  renameSync(pdf, join(workspace.dir, '改了名.pdf'));
  await note.getByRole('button', { name: '打开所在文件夹' }).click();
  const missing = page.getByRole('alert').filter({ hasText: '找不到“德钦工作简报.pdf”：保存后它已被移动、改名或删除' });
  await expect(missing).toBeVisible();
  await expect(missing).toHaveCSS('opacity', '1'); // the snackbar has finished growing in
  await shot('saved-file-missing');
  expect(core.shell.calls).toHaveLength(1);

  // A workspace copy is for this app, not another program: its folder only.
  const copy = join(workspace.dir, '副本.sqlite');
  core.dialogs.answer(copy);
  await openAt(page, '#/settings');
  await page.getByRole('button', { name: /另存副本/ }).click();
  const copied = page.getByRole('status').filter({ hasText: copy });
  await expect(copied).toBeVisible({ timeout: 20_000 });
  await expect(copied.getByRole('button', { name: '打开文件' })).toHaveCount(0);
  await copied.getByRole('button', { name: '打开所在文件夹' }).click();
  await expect.poll(() => core.shell.calls.at(-1)).toEqual({ method: 'showItemInFolder', args: [copy] });
});

test('打印… beside the trip report, the itinerary and a vetting summary hands the shell that report', async ({ app: page, core, shot }) => {
  test.setTimeout(90_000);
  await ok(core, 'workspace.openExample', {});
  const printed = () => core.shell.calls.filter((c) => c.method === 'print').map((c) => c.args[0] as { length: number; title: string });

  await openAt(page, '#/trips');
  await page.getByRole('link', { name: TRIP }).click();
  await page.getByRole('button', { name: '工作简报' }).click();
  await expect(page.locator('.MuiMenu-paper')).toHaveCSS('opacity', '1');
  await shot('print-trip-report-menu');
  await page.getByRole('menuitem', { name: '打印…' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已发送到打印机' })).toBeVisible();
  expect(printed()).toEqual([{ length: expect.any(Number), title: expect.stringContaining(TRIP) }]);

  await page.getByRole('link', { name: /行程/ }).first().click();
  await expect(page.getByRole('button', { name: '打印…' })).toBeVisible();
  await shot('print-itinerary');
  // While the system's print dialog is open the button says so and waits (held here until the shot).
  const stub = core.shell.print;
  let close!: () => void;
  core.shell.print = (html) => new Promise<boolean>((resolve) => (close = () => resolve(stub(html))));
  await page.getByRole('button', { name: '打印…' }).click();
  await expect(page.getByRole('button', { name: '正在打印…' })).toBeDisabled();
  await shot('print-itinerary-busy');
  await expect.poll(() => typeof close).toBe('function');
  core.shell.print = stub;
  close();
  await expect(page.getByRole('button', { name: '打印…' })).toBeEnabled();
  await expect.poll(() => printed().length).toBe(2);
  expect(printed()[1]!.title).toContain(TRIP);

  const companies = await ok<{ rows: { id: string; name: string }[] }>(core, 'companies.list', { query: '南亚新材料' });
  await openAt(page, `#/companies/${companies.rows.find((c) => c.name === NANYA)!.id}`);
  await expect(page.getByRole('button', { name: '导出审核摘要 (PDF)' })).toBeVisible();
  await shot('print-vetting-summary');
  await page.getByRole('button', { name: '打印…' }).click();
  await expect.poll(() => printed().length).toBe(3);
  expect(printed()[2]!.title).toContain(NANYA);
  for (const p of printed()) expect(p.length).toBeGreaterThan(2_000);
  // Only printing reached the shell: nothing was opened.
  expect(core.shell.calls.every((c) => c.method === 'print')).toBe(true);

  // Paper leaves the workspace too: Settings › 导出记录 lists each print, with no file.
  await openAt(page, '#/settings/export-log');
  const rows = page.getByTestId('export-log-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText('审核摘要（打印）');
  await expect(rows.first()).toContainText('—（直接打印）');
  await expect(rows.nth(2)).toContainText('工作简报（打印）');
  await page.getByTestId('export-log').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await shot('export-log-printed');
});
