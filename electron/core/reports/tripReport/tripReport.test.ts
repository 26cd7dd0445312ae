// The trip report (工作简报) of the example workspace's trips, read back by real readers:
// the .docx by LibreOffice (to text and to PDF, then pdftotext), the HTML printed by
// Chromium and read by pdftotext. Missing readers fail the tests with how to install them.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../../tests/harness/chromium';
import { type Db, openDb } from '../../db/open';
import { buildExampleWorkspace } from '../../example/build';
import { EXAMPLE_FILE_NAME } from '../../example/content';
import { TEXT_UTF8, convertWithLibreOffice } from '../../testing/libreoffice';
import { keyringIn, TestWorkspace, tempDir } from '../../testing/workspace';
import { JOURNAL_DIR } from '../../files/atomicSave';
import { WorkspaceSession } from '../../workspace/session';
import { listTrips } from '../../trips/repository';
import { createTrip, deleteTrip, getTrip } from '../../trips/service';
import { tripInput } from '../../../../shared/trips/schema';
import { tripReportData } from './data';
import { tripReportDocx } from './docx';
import { tripReportHtml } from './html';
import { DEFAULT_UNIT_NAME } from '../../../../shared/workspace/schema';
import { pngImage } from '../../testing/images';
import { removeLogo, setLogo, updateSettings } from '../../workspace/settings';
import { PDF_OPTIONS } from '../../../../tests/harness/printer';
import { pdfText } from '../../../../tests/harness/pdf';
import { localSessionOptions } from '../../workspace/localKeys';

const TODAY = '2018-09-30';
const ARTIFACTS = path.resolve(__dirname, '../../../../tests/artifacts');
const flat = (s: string) => s.replace(/\s+/g, '');


let dir: string;
let db: Db;
const tripId = (startsWith: string) => listTrips(db, null).find((t) => t.title.startsWith(startsWith))!.id;

