// The export figure: all companies of the bench workspace to XLSX, through the
// same path as the app (exports.start answered with a file, then jobs.status polled like the
// renderer does, every 200 ms would only add waiting: here as soon as the event loop allows).
import fs from 'node:fs';
import path from 'node:path';
import { createInvoker, type FileDialogs } from '../electron/core';
import type { WorkspaceSession } from '../electron/core/workspace/session';

export interface ExportRun {
  ms: number;
  rows: number;
  bytes: number;
}

/** Exports of every company of `session` to an XLSX in `dir`, one per call: each timed until the job is done and the file closed. */
export function xlsxExporter(session: WorkspaceSession, dir: string): () => Promise<ExportRun> {
  const file = path.join(dir, 'export.xlsx');
  const dialogs: FileDialogs = {
    chooseNewWorkspace: async () => null,
    chooseWorkspaceToOpen: async () => null,
    chooseCopyDestination: async () => null,
    choosePdfDestination: async () => null,
    chooseSaveDestination: async () => file,
    chooseFileToOpen: async () => null,
    chooseFolder: async () => null,
  };
  // The bench's own folder as the app's data folder: the export's save journal goes there, not into the shared temp folder.
  const invoke = createInvoker({ session, dataDir: dir, dialogs });
  return async () => {
    const t0 = process.hrtime.bigint();
    const started = await invoke('exports.start', { dataset: 'companies', format: 'xlsx', lang: 'zh', filter: {} });
    if (!started.ok || !started.value) throw new Error(`exports.start failed: ${JSON.stringify(started)}`);
    const { jobId } = started.value as { jobId: string };
    for (;;) {
      const s = await invoke('jobs.status', { id: jobId });
      if (!s.ok) throw new Error(JSON.stringify(s.error));
      const status = s.value as { state: string; result: { rows: number } | null; error: unknown };
      if (status.state === 'failed') throw new Error(`export failed: ${JSON.stringify(status.error)}`);
      if (status.state === 'done') {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        const bytes = fs.statSync(file).size;
        fs.rmSync(file, { force: true });
        return { ms, rows: status.result!.rows, bytes };
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
}
