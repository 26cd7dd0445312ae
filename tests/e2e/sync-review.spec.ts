// 合并审阅 with real cards: 王芳 (this window) and 李强 (a second workspace, through the same
// real handlers) share a folder. Both change one company's 职工人数 offline: 王芳's 同步 ends
// with "…1 项需要您确认" and a way to 合并审阅, where the card shows before, mine and theirs,
// refuses an empty typed value under its field, and closes on 用我的. An edit against a
// deletion is restored; the same company registered on both is kept once.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Company } from '../../shared/companies/schema';
import type { JobStatus } from '../../shared/jobs/schema';
import type { Invoke, TestWorkspace } from '../../electron/core/testing/workspace';
import { companyAsInput, createTestWorkspace } from '../../electron/core/testing/workspace';
import { type Core, expect, test } from './fixtures';
import { ok } from './helpers';

const PASSPHRASE = 'deqin-2026-team';

/** A sync through the real job, to its end. */
async function syncNow(invoke: Invoke | Core['invoke']): Promise<JobStatus> {
  const started = await invoke('sync.run', {});
  if (!started.ok) throw new Error(`sync.run: ${JSON.stringify(started.error)}`);
  const { jobId } = started.value as { jobId: string };
  for (;;) {
    const s = await invoke('jobs.status', { id: jobId });
    if (!s.ok) throw new Error(JSON.stringify(s.error));
    const status = s.value as JobStatus;
    if (status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * 王芳's computer (the test's core) creates the team with `company` in it; 李强's (a workspace of
 * its own) joins through the shared folder and takes the team's records. Automatic sync is off
 * on both, so every sync is one the story makes.
 */
async function twoComputers(core: Core, dir: string, companyName: string, contacts: { name: string; role: string | null; phone: string | null }[] = []): Promise<{ company: Company; colleague: TestWorkspace }> {
  const share = join(dir, '交换文件夹');
  mkdirSync(share);
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳' });
  await ok(core, 'settings.update', { currentStaffId: me.id });
  await ok(core, 'sync.setIdentity', { computerName: '办公室台式机', userName: '王芳' });
  await ok(core, 'sync.setAuto', { autoMinutes: 0 });
  await ok(core, 'sync.setPlace', { kind: 'folder', path: share });
  const company = await ok<Company>(core, 'companies.create', { name: companyName, headcount: 850, ...(contacts.length ? { contacts } : {}) });
  const { code } = await ok<{ code: string }>(core, 'sync.createTeam', { teamName: '对口支援德钦组', passphrase: PASSPHRASE });
  expect((await syncNow(core.invoke)).state).toBe('done');

  const colleague = await createTestWorkspace();
  await colleague.call('sync.setIdentity', { computerName: '李强的笔记本', userName: '李强' });
  await colleague.call('sync.setAuto', { autoMinutes: 0 });
  await colleague.call('sync.setPlace', { kind: 'folder', path: share });
  await colleague.call('sync.joinTeam', { code, passphrase: PASSPHRASE });
  expect((await syncNow(colleague.invoke)).state).toBe('done');
  return { company, colleague };
}

test('the same field changed on two computers becomes one card, resolved with 用我的', async ({ app: page, core, workspace, shot }) => {
  const { company, colleague } = await twoComputers(core, workspace.dir, '上海沪工阀门厂（集团）有限公司');
  try {
    // Offline, both change 职工人数; 李强 syncs first.
    const theirs = await colleague.call('companies.get', { id: company.id });
    await colleague.call('companies.update', { ...companyAsInput(theirs), headcount: 880 });
    expect((await syncNow(colleague.invoke)).state).toBe('done');
  } finally {
    colleague.dispose();
  }
  await ok(core, 'companies.update', { ...companyAsInput(await ok<Company>(core, 'companies.get', { id: company.id })), headcount: 900 });

  await page.reload();
  await page.getByTestId('sync-button').click();
  const result = page.getByTestId('sync-result');
  await expect(result).toContainText('从 1 位同事收到');
  await expect(result).toContainText('1 项需要您确认');
  await expect(page.getByTestId('nav-open-cards')).toContainText('1');
  await result.getByRole('button', { name: '合并审阅' }).click();

  const card = page.getByTestId('sync-card');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('上海沪工阀门厂（集团）有限公司');
  await expect(card).toContainText('850');
  await expect(card).toContainText('900');
  await expect(card).toContainText('880');
  await expect(card).toContainText('李强');
  await card.getByRole('button', { name: '输入新值' }).click();
  await card.getByRole('button', { name: '确定' }).click();
  await expect(card.getByText('必填')).toBeVisible();
  await shot('sync-review-cards');
  await page.getByTestId('language-switch').click();
  await expect(card).toContainText('Changed to different values');
  await expect(card.getByText('Required')).toBeVisible(); // the field's message follows the language
  await shot('sync-review-cards-en');
  await page.getByTestId('language-switch').click();

  await card.getByRole('button', { name: '用我的' }).click();
  await expect(page.getByTestId('empty-state')).toContainText('没有需要确认的修改');
  expect((await ok<Company>(core, 'companies.get', { id: company.id })).headcount).toBe(900);
});

test('an edit meets a deletion (恢复), and one company registered on both computers (保留这家)', async ({ app: page, core, workspace, shot }) => {
  const { company, colleague } = await twoComputers(core, workspace.dir, '大董（上海）餐饮管理有限公司');
  let theirTwin: Company;
  try {
    // 李强 deletes the company and, like 王芳 below, registers 德钦县梅里餐饮有限公司.
    await colleague.call('companies.delete', { id: company.id });
    theirTwin = await colleague.call('companies.create', { name: '德钦县梅里餐饮有限公司', headcount: 40 });
    expect((await syncNow(colleague.invoke)).state).toBe('done');
  } finally {
    colleague.dispose();
  }
  await ok(core, 'companies.update', { ...companyAsInput(await ok<Company>(core, 'companies.get', { id: company.id })), headcount: 900 });
  const myTwin = await ok<Company>(core, 'companies.create', { name: '德钦县梅里餐饮有限公司', headcount: 42 });

  await page.reload();
  await page.getByTestId('sync-button').click();
  await expect(page.getByTestId('sync-result')).toContainText('2 项需要您确认');
  await page.getByTestId('sync-result').getByRole('button', { name: '合并审阅' }).click();
  const cards = page.getByTestId('sync-card');
  await expect(cards).toHaveCount(2);
  const deleted = cards.filter({ hasText: '修改了已删除的记录' });
  const duplicate = cards.filter({ hasText: '同一家企业被登记了两次' });
  await expect(deleted).toContainText('大董（上海）餐饮管理有限公司');
  await expect(duplicate).toContainText('德钦县梅里餐饮有限公司');
  await shot('sync-review-deleted-duplicate');

  await deleted.getByRole('button', { name: '恢复' }).click();
  await expect(cards).toHaveCount(1);
  expect((await ok<Company>(core, 'companies.get', { id: company.id })).headcount).toBe(900);
  await duplicate.getByRole('button', { name: '保留这家' }).click();
  await expect(page.getByTestId('empty-state')).toContainText('没有需要确认的修改');
  // The kept one is live; the other went to the trash.
  const trash = await ok<{ id: string }[]>(core, 'trash.list', {});
  const kept = [myTwin.id, theirTwin!.id].filter((id) => !trash.some((t) => t.id === id));
  expect(kept).toHaveLength(1);
});

test('a card offers only what works: a contact whose company was purged here can only stay deleted, until the company comes back', async ({ app: page, core, workspace, shot }) => {
  const { company, colleague } = await twoComputers(core, workspace.dir, '上海申贝办公机械有限公司', [{ name: '周强', role: '厂长', phone: null }]);
  try {
    // 李强 edits the contact while 王芳 deletes the company for good.
    const theirs = await colleague.call('companies.get', { id: company.id });
    await colleague.call('companies.update', { ...companyAsInput(theirs), contacts: theirs.contacts.map((k) => ({ id: k.id, name: k.name, role: '副厂长', phone: k.phone, note: k.note })) });
    expect((await syncNow(colleague.invoke)).state).toBe('done');
  } finally {
    colleague.dispose();
  }
  await ok(core, 'companies.delete', { id: company.id });
  await ok(core, 'trash.purge', { kind: 'company', id: company.id });

  await page.reload();
  await page.getByTestId('sync-button').click();
  await page.getByTestId('sync-result').getByRole('button', { name: '合并审阅' }).click();
  const cards = page.getByTestId('sync-card');
  await expect(cards).toHaveCount(2);
  const contact = cards.filter({ hasText: '周强' });
  const theCompany = cards.filter({ hasNotText: '周强' });
  // The contact cannot come back without its company: no 恢复 on its card.
  await expect(contact.getByRole('button', { name: '保持删除' })).toBeVisible();
  await expect(contact.getByRole('button', { name: '恢复' })).toHaveCount(0);
  // Deleted here, kept and edited there.
  await expect(contact).toContainText(/我的\s*已删除/);
  await expect(contact).toContainText(/对方的\s*保留并修改了/);
  await expect(theCompany.getByRole('button', { name: '恢复' })).toBeVisible();
  await shot('sync-review-only-working-choices');

  await theCompany.getByRole('button', { name: '恢复' }).click();
  await expect(cards).toHaveCount(1);
  await expect(cards.first().getByRole('button', { name: '恢复' })).toBeVisible();
  await cards.first().getByRole('button', { name: '恢复' }).click();
  await expect(page.getByTestId('empty-state')).toContainText('没有需要确认的修改');
  expect((await ok<Company>(core, 'companies.get', { id: company.id })).contacts.map((k) => k.role)).toEqual(['副厂长']);
});
