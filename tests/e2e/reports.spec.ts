// A staff member sets the unit name and logo that head every report, then exports the vetting
// summaries of the Deqin trip's participating companies from the trip page (a job with a
// progress dialog) and one company's summary from its page. The PDFs are read by pdftotext.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { pngImage } from '../../electron/core/testing/images';
import { chromiumLaunchOptions } from '../harness/chromium';
import { expect, test } from './fixtures';
import { ok, openAt } from './helpers';
import { pdfText } from '../harness/pdf';

const TRIP = '2018年9月 赴迪庆州德钦县专场招聘和职业培训';
const COMPANIES = ['上海沪工阀门厂（集团）有限公司', '大董（上海）餐饮管理有限公司', '南亚新材料科技股份有限公司'];
const UNIT = '嘉定区人力资源和社会保障局 援滇工作组';
const flat = (s: string) => s.replace(/\s+/g, '');


test('exports the Deqin participants’ vetting summaries and one company’s, headed by the unit set in Settings', async ({ app: page, core, workspace, shot }) => {
  test.setTimeout(180_000);
  await ok(core, 'workspace.openExample', {});

  // Settings › 报告: the unit name and a logo, with a preview of the masthead.
  await openAt(page, '#/settings');
  const section = page.getByTestId('report-settings');
  await section.getByLabel('单位名称').fill(UNIT);
  await section.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('单位名称已保存')).toBeVisible();
  const logo = join(workspace.dir, '局徽.png');
  writeFileSync(logo, pngImage(64, 64, { noise: false }));
  await section.locator('input[type=file]').setInputFiles(logo);
  await expect(page.getByText('标志已保存')).toBeVisible();
  await expect(page.getByTestId('masthead-preview').getByRole('img')).toBeVisible();
  // The preview lays the name out as the report does: one line per part.
  await expect(page.getByTestId('masthead-preview')).toContainText('嘉定区人力资源和社会保障局援滇工作组');
  // A text file renamed .png is refused at the logo, and the stored logo stays.
  const fake = join(workspace.dir, '假图片.png');
  writeFileSync(fake, '这不是图片');
  await section.locator('input[type=file]').setInputFiles(fake);
  await expect(section.getByRole('alert')).toHaveText('标志须为 PNG 或 JPEG 图片');
  expect(await ok(core, 'settings.logo', {})).not.toBeNull();
  await page.getByText('标志已保存').waitFor({ state: 'hidden', timeout: 15_000 });
  await section.scrollIntoViewIfNeeded();
  await shot('reports-settings');

  // The trip page: export the participating companies' summaries as one PDF (a job).
  await openAt(page, '#/trips');
  await page.getByRole('link', { name: TRIP }).click();
  await expect(page.getByRole('heading', { name: TRIP })).toBeVisible();
  const setPdf = join(workspace.dir, '德钦参与企业审核摘要.pdf');
  core.dialogs.answer(setPdf);
  await page.getByRole('button', { name: '导出参与企业审核摘要' }).click();
  const dialog = page.getByRole('dialog', { name: '导出参与企业审核摘要' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(`已将 3 家企业的审核摘要保存到 ${setPdf}`)).toBeVisible();
  expect(core.dialogs.asked.at(-1)).toEqual({ kind: 'choosePdfDestination', suggestedName: `${TRIP}-参与企业审核摘要.pdf` });
  await shot('reports-trip-job-done');
  const setText = flat(pdfText(setPdf));
  for (const name of COMPANIES) expect(setText).toContain(name);
  expect(setText).toContain('通过');
  expect(setText).toContain(flat(UNIT));
  expect(setText).toContain('一、审核情况汇总');
  expect(setText).toContain(flat(TRIP));
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toHaveCount(0);
  await page.getByRole('button', { name: '导出参与企业审核摘要' }).scrollIntoViewIfNeeded();
  await shot('reports-trip-button');

  // One company's summary from its page.
  const company = (await ok<{ rows: { id: string; name: string }[] }>(core, 'companies.list', { query: COMPANIES[0], limit: 5 })).rows.find((r) => r.name === COMPANIES[0])!;
  await openAt(page, `#/companies/${company.id}`);
  const button = page.getByRole('button', { name: '导出审核摘要 (PDF)' });
  await button.scrollIntoViewIfNeeded();
  await shot('reports-company-button');
  const onePdf = join(workspace.dir, '沪工审核摘要.pdf');
  core.dialogs.answer(onePdf);
  await button.click();
  await expect(page.getByText(`已保存到 ${onePdf}`)).toBeVisible();
  expect(core.dialogs.asked.at(-1)).toEqual({ kind: 'choosePdfDestination', suggestedName: `${COMPANIES[0]}-审核摘要.pdf` });
  const oneText = pdfText(onePdf);
  expect(flat(oneText)).toContain(COMPANIES[0]);
  expect(flat(oneText)).toContain('审核结论：通过');
  expect(flat(oneText)).toContain(flat(UNIT));
  expect(oneText.split('\f').filter((p) => p.trim()).length).toBeLessThanOrEqual(2);

  // A page of the report as it prints, to look at.
  const { html } = await ok<{ html: string }>(core, 'reports.vettingSummaryHtml', { companyId: company.id, lang: 'zh' });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const report = await browser.newPage({ viewport: { width: 794, height: 1123 } }); // A4 at 96 dpi
    await report.setContent(html); // on screen the page keeps its printed margins
    await report.screenshot({ path: join(__dirname, '..', 'artifacts', 'reports-vetting-summary-page.png'), fullPage: true });
  } finally {
    await browser.close();
  }
});

