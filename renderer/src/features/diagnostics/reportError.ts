// The window's errors, written to the app's log through the contract (diagnostics.reportError):
// render errors from the error page, everything else from the window's own listeners. Each
// error is reported once (React may render the error page twice; a failing effect may throw
// the same object again); the text is cut to the contract's caps here and redacted in the core.
import { REPORT_LIMITS } from '../../../../shared/diagnostics/schema';
import { api } from '../../lib/api';

/** Where the window is: the hash route (`/companies/0189…`), ids and all, never a query's text. */
export const currentRoute = () => window.location.hash.replace(/^#/, '').split('?')[0] || '/';

const reported = new WeakSet<object>();
const reportedText = new Set<string>();

/** Message and stack of anything thrown (an Error, a string, a rejected value). */
export function describeThrown(error: unknown): { message: string; stack: string | null } {
  if (error instanceof Error) return { message: `${error.name}: ${error.message}`, stack: error.stack ?? null };
  try {
    return { message: typeof error === 'string' ? error : JSON.stringify(error) ?? String(error), stack: null };
  } catch {
    return { message: String(error), stack: null };
  }
}

/**
 * Writes `error` to the log once; `source` says what caught it: the error page (page, app), the
 * window's listeners (window, promise) or a screen that showed it as a general failure (caught).
 * Never throws.
 */
export function reportError(error: unknown, source: 'page' | 'app' | 'window' | 'promise' | 'caught'): void {
  const { message, stack } = describeThrown(error);
  if (typeof error === 'object' && error !== null) {
    if (reported.has(error)) return;
    reported.add(error);
  } else {
    if (reportedText.has(message)) return;
    reportedText.add(message);
  }
  const input = {
    message: message.slice(0, REPORT_LIMITS.message),
    stack: stack?.slice(0, REPORT_LIMITS.stack) ?? null,
    where: `${source}:${currentRoute()}`.slice(0, REPORT_LIMITS.where),
  };
  // A bridge that is gone cannot take the report either; there is nowhere else to put it.
  void Promise.resolve()
    .then(() => window.api.diagnostics.reportError(input))
    .catch(() => {});
}

/** The window's listeners for what nothing else caught; installed once at start (main.tsx). */
export function installErrorReporting(): void {
  window.addEventListener('error', (event) => reportError(event.error ?? event.message, 'window'));
  window.addEventListener('unhandledrejection', (event) => reportError(event.reason, 'promise'));
}

/** The versions for 复制错误信息, or null when the core cannot say. */
export async function versionsText(): Promise<string | null> {
  try {
    const r = await api().diagnostics.versions({});
    if (!r.ok) return null;
    const v = r.value;
    return `app ${v.app} · Electron ${v.electron ?? '-'} · Chromium ${v.chromium ?? '-'} · Node ${v.node} · ${v.os}`;
  } catch {
    return null;
  }
}
