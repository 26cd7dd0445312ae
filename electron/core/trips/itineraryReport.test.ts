// The printable itinerary as HTML: self-contained, every user text escaped, one page
// after another (a new page only where a day does not fit), the items of a day in time order with their place and people.
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
    expect(cover).toContain('<tr><td>王建国</td><td>局机关工作人员</td><td>嘉定区人社局</td><td>13800000001</td></tr>');
    expect(cover).toContain('参加企业 2 家，职位 1 个，招聘 20 人');
  });

  it('lists every day of the trip, one after another, a day kept whole on a page rather than a page per day', () => {
    expect(days(html).map((d) => d.day)).toEqual(['2018-09-17', '2018-09-18', '2018-09-19', '2018-09-20', '2018-09-21']);
    expect(html).toMatch(/\.day \{ break-inside: avoid; page-break-inside: avoid; \}/);
    expect(html).not.toMatch(/\.day \{[^}]*break-before/);
    expect(days(html)[1]!.body).toContain('当日无安排');
    expect(days(html)[0]!.body).toContain('<h2>第1天 2018年9月17日 星期一</h2>');
  });

  it('lists a day’s items in time order, whatever order they are stored in, with place, people and travel details', () => {
    const [d17, , d19] = days(html);
    expect(itemIds(d17!.body)).toEqual(['i-fly', 'i-hotel']);
    expect(itemIds(d19!.body)).toEqual(['i-fair', 'i-training']);
    // A travel leg is titled by its route; mode and number under details; the kind said once.
    expect(d17!.body).toContain('<span class="kind">行程交通</span><br>上海虹桥 → 迪庆香格里拉</td>');
    expect(d17!.body).toContain('<td>航班 MU5903</td>');
    expect(d17!.body.match(/交通/g)).toHaveLength(1);
    expect(d17!.body).toContain('07:30–11:45');
    expect(d17!.body).toContain('14:00–09-21 08:00'); // the hotel, till the last morning
    expect(d19!.body).toContain('德钦县民族广场');
    expect(d19!.body).toContain('德钦县委党校');
    expect(d19!.body).toContain('扎西 0887-8412345');
    expect(d19!.body).toContain('王建国、华亭镇&lt;中心&gt;');
  });

  it('keeps a name the user gave a travel leg under details, unless it only restates the route', () => {
    const t = deqinTrip();
    const fly = t.items.find((i) => i.id === 'i-fly')!;
    fly.title = '去程';
    expect(itineraryHtml(t, 'zh')).toContain('<td>航班 MU5903、去程</td>');
    fly.title = '上海虹桥—迪庆香格里拉';
    expect(itineraryHtml(t, 'zh')).toContain('<td>航班 MU5903</td>');
  });

  it('says 全体代表团 for an item the whole delegation takes part in, rather than every name again', () => {
    const [d17] = days(html);
    const fly = d17!.body.slice(d17!.body.indexOf('data-item="i-fly"'));
    expect(fly.slice(0, fly.indexOf('</tr>'))).toContain('<td>全体代表团</td>');
    expect(days(html)[2]!.body).toContain('王建国、华亭镇&lt;中心&gt;');
  });

  it('names the roles as the trip screens do (one source of role labels)', () => {
    expect(html).toContain('<td>街镇劳动保障服务中心</td>');
    expect(html).not.toContain('人社局工作人员');
  });

  it('gives 地点 a column wide enough for 德钦县民族广场 on one line', () => {
    expect(html).toContain('<col class="place">');
    expect(html).toMatch(/table\.items col\.place \{ width: 34mm; \}/);
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
    expect(en).toContain('<span class="kind">Travel</span><br>上海虹桥 → 迪庆香格里拉</td>');
    expect(en).toContain('<td>Flight MU5903</td>');
    expect(en).toContain('<td>Bureau staff</td>');
    expect(en).toContain('<span class="kind">Job fair</span>');
  });
});
