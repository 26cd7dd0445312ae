// What nobody caught, written to the log: the main process and the core's thread each install
// these. The process keeps running: an uncaught error in one call or timer leaves the others
// (and the open workspace, whose writes are transactions) as they were, and a window that
// vanishes helps nobody. Electron's own default for the main process is a modal dialog with a
// stack trace; the log is where IT staff look instead.
import { log } from './log';

let installed = false;

export function installGlobalHandlers(): void {
  if (installed) return;
  installed = true;
  process.on('uncaughtException', (error, origin) => log.error('process.uncaughtException', { error, kind: origin }));
  process.on('unhandledRejection', (reason) => log.error('process.unhandledRejection', { error: reason }));
}
