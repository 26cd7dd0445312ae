// A reviewer back from a visit answers the default checklist at the keyboard: 1 / 2 / 3 for
// yes / no / not applicable, Enter to the next unanswered item (taking the visit's figure where
// one is offered), numbers, dates and text typed in their own fields, and 本节全部合格 for the
// plain items of a section. Every key press and click is counted from the first item on.
import type { Locator, Page } from '@playwright/test';
import { pngImage } from '../../electron/core/testing/images';
import type { Vetting } from '../../shared/vetting/schema';
import { type Core, expect, test } from './fixtures';
import { ok, openAt } from './helpers';

/** Every key press and click the reviewer makes, counted (a typed word counts one press per character). */
class Counted {
  presses = 0;
  clicks = 0;
  constructor(private readonly page: Page) {}
  get total() {
    return this.presses + this.clicks;
  }
  async press(key: string) {
    this.presses++;
    await this.page.keyboard.press(key);
  }
  async type(text: string) {
    for (const ch of text) {
      this.presses++;
      await this.page.keyboard.type(ch);
    }
  }
  async click(target: Locator) {
    this.clicks++;
    await target.click();
  }
  /** Space on a photo item opens the file chooser; choosing the picture there counts as one click. */
  async photo() {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.press('Space')]);
    this.clicks++;
    await chooser.setFiles({ name: '照片.png', mimeType: 'image/png', buffer: pngImage(320, 240, { noise: false }) });
  }
}

/** The item the keys act on now (marked on the page). */
const current = (page: Page) => page.locator('[data-current]');
const expectAt = (page: Page, itemKey: string) => expect(current(page)).toHaveAttribute('data-testid', `item-${itemKey}`);

async function setUp(core: Core) {
  const me = await ok<{ id: string }>(core, 'staff.create', { name: '王芳' });
  await ok(core, 'settings.update', { currentStaffId: me.id, minimumWage: 2690 });
  const company = await ok<{ id: string }>(core, 'companies.create', { name: '上海沪工阀门厂（集团）有限公司' });
  // The visit before the Deqin trip recorded pay, dormitory, people per room and meals.
  const visit = await ok<{ id: string }>(core, 'visits.create', {
    companyId: company.id, visitDate: '2018-09-10', staffIds: [me.id], payMin: 5500, payMax: 6500, dormProvided: true, peoplePerRoom: 4, mealsProvided: true,
  });
  return ok<Vetting>(core, 'vettings.start', { companyId: company.id, visitId: visit.id, vettedOn: '2018-09-12' });
}

const stored = async (core: Core, id: string) => {
  const v = await ok<Vetting>(core, 'vettings.get', { id });
  return Object.fromEntries(v.answers.map((a) => [a.itemKey, a.note ? { value: a.value, note: a.note } : a.value]));
};