beforeAll(() => {
  dir = tempDir('trip-report-');
  const file = path.join(dir, EXAMPLE_FILE_NAME);
  buildExampleWorkspace(file, keyringIn(dir));
  db = openDb(file, { keys: keyringIn(dir).keysFor(file) }).db;
});
afterAll(() => {
  db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('trip report data', () => {
  it('gives the Deqin trip as the article tells it', () => {
    const d = tripReportData(db, tripId('2018年9月'), 'zh', TODAY);
    expect(d.title).toBe('2018年9月 赴迪庆州德钦县专场招聘和职业培训');
    expect(d.unitName).toBe(DEFAULT_UNIT_NAME);
    expect(d.date).toBe('2018年9月30日');
    // No agreements were signed in Deqin: that section is left out and the numbering closes up.
    expect(d.sections.map((s) => s.heading)).toEqual(['一、出访概况', '二、代表团组成', '三、行程安排', '四、招聘和培训成效']);
    expect(d.nextSteps).toBe('五、下一步工作（请填写）');
    // Eight listings of six job types (普工, 技工, 仓管, 厨师, 保洁, 服务), 215 people wanted.
    expect(d.companiesIntro).toBe('共3家企业参加，带去6类工种的8个职位，提供岗位215个：');
    expect(d.overview[0]).toBe('2018年9月17日至9月21日，代表团一行8人赴迪庆州德钦县开展对口支援就业扶贫工作。');
    expect(d.delegation.map((g) => [g.role, g.people.length])).toEqual([['bureauStaff', 2], ['companyRep', 3], ['townCentre', 1], ['trainer', 2]]);
    expect(d.delegation.find((g) => g.role === 'trainer')!.line).toContain('（上海市大众工业学校）');
    expect(d.companies).toHaveLength(3);
    expect(d.companies.join()).toContain('上海沪工阀门厂（集团）有限公司：阀门装配普工60人');
    expect(d.itinerary.map((x) => x.date)).toEqual(['2018-09-17', '2018-09-18', '2018-09-19', '2018-09-20', '2018-09-21']);
    expect(d.itinerary[2]!.places).toEqual(['德钦县民族广场', '德钦县委党校']);
    expect(d.itinerary[2]!.heading).toBe('第3天（9月19日）');
    expect(d.itinerary[1]!.line).toBe('与德钦县人社局座谈。');
    expect(d.itinerary[2]!.line).toBe('2018年上海市嘉定区对口支援德钦县就业扶贫专场招聘会（德钦县民族广场）；2018年上海市嘉定区对口支援德钦县就业扶贫劳动技能培训：汽车营销与维修（德钦县委党校）。');
    expect(d.itinerary[0]!.line).toBe('由上海浦东赴迪庆香格里拉；由香格里拉赴德钦县。');
    const [fair, training] = d.events;
    expect(fair).toBe('9月19日，在德钦县民族广场举办2018年上海市嘉定区对口支援德钦县就业扶贫专场招聘会，提供岗位200余个，入场求职者400余人，投递简历36份，达成初步意向12人。');
    expect(training).toContain('汽车营销与维修，培训200余人，授课3小时。');
    expect(d.table!.columns).toEqual(['日期', '活动', '提供岗位', '入场求职者', '投递简历', '初步意向', '培训人数', '培训课时']);
    expect(d.table!.rows[0]).toEqual(['9月19日', '专场招聘会（德钦县民族广场）', '200余', '400余', '36', '12', '—', '—']);
    expect(d.table!.total).toEqual(['合计', '', '200余', '400余', '36', '12', '200余', '']);
    expect(d.totalFigures).toMatchObject({ positionsOffered: '200余', jobSeekers: '400余', resumes: '36', intentions: '12', trainees: '200余', hired: null });
    expect(d.agreements).toEqual([]);
    expect(d.fileBase).toBe('工作简报-2018年9月 赴迪庆州德钦县专场招聘和职业培训');
  });

  it('adds up the 2018-06 Chuxiong trip and lists its agreements', () => {
    const d = tripReportData(db, tripId('2018年6月'), 'zh', TODAY);
    expect(d.totalFigures).toMatchObject({ intentions: '91', intentionsPoor: '29', hired: '228' });
    expect(d.totals).toContain('达成初步意向91人，其中建档立卡贫困劳动力29人，录用228人');
    expect(d.agreements.length).toBeGreaterThan(0);
    expect(d.agreements.every((a) => a.startsWith('2018年6月26日，'))).toBe(true);
    const first = tripReportData(db, tripId('2017年11月'), 'zh', TODAY).agreements;
    expect(first).toEqual([
      '2017年11月21日，楚雄金泰人力资源和社会保障事务有限公司与嘉定区企业代表签订《劳务输出协议》。',
      '2017年11月21日，楚雄技师学院与嘉定区企业（23家）签订《校企合作框架协议》23份（校企合作协议）。',
    ]);
  });

  it('says plainly what a newly planned trip does not have yet, and still makes a Word file', async () => {
    const deqin = getTrip(db, tripId('2018年9月'));
    const bare = createTrip(db, tripInput.parse({ title: '2019年3月 赴德钦回访（筹备）', prefectureId: deqin.prefectureId, countyIds: [deqin.counties[0]!.id], startDate: '2019-03-04', endDate: '2019-03-06' }));
    const d = tripReportData(db, bare.id, 'zh', TODAY);
    expect(d.overview).toEqual(['2019年3月4日至3月6日，赴迪庆州德钦县开展对口支援就业扶贫工作。']);
    expect([d.delegation, d.companies, d.itinerary, d.events, d.agreements]).toEqual([[], [], [], [], []]);
    expect([d.companiesIntro, d.table, d.totals]).toEqual([null, null, null]);
    // Only what there is: the overview; the Word file still leaves 下一步工作 to write.
    expect(d.sections.map((s) => s.heading)).toEqual(['一、出访概况']);
    expect(d.nextSteps).toBe('二、下一步工作（请填写）');
    expect((await tripReportDocx(d)).subarray(0, 2).toString()).toBe('PK');
    deleteTrip(db, bare.id);
  });

  it('speaks English when asked', () => {
    const d = tripReportData(db, tripId('2018年9月'), 'en', TODAY);
    expect(d.sections[3]!.heading).toBe('4. Recruitment and training outcomes');
    expect(d.companiesIntro).toBe('3 companies took part, bringing 8 job listings of 6 job types, 215 positions in all:');
    expect(d.table!.rows[0]!.slice(2, 6)).toEqual(['200+', '400+', '36', '12']);
  });
});

/** What a reader must find in any version of the Deqin report; the Word file alone keeps 下一步工作 for the staff to write. */
function expectDeqinReport(text: string, version: 'docx' | 'pdf') {
  const t = flat(text);
  expect(t).toContain('工作简报');
  expect(t).toContain('2018年9月赴迪庆州德钦县专场招聘和职业培训');
  expect(t).toContain(flat(DEFAULT_UNIT_NAME));
  for (const h of ['一、出访概况', '二、代表团组成', '三、行程安排', '四、招聘和培训成效']) expect(t).toContain(h);
  // Nothing was signed: no 签订协议 section saying so.
  expect(t).not.toContain('签订协议');
  if (version === 'docx') expect(t).toContain('五、下一步工作（请填写）');
  else expect(t).not.toContain('下一步工作');
  expect(t).toContain('带去6类工种的8个职位');
  expect(t).toContain('德钦县民族广场');
  expect(t).toContain('提供岗位200余个，入场求职者400余人，投递简历36份，达成初步意向12人');
  expect(t).toContain('汽车营销与维修');
  // The figures table, read back cell by cell.
  expect(t).toMatch(/合计200余400余3612200余/);
}

describe('the Word version, read by LibreOffice', () => {
  it('holds the Deqin report as text and prints to A4 pages', { timeout: 180_000 }, async () => {
    const d = tripReportData(db, tripId('2018年9月'), 'zh', TODAY);
    const docx = path.join(dir, 'deqin.docx');
    fs.writeFileSync(docx, await tripReportDocx(d));
    const txt = fs.readFileSync(await convertWithLibreOffice(docx, TEXT_UTF8, path.join(dir, 'txt')), 'utf8');
    expectDeqinReport(txt, 'docx');
    const pdf = await convertWithLibreOffice(docx, 'pdf', path.join(dir, 'pdf'));
    expectDeqinReport(pdfText(pdf), 'docx');
    // A4 portrait (595 × 842 pt).
    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    // The first page as a picture, to look at (tests/artifacts).
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', pdf, path.join(ARTIFACTS, 'trip-report-docx')]);
  });

  it('lists the agreements of the 2018-06 trip', { timeout: 120_000 }, async () => {
    const d = tripReportData(db, tripId('2018年6月'), 'zh', TODAY);
    const docx = path.join(dir, 'chuxiong.docx');
    fs.writeFileSync(docx, await tripReportDocx(d));
    const t = flat(fs.readFileSync(await convertWithLibreOffice(docx, TEXT_UTF8, path.join(dir, 'txt2')), 'utf8'));
    for (const a of d.agreements) expect(t).toContain(flat(a));
    expect(t).toContain('其中建档立卡贫困劳动力29人');
    expect(t).toContain('录用228人');
  });
});

describe('the PDF version, printed by Chromium and read by pdftotext', () => {
  it('holds the same sections and figures', { timeout: 60_000 }, async () => {
    const d = tripReportData(db, tripId('2018年9月'), 'zh', TODAY);
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      const page = await browser.newPage();
      await page.setContent(tripReportHtml(d));
      const file = path.join(dir, 'deqin.pdf');
      fs.writeFileSync(file, await page.pdf(PDF_OPTIONS));
      expectDeqinReport(pdfText(file, { layout: true }), 'pdf');
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '3', file, path.join(ARTIFACTS, 'trip-report-pdf')]);
    } finally {
      await browser.close();
    }
  });

  it('escapes what users typed', () => {
    const d = tripReportData(db, tripId('2018年9月'), 'zh', TODAY);
    const html = tripReportHtml({ ...d, title: '<script>alert(1)</script>', sections: [{ heading: '一、出访概况', blocks: [{ kind: 'text', text: 'a & <b>' }] }] });
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('a &amp; &lt;b&gt;');
  });
});

