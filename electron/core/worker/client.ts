// The host's side of the core's worker thread: Electron's main process, the Chromium harness,
// the tests and the bench all start the core through this, so the message passing that ships
// is the message passing tested. The host answers the core's questions (file dialogs,
// printing, the OS keystore) and is told when the open workspace changes.
import { MessageChannel, Worker } from 'node:worker_threads';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/channels';
import { ApiFailure, type Result } from '../../../shared/result';
import type { WorkspaceInfo } from '../../../shared/workspace/schema';
import type { DesktopShell, FileDialogs, HostFacts, HtmlPrinter } from '../context';
import type { KeyStore } from '../crypto/keystore';
import type { BackupEntry } from '../../../shared/backups/schema';
import type { Ops } from './ops';
import type { AskSeam, CoreConfig, CoreMessage, Failure, HostMessage } from './protocol';
import { MAX_DEPTH, nestedBeyond, unsendable } from './sendable';
import { answerSyncCalls } from './syncCall';
import { log } from '../logs/log';

export interface CoreWorkerOptions {
  /** The worker's script: dist/electron/core.cjs (or the tests' build of it). */
  script: string;
  dataDir: string;
  dialogs: FileDialogs;
  printer?: HtmlPrinter;
  /** The desktop shell (open a saved file, print, menus); absent: the channels that need it say so. */
  shell?: DesktopShell;
  /** The OS keystore, answered here; absent: the core uses the file stand-in in dataDir. */
  keyStore?: KeyStore;
  owner?: { user: string; computer: string };
  /** The host's versions and crash-dump folder, for 导出诊断信息. */
  host?: HostFacts;
  onWorkspaceChanged?: (info: WorkspaceInfo) => void;
  checkOutputs?: boolean;
}

/** A call to the core, before it is given its id. */
type Request = { t: 'invoke'; channel: unknown; input: unknown } | { t: 'control'; op: string; args: unknown[] };

type Waiting = { resolve: (value: never) => void; reject: (e: Error) => void };

export class CoreWorker {
  private readonly worker: Worker;
  private nextId = 0;
  private readonly waiting = new Map<number, Waiting>();
  private exited: Error | null = null;
  /** Set by close(): the thread's end is then expected, not logged. */
  private closing = false;
  readonly ready: Promise<void>;

  constructor(private readonly options: CoreWorkerOptions) {
    const config: CoreConfig = { dataDir: options.dataDir, printer: !!options.printer, shell: !!options.shell, checkOutputs: options.checkOutputs ?? false };
    if (options.owner) config.owner = options.owner;
    if (options.host) config.host = options.host;
    const transfer = [];
    if (options.keyStore) {
      const { port1, port2 } = new MessageChannel();
      const signal = new SharedArrayBuffer(4);
      const store = options.keyStore;
      answerSyncCalls(port1, signal, (method, arg) =>
        method === 'wrap' ? new Uint8Array(store.wrap(arg as string)) : store.unwrap(Buffer.from(arg as Uint8Array)),
      );
      config.keyStore = { port: port2, signal, protects: store.protects };
      transfer.push(port2);
    }
    this.worker = new Worker(options.script, { workerData: config, transferList: transfer, name: 'core' });
    let started: () => void;
    let failed: (e: Error) => void;
    this.ready = new Promise<void>((resolve, reject) => ((started = resolve), (failed = reject)));
    this.worker.on('message', (message: CoreMessage) => {
      if (message.t === 'ready') return started();
      this.receive(message);
    });
    this.worker.on('error', (e) => {
      log.error('core.threadError', { error: e });
      failed(e);
    });
    this.worker.on('exit', (code) => {
      if (!this.closing) log.error('core.exited', { exitCode: code });
      this.exited = new Error(`the core stopped (exit code ${code})`);
      failed(this.exited);
      for (const w of this.waiting.values()) w.reject(this.exited);
      this.waiting.clear();
    });
  }

