// Proves the bridge the other specs stand on: window.api in the page reaches the real
// core on the test's own workspace file, with the same validation as the desktop app.
import { CONTENT_SECURITY_POLICY } from '../../electron/shell/security';
import { CHANNELS } from '../../shared/channels';
import { openApp } from '../harness/bridge';
import { type AppGlobal, expect, test } from './fixtures';

test('window.api reaches the real core on the test workspace', async ({ app: page, workspace }) => {
  const info = await page.evaluate(() => (globalThis as AppGlobal).api.workspace.info({}));
  expect(info).toEqual({ ok: true, value: expect.objectContaining({ path: workspace.path, name: '工作区', readOnly: false }) });
});

test('window.api holds exactly the contract channels, nothing generic', async ({ app: page }) => {
  const exposed = await page.evaluate(() => {
    const api = (globalThis as AppGlobal).api as unknown as Record<string, Record<string, unknown>>;
    return Object.entries(api).flatMap(([area, verbs]) =>
      Object.entries(verbs).map(([verb, fn]) => `${area}.${verb}:${typeof fn}`),
    );
  });
  expect(exposed.sort()).toEqual(CHANNELS.map((c) => `${c}:function`).sort());
  const unknown = await page.evaluate(() => {
    const api = (globalThis as AppGlobal).api as unknown as Record<string, Record<string, unknown> | undefined>;
    return { invoke: 'invoke' in api, area: api.secrets, verb: api.companies?.dropAll, frozen: Object.isFrozen(api) };
  });
  expect(unknown).toEqual({ invoke: false, area: undefined, verb: undefined, frozen: true });
});

test('bad input is refused with a VALIDATION error and nothing is stored', async ({ app: page, core }) => {
  const result = await page.evaluate(() =>
    (globalThis as AppGlobal).api.companies.create({ name: 42 } as never),
  );
  expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: expect.any(Array) } });
  expect(await core.invoke('companies.list', {})).toMatchObject({ ok: true, value: { total: 0 } });
});

test('the page loads under the Content-Security-Policy and fetches nothing remote', async ({ page, core }) => {
  const violations: string[] = [];
  const blocked: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
  });
  await openApp(page, core.invoke, { onBlockedRequest: (url) => blocked.push(url) });
  await expect(page.locator('#root')).not.toBeEmpty();
  const csp = await page.evaluate(() => {
    const doc = (globalThis as unknown as { document: { querySelector(s: string): { getAttribute(a: string): string | null } | null } }).document;
    return doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? null;
  });
  expect(csp).toBe(CONTENT_SECURITY_POLICY);
  expect(violations).toEqual([]);
  expect(blocked).toEqual([]);
  // The policy is in force: an inline script the page did not ship is refused, as in the desktop app.
  const inline = await page.evaluate(async () => {
    type El = { textContent: string | null };
    const g = globalThis as unknown as {
      document: { createElement(t: string): El; head: { append(e: El): void }; addEventListener(t: string, f: (e: { violatedDirective: string }) => void): void };
      __inlineRan?: boolean;
    };
    const violation = new Promise<string>((resolve) => g.document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective)));
    const script = g.document.createElement('script');
    script.textContent = 'globalThis.__inlineRan = true';
    g.document.head.append(script);
    return { ran: g.__inlineRan === true, violated: await violation };
  });
  expect(inline).toEqual({ ran: false, violated: expect.stringMatching(/^script-src/) });
});

test('each screen loads with its route: a loading state meanwhile, the charts only with the dashboard, all under the CSP', async ({ page, core, shot }) => {
  const me = (await core.invoke('staff.create', { name: '王芳' })) as { ok: true; value: { id: string } };
  await core.invoke('settings.update', { currentStaffId: me.value.id });
  const violations: string[] = [];
  const blocked: string[] = [];
  const scripts: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
  });
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  // The company list's code is held back a while, as on a slow disk: the shell says it is loading.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const opened = openApp(page, core.invoke, {
    hash: '#/companies',
    onBlockedRequest: (url) => blocked.push(url),
    beforeServe: (path) => (/\/assets\/CompanyListPage-[\w-]+\.js$/.test(path) ? held : undefined),
  });
  // The workspace is open (its name is in the top bar): what is loading is the screen.
  await expect(page.getByTestId('workspace-name')).toBeVisible();
  await expect(page.getByRole('status')).toContainText('正在加载');
  await shot('lazy-route-loading');
  release();
  await opened;
  await expect(page.getByRole('heading', { name: '企业名录' })).toBeVisible();
  await expect(page.getByText('还没有企业')).toBeVisible();

  // The first screen came with the shell's code and its own chunk; the dashboard's chunk, which
  // carries the charts, was not fetched.
  expect(scripts.some((s) => /\/CompanyListPage-/.test(s))).toBe(true);
  expect(scripts.filter((s) => /\/DashboardPage-/.test(s))).toEqual([]);
  await page.getByRole('link', { name: '概览' }).click();
  await expect(page.getByRole('heading', { name: '概览' })).toBeVisible();
  expect(scripts.filter((s) => /\/DashboardPage-/.test(s))).toHaveLength(1);
  expect(violations).toEqual([]);
  expect(blocked).toEqual([]);
});

test('until the startup workspace is open the window says so, and why after a moment; then it goes on by itself', async ({ page, core, shot }) => {
  // As the main process does while it opens (and maybe upgrades) the startup workspace: every
  // call of the page waits until that open has ended.
  let opened = () => {};
  const startup = new Promise<void>((resolve) => (opened = resolve));
  const app = openApp(page, async (channel, input) => {
    await startup;
    return core.invoke(channel, input);
  });
  await expect(page.getByTestId('opening-workspace')).toContainText('正在打开工作区');
  await expect(page.getByTestId('opening-workspace')).toContainText('升级', { timeout: 5000 });
  await shot('opening-workspace');
  opened();
  await app;
  await expect(page.getByTestId('workspace-name')).toBeVisible();
  await expect(page.getByTestId('opening-workspace')).toHaveCount(0);
});
