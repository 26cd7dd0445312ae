// The fuzz's workspace in this process: the example workspace (the article's trips, companies,
// vettings, agreements and placements, built through the app's own services) opened by a real
// session behind the real invoker, with some records deleted and purged first. The unit test
// and `npm run bench -- --fuzz` both start here; the worker run starts the same way by messages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInvoker } from '../../invoke';
import { localSessionOptions } from '../../workspace/localKeys';
import { WorkspaceSession } from '../../workspace/session';
import { TestDialogs } from '../workspace';
import { fingerprint } from './fingerprint';
import { deleteAndPurgeSome } from './goneRecords';
import { collectIds, type IdPool } from './idPool';
import type { GoneIds } from './mutations';
import type { FuzzTarget } from './runFuzz';

export interface FuzzWorkspace {
  target: FuzzTarget;
  session: WorkspaceSession;
  ids: IdPool;
  gone: GoneIds;
  /** The unexpected errors the invoker logged (channel and message), for the failures' report. */
  logged: string[];
  dispose(): void;
}

export async function openFuzzWorkspace(): Promise<FuzzWorkspace> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-fuzz-'));
  const session = new WorkspaceSession(undefined, localSessionOptions(dir));
  const logged: string[] = [];
  // The file dialogs answer "cancelled" (TestDialogs answers null unless told otherwise).
  const invoke = createInvoker(
    { session, dataDir: dir, dialogs: new TestDialogs() },
    { checkOutputs: true, logError: (channel, e) => logged.push(`[${channel}] ${e instanceof Error ? e.message : String(e)}`) },
  );
  const opened = await invoke('workspace.openExample', { rebuild: false });
  if (!opened.ok) throw new Error(`the example workspace did not open: ${JSON.stringify(opened.error)}`);
  // The day's backup and the check after opening, now, so they do not land inside the fuzz.
  session.settle();
  const gone = await deleteAndPurgeSome(invoke);
  return {
    session,
    target: {
      invoke,
      fingerprint: () => fingerprint(session.db),
      sessionState: () => `${session.openPath} ${session.writable}`,
    },
    ids: collectIds(session.db),
    gone,
    logged,
    dispose: () => {
      session.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
