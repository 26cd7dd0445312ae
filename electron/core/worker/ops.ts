// The host's own operations on the core, besides contract calls: what Electron's main process
// needs at start and at quit (open the remembered workspace, offer a backup when it cannot,
// close cleanly). Tests add their own (see tests/harness/testOps.ts).
import type { CoreContext } from '../context';
import type { WorkspaceSession } from '../workspace/session';

export interface CoreState {
  session: WorkspaceSession;
  ctx: CoreContext;
}

export type Op = (core: CoreState, ...args: never[]) => unknown;
export type Ops = Record<string, Op>;

export const hostOps = {
  open: ({ session }: CoreState, path: string) => session.open(path),
  info: ({ session }: CoreState) => session.info(),
  newestGoodBackup: ({ session }: CoreState, path: string) => session.newestGoodBackup(path),
  recoverFromBackup: ({ session }: CoreState, path: string) => session.recoverFromBackup(path),
  // Closing waits for copies still being written (a backup, save-a-copy), so quitting leaves none half-made.
  close: async ({ session }: CoreState) => {
    session.close();
    await session.copiesDone();
  },
} satisfies Ops;

export type HostOps = typeof hostOps;
