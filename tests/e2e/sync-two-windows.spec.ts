// Two app windows on two workspace files and one sync folder, each window on its own core (as
// two laptops run the app): 王芳 logs a visit on one, 李强 vets the same company on the other;
// both press 同步 and both see both. Then both change the company's 职工人数 offline: one card
// on each window; 李强 chooses, and after the next syncs the card is gone on both.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Company } from '../../shared/companies/schema';
import type { JobStatus } from '../../shared/jobs/schema';
import type { StaffMember } from '../../shared/staff/schema';
import type { Vetting } from '../../shared/vetting/schema';
import { companyAsInput } from '../../electron/core/testing/workspace';
import { type CoreWorker, remoteOps, startCoreWorker } from '../../electron/core/worker/client';
import type { HostOps } from '../../electron/core/worker/ops';
import { openApp } from '../harness/bridge';
import { pagePrinter } from '../harness/printer';
import type { TestOps } from '../harness/testOps';
import { type Core, expect, StubDialogs, StubShell, test } from './fixtures';
import { answerTheRest, fillDate, ok, openAt } from './helpers';

const PASSPHRASE = 'deqin-2026-team';
const TEST_CORE = join(__dirname, '..', '..', 'dist', 'test', 'core.cjs');
const COMPANY = '上海沪工阀门厂（集团）有限公司';