describe('the channels', () => {
  it('save the Word version where the user chose, in well under a second, and refuse a PDF without a printer', { timeout: 60_000 }, async () => {
    const file = path.join(dir, EXAMPLE_FILE_NAME);
    const ws = new TestWorkspace(dir, file, new WorkspaceSession(file, localSessionOptions(dir)));
    try {
      const id = tripId('2018年9月');
      // Cancelled dialog: nothing written, null back.
      expect(await ws.call('reports.tripReportDocx', { tripId: id, lang: 'zh' })).toBeNull();
      expect(ws.dialogs.suggestedName).toBe('工作简报-2018年9月 赴迪庆州德钦县专场招聘和职业培训.docx');
      const out = path.join(dir, 'saved.docx');
      ws.dialogs.nextSave = out;
      const t0 = performance.now();
      expect(await ws.call('reports.tripReportDocx', { tripId: id, lang: 'zh' })).toEqual({ path: out });
      const ms = performance.now() - t0;
      console.log(`reports.tripReportDocx on the Deqin trip: ${ms.toFixed(0)} ms`);
      expect(ms).toBeLessThan(1000);
      expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
      // Just the file: no temporary one beside it (they start with a dot), no journal entry.
      expect(fs.readdirSync(dir).filter((f) => f.includes('saved.docx'))).toEqual(['saved.docx']);
      expect(fs.readdirSync(path.join(dir, JOURNAL_DIR))).toEqual([]);
      // A folder that is not there: refused with the reason, nothing made.
      const missing = path.join(dir, 'no-such-folder', 'saved.docx');
      ws.dialogs.nextSave = missing;
      expect(await ws.refused('reports.tripReportDocx', { tripId: id, lang: 'zh' })).toEqual({ code: 'WORKSPACE', key: 'exportWriteFailed', params: { path: missing } });
      expect(fs.existsSync(path.join(dir, 'no-such-folder'))).toBe(false);
      expect(fs.readdirSync(path.join(dir, JOURNAL_DIR))).toEqual([]);
      const { html } = await ws.call('reports.tripReportHtml', { tripId: id, lang: 'zh' });
      expect(html).toContain('四、招聘和培训成效');
      expect((await ws.refused('reports.tripReportPdf', { tripId: id, lang: 'zh' })).key).toBe('printingUnavailable');
      expect((await ws.refused('reports.tripReportDocx', { tripId: '01900000-0000-7000-8000-000000000000', lang: 'zh' })).code).toBe('NOT_FOUND');
    } finally {
      ws.session.close();
    }
  });
});