test('the job can be cancelled and leaves no file; a cancelled save dialog starts nothing', async ({ app: page, core, workspace }) => {
  test.setTimeout(120_000);
  await ok(core, 'workspace.openExample', {});
  await openAt(page, '#/trips');
  await page.getByRole('link', { name: TRIP }).click();
  core.dialogs.answer(null);
  await page.getByRole('button', { name: '导出参与企业审核摘要' }).click();
  // The button may still be enabled before the click reaches the core: wait for the dialog it asks for.
  await expect.poll(() => core.dialogs.asked.at(-1)?.kind).toBe('choosePdfDestination');
  await expect(page.getByRole('button', { name: '导出参与企业审核摘要' })).toBeEnabled();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Cancelled through the core right after it starts: the status says so and no file exists.
  const trip = (await ok<{ id: string; title: string }[]>(core, 'trips.list', {})).find((t) => t.title === TRIP)!;
  const file = join(workspace.dir, '取消.pdf');
  core.dialogs.answer(file);
  const { jobId } = await ok<{ jobId: string }>(core, 'reports.vettingSummaries', { tripId: trip.id, lang: 'zh' });
  await ok(core, 'jobs.cancel', { id: jobId });
  await expect.poll(async () => (await ok<{ state: string }>(core, 'jobs.status', { id: jobId })).state).toBe('cancelled');
  expect(existsSync(file)).toBe(false);
});

test('the company list exports the summaries of the companies it shows, as filtered', async ({ app: page, core, workspace, shot }) => {
  test.setTimeout(120_000);
  await ok(core, 'workspace.openExample', {});
  await openAt(page, '#/companies?q=上海');
  const listed = (await ok<{ total: number; rows: { name: string }[] }>(core, 'companies.list', { query: '上海', limit: 100 }));
  expect(listed.total).toBeGreaterThan(1);
  await expect(page.getByText(`${listed.total} 家企业`)).toBeVisible();
  await shot('reports-company-list-button');
  const file = join(workspace.dir, '上海企业审核摘要.pdf');
  core.dialogs.answer(file);
  await page.getByRole('button', { name: '审核摘要' }).click();
  const dialog = page.getByRole('dialog', { name: '导出列表中企业的审核摘要' });
  await expect(dialog.getByText(`已将 ${listed.total} 家企业的审核摘要保存到 ${file}`)).toBeVisible();
  const text = flat(pdfText(file));
  for (const r of listed.rows) expect(text).toContain(flat(r.name));
});