/** A sync through the real job, to its end (before the window is open). */
async function syncNow(core: Core): Promise<JobStatus> {
  const { jobId } = await ok<{ jobId: string }>(core, 'sync.run', {});
  for (;;) {
    const status = await ok<JobStatus>(core, 'jobs.status', { id: jobId });
    if (status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Presses 同步 in the window's top bar and waits for the sentence it ends with. */
async function syncIn(page: Page): Promise<string> {
  const button = page.getByTestId('sync-button');
  await expect(button).toBeEnabled();
  await button.click();
  const result = page.getByTestId('sync-result');
  // A whole sync (pack, seal, copy, open, apply) with two windows and two cores busy can pass ten seconds in CI.
  await expect(result).toBeVisible({ timeout: 30_000 });
  await expect(result).not.toContainText('…');
  const text = (await result.textContent()) ?? '';
  await result.getByRole('button').last().click(); // the sentence's close button
  await expect(result).toBeHidden();
  return text;
}

test('王芳 logs a visit, 李强 vets the same company, both sync and both see both; one field changed on both is one card, resolved once', async ({
  app: wang,
  core: wangCore,
  workspace,
  browser,
  shot,
}) => {
  test.setTimeout(180_000);
  const share = join(workspace.dir, '交换文件夹');
  mkdirSync(share);

  // 王芳's computer: the team's records and the team.
  const wangFang = await ok<StaffMember>(wangCore, 'staff.create', { name: '王芳' });
  const liQiang = await ok<StaffMember>(wangCore, 'staff.create', { name: '李强' });
  await ok(wangCore, 'settings.update', { currentStaffId: wangFang.id });
  const company = await ok<Company>(wangCore, 'companies.create', { name: COMPANY, headcount: 850 });
  // The group's trip, so the dashboard has records to add up.
  const regions = await ok<{ id: string; name: string; counties: { id: string; name: string }[] }[]>(wangCore, 'regions.list', {});
  const diqing = regions.find((r) => r.name === '迪庆州')!;
  await ok(wangCore, 'trips.create', {
    title: '赴迪庆州德钦县开展专场招聘', prefectureId: diqing.id, countyIds: [diqing.counties.find((c) => c.name === '德钦县')!.id], startDate: '2026-09-17', endDate: '2026-09-21',
  });
  await ok(wangCore, 'sync.setIdentity', { computerName: '办公室台式机', userName: '王芳' });
  await ok(wangCore, 'sync.setAuto', { autoMinutes: 0 });
  await ok(wangCore, 'sync.setPlace', { kind: 'folder', path: share });
  const { code } = await ok<{ code: string }>(wangCore, 'sync.createTeam', { teamName: '对口支援德钦组', passphrase: PASSPHRASE });

  // 李强's laptop: a workspace of its own, on a core of its own, in a window of its own.
  const liDir = join(workspace.dir, '李强的笔记本');
  mkdirSync(liDir);
  const liShell = new StubShell();
  const liWorker: CoreWorker = await startCoreWorker({ script: TEST_CORE, dataDir: liDir, dialogs: new StubDialogs(), printer: pagePrinter(browser), shell: liShell, checkOutputs: true });
  const liCore: Core = { worker: liWorker, invoke: liWorker.invoke, ops: remoteOps<HostOps & TestOps>(liWorker), dialogs: new StubDialogs(), shell: liShell, workspaceChanges: 0 };
  const liContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await liCore.ops.open(join(liDir, '工作区.sqlite'));
    await ok(liCore, 'sync.setIdentity', { computerName: '李强的笔记本', userName: '李强' });
    await ok(liCore, 'sync.setAuto', { autoMinutes: 0 });
    await ok(liCore, 'sync.setPlace', { kind: 'folder', path: share });
    await ok(liCore, 'sync.joinTeam', { code, passphrase: PASSPHRASE });
    await wang.reload();
    expect(await syncIn(wang)).toContain('发出');
    // 李强's first sync brings the team's records, his own name among the staff.
    expect((await syncNow(liCore)).state).toBe('done');
    await ok(liCore, 'settings.update', { currentStaffId: liQiang.id });
    const li = await openApp(await liContext.newPage(), liCore.invoke);
    await expect(li.getByRole('button', { name: '李强' })).toBeVisible();

    // 王芳 logs a visit with a follow-up that is already overdue.
    await openAt(wang, `#/companies/${company.id}`);
    await wang.getByRole('button', { name: '记录走访' }).click();
    await fillDate(wang, '走访日期', '2026-11-10');
    await wang.getByLabel('走访目的').fill('赴德钦专场招聘前走访');
    await wang.getByLabel('月薪下限').fill('4500');
    await wang.getByLabel('月薪上限').fill('6500');
    await wang.getByRole('button', { name: '添加跟进事项' }).click();
    await wang.getByTestId('follow-up-0').getByRole('textbox', { name: /^事项/ }).fill('补充宿舍照片');
    await fillDate(wang.getByTestId('follow-up-0'), '截止日期', '2026-11-20');
    await wang.getByRole('button', { name: '保存' }).click();
    await expect(wang.getByTestId('visit-timeline')).toContainText('2026年11月10日');

    // 李强 vets the same company on his laptop and signs it off.
    await li.reload();
    await openAt(li, `#/companies/${company.id}`);
    await li.getByRole('button', { name: '开始审核' }).click();
    await expect(li.getByRole('heading', { name: `审核：${COMPANY}` })).toBeVisible();
    const vettingId = (await ok<{ id: string }[]>(liCore, 'vettings.listForCompany', { companyId: company.id }))[0]!.id;
    await answerTheRest(liCore, vettingId);
    await li.reload();
    const panel = li.getByTestId('score-panel');
    await panel.getByRole('button', { name: '签字确认' }).click();
    await li.getByRole('dialog').getByRole('button', { name: '签字确认' }).click();
    await expect(li.getByTestId('signed-off')).toContainText('李强于');

    // Both sync (王芳 first, so her visit reaches 李强 at once and his vetting comes back to her).
    expect(await syncIn(wang)).toContain('发出');
    const liSaid = await syncIn(li);
    expect(liSaid).toContain('从 1 位同事收到');
    const wangSaid = await syncIn(wang);
    expect(wangSaid).toContain('从 1 位同事收到');
    // A visit and a vetting of one company are two pieces of work, not a disagreement.
    for (const said of [liSaid, wangSaid]) expect(said).not.toContain('需要您确认');

    for (const [page, who] of [[wang, '王芳'], [li, '李强']] as const) {
      await openAt(page, '#/');
      await expect(page.getByTestId('due-overdueFollowUps'), `${who}'s dashboard`).toHaveText('1');
      await openAt(page, `#/companies/${company.id}`);
      await expect(page.getByTestId('visit-timeline'), `${who}'s company page`).toContainText('赴德钦专场招聘前走访');
      await expect(page.getByTestId('vettings'), `${who}'s company page`).toContainText('李强');
    }
    const vetting = await ok<Vetting>(wangCore, 'vettings.get', { id: vettingId });
    expect(vetting.signedOffByName).toBe('李强');
    await shot('sync-two-windows-wang');

    // Offline again, both change 职工人数.
    await ok(wangCore, 'companies.update', { ...companyAsInput(await ok<Company>(wangCore, 'companies.get', { id: company.id })), headcount: 900 });
    await ok(liCore, 'companies.update', { ...companyAsInput(await ok<Company>(liCore, 'companies.get', { id: company.id })), headcount: 950 });
    await syncIn(wang);
    expect(await syncIn(li)).toContain('1 项需要您确认');
    expect(await syncIn(wang)).toContain('1 项需要您确认');
    for (const page of [wang, li]) {
      await openAt(page, '#/sync/review');
      await expect(page.getByTestId('sync-card')).toHaveCount(1);
      await expect(page.getByTestId('sync-card')).toContainText('职工人数');
    }
    // Until a person decides, each keeps its own value.
    expect((await ok<Company>(wangCore, 'companies.get', { id: company.id })).headcount).toBe(900);
    expect((await ok<Company>(liCore, 'companies.get', { id: company.id })).headcount).toBe(950);

    // 李强 takes 王芳's value; the choice travels and closes her card too.
    await li.getByTestId('sync-card').getByRole('button', { name: '用对方的' }).click();
    await expect(li.getByTestId('empty-state')).toContainText('没有需要确认的修改');
    await syncIn(li);
    await syncIn(wang);
    await openAt(wang, '#/sync/review');
    await expect(wang.getByTestId('empty-state')).toContainText('没有需要确认的修改');
    for (const c of [wangCore, liCore]) expect((await ok<Company>(c, 'companies.get', { id: company.id })).headcount).toBe(900);
  } finally {
    await liContext.close();
    await liWorker.close();
  }
});
