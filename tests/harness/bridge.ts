// Opens the built renderer in a Playwright page with `window.api` bridged to the
// real core, the way the preload bridges it to ipcMain in the desktop app:
//
//   window.api.<area>.<verb>(input) ─► window.__liaisonInvoke(channel, input)
//        ─► exposeBinding (Node side) ─► core invoke(channel, input) ─► SQLite
//
// Values cross as JSON, like Electron's structured clone does for our JSON-safe
// payloads. The e2e fixtures and the Electron-less fallback window both use this.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CHANNELS } from '../../shared/channels';
import { bundleFileForPath, contentTypeFor } from '../../electron/shell/bundle';
import { CONTENT_SECURITY_POLICY } from '../../electron/shell/security';

export const APP_ORIGIN = 'http://app.localhost';
export const APP_URL = `${APP_ORIGIN}/index.html`;
// Playwright and tsx load these files as CommonJS, so __dirname rather than import.meta.
export const RENDERER_DIR = join(__dirname, '..', '..', 'dist', 'renderer');
export const BINDING = '__liaisonInvoke';

export type Invoke = (channel: unknown, input: unknown) => Promise<unknown>;

export interface OpenAppOptions {
  /** Folder holding the built renderer (index.html and assets); dist/renderer by default. */
  rendererDir?: string;
  /** Told about requests to anything but the app's own origin (they are always aborted). */
  onBlockedRequest?: (url: string) => void;
  /** The screen to open on, e.g. '#/companies'; the dashboard by default. */
  hash?: string;
  /** Awaited before each file of the app is served (a test can hold one back, like a slow disk). */
  beforeServe?: (pathname: string) => Promise<void> | void;
}

/** Runs in the page before any of its scripts: builds window.api from the channel names. */
function installApi({ channels, binding }: { channels: string[]; binding: string }) {
  const g = globalThis as unknown as Record<string, unknown>;
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const channel of channels) {
    const [area, verb] = channel.split('.') as [string, string];
    (api[area] ??= {})[verb] = async (input?: unknown) =>
      JSON.parse(await (g[binding] as (c: string, i: string) => Promise<string>)(channel, JSON.stringify(input ?? {}))) as unknown;
  }
  // contextBridge hands the page a frozen copy; do the same so the renderer cannot rely on mutating it.
  for (const area of Object.values(api)) Object.freeze(area);
  Object.defineProperty(globalThis, 'api', { value: Object.freeze(api), enumerable: true });
}

export async function openApp(page: Page, invoke: Invoke, options: OpenAppOptions = {}): Promise<Page> {
  const rendererDir = options.rendererDir ?? RENDERER_DIR;

  // No remote content: anything not from the app's origin is refused, as in the desktop app.
  await page.route(
    (url) => url.origin !== APP_ORIGIN,
    (route) => {
      options.onBlockedRequest?.(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  await page.route(`${APP_ORIGIN}/**`, async (route) => {
    const { pathname } = new URL(route.request().url());
    await options.beforeServe?.(pathname);
    const file = bundleFileForPath(rendererDir, pathname);
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body) return route.fulfill({ status: 404, contentType: 'text/plain; charset=utf-8', body: 'Not found' });
    const html = file.endsWith('.html');
    return route.fulfill({
      status: 200,
      body,
      headers: {
        'content-type': contentTypeFor(file),
        'cache-control': 'no-store',
        // The same policy the desktop app's protocol handler sends, on top of index.html's meta tag.
        ...(html ? { 'content-security-policy': CONTENT_SECURITY_POLICY } : {}),
      },
    });
  });

  // Both ways as one JSON string: Playwright's own argument serialisation walks every value
  // and took longer than the core to carry a page of 100 companies back to the page.
  await page.exposeBinding(BINDING, async (_source, channel: unknown, input: string) => JSON.stringify(await invoke(channel, JSON.parse(input))));
  await page.addInitScript(installApi, { channels: [...CHANNELS], binding: BINDING });
  await page.goto(APP_URL + (options.hash ?? ''));
  return page;
}
