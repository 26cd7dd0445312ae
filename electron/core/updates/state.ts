// What the core remembers about updates while it runs: the last check (with the address it
// read) and the download. Nothing of it is kept on disk: the check at start refills it.
import type { UpdateCheck, UpdateDownload } from '../../../shared/updates/schema';
import type { CoreContext } from '../context';

export interface UpdatesState {
  checkedAt: string | null;
  /** The last finding and the address it came from (a finding for another address is not shown). */
  check: { feedUrl: string; finding: UpdateCheck } | null;
  /** A check on its way: a second asker waits for the same one. */
  checking: Promise<unknown> | null;
  download: UpdateDownload;
  /** The time limit of one check (tests shorten it). */
  timeoutMs: number;
  /** How often a running download's progress is asked of the shell. */
  progressEveryMs: number;
}

/** 15 s: an intranet server answers in well under a second; a gone one should not keep the user waiting long. */
export const CHECK_TIMEOUT_MS = 15_000;

const perContext = new WeakMap<CoreContext, UpdatesState>();

/** One state per CoreContext, made on first use (as jobsOf). */
export function updatesOf(ctx: CoreContext): UpdatesState {
  let state = perContext.get(ctx);
  if (!state) {
    state = { checkedAt: null, check: null, checking: null, download: { state: 'idle' }, timeoutMs: CHECK_TIMEOUT_MS, progressEveryMs: 250 };
    perContext.set(ctx, state);
  }
  return state;
}
