// The register stays usable with thousands of companies: only the visible rows
// exist in the page, and scrolling to the end shows the last one in pinyin order.
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
