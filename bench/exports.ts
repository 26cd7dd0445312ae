// The export figure of issue 6: all companies of the bench workspace to XLSX, through the
// same path as the app (exports.start answered with a file, then jobs.status polled like the
// renderer does, every 200 ms would only add waiting: here as soon as the event loop allows).
import fs from 'node:fs';
import path from 'node:path';
import { createInvoker, type FileDialogs } from '../electron/core/handlers';
import type { WorkspaceSession } from '../electron/core/workspace/session';

export async function benchExportXlsx(session: WorkspaceSession, dir: string, rounds: number): Promise<{ samples: number[]; note: string }> {
  const file = path.join(dir, 'export.xlsx');
  const dialogs: FileDialogs = {
    chooseNewWorkspace: async () => null,
    chooseWorkspaceToOpen: async () => null,
    chooseCopyDestination: async () => null,
    choosePdfDestination: async () => null,
    chooseSaveDestination: async () => file,
    chooseFileToOpen: async () => null,
  };
  // The bench's own folder as the app's data folder: the export's save journal goes there, not into the shared temp folder.
  const invoke = createInvoker({ session, dataDir: dir, dialogs });
  const samples: number[] = [];
  let rows = 0;
  for (let r = 0; r <= rounds; r++) {
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
        rows = status.result!.rows;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    // The first round warms up (exceljs loads, SQLite pages come into cache).
    if (r > 0) samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const mb = (fs.statSync(file).size / 1e6).toFixed(1);
  fs.rmSync(file, { force: true });
  return { samples, note: `${rows.toLocaleString()} rows, ${mb} MB` };
}
