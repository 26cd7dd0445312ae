// The core in its worker thread: the workspace session, every handler and job, answering the
// host's messages. Electron's main process keeps the window, menus, native dialogs and
// printing; the core asks for dialogs and printing by message (`ask`) and gets the keystore's
// answers synchronously (syncCall.ts). better-sqlite3 is synchronous, so a long statement
// holds only this thread: the window and its menus stay live.
import { parentPort, workerData } from 'node:worker_threads';
import { ApiFailure } from '../../../shared/result';
import type { CoreContext, DesktopShell, FileDialogs, HtmlPrinter } from '../context';
import { fileKeyStore } from '../crypto/fileKeyStore';
import { Keyring } from '../crypto/keyring';
import { copyInThread } from '../backups/copyThread';
import { checkInThread } from '../db/checkThread';
import { parseInThread } from '../imports/xlsxThread';
import type { KeyStore } from '../crypto/keystore';
import { removeLeftoverTempFiles } from '../files/atomicSave';
import { createInvoker } from '../invoke';
import { WorkspaceSession } from '../workspace/session';
import { type CoreState, type HostOps, hostOps, type Ops } from './ops';
import type { AskSeam, CoreConfig, CoreMessage, Failure, HostMessage } from './protocol';
import { syncCaller } from './syncCall';
import { ensureAutoSync } from '../sync/auto';
import { configureLog, log } from '../logs/log';
import { installGlobalHandlers } from '../logs/globalHandlers';

export function runCoreThread(extraOps: Ops = {}): void {
  const port = parentPort;
  if (!port) throw new Error('the core runs in a worker thread');
  const config = workerData as CoreConfig;
  // This thread's lines go to the same day's file as the main process's; what nobody caught too.
  configureLog({ dataDir: config.dataDir, process: 'core' });
  installGlobalHandlers();
  const post = (message: CoreMessage) => port.postMessage(message);

  // Questions to the host (a dialog, a PDF), answered by `answer` messages.
  let nextAsk = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  const ask = (seam: AskSeam, method: string, args: unknown[]) =>
    new Promise<unknown>((resolve, reject) => {
      const id = ++nextAsk;
      pending.set(id, { resolve, reject });
      post({ t: 'ask', id, seam, method, args });
    });
  const dialogs = new Proxy({} as FileDialogs, {
    get: (_, method: string) => (...args: unknown[]) => ask('dialogs', method, args),
  });
  const printer: HtmlPrinter | undefined = config.printer
    ? { toPdf: async (html) => new Uint8Array((await ask('printer', 'toPdf', [html])) as Uint8Array) }
    : undefined;

  const shell = config.shell
    ? new Proxy({} as DesktopShell, { get: (_, method: string) => (...args: unknown[]) => ask('shell', method, args) })
    : undefined;

  const keyStore: KeyStore = config.keyStore ? hostKeyStore(config.keyStore) : fileKeyStore(config.dataDir);
  const session = new WorkspaceSession(undefined, {
    keyring: new Keyring(config.dataDir, keyStore),
    dataDir: config.dataDir,
    ...(config.owner ? { owner: config.owner } : {}),
    // The check after opening in a thread of its own, running this same script (entry.ts).
    checkElsewhere: (path, key) => checkInThread(__filename, path, key),
    // Backups and save-a-copy too, so the core answers while they are written.
    copyElsewhere: (path, key, target) => copyInThread(__filename, path, key, target),
  });
  const ctx: CoreContext = {
    session,
    dialogs,
    dataDir: config.dataDir,
    onWorkspaceChanged: () => post({ t: 'workspaceChanged', info: session.info() }),
    // An import's workbook is expanded in a thread of this same script too.
    parseXlsxElsewhere: (file, fileName, progress) => parseInThread(__filename, file, fileName, progress),
    ...(printer ? { printer } : {}),
    ...(shell ? { shell } : {}),
    ...(config.host ? { host: config.host } : {}),
  };
  // Team sync's automatic runs: a timer in the core, whatever the window does.
  ensureAutoSync(ctx);
  const invoke = createInvoker(ctx, {
    checkOutputs: config.checkOutputs ?? false,
    // The channel and the error's own message and stack; never the input (it may hold people's data).
    logError: (channel, error) => log.error('invoke.failed', { channel, error }),
  });
  const state: CoreState = { session, ctx };
  const ops: Ops = { ...hostOps, ...extraOps };

  port.on('message', (message: HostMessage) => {
    switch (message.t) {
      case 'invoke':
        void invoke(message.channel, message.input).then((value) => {
          // A refusal by its channel and error code only (never the input): what support asks first.
          if (!value.ok) log.info('call.refused', { channel: String(message.channel), code: value.error.code, key: value.error.key });
          post({ t: 'result', id: message.id, value });
        });
        return;
      case 'control':
        void control(ops, state, message.op, message.args).then(
          (value) => post({ t: 'controlled', id: message.id, ok: true, value }),
          (e: unknown) => post({ t: 'controlled', id: message.id, ok: false, failure: failureOf(e) }),
        );
        return;
      case 'answer': {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.ok) waiting?.resolve(message.value);
        else waiting?.reject(new Error(message.message));
        return;
      }
    }
  });

  // Saves a crash or power cut interrupted (an export, a printed report, a copy) left hidden
  // temporary files beside where the user wanted them; the journal in dataDir names them.
  // It never throws, and a save started meanwhile is left alone (its process is running).
  void removeLeftoverTempFiles(config.dataDir).then((removed) => {
    if (removed.length) log.info('saves.leftoversRemoved', { count: removed.length });
  });
  post({ t: 'ready' });
}

async function control(ops: Ops, state: CoreState, op: string, args: unknown[]): Promise<unknown> {
  const run = Object.hasOwn(ops, op) ? (ops[op] as (core: CoreState, ...a: unknown[]) => unknown) : null;
  if (!run) throw new Error(`no such operation: ${op}`);
  return await run(state, ...args);
}

function failureOf(e: unknown): Failure {
  if (e instanceof ApiFailure) return { error: e.error };
  return { message: e instanceof Error ? e.message : String(e) };
}

/** The OS keystore, which lives on the host (Electron's safeStorage), called synchronously. */
function hostKeyStore({ port, signal, protects }: NonNullable<CoreConfig['keyStore']>): KeyStore {
  const call = syncCaller(port, signal);
  return {
    protects,
    wrap: (secret) => Buffer.from(call('wrap', secret) as Uint8Array),
    unwrap: (blob) => call('unwrap', new Uint8Array(blob)) as string,
  };
}

export type { HostOps };