test('answering with the keyboard: digits on the focused item, Enter onwards, numbers and notes in their own fields', async ({ app: page, core }) => {
  const v = await setUp(core);
  await openAt(page, `#/vettings/${v.id}`);
  const keys = page.keyboard;

  // The page opens on the first item, marked, its keys spelled out beside it; the whole set above the checklist.
  await expectAt(page, 'monthlyPay');
  await expect(page.getByLabel('普工月工资（税前，不含加班费）', { exact: true })).toBeFocused();
  await expect(page.getByTestId('keys-hint')).toContainText('1 是/合格 · 2 否/不合格 · 3 不适用 · 回车 下一个未答项目');
  await expect(current(page).getByTestId('item-keys')).toHaveText('输入数字 · 回车 采用建议值');
  await page.screenshot({ path: 'tests/artifacts/vetting-keys-focused.png' });

  // Enter on the empty pay field takes the visit's 5,500; the next item has focus.
  await keys.press('Enter');
  await expectAt(page, 'paidMonthlyOnTime');
  await expect(current(page).getByTestId('item-keys')).toHaveText('1 是 · 2 否 · 3 不适用 · 回车 下一项');

  // 2 = no: its follow-up opens and comes next; digits typed there are text, Ctrl+Enter moves on.
  await keys.press('2');
  await expectAt(page, 'arrearsDetails');
  await keys.type('2018年3月工资迟发15天，已补发');
  await keys.press('Control+Enter');
  await expectAt(page, 'socialInsurance');

  // ↓ and ↑ step one item at a time without answering.
  await keys.press('ArrowDown');
  await expectAt(page, 'overtimePaidByLaw');
  await keys.press('ArrowUp');
  await expectAt(page, 'socialInsurance');
  await keys.press('1');
  await expectAt(page, 'overtimePaidByLaw');

  // Digits typed into a note stay in the note: the yes/no item is not answered by them.
  const overtimeNote = page.getByLabel('备注：加班费按法定标准支付（工作日 150%、休息日 200%、法定节假日 300%）');
  await overtimeNote.click();
  await keys.type('2018年起按150%、200%、300%');
  await expect(overtimeNote).toHaveValue('2018年起按150%、200%、300%');
  await expect(page.getByTestId('item-overtimePaidByLaw').getByRole('button', { name: '是', exact: true })).toHaveAttribute('aria-pressed', 'false');
  await keys.press('Enter'); // from the note: on to the next unanswered item
  await expectAt(page, 'writtenContract');
  await keys.press('ArrowUp');
  await expectAt(page, 'overtimePaidByLaw');
  await keys.press('1'); // answered now, with the note typed before
  await expectAt(page, 'writtenContract');

  // 3 = not applicable: a reason is needed, so the note takes focus and says so.
  await keys.press('3');
  const contractNote = page.getByLabel('备注：入职一个月内签订书面劳动合同，员工本人持有一份');
  await expect(contractNote).toBeFocused();
  await expect(page.getByTestId('item-writtenContract').getByText('选择“不适用”时请说明原因')).toBeVisible();
  await keys.type('劳务派遣用工，合同由派遣单位签订');
  await keys.press('Enter');
  // The optional contract photo is next; Enter passes it by.
  await expectAt(page, 'contractSample');
  await expect(current(page).getByTestId('item-keys')).toHaveText('空格 添加照片 · 3 不适用 · 回车 下一项');
  await keys.press('Enter');

  // Lodging: the visit's "yes" and "4 per room" are taken with Enter; a number typed wins over a suggestion.
  await expectAt(page, 'dormitoryProvided');
  await keys.press('Enter');
  await expectAt(page, 'peoplePerRoom');
  await keys.type('6');
  await keys.press('Enter');
  await expectAt(page, 'dormitoryPhoto');
  await keys.press('Enter');
  await expectAt(page, 'dormRent');
  await keys.type('150');
  await keys.press('Enter');
  await expectAt(page, 'dormSafety');
  await keys.press('1');
  await keys.press('ArrowDown'); // hotWater left for later
  await expectAt(page, 'mealsProvided');
  await keys.press('Enter');
  await expectAt(page, 'canteenHygiene');
  await keys.press('2');
  // A single choice: the options are numbered while the item has focus.
  await expectAt(page, 'commute');
  await expect(current(page).getByText('3', { exact: true })).toBeVisible();
  await keys.press('3');
  await expectAt(page, 'weeklyHours');

  await expect.poll(() => stored(core, v.id)).toEqual({
    monthlyPay: 5500,
    paidMonthlyOnTime: 'no',
    arrearsDetails: '2018年3月工资迟发15天，已补发',
    socialInsurance: 'pass',
    overtimePaidByLaw: { value: 'yes', note: '2018年起按150%、200%、300%' },
    writtenContract: { value: 'na', note: '劳务派遣用工，合同由派遣单位签订' },
    dormitoryProvided: 'yes',
    peoplePerRoom: 6,
    dormRent: 150,
    dormSafety: 'pass',
    mealsProvided: 'yes',
    canteenHygiene: 'fail',
    commute: 'shuttle',
  });

  // In English the same keys, worded in English.
  await page.getByTestId('language-switch').click();
  await page.getByTestId('item-hotWater').getByRole('button', { name: 'Yes', exact: true }).focus();
  await expectAt(page, 'hotWater');
  await expect(current(page).getByTestId('item-keys')).toHaveText('1 yes · 2 no · 3 N/A · Enter next item');
  await keys.press('1');
  await expectAt(page, 'weeklyHours');
  await expect.poll(async () => (await stored(core, v.id)).hotWater).toBe('yes');
  await page.getByTestId('item-commute').scrollIntoViewIfNeeded();
  await page.getByTestId('item-hotWater').getByRole('button', { name: 'Yes', exact: true }).focus();
  await page.screenshot({ path: 'tests/artifacts/vetting-keys-focused-en.png' });
});

