// The main process's part of logs and crash handling, started before `ready`: its lines go to
// <userData>/logs like the core's, what nobody caught is written there, and Electron's
// crashReporter keeps minidumps of crashed processes (main, renderer, GPU) on this computer
// only — 导出诊断信息 puts them in its file for whoever the user chooses to send it to.
import { app, crashReporter } from 'electron';
import type { HostFacts } from '../core/context';
import { installGlobalHandlers } from '../core/logs/globalHandlers';
import { configureLog, log } from '../core/logs/log';

export function startDiagnostics(): void {
  configureLog({ dataDir: app.getPath('userData'), process: 'main' });
  installGlobalHandlers();
  crashReporter.start({ uploadToServer: false, compress: true });
  log.info('app.started', { version: app.getVersion() });
  app.on('render-process-gone', (_event, _contents, details) => log.error('renderer.gone', { kind: details.reason, exitCode: details.exitCode }));
  app.on('child-process-gone', (_event, details) => log.error('child.gone', { kind: details.type, status: details.reason, exitCode: details.exitCode }));
}

/** What the core is told about this host, for 导出诊断信息 and the error page's 复制错误信息. */
export function hostFacts(): HostFacts {
  return {
    app: app.getVersion(),
    electron: process.versions.electron,
    chromium: process.versions.chrome,
    crashDumpsDir: app.getPath('crashDumps'),
  };
}
