// The report frame every printed report shares, and the setting that heads it: the issuing
// unit's name (with a default) and an optional logo checked by its own header.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_UNIT_NAME } from '../../../shared/workspace/schema';
import { jpegImage, pngImage, webpImage } from '../testing/images';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';
import { esc, reportHtml } from './document';

const frame = { lang: 'zh' as const, title: '审核摘要', unitName: '嘉定区人社局', logo: null, date: '2018-09-10', body: '<p>正文</p>', pageSize: 'A4' as const };

describe('reportHtml', () => {
  it('is one A4 document with the unit over a rule, the title, the date and the body, and nothing external', () => {
    const html = reportHtml(frame);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toMatch(/@page \{ size: A4; /);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).toMatch(/font: 11pt\/1\.6 "Noto Sans CJK SC", "Noto Serif CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif/);
    expect(html).toContain('<header class="masthead"><div class="unit">嘉定区人社局</div></header>');
    expect(html).toContain('<h1>审核摘要</h1>\n<p class="issued">2018年9月10日</p>\n<p>正文</p>');
    expect(html).toContain('.page { break-before: page;');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|@import/i);
    expect(reportHtml({ ...frame, lang: 'en', landscape: true })).toMatch(/<html lang="en">[\s\S]*size: A4 landscape;[\s\S]*2018-09-10/);
  });

  it('escapes the title, subtitle and unit name, and shows only a data: image as the logo', () => {
    const html = reportHtml({ ...frame, title: '<b>"x"</b>', subtitle: "a & 'b'", unitName: '<script>', logo: 'https://example.com/x.png' });
    expect(html).toContain('<h1>&lt;b&gt;&quot;x&quot;&lt;/b&gt;</h1>\n<p class="subtitle">a &amp; &#39;b&#39;</p>');
    expect(html).toContain('<div class="unit">&lt;script&gt;</div>');
    expect(html).not.toContain('example.com');
    expect(reportHtml({ ...frame, logo: 'data:image/png;base64,AAAA" onerror="x' })).not.toContain('<img');
    expect(reportHtml({ ...frame, logo: 'data:image/png;base64,AAAA' })).toContain('<img src="data:image/png;base64,AAAA" alt="">');
    // A Chinese name in two parts prints as two lines; an English name stays whole.
    expect(reportHtml({ ...frame, unitName: '上海市嘉定区人力资源和社会保障局 对口支援与合作交流工作小组' })).toContain('<div class="unit">上海市嘉定区人力资源和社会保障局<br>对口支援与合作交流工作小组</div>');
    expect(reportHtml({ ...frame, unitName: 'Jiading HR Bureau' })).toContain('<div class="unit">Jiading HR Bureau</div>');
    expect(esc(null)).toBe('');
    expect(esc(12)).toBe('12');
  });
});

describe('the unit name and logo setting', () => {
  let ws: TestWorkspace;
  beforeEach(async () => {
    ws = await createTestWorkspace();
  });
  afterEach(() => ws.dispose());

  it('starts as the working group, is changed in settings.update, and an empty name is refused', async () => {
    expect(await ws.call('settings.get', {})).toMatchObject({ unitName: DEFAULT_UNIT_NAME, hasLogo: false });
    expect((await ws.call('settings.update', { unitName: '  迪庆州人社局  ' })).unitName).toBe('迪庆州人社局');
    const before = ws.counts();
    expect((await ws.refused('settings.update', { unitName: '  ' })).code).toBe('VALIDATION');
    expect(ws.counts()).toEqual(before);
    expect(ws.count("SELECT count(*) AS n FROM audit WHERE entity = 'settings' AND entity_id = 'unitName'")).toBe(1);
  });

  it('keeps a PNG or JPEG logo of up to 512 KB as a data: URL, and removes it', async () => {
    expect(await ws.call('settings.logo', {})).toBeNull();
    const png = pngImage(64, 32, { noise: false });
    const saved = await ws.call('settings.setLogo', { data: `data:image/png;base64,${png.toString('base64')}` });
    expect(saved.dataUrl).toBe(`data:image/png;base64,${png.toString('base64')}`);
    expect(await ws.call('settings.logo', {})).toEqual(saved);
    expect((await ws.call('settings.get', {})).hasLogo).toBe(true);
    // A JPEG sent without a prefix is recognised by its header.
    const jpeg = jpegImage(200, 100);
    expect((await ws.call('settings.setLogo', { data: jpeg.toString('base64') })).dataUrl).toMatch(/^data:image\/jpeg;base64,/);
    await ws.call('settings.removeLogo', {});
    expect(await ws.call('settings.logo', {})).toBeNull();
    expect((await ws.call('settings.get', {})).hasLogo).toBe(false);
  });

  it('refuses what is not a PNG or JPEG, or is larger than 512 KB, and changes nothing', async () => {
    const before = ws.counts();
    const text = Buffer.from('这不是图片，只是改了扩展名的文本文件。').toString('base64');
    expect(await ws.refused('settings.setLogo', { data: `data:image/png;base64,${text}` })).toMatchObject({ code: 'VALIDATION', key: 'logoNotImage' });
    expect(await ws.refused('settings.setLogo', { data: webpImage(10, 10).toString('base64') })).toMatchObject({ key: 'logoNotImage' });
    expect(await ws.refused('settings.setLogo', { data: 'not base64!' })).toMatchObject({ key: 'logoNotImage' });
    const big = pngImage(420, 420); // noise: ~530 KB
    expect(big.length).toBeGreaterThan(512 * 1024);
    expect(await ws.refused('settings.setLogo', { data: big.toString('base64') })).toMatchObject({ key: 'logoTooLarge', params: { maxKb: 512 } });
    expect(ws.counts()).toEqual(before);
  });
});
