// Maps a request for the renderer bundle to a file under dist/renderer, refusing
// anything that would leave that folder. Used by the desktop app's `app://` protocol
// handler and by the Chromium test harness, so both serve files the same way.
import { extname, posix, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './security';

/**
 * The file for a URL path such as `/assets/index-abc.js`, inside `rootDir`, or null
 * when the path is malformed or escapes the folder. '/' means index.html.
 */
export function bundleFileForPath(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  // Any '..' segment is refused outright rather than resolved.
  if (decoded.split('/').some((segment) => segment === '..')) return null;
  const relative = posix.normalize(decoded === '/' ? '/index.html' : decoded).replace(/^\/+/, '');
  if (relative === '' || relative.endsWith('/')) return null;
  const root = resolve(rootDir);
  const file = resolve(root, ...relative.split('/'));
  return file.startsWith(root + sep) ? file : null;
}

/** The file for an `app://bundle/...` URL, or null for any other origin or a bad path. */
export function bundleFileForUrl(rootDir: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  return bundleFileForPath(rootDir, u.pathname);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export const contentTypeFor = (file: string): string => CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
