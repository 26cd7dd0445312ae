// Vetting summaries as HTML, built from a real workspace: one company's numbered sections
// (facts, verdict and sign-off, section scores, failed and N/A items with notes, evidence
// thumbnails, open actions), a set's overview table and pages, escaping, and the thumbnails
// stored with photos (migration 7) used instead of the full pictures.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pngImage } from '../testing/images';
import { ACTION_WHAT, createVettedCompany, FAILED_NOTE, NA_NOTE } from '../testing/vettedCompany';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';
import { buildSummariesHtml, companySummaryHtml } from './vettingService';

/** The text of each cell of a failed or N/A item's row. */
const cells = (html: string, itemKey: string) => {
  const row = html.match(new RegExp(`<tr class="problem" data-item="${itemKey}">(.*?)</tr>`))![1]!;
  return [...row.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((m) => m[1]);
};
const headings = (html: string, tag: 'h2' | 'h3') => [...html.matchAll(new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]);

describe('vetting summaries', () => {
  let ws: TestWorkspace;
  beforeEach(async () => {
    ws = await createTestWorkspace();
  });
  afterEach(() => ws.dispose());

  it('prints one company in numbered sections: facts, verdict with signer, scores, problems with notes, photos, actions', async () => {
    const { companyId, vetting } = await createVettedCompany(ws, { name: '上海沪工阀门厂（集团）有限公司', thumbs: 2 });
    await ws.call('settings.update', { unitName: '嘉定区人社局对口支援工作小组' });
    const html = companySummaryHtml(ws.db, companyId, 'zh', '2018-09-12');
    expect(html).toContain('<div class="unit">嘉定区人社局对口支援工作小组</div>');
    expect(html).toContain('<h1>用工企业审核摘要</h1>\n<p class="subtitle">上海沪工阀门厂（集团）有限公司</p>\n<p class="issued">2018年9月12日</p>');
    expect(headings(html, 'h2')).toEqual(['一、企业基本情况', '二、审核结论', '三、各部分得分', '四、未通过及不适用项目', '五、现场照片', '六、待整改事项']);
    // Facts from the company and the vetting's visit.
    expect(html).toContain('<tr><th>月薪</th><td>5500–6500元</td><th>就餐</th><td>提供</td></tr>');
    expect(html).toContain('<tr><th>住宿</th><td colspan="3">提供宿舍，每间4人；提供四人间宿舍，食堂一日三餐免费。</td></tr>');
    // The verdict, the score and who signed it off.
    const verdict = { approved: '通过', conditional: '有条件通过', rejected: '不通过' }[vetting.verdict!];
    expect(html).toContain(`审核结论：<strong class="verdict-${vetting.verdict}">${verdict}</strong>\u3000总分：<strong>${vetting.score.overall}</strong>`);
    expect(html).toContain('<tr><th>签核人</th><td>王建国</td><th>签核日期</th>');
    // The sections side by side with their scores, and the overall score.
    for (const s of vetting.score.sections) expect(html).toContain(`<td class="num" data-section="${s.key}">${s.score ?? '—'}</td>`);
    expect(html).toContain(`<td class="num overall"><strong>${vetting.score.overall}</strong></td>`);
    // The failed item and the N/A item, each with its answer and note.
    expect(cells(html, 'overtimePaidByLaw')).toEqual(['1', '薪资福利', '加班费按法定标准支付（工作日 150%、休息日 200%、法定节假日 300%）', '否', '未通过', FAILED_NOTE]);
    expect(cells(html, 'dormRent')).toEqual(['2', '食宿条件', '宿舍费用（每人每月）', '不适用', '不适用', NA_NOTE]);
    expect(html).toContain(`<td>${ACTION_WHAT}</td><td class="nowrap">王建国</td><td class="nowrap">2018年10月31日</td>`);
    expect(html).not.toMatch(/<script|src="(?!data:image\/)/);
  });

  it('embeds the thumbnail the renderer stored, and the full picture (scaled by CSS) for photos without one', async () => {
    const { companyId, vetting } = await createVettedCompany(ws, { name: '大董（上海）餐饮管理有限公司', thumbs: 1 });
    const photos = vetting.photos;
    // answerAllPassing attached photos without thumbnails; createVettedCompany one with.
    const html = companySummaryHtml(ws.db, companyId, 'zh');
    const imgs = [...html.matchAll(/<img src="(data:image\/[a-z]+;base64,[^"]+)" alt="" data-thumb="(true|false)">/g)];
    expect(imgs).toHaveLength(photos.length);
    expect(imgs.filter((m) => m[2] === 'true')).toHaveLength(1);
    const thumbRow = ws.db.prepare('SELECT data FROM vetting_photo_thumbs').get() as { data: Buffer };
    expect(imgs.find((m) => m[2] === 'true')![1]).toBe(`data:image/png;base64,${thumbRow.data.toString('base64')}`);
    expect(html).toContain('<figcaption>宿舍内部照片：宿舍1</figcaption>');
    expect(html).toMatch(/\.photos img \{ display: block; width: 40mm; height: 30mm; object-fit: cover;/);
  });

  it('refuses a thumbnail that is not a small image, and stores nothing', async () => {
    const company = await ws.createCompany({ name: '南亚新材料科技股份有限公司', creditCode: null });
    const v = await ws.call('vettings.start', { companyId: company.id, visitId: null });
    const before = ws.counts();
    const data = pngImage(64, 48, { noise: false }).toString('base64');
    for (const thumb of [pngImage(400, 300, { noise: false }).toString('base64'), Buffer.from('不是图片').toString('base64')]) {
      expect(await ws.refused('vettings.attachPhoto', { vettingId: v.id, itemKey: 'dormitoryPhoto', data, thumb })).toMatchObject({ code: 'VALIDATION', key: 'thumbNotValid', params: { maxSide: 320 } });
    }
    expect(ws.counts()).toEqual(before);
    expect(ws.count('SELECT count(*) AS n FROM vetting_photo_thumbs')).toBe(0);
  });

  it('keeps thumbnails with the photos an amendment copies', async () => {
    const { vetting } = await createVettedCompany(ws, { name: '上海沪工阀门厂（集团）有限公司', thumbs: 1 });
    const amendment = await ws.call('vettings.amend', { id: vetting.id });
    expect(ws.count('SELECT count(*) AS n FROM vetting_photo_thumbs t JOIN vetting_photos p ON p.id = t.photo_id WHERE p.vetting_id = ?', amendment.id)).toBe(1);
  });

  it('escapes what the staff typed', async () => {
    const { companyId, vetting } = await createVettedCompany(ws, { name: '<b>阀门</b> & "厂"' });
    await ws.call('vettings.amend', { id: vetting.id }).then((a) =>
      ws.call('vettings.answer', { vettingId: a.id, itemKey: 'overtimePaidByLaw', value: 'no', note: '<script>alert(1)</script>' }),
    ).then((a) => ws.call('vettings.signOff', { id: a.id }));
    const html = companySummaryHtml(ws.db, companyId, 'zh');
    expect(html).toContain('<p class="subtitle">&lt;b&gt;阀门&lt;/b&gt; &amp; &quot;厂&quot;</p>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
  });

  it('refuses a company without a signed-off vetting', async () => {
    const company = await ws.createCompany({ name: '未审核企业', creditCode: null });
    expect(await ws.refused('reports.vettingSummaryHtml', { companyId: company.id, lang: 'zh' })).toMatchObject({ key: 'noSignedOffVetting' });
  });

  it('prints a set as an overview table, then one page per vetted company', async () => {
    const a = await createVettedCompany(ws, { name: '上海沪工阀门厂（集团）有限公司' });
    const b = await createVettedCompany(ws, { name: '大董（上海）餐饮管理有限公司', problems: false });
    const c = await ws.createCompany({ name: '南亚新材料科技股份有限公司', creditCode: null });
    const { html, companies, vetted } = await buildSummariesHtml(ws.db, { companyIds: [a.companyId, b.companyId, c.id] }, 'zh', undefined, '2018-09-12');
    expect({ companies, vetted }).toEqual({ companies: 3, vetted: 2 });
    expect(html).toContain('<h1>用工企业审核情况汇总</h1>');
    const head = html.slice(html.indexOf('<table class="overview">'), html.indexOf('</thead>'));
    expect([...head.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1])).toEqual(['序号', '企业', '审核结论', '总分', '薪资福利', '食宿条件', '工作环境', '经营状况', '社会责任与合规', '月薪', '住宿', '就餐']);
    expect(html).toMatch(new RegExp(`<tr data-company="${c.id}"><td class="seq">3</td><td>南亚新材料科技股份有限公司</td><td class="nowrap">尚未审核</td><td class="num">—</td>`));
    expect(html).toMatch(new RegExp(`<tr data-company="${b.companyId}"><td class="seq">2</td><td>大董（上海）餐饮管理有限公司</td><td class="nowrap">通过</td><td class="num">100</td>(<td class="num">100</td>){5}<td class="nowrap">5500–6500元</td><td>有宿舍（4人/间）</td><td class="nowrap">提供</td></tr>`));
    const pages = [...html.matchAll(/<section class="company page" data-company="([^"]+)">\n<h2 class="company-name">([^<]+)<\/h2>/g)].map((m) => [m[1], m[2]]);
    expect(pages).toEqual([[a.companyId, '1. 上海沪工阀门厂（集团）有限公司'], [b.companyId, '2. 大董（上海）餐饮管理有限公司']]);
    expect(headings(html, 'h3').slice(0, 4)).toEqual(['（一）企业基本情况', '（二）审核结论', '（三）各部分得分', '（四）未通过及不适用项目']);
  });

  it('speaks English when asked', async () => {
    const { companyId } = await createVettedCompany(ws, { name: '上海沪工阀门厂（集团）有限公司' });
    const html = companySummaryHtml(ws.db, companyId, 'en', '2018-09-12');
    expect(html).toContain('<h1>Employer vetting summary</h1>');
    expect(headings(html, 'h2')[0]).toBe('1. Company');
    expect(html).toContain('<tr><th>Pay</th><td>¥5500–6500</td><th>Meals</th><td>Provided</td></tr>');
  });
});