describe('the issuing unit', () => {
  it('carries the unit name and logo of the settings into both versions', { timeout: 120_000 }, async () => {
    const id = tripId('2018年9月');
    updateSettings(db, { unitName: '德钦县对口支援联络组' });
    setLogo(db, `data:image/png;base64,${pngImage(120, 60).toString('base64')}`);
    try {
      const d = tripReportData(db, id, 'zh', TODAY);
      expect(d.unitName).toBe('德钦县对口支援联络组');
      expect(d.logo).toMatchObject({ type: 'png', width: 120, height: 60 });
      expect(tripReportHtml(d)).toContain('<img src="data:image/png;base64,');
      const docx = path.join(dir, 'unit.docx');
      fs.writeFileSync(docx, await tripReportDocx(d));
      const pdf = await convertWithLibreOffice(docx, 'pdf', path.join(dir, 'unit'));
      expect(flat(pdfText(pdf))).toContain('德钦县对口支援联络组');
      // LibreOffice finds the embedded logo on page 1.
      const images = execFileSync('pdfimages', ['-list', '-f', '1', '-l', '1', pdf], { encoding: 'utf8' }).trim().split('\n').slice(2);
      expect(images).toHaveLength(1);
      expect(images[0]).toMatch(/\b120\s+60\b/);
    } finally {
      updateSettings(db, { unitName: DEFAULT_UNIT_NAME });
      removeLogo(db);
    }
  });
});