test('本节全部合格 asks once, answers the plain items and leaves critical items, numbers and given answers', async ({ app: page, core, shot }) => {
  const v = await setUp(core);
  await ok(core, 'vettings.answer', { vettingId: v.id, itemKey: 'hotWater', value: 'no', note: '只有冷水，已要求安装热水器' });
  await openAt(page, `#/vettings/${v.id}`);
  const lodging = page.getByTestId('section-lodging');

  // The dialog names how many items and which; the critical, number, photo and choice items are not among them.
  await lodging.getByRole('button', { name: '本节全部合格' }).click();
  const dialog = page.getByRole('dialog', { name: '“食宿条件”全部合格？' });
  await expect(dialog).toContainText('以下 4 个尚未回答的项目将答为“是”或“合格”');
  await expect(dialog.getByRole('listitem')).toHaveText([
    '提供员工宿舍：是', '宿舍消防安全：配有灭火器，疏散通道畅通，无私拉电线：合格', '提供食堂或工作餐（免费或有餐补）：是', '食堂持有效食品经营许可证，操作间整洁，尊重少数民族饮食习惯：合格',
  ]);
  await page.screenshot({ path: 'tests/artifacts/vetting-section-pass-dialog.png' });

  // Cancel changes nothing.
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
  expect(await stored(core, v.id)).toEqual({ hotWater: { value: 'no', note: '只有冷水，已要求安装热水器' } });

  // Confirmed with Enter (the confirm button has focus): one write, then on to what the section still asks.
  await lodging.getByRole('button', { name: '本节全部合格' }).click();
  await expect(dialog.getByRole('button', { name: '答为合格（4 项）' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('已将 4 项答为合格')).toBeVisible();
  await expectAt(page, 'peoplePerRoom');
  expect(await stored(core, v.id)).toEqual({
    dormitoryProvided: 'yes', dormSafety: 'pass', hotWater: { value: 'no', note: '只有冷水，已要求安装热水器' }, mealsProvided: 'yes', canteenHygiene: 'pass',
  });
  // Each item shows its answer as if given by hand.
  await expect(page.getByTestId('item-dormitoryProvided').getByRole('button', { name: '是', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('item-dormSafety').getByRole('button', { name: '合格', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('item-hotWater').getByRole('button', { name: '否', exact: true })).toHaveAttribute('aria-pressed', 'true');
  // Nothing plain is left: the button says so by being off.
  await expect(lodging.getByRole('button', { name: '本节全部合格' })).toBeDisabled();
  await expect(lodging).toContainText('5/9');
  await shot('vetting-section-pass-done');

  // In English.
  await page.getByTestId('language-switch').click();
  await page.getByTestId('section-wages').getByRole('button', { name: 'All of this section pass' }).click();
  const en = page.getByRole('dialog', { name: 'All of “Wages and benefits” pass?' });
  await expect(en).toContainText('These 3 unanswered items will be answered “Yes” or “Pass”.');
  await page.screenshot({ path: 'tests/artifacts/vetting-section-pass-dialog-en.png' });
  await en.getByRole('button', { name: 'Answer 3 as passing' }).click();
  await expectAt(page, 'monthlyPay');
});

test('the default 35-item checklist is answered in fewer than 45 key presses and clicks', async ({ app: page, core }) => {
  const v = await setUp(core);
  const items = v.template.sections.flatMap((s) => s.items).filter((i) => !i.showWhen);
  expect(items).toHaveLength(35);
  await openAt(page, `#/vettings/${v.id}`);
  await expectAt(page, 'monthlyPay');
  const k = new Counted(page);
  const passSection = async (key: string, first: string) => {
    await k.click(page.getByTestId(`section-${key}`).getByRole('button', { name: '本节全部合格' }));
    await expect(page.getByRole('dialog')).toBeVisible();
    await k.press('Enter');
    await expectAt(page, first);
  };
  const step = async (press: () => Promise<void>, next: string) => {
    await press();
    await expectAt(page, next);
  };

  // 薪资福利: the three plain items at once, the pay from the visit, the contract, a photo of a contract.
  await passSection('wages', 'monthlyPay');
  await step(() => k.press('Enter'), 'writtenContract');
  await step(() => k.press('1'), 'contractSample');
  await step(() => k.photo(), 'dormitoryProvided');
  // 食宿条件
  await passSection('lodging', 'peoplePerRoom');
  await step(() => k.press('Enter'), 'dormitoryPhoto');
  await step(() => k.photo(), 'dormRent');
  await step(async () => (await k.type('0'), await k.press('Enter')), 'commute');
  await step(() => k.press('1'), 'weeklyHours');
  // 工作环境
  await passSection('conditions', 'weeklyHours');
  await step(async () => (await k.type('44'), await k.press('Enter')), 'restDaysPerWeek');
  await step(async () => (await k.type('1'), await k.press('Enter')), 'hazards');
  await step(async () => (await k.press('6'), await k.press('Enter')), 'workshopPhoto');
  await step(() => k.photo(), 'yearsOperating');
  // 经营状况
  await passSection('business', 'yearsOperating');
  await step(async () => (await k.type('30'), await k.press('Enter')), 'headcount');
  await step(async () => (await k.type('500'), await k.press('Enter')), 'noSeriousViolations');
  await step(() => k.press('1'), 'migrantExperience');
  // 社会责任与合规: the on-site check was the vetting's day, taken with Enter.
  await passSection('responsibility', 'migrantExperience');
  await step(() => k.press('1'), 'noUnderageWorkers');
  await step(() => k.press('1'), 'onSiteCheckDate');
  await expect(current(page).getByTestId('suggestion')).toHaveText('同审核日期：2018年9月12日采用');
  await page.screenshot({ path: 'tests/artifacts/vetting-keys-date.png' });
  await step(() => k.press('Enter'), 'reviewerComments');
  const requiredDoneAt = k.total;
  await k.type('良好');
  await k.press('Control+Enter');

  await expect.poll(async () => (await ok<Vetting>(core, 'vettings.get', { id: v.id })).score.items.filter((i) => i.visible && !i.answered).map((i) => i.key)).toEqual([]);
  const done = await ok<Vetting>(core, 'vettings.get', { id: v.id });
  expect(done.score.missingRequired).toEqual([]);
  expect(done.score.items.filter((i) => i.visible)).toHaveLength(35);
  expect(done.answers.find((a) => a.itemKey === 'onSiteCheckDate')?.value).toBe('2018-09-12');
  expect(done.score.suggestedVerdict).toBe('approved');
  console.log(`35-item vetting: ${k.total} (${k.presses} key presses + ${k.clicks} clicks); every required item answered after ${requiredDoneAt}`);
  expect(k.total).toBeLessThan(45);
  await expect(page.getByText('必答项目已全部回答')).toBeVisible();
});
