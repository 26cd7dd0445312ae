// The Electron shell's security settings, as plain data and pure functions so they
// are unit-tested without Electron. electron/main applies them; nothing here
// imports `electron`.

/** The renderer is served from this privileged scheme, never from file:// (module scripts from file:// are blocked by CORS). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_URL = `${APP_ORIGIN}/index.html`;

/**
 * For `protocol.registerSchemesAsPrivileged`, before the app is ready. `standard`
 * gives the scheme an origin (so 'self' in the CSP and relative URLs work),
 * `secure` makes it a secure context like https.
 */
export const PRIVILEGED_SCHEMES = [
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
  },
] as const;

/**
 * The Content-Security-Policy. renderer/index.html carries the same string in its
 * meta tag (a test keeps the two equal); the protocol handler also sends it as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // MUI (emotion) injects <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-src 'none'",
].join('; ');

/** The BrowserWindow's webPreferences (the shape Electron expects, written out here so it is tested). */
export function webPreferences(preload: string) {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  } as const;
}

/** Parses a URL from the app's own origin, or returns null. */
function appUrl(url: unknown): URL | null {
  if (typeof url !== 'string') return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  // A custom scheme's origin is 'null' to WHATWG URL, so compare the parts.
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST || u.username || u.password) return null;
  return u;
}

/** Navigation is allowed only to the app's own page (its hash and query may change). */
export function isAllowedNavigation(url: unknown): boolean {
  return appUrl(url)?.pathname === '/index.html';
}

/** IPC is answered only for frames showing the app's own origin. */
export function isTrustedSender(frameUrl: unknown): boolean {
  return appUrl(frameUrl) !== null;
}

/** `webContents.setWindowOpenHandler`: the app never opens windows. */
export const windowOpenHandler = (): { action: 'deny' } => ({ action: 'deny' });

/** Permissions a page may get (camera, geolocation, notifications… are all refused). Copying to the clipboard is allowed. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);
export const isAllowedPermission = (permission: unknown): boolean =>
  typeof permission === 'string' && ALLOWED_PERMISSIONS.has(permission);
