// The program's versions as the host told them (app, Electron, Chromium) and as this thread
// knows them (Node, the operating system).
import os from 'node:os';
import type { Versions } from '../../../shared/diagnostics/schema';
import type { CoreContext } from '../context';

export function versionsOf(ctx: CoreContext): Versions {
  return {
    app: ctx.host?.app ?? 'unknown',
    electron: ctx.host?.electron ?? null,
    chromium: ctx.host?.chromium ?? null,
    node: process.versions.node,
    os: `${os.type()} ${os.release()} (${process.platform} ${process.arch})`,
  };
}
