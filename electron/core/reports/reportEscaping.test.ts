// A crafted workspace (rows written behind the app's back) cannot put markup into a report:
// stored photo types outside the app's image types are not made into data: URLs, and every
// attribute value is escaped by esc() like the text.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVettedCompany } from '../testing/vettedCompany';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';
import { esc, imageDataUrl } from './document';
import { buildSummariesHtml, companySummaryHtml } from './vettingService';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await createTestWorkspace();
});
afterEach(() => ws.dispose());

const CRAFTED = ['image/png" onerror="alert(1)', 'text/html', 'image/svg+xml', 'IMAGE/PNG'];

describe('stored image types in vetting summaries', () => {
  for (const mime of CRAFTED) {
    it(`a thumbnail stored as ${JSON.stringify(mime)} is shown as a placeholder, not an image`, async () => {
      const { companyId } = await createVettedCompany(ws, { name: '上海沪工阀门厂（集团）有限公司', thumbs: 2 });
      const images = (html: string) => html.match(/<img src="data:image\/png;base64,/g)?.length ?? 0;
      const before = images(companySummaryHtml(ws.db, companyId, 'zh'));
      ws.db.prepare('UPDATE vetting_photo_thumbs SET mime = ? WHERE rowid = (SELECT min(rowid) FROM vetting_photo_thumbs)').run(mime);
      for (const html of [companySummaryHtml(ws.db, companyId, 'zh'), (await buildSummariesHtml(ws.db, { companyIds: [companyId] }, 'zh')).html]) {
        expect(html).not.toContain('onerror');
        expect(html).not.toContain('alert(1)');
        expect(html).not.toMatch(/data:(text|image\/svg|IMAGE)/);
        expect(images(html)).toBe(before - 1); // the other photos still show
        expect(html).toContain('<div class="unreadable">（图片格式无法显示）</div>');
      }
    });
  }

  it('a photo without a thumbnail is checked by its own stored type', async () => {
    const { companyId } = await createVettedCompany(ws, { name: '南亚新材料科技股份有限公司', thumbs: 1 });
    ws.db.prepare('DELETE FROM vetting_photo_thumbs').run();
    ws.db.prepare('UPDATE vetting_photos SET mime = ?').run('text/html');
    const html = companySummaryHtml(ws.db, companyId, 'en');
    expect(html).not.toContain('data:text/html');
    expect(html).toContain('<div class="unreadable">(image type cannot be shown)</div>');
  });
});

describe('the one escaping helper', () => {
  it('escapes everything that could end an attribute or open a tag', () => {
    expect(esc(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });

  it('makes data: URLs only of the image types the app stores', () => {
    const bytes = Buffer.from([1, 2, 3]);
    expect(imageDataUrl('image/jpeg', bytes)).toBe('data:image/jpeg;base64,AQID');
    expect(imageDataUrl('image/webp', bytes)).toBe('data:image/webp;base64,AQID');
    for (const mime of CRAFTED) expect(imageDataUrl(mime, bytes)).toBeNull();
  });
});
