// The register stays usable with thousands of companies: only the visible rows
// exist in the page, and scrolling to the end shows the last one in pinyin order. The visits
// list pages by keyset: scrolling on asks for the rows after the last one shown.
import { openApp } from '../harness/bridge';
import { expect, test } from './fixtures';

const COUNT = 3000;

test('a long company list is virtualised and sorted by pinyin', async ({ app: page, core, shot }) => {
  const me = (await core.invoke('staff.create', { name: '王芳' })) as { ok: true; value: { id: string } };
  await core.invoke('settings.update', { currentStaffId: me.value.id });
  const prefixes = ['安亭', '马陆', '南翔', '江桥', '徐行', '华亭', '外冈', '真新'];
  for (let i = 0; i < COUNT; i++) {
    const r = await core.invoke('companies.create', { name: `${prefixes[i % prefixes.length]}示例企业${String(i).padStart(4, '0')}有限公司` });
    if (!r.ok) throw new Error(JSON.stringify(r));
  }
  await core.invoke('companies.create', { name: '左岸测试企业有限公司' });
  await page.reload();
  // The app opens on the dashboard (概览); the register is under 企业.
  await page.getByRole('link', { name: '企业', exact: true }).click();
  await expect(page.getByText(`共 ${(COUNT + 1).toLocaleString('zh-CN')} 家企业`)).toBeVisible();
  // 安亭 (an) sorts first, 左岸 (zuo) last.
  await expect(page.getByRole('row').nth(1)).toContainText('安亭示例企业');
  const rendered = await page.getByRole('row').count();
  expect(rendered).toBeLessThan(80);
  await page.getByTestId('virtual-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.getByRole('row', { name: /左岸测试企业有限公司/ })).toBeVisible();
  await shot('companies-long-list');
});

test('a long visit list pages on from the last row shown, down to the oldest visit', async ({ page, core }) => {
  const me = (await core.invoke('staff.create', { name: '王芳' })) as { ok: true; value: { id: string } };
  await core.invoke('settings.update', { currentStaffId: me.value.id });
  const company = (await core.invoke('companies.create', { name: '上海沪工阀门厂（集团）有限公司' })) as { ok: true; value: { id: string } };
  const VISITS = 450;
  for (let i = 0; i < VISITS; i++) {
    const day = new Date(Date.UTC(2017, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const r = await core.invoke('visits.create', { companyId: company.value.id, visitDate: day, staffIds: [me.value.id], purpose: i === 0 ? '最早的一次走访' : `第${i + 1}次走访` });
    if (!r.ok) throw new Error(JSON.stringify(r));
  }
  // The page's calls to visits.list, to see how it asks for the pages further down.
  const asked: { offset?: number; after?: unknown }[] = [];
  await openApp(page, (channel, input) => {
    if (channel === 'visits.list') asked.push(input as { offset?: number; after?: unknown });
    return core.invoke(channel, input);
  });
  await page.getByRole('link', { name: '走访记录', exact: true }).click();
  await expect(page.getByText(`共 ${VISITS} 条`)).toBeVisible();
  await expect(page.getByRole('row').nth(1)).toContainText(`第${VISITS}次走访`);
  // Scrolled a screen at a time, each next page starts after the last row of the one before.
  // The bound only stops a runaway loop: how many screens depends on the filters' height above
  // the list (the date pickers, wider than the browser's date inputs, wrap the row at 1280 px).
  const scroller = page.getByTestId('virtual-scroll');
  for (let i = 0; i < 100 && !(await page.getByRole('row', { name: /最早的一次走访/ }).isVisible()); i++) {
    await scroller.evaluate((el) => el.scrollBy(0, el.clientHeight));
    await page.waitForTimeout(50);
  }
  await expect(page.getByRole('row', { name: /最早的一次走访/ })).toBeVisible();
  expect(asked.filter((a) => a.after).length).toBeGreaterThanOrEqual(3);
});
