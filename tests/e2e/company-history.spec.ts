// A company's page tells its story: each change from → to ("状态：审核中 → 审核通过"), its
// visits and vettings in the same history with links to them, free text only as "已修改"; and a
// company whose only vetting has expired no longer says 审核通过 in its header.
import type { Vetting } from '../../shared/vetting/schema';
import { expect, test } from './fixtures';
import { answerTheRest, ok, openAt } from './helpers';

test('the change history shows from → to, and the visits and vettings with links; an expired approval is not shown as one', async ({ app: page, core, shot }) => {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳' });
  await ok(core, 'settings.update', { currentStaffId: me.id, vettingValidityMonths: 12 });
  const towns = await ok<{ id: string; name: string }[]>(core, 'lookups.list', { kind: 'town' });
  const huating = towns.find((t) => t.name === '华亭镇')!;
  const company = await ok<{ id: string }>(core, 'companies.create', { name: '上海沪工阀门厂（集团）有限公司', townId: huating.id, notes: '陈经理说下月扩招' });
  const visit = await ok<{ id: string }>(core, 'visits.create', { companyId: company.id, visitDate: '2018-09-10', staffIds: [me.id], purpose: '赴德钦专场招聘前走访' });
  const gone = await ok<{ id: string }>(core, 'visits.create', { companyId: company.id, visitDate: '2018-09-03', staffIds: [me.id] });
  await ok(core, 'visits.delete', { id: gone.id });
  const started = await ok<Vetting>(core, 'vettings.start', { companyId: company.id, visitId: visit.id });
  await answerTheRest(core, started.id);
  const signed = await ok<Vetting>(core, 'vettings.signOff', { id: started.id });

  await openAt(page, `#/companies/${company.id}`);
  const history = page.getByTestId('audit-history');
  await expect(history).toContainText('状态：审核中 → 审核通过');
  await expect(history).toContainText('状态：待走访 → 已走访');
  await expect(history).toContainText('王芳 签署审核，结论：通过');
  await expect(history).toContainText('王芳 记录了走访');
  await expect(history).toContainText('王芳 删除了走访');
  await expect(history).not.toContainText('陈经理');
  // The deleted visit is named but not a link; the others open.
  await expect(history.getByRole('link', { name: '2018年9月3日 的走访' })).toHaveCount(0);
  await expect(history.getByRole('link', { name: '2018年9月10日 的走访' })).toHaveCount(1);
  await expect(page.getByTestId('status-chip').first()).toHaveText('审核通过');
  await history.scrollIntoViewIfNeeded();
  await shot('company-history');
  await page.getByTestId('language-switch').click();
  await expect(history).toContainText('status: In vetting → Approved');
  await shot('company-history-en');
  await page.getByTestId('language-switch').click();
  // The vetting is named by the date its list shows (signed off on).
  await expect(history.getByRole('link', { name: /的审核/ }).first()).toHaveText(`${new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${signed.signedOffOn!}T00:00:00Z`))} 的审核`);
  await history.getByRole('link', { name: /的审核/ }).first().click();
  await expect(page).toHaveURL(new RegExp(`#/vettings/${signed.id}$`));

  // A day after the vetting expires, the header says 审核已过期, not 审核通过, as the list marks it.
  await page.clock.setFixedTime(new Date(`${signed.expiresOn!}T12:00:00+08:00`));
  await openAt(page, `#/companies/${company.id}`);
  const header = page.getByRole('heading', { name: /上海沪工阀门厂/ });
  await expect(header.getByTestId('status-chip')).toHaveText('审核已过期');
  await expect(header).not.toContainText('审核通过');
  await shot('company-expired-header');
  await page.getByTestId('language-switch').click();
  await expect(header.getByTestId('status-chip')).toHaveText('Vetting expired');
  await shot('company-expired-header-en');
  await page.getByTestId('language-switch').click();
  await openAt(page, '#/companies');
  await expect(page.getByRole('row', { name: /上海沪工阀门厂/ }).getByTestId('status-chip')).toHaveText('审核已过期');
  await expect(page.getByRole('row', { name: /上海沪工阀门厂/ }).getByTestId('revetting-due')).toHaveText('需重新审核');
});
