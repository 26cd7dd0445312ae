// Logs and diagnostics: the renderer's errors into the log, the log folder opened by the
// shell, 导出诊断信息. All `file` channels: none writes to the workspace's records.
import { mkdirSync } from 'node:fs';
import { fail } from '../../../shared/result';
import { done, type HandlerMap } from '../handlerMap';
import { writeLog } from '../logs/log';
import { logsDirOf } from '../logs/logFiles';
import { exportDiagnostics } from './export';
import { versionsOf } from './versions';

export const diagnosticsHandlers: HandlerMap<'diagnostics'> = {
  // Written as the renderer's line; fields.ts redacts the message and stack like any text.
  'diagnostics.reportError': ({ message, stack, where }) => {
    writeLog('error', 'renderer.error', { message, stack, where }, 'renderer');
    return done;
  },
  'diagnostics.versions': (_, ctx) => versionsOf(ctx),
  'diagnostics.openLogFolder': async (_, ctx) => {
    const shell = ctx.shell ?? fail('WORKSPACE', 'logFolderNoShell');
    const dir = logsDirOf(ctx.dataDir);
    // Before the first line of a new installation the folder may not exist yet: open it empty.
    mkdirSync(dir, { recursive: true });
    const problem = await shell.openPath(dir);
    if (problem) fail('WORKSPACE', 'logFolderOpenFailed', { path: dir });
    return done;
  },
  'diagnostics.export': (_, ctx) => exportDiagnostics(ctx),
};
