// The language switch reaches the desktop shell: the renderer tells the core (app.setLanguage)
// at start and on every switch, the core keeps it in this installation's app-settings.json (read
// by the main process at its next start) and asks the shell to follow (menus, dialogs), which the
// harness's StubShell records.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('switching the language in the window reaches the shell and is kept for the next start', async ({ app: page, core, workspace, shot }) => {
  const told = () => [...core.shell.languages];
  const kept = () => (JSON.parse(readFileSync(join(workspace.dir, 'app-settings.json'), 'utf8')) as { language: string }).language;

  // Someone is using the app (else the welcome dialog covers the window).
  const me = (await core.invoke('staff.create', { name: '王芳' })) as { ok: true; value: { id: string } };
  await core.invoke('settings.update', { currentStaffId: me.value.id });
  await page.reload();

  // The window tells the shell its language as it starts: Chinese unless switched before.
  await expect(page.getByTestId('current-user')).toHaveText('王芳');
  // Told once per start (the page above was opened, then reloaded).
  await expect.poll(told).toEqual(['zh', 'zh']);
  // IT staff may have placed an update address in the file: a language switch keeps it.
  const settingsFile = join(workspace.dir, 'app-settings.json');
  writeFileSync(settingsFile, JSON.stringify({ language: 'zh', updateFeedUrl: 'http://10.8.0.5/liaison/', skippedVersion: null }));

  await page.getByTestId('language-switch').click();
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
  await expect.poll(told).toEqual(['zh', 'zh', 'en']);
  expect(kept()).toBe('en');
  await shot('shell-language-en');

  // The window remembers English on this computer and says so again when it starts.
  await page.reload();
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
  await expect.poll(told).toEqual(['zh', 'zh', 'en', 'en']);

  await page.getByTestId('language-switch').click();
  await expect(page.getByRole('link', { name: '设置' })).toBeVisible();
  await expect.poll(told).toEqual(['zh', 'zh', 'en', 'en', 'zh']);
  expect(kept()).toBe('zh');
  expect(JSON.parse(readFileSync(settingsFile, 'utf8'))).toEqual({ language: 'zh', updateFeedUrl: 'http://10.8.0.5/liaison/', skippedVersion: null });
});
