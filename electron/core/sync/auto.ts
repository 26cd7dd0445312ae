// Automatic sync: every few minutes (Settings › 团队同步), while the place answers. A timer in
// the core looks every half minute whether a sync is due, so it follows whichever workspace is
// open now, and never starts one while a sync is going or the workspace is read-only.
import type { CoreContext } from '../context';
import { readSyncSettings } from './localSettings';
import { placeReachable, runningSync, startSync } from './service';

const TICK_MS = 30_000;
const timers = new WeakMap<CoreContext, NodeJS.Timeout>();

/** Starts the core's timer once (the core's worker thread does, as it starts). unref'd: it never keeps a closing core alive. */
export function ensureAutoSync(ctx: CoreContext): void {
  if (timers.has(ctx)) return;
  const timer = setInterval(() => void autoSyncTick(ctx).catch(() => {}), TICK_MS);
  timer.unref();
  timers.set(ctx, timer);
}

/** Why no sync was started, for the tests; 'started' when one was. */
export type AutoOutcome = 'started' | 'noWorkspace' | 'readOnly' | 'off' | 'notSetUp' | 'running' | 'notDue' | 'unreachable';

/** One look: starts a sync when one is due and the place answers. `reach` is the place check (tests pass their own). */
export async function autoSyncTick(
  ctx: CoreContext,
  now = Date.now(),
  reach: (ctx: CoreContext) => Promise<boolean> = placeReachable,
): Promise<AutoOutcome> {
  if (!ctx.session.openPath) return 'noWorkspace';
  if (!ctx.session.writable) return 'readOnly';
  const s = readSyncSettings(ctx.session.db);
  if (s.autoMinutes === 0) return 'off';
  if (!s.team || !s.place || !s.computerName || !s.userName) return 'notSetUp';
  if (runningSync(ctx)) return 'running';
  if (s.lastSync && Date.parse(s.lastSync.at) + s.autoMinutes * 60_000 > now) return 'notDue';
  if (!(await reach(ctx))) return 'unreachable';
  startSync(ctx);
  return 'started';
}
