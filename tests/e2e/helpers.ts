// Small steps shared by the end-to-end stories: open a screen afresh after seeding,
// call the core expecting success, pick from a select, answer a vetting like a good employer.
import type { Locator, Page } from '@playwright/test';
import type { Vetting } from '../../shared/vetting/schema';
import { type Core, expect } from './fixtures';

/** Opens a screen afresh, after the test seeded data behind the app's back. */
export async function openAt(page: Page, hash: string) {
  await expect(page.getByTestId('workspace-name')).toBeVisible();
  await page.evaluate((h) => ((globalThis as unknown as { location: { hash: string } }).location.hash = h), hash);
  await page.reload();
}

/** Calls the core and returns its value; a refusal fails the test with the error it carried. */
export async function ok<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const r = await core.invoke(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/**
 * Chooses `option` in the select labelled `label`. On a busy machine a click that lands while
 * the menu is still opening can be lost, leaving the menu open: then it tries again, until the
 * menu has closed on the choice.
 */
export async function pick(page: Page, label: string, option: string) {
  const listbox = page.getByRole('listbox');
  await expect(async () => {
    if (!(await listbox.isVisible())) await page.getByLabel(label).click();
    await page.getByRole('option', { name: option, exact: true }).click({ timeout: 2_000 });
    await expect(listbox).toBeHidden({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
}

// Passing figures for the default template's number items.
const NUMBERS: Record<string, number> = { monthlyPay: 3200, peoplePerRoom: 6, dormRent: 200, weeklyHours: 44, restDaysPerWeek: 1, yearsOperating: 12, headcount: 320 };

/** Answers every visible, unanswered item of a vetting the way a good employer would (through the core). */
export async function answerTheRest(core: Core, vettingId: string) {
  for (let round = 0; round < 3; round++) {
    const v = await ok<Vetting>(core, 'vettings.get', { id: vettingId });
    const answered = new Set([...v.answers.map((a) => a.itemKey), ...v.photos.map((p) => p.itemKey)]);
    const todo = v.template.sections.flatMap((s) => s.items).filter((i) => !answered.has(i.key) && v.score.items.find((x) => x.key === i.key)?.visible);
    if (!todo.length) return;
    for (const item of todo) {
      const value =
        item.kind === 'yesNo' ? 'yes'
        : item.kind === 'passFail' ? 'pass'
        : item.kind === 'number' ? (NUMBERS[item.key] ?? 1)
        : item.kind === 'singleChoice' ? item.options[0]!.key
        : item.kind === 'multiChoice' ? [item.options.find((o) => o.key === 'none')?.key ?? item.options[0]!.key]
        : item.kind === 'date' ? '2026-01-15'
        : item.kind === 'text' ? '情况良好'
        : 'na';
      await ok(core, 'vettings.answer', { vettingId, itemKey: item.key, value, note: value === 'na' ? '本次未拍照' : null });
    }
  }
}

/**
 * Types a date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:mm) into the picker labelled
 * `label` as a user does: into its first section, after clearing it (Ctrl+A, Backspace). The
 * MUI X field is a row of sections, not an <input>, so Playwright's fill() cannot set it; the
 * digits fill year, month, day (hours, minutes) in turn.
 */
export async function fillDate(scope: Page | Locator, label: string, value: string) {
  const page = 'keyboard' in scope ? scope : scope.page();
  await dateField(scope, label).getByRole('spinbutton').first().click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(value.replace(/\D/g, ''));
}

/** What a picker shows (its sections as the user reads them, e.g. 2018年09月10日). */
export const dateShown = (field: Locator) => field.locator('.MuiPickersSectionList-root');

/** A picker's group (its sections and calendar button), found by its label. */
export const dateField = (scope: Page | Locator, label: string) => scope.getByRole('group', { name: label, exact: true });
