// The printable itinerary as HTML: self-contained, every user text escaped, one page
// per day of the trip, the items of a day in time order with their place and people.
import { describe, expect, it } from 'vitest';
import { itineraryHtml } from './itineraryReport';
import { deqinTrip } from './reportFixture';

const days = (html: string) => [...html.matchAll(/<section class="day" data-day="([^"]+)"[^>]*>([\s\S]*?)<\/section>/g)].map((m) => ({ day: m[1]!, body: m[2]! }));
const itemIds = (body: string) => [...body.matchAll(/data-item="([^"]+)"/g)].map((m) => m[1]);

describe('itineraryHtml', () => {
  const html = itineraryHtml(deqinTrip(), 'zh');

  it('is a complete document with a CSP, inline CSS, a CJK font stack and nothing external', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).toMatch(/font:[^;]*"Noto Sans CJK SC"[^;]*"Microsoft YaHei"[^;]*"PingFang SC"/);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|@import/i);
  });

  it('starts with the title, destination, dates and the delegation', () => {
    expect(html).toContain('<h1>赴迪庆州德钦县开展专场招聘</h1>\n<p class="subtitle">行程安排</p>');
    const cover = html.slice(html.indexOf('<section class="cover">'), html.indexOf('<section class="day"'));
    expect(cover).toContain('<dd>迪庆州 德钦县</dd>');
    expect(cover).toContain('2018年9月17日 星期一 – 2018年9月21日 星期五');
    expect(cover).toContain('<tr><td>王建国</td><td>人社局工作人员</td><td>嘉定区人社局</td><td>13800000001</td></tr>');
    expect(cover).toContain('参加企业 2 家，职位 1 个，招聘 20 人');
  });

  it('has one page per day of the trip, each starting a new printed page', () => {
    expect(days(html).map((d) => d.day)).toEqual(['2018-09-17', '2018-09-18', '2018-09-19', '2018-09-20', '2018-09-21']);
    expect(html).toMatch(/\.day \{ break-before: page; page-break-before: always; \}/);
    expect(days(html)[1]!.body).toContain('当日无安排');
    expect(days(html)[0]!.body).toContain('<h2>第1天 2018年9月17日 星期一</h2>');
  });

  it('lists a day’s items in time order, whatever order they are stored in, with place, people and travel details', () => {
    const [d17, , d19] = days(html);
    expect(itemIds(d17!.body)).toEqual(['i-fly', 'i-hotel']);
    expect(itemIds(d19!.body)).toEqual(['i-fair', 'i-training']);
    expect(d17!.body).toContain('航班 MU5903：上海虹桥 → 迪庆香格里拉');
    expect(d17!.body).toContain('07:30–11:45');
    expect(d17!.body).toContain('14:00–09-21 08:00'); // the hotel, till the last morning
    expect(d19!.body).toContain('德钦县民族广场');
    expect(d19!.body).toContain('德钦县委党校');
    expect(d19!.body).toContain('扎西 0887-8412345');
    expect(d19!.body).toContain('王建国、华亭镇&lt;中心&gt;');
  });

  it('is headed by the issuing unit and its logo, and dated the day it is printed', () => {
    const logo = 'data:image/png;base64,iVBORw0KGgo=';
    const out = itineraryHtml(deqinTrip(), 'zh', { unitName: '嘉定区人社局 <工作小组>', logo }, '2018-09-10');
    expect(out).toContain(`<header class="masthead"><img src="${logo}" alt=""><div class="unit">嘉定区人社局 &lt;工作小组&gt;</div></header>`);
    expect(out).toContain('<p class="issued">2018年9月10日</p>');
    expect(html).toContain('<div class="unit">上海市嘉定区人力资源和社会保障局<br>对口支援与合作交流工作小组</div>'); // the default unit, a line per part
  });

  it('escapes all user text', () => {
    const t = deqinTrip();
    t.title = '<script>alert("x")</script> & \'co\'';
    t.items[0]!.place = '<img src=x onerror=alert(1)>';
    const out = itineraryHtml(t, 'zh');
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;');
    expect(out).toContain('大董餐饮 &amp; 管理');
    expect(out).toContain('带好横幅<br>和宣传册 C:\\资料');
  });

  it('gives an item outside the trip dates a page of its own day', () => {
    const t = deqinTrip();
    t.items.push({ ...t.items[0]!, id: 'i-late', startsAt: '2018-09-23T09:00', endsAt: '2018-09-23T10:00' });
    const d = days(itineraryHtml(t, 'zh'));
    expect(d.map((x) => x.day).at(-1)).toBe('2018-09-23');
    expect(d.at(-1)!.body).toContain('<h2>2018年9月23日 星期日</h2>');
  });

  it('speaks English when asked', () => {
    const en = itineraryHtml(deqinTrip(), 'en');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h2>Day 3 2018-09-19 Wednesday</h2>');
    expect(en).toContain('Flight MU5903: 上海虹桥 → 迪庆香格里拉');
    expect(en).toContain('<span class="kind">Job fair</span>');
  });
});
