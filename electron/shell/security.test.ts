import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  APP_URL,
  CONTENT_SECURITY_POLICY,
  PRIVILEGED_SCHEMES,
  isAllowedNavigation,
  isAllowedPermission,
  isTrustedSender,
  webPreferences,
  windowOpenHandler,
} from './security';

const indexHtml = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');

function metaCsp(html: string): string[] {
  const tags = html.match(/<meta\b[^>]*>/gis) ?? [];
  return tags
    .filter((tag) => /http-equiv\s*=\s*["']Content-Security-Policy["']/i.test(tag))
    .map((tag) => /\bcontent\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? /\bcontent\s*=\s*'([^']*)'/i.exec(tag)?.[1] ?? '');
}

const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );

describe('the window is locked down', () => {
  it('isolates the renderer from Node and Electron', () => {
    const prefs = webPreferences('/app/dist/electron/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
  });

  it('serves the renderer from a standard, secure custom scheme', () => {
    expect(APP_URL).toBe('app://bundle/index.html');
    expect(APP_ORIGIN).toBe('app://bundle');
    expect(PRIVILEGED_SCHEMES).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    // bypassCSP would switch the policy below off for our own pages.
    expect(PRIVILEGED_SCHEMES[0].privileges).not.toHaveProperty('bypassCSP');
  });

  it('never opens another window', () => {
    expect(windowOpenHandler()).toEqual({ action: 'deny' });
  });

  it('grants no device permissions', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen', 'hid', 'serial', undefined, null]) {
      expect(isAllowedPermission(p)).toBe(false);
    }
    expect(isAllowedPermission('clipboard-sanitized-write')).toBe(true);
  });
});

describe('navigation stays on the app page', () => {
  it.each([APP_URL, `${APP_URL}#/companies/123`, `${APP_URL}?tab=visits`])('allows %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://bundle/index.html',
    'file:///etc/passwd',
    'app://bundle/other.html',
    'app://bundle/',
    'app://evil/index.html',
    'app://bundle.evil.com/index.html',
    'app://user:pw@bundle/index.html',
    'app://bundle:8080/index.html',
    'javascript:alert(1)',
    'data:text/html,<h1>x</h1>',
    'about:blank',
    'not a url',
    '',
    undefined,
    42,
  ])('denies %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('IPC answers only the app page', () => {
  it('trusts frames of the app origin', () => {
    expect(isTrustedSender(APP_URL)).toBe(true);
    expect(isTrustedSender(`${APP_ORIGIN}/index.html#/visits`)).toBe(true);
  });

  it.each(['https://bundle/index.html', 'app://other/index.html', 'file:///app/dist/renderer/index.html', 'about:blank', '', null, undefined, {}])(
    'distrusts %s',
    (url) => {
      expect(isTrustedSender(url)).toBe(false);
    },
  );
});

describe('Content-Security-Policy', () => {
  it('is the same string in renderer/index.html and in the shell (one source of truth)', () => {
    expect(metaCsp(indexHtml)).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('allows no remote source, no eval, no inline script', () => {
    const csp = directives(CONTENT_SECURITY_POLICY);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/);
    for (const [name, sources] of csp) {
      for (const source of sources) {
        // Only keywords and local schemes: no hosts, no wildcards, no http(s)/ws(s).
        expect(source, `${name} ${source}`).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
      }
      if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
    }
  });
});
