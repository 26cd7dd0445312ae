// A staff member opens the example workspace, finds the Deqin trip and saves its 工作简报
// as Word (to edit before it goes out) and as PDF. Both files are read by real readers:
// LibreOffice for the .docx, pdftotext for the PDF.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEXT_UTF8, convertWithLibreOffice } from '../../electron/core/testing/libreoffice';
import { expect, test } from './fixtures';
import { ok, openAt } from './helpers';
import { pdfText } from '../harness/pdf';

const TITLE = '2018年9月 赴迪庆州德钦县专场招聘和职业培训';
const flat = (s: string) => s.replace(/\s+/g, '');

// Deqin signed no agreements: neither version has a 签订协议 section, and only the Word file
// keeps 下一步工作, marked for the staff to write.
function expectBrief(text: string, version: 'docx' | 'pdf') {
  const t = flat(text);
  expect(t).toContain('工作简报');
  expect(t).toContain(flat(TITLE));
  for (const h of ['一、出访概况', '二、代表团组成', '三、行程安排', '四、招聘和培训成效']) expect(t).toContain(h);
  expect(t).not.toContain('签订协议');
  if (version === 'docx') expect(t).toContain('五、下一步工作（请填写）');
  else expect(t).not.toContain('下一步工作');
  // Job types counted as job types: 普工, 技工, 仓管, 厨师, 保洁, 服务.
  expect(t).toContain('带去6类工种的8个职位，提供岗位215个');
  expect(t).toContain('德钦县民族广场');
  expect(t).toContain('提供岗位200余个，入场求职者400余人，投递简历36份，达成初步意向12人');
  expect(t).toContain('汽车营销与维修');
}

test('saves the Deqin trip report as Word and as PDF from the trip page', async ({ app: page, core, workspace, shot }) => {
  test.setTimeout(120_000);
  await ok(core, 'workspace.openExample', {});
  await openAt(page, '#/trips');
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();

  // Word: the menu offers both versions; the save dialog suggests a name with the trip's title.
  await page.getByRole('button', { name: '工作简报' }).click();
  await expect(page.getByRole('menuitem', { name: /PDF/ })).toBeVisible();
  await expect(page.locator('.MuiMenu-paper')).toHaveCSS('opacity', '1'); // the menu has finished fading in
  await shot('trip-report-menu');
  const docx = join(workspace.dir, '德钦工作简报.docx');
  core.dialogs.answer(docx);
  await page.getByRole('menuitem', { name: /Word/ }).click();
  await expect(page.getByText(`已保存工作简报 Word 文档：${docx}`)).toBeVisible({ timeout: 20_000 }); // LibreOffice runs of other tests can load the machine
  expect(core.dialogs.asked.at(-1)).toEqual({ kind: 'chooseSaveDestination', suggestedName: `工作简报-${TITLE}.docx` });
  const txt = await convertWithLibreOffice(docx, TEXT_UTF8, join(workspace.dir, 'lo'));
  expectBrief(readFileSync(txt, 'utf8'), 'docx');
  // The first page as LibreOffice prints it, to look at.
  const loPdf = await convertWithLibreOffice(docx, 'pdf', join(workspace.dir, 'lo'));
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', loPdf, join(__dirname, '..', 'artifacts', 'trip-report-e2e-docx-page1')]);

  // PDF: printed by Chromium, read by pdftotext.
  const pdf = join(workspace.dir, '德钦工作简报.pdf');
  core.dialogs.answer(pdf);
  await page.getByRole('button', { name: '工作简报' }).click();
  await page.getByRole('menuitem', { name: /PDF/ }).click();
  await expect(page.getByText(`已保存工作简报 PDF：${pdf}`)).toBeVisible({ timeout: 20_000 }); // printing through Chromium can take longer than the default 10 s wait on a loaded machine
  expect(core.dialogs.asked.at(-1)).toEqual({ kind: 'choosePdfDestination', suggestedName: `工作简报-${TITLE}.pdf` });
  expectBrief(pdfText(pdf, { layout: true }), 'pdf');
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(__dirname, '..', 'artifacts', 'trip-report-e2e-pdf')]);
  await shot('trip-report-saved');
});

test('a cancelled save dialog writes nothing and says nothing', async ({ app: page, core }) => {
  await ok(core, 'workspace.openExample', {});
  await openAt(page, '#/trips');
  await page.getByRole('link', { name: TITLE }).click();
  await page.getByRole('button', { name: '工作简报' }).click();
  core.dialogs.answer(null);
  await page.getByRole('menuitem', { name: /Word/ }).click();
  await expect(page.getByRole('button', { name: '工作简报' })).toBeEnabled();
  expect(core.dialogs.asked.at(-1)?.kind).toBe('chooseSaveDestination');
  await expect(page.getByText('已保存工作简报')).toHaveCount(0);
});

test('in English the menu and the Word report speak English', async ({ app: page, core, workspace, shot }) => {
  test.setTimeout(120_000);
  await ok(core, 'workspace.openExample', {});
  await openAt(page, '#/trips');
  await page.getByTestId('language-switch').click();
  await page.getByRole('link', { name: TITLE }).click();
  await page.getByRole('button', { name: 'Trip report' }).click();
  await expect(page.locator('.MuiMenu-paper')).toHaveCSS('opacity', '1');
  await shot('trip-report-menu-en');
  const docx = join(workspace.dir, 'deqin-en.docx');
  core.dialogs.answer(docx);
  await page.getByRole('menuitem', { name: /Word/ }).click();
  await expect(page.getByText(`Trip report saved as Word document: ${docx}`)).toBeVisible();
  const t = flat(readFileSync(await convertWithLibreOffice(docx, TEXT_UTF8, join(workspace.dir, 'lo')), 'utf8'));
  for (const h of ['1.Overview', '2.Delegation', '3.Itinerary', '4.Recruitmentandtrainingoutcomes', '5.Nextsteps(tobewritten)']) expect(t).toContain(h);
  expect(t).not.toContain('Agreementssigned');
  expect(t).toContain('200+positionsoffered,400+jobseekers,36résumés,12preliminaryintentions');
});
