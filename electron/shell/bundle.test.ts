import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleFileForPath, bundleFileForUrl, contentTypeFor } from './bundle';

const root = resolve('/srv/app/dist/renderer');

describe('serving the renderer bundle', () => {
  it('maps app URLs to files inside the bundle folder', () => {
    expect(bundleFileForUrl(root, 'app://bundle/index.html')).toBe(join(root, 'index.html'));
    expect(bundleFileForUrl(root, 'app://bundle/')).toBe(join(root, 'index.html'));
    expect(bundleFileForUrl(root, 'app://bundle/assets/index-Ab12.js')).toBe(join(root, 'assets', 'index-Ab12.js'));
    expect(bundleFileForUrl(root, 'app://bundle/assets/app.css?v=2#x')).toBe(join(root, 'assets', 'app.css'));
    expect(bundleFileForUrl(root, 'app://bundle/fonts/%E6%80%9D%E6%BA%90.woff2')).toBe(join(root, 'fonts', '思源.woff2'));
  });

  it('refuses other origins', () => {
    expect(bundleFileForUrl(root, 'app://other/index.html')).toBeNull();
    expect(bundleFileForUrl(root, 'file:///srv/app/dist/renderer/index.html')).toBeNull();
    expect(bundleFileForUrl(root, 'https://bundle/index.html')).toBeNull();
    expect(bundleFileForUrl(root, 'not a url')).toBeNull();
  });

  it.each([
    '/../package.json',
    '/assets/../../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E%2Fpackage.json',
    '/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    '/..%5C..%5Cwindows%5Cwin.ini',
    '/assets\\..\\..\\secret',
    '/index.html%00.png',
    '/%E0%A4%A', // malformed escape
    'relative/path.js',
    '/assets/',
  ])('refuses the path %s', (path) => {
    expect(bundleFileForPath(root, path)).toBeNull();
  });

  it('never yields a file outside the folder, whatever URL the page asks for', () => {
    for (const url of ['app://bundle/../../x', 'app://bundle/%2e%2e/%2e%2e/x', 'app://bundle/a/./../../x', 'app://bundle//etc/passwd']) {
      const file = bundleFileForUrl(root, url);
      if (file !== null) expect(file.startsWith(root + '/') || file.startsWith(root + '\\')).toBe(true);
    }
  });

  it('names content types so module scripts and styles load', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('a/b/index-1.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('x.CSS')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('f.woff2')).toBe('font/woff2');
    expect(contentTypeFor('logo.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('blob.bin')).toBe('application/octet-stream');
  });
});