  /** A contract call, exactly as the renderer makes it: answered with its Result, never thrown. */
  invoke = async (channel: unknown, input: unknown): Promise<Result<unknown>> => {
    if (nestedBeyond(input, MAX_DEPTH)) return unsendable(channel, input);
    try {
      return await this.send({ t: 'invoke', channel, input });
    } catch (e) {
      // A value structured clone cannot carry (a function, a symbol): refused like any bad input.
      if (e instanceof Error && e.name === 'DataCloneError') return unsendable(channel, input);
      throw e;
    }
  };

  /** Typed `invoke` for the host's own calls. */
  call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
    return this.invoke(channel, input) as Promise<Result<ChannelOutput<C>>>;
  }

  /** One of the core's operations (ops.ts); throws ApiFailure when the session refused. */
  control<T = unknown>(op: string, ...args: unknown[]): Promise<T> {
    return this.send({ t: 'control', op, args });
  }

  open = (path: string) => this.control<WorkspaceInfo>('open', path);
  info = () => this.control<WorkspaceInfo>('info');
  newestGoodBackup = (path: string) => this.control<BackupEntry | null>('newestGoodBackup', path);
  recoverFromBackup = (path: string) => this.control<WorkspaceInfo>('recoverFromBackup', path);

  /** Closes the workspace cleanly (checkpoint, lock released), then ends the thread. */
  async close(): Promise<void> {
    if (this.exited) return;
    this.closing = true;
    try {
      await this.control('close');
    } finally {
      await this.worker.terminate();
    }
  }

  private send<T>(message: Request): Promise<T> {
    if (this.exited) return Promise.reject(this.exited);
    const id = ++this.nextId;
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (v: never) => void, reject });
      this.worker.postMessage({ ...message, id } as HostMessage);
    });
  }

  private receive(message: Exclude<CoreMessage, { t: 'ready' }>): void {
    switch (message.t) {
      case 'result':
        return this.settle(message.id, (w) => w.resolve(message.value as never));
      case 'controlled':
        return this.settle(message.id, (w) => (message.ok ? w.resolve(message.value as never) : w.reject(errorOf(message.failure))));
      case 'workspaceChanged':
        return this.options.onWorkspaceChanged?.(message.info);
      case 'ask':
        void this.answer(message.seam, message.method, message.args).then(
          (value) => this.worker.postMessage({ t: 'answer', id: message.id, ok: true, value } satisfies HostMessage),
          (e: unknown) => this.worker.postMessage({ t: 'answer', id: message.id, ok: false, message: (e as Error).message } satisfies HostMessage),
        );
    }
  }

  private async answer(seam: AskSeam, method: string, args: unknown[]): Promise<unknown> {
    const target = { dialogs: this.options.dialogs, printer: this.options.printer, shell: this.options.shell }[seam];
    const fn = target && (target as unknown as Record<string, unknown>)[method];
    if (typeof fn !== 'function') throw new Error(`the host has no ${seam}.${method}`);
    return await (fn as (...a: unknown[]) => unknown).apply(target, args);
  }

  private settle(id: number, done: (w: Waiting) => void): void {
    const w = this.waiting.get(id);
    this.waiting.delete(id);
    if (w) done(w);
  }
}

function errorOf(failure: Failure): Error {
  return 'error' in failure ? new ApiFailure(failure.error) : new Error(failure.message);
}

/** Starts the core and waits until it listens. */
export async function startCoreWorker(options: CoreWorkerOptions): Promise<CoreWorker> {
  const core = new CoreWorker(options);
  await core.ready;
  return core;
}

type DropFirst<A extends unknown[]> = A extends [unknown, ...infer Rest] ? Rest : never;
/** An operation of ops.ts as the host calls it: the same arguments after the core's state, answered by promise. */
export type RemoteOps<O extends Ops> = {
  [K in keyof O]: (...args: DropFirst<Parameters<O[K]>>) => Promise<Awaited<ReturnType<O[K]>>>;
};

/** The core's operations `O` as typed functions (`ops.settle()`), each a `control` message. */
export function remoteOps<O extends Ops>(core: CoreWorker): RemoteOps<O> {
  return new Proxy({} as RemoteOps<O>, { get: (_, op: string) => (...args: unknown[]) => core.control(op, ...args) });
}
