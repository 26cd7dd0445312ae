// The messages between the core's worker thread and its host (Electron's main process, or
// the test harness). Everything crosses by structured clone, as Electron's IPC does; no
// functions, no class instances — errors cross as their ApiError or message.
import type { ApiError, Result } from '../../../shared/result';
import type { WorkspaceInfo } from '../../../shared/workspace/schema';
import type { MessagePort } from 'node:worker_threads';
import type { HostFacts } from '../context';

/** What only the host can do, asked for by the core: native dialogs, Chromium printing, the desktop shell. */
export type AskSeam = 'dialogs' | 'printer' | 'shell';

export type HostMessage =
  /** A contract call, as the renderer made it; answered with its Result. */
  | { t: 'invoke'; id: number; channel: unknown; input: unknown }
  /** One of the host's own operations on the session (open at start, recover, close, …). */
  | { t: 'control'; id: number; op: string; args: unknown[] }
  /** The host's answer to an `ask`. */
  | { t: 'answer'; id: number; ok: true; value: unknown }
  | { t: 'answer'; id: number; ok: false; message: string };

/** How a failed control operation crosses: the ApiError the session threw, or a plain message. */
export type Failure = { error: ApiError } | { message: string };

export type CoreMessage =
  | { t: 'ready' }
  | { t: 'result'; id: number; value: Result<unknown> }
  | { t: 'controlled'; id: number; ok: true; value: unknown }
  | { t: 'controlled'; id: number; ok: false; failure: Failure }
  | { t: 'ask'; id: number; seam: AskSeam; method: string; args: unknown[] }
  /** The open workspace changed (opened, created, restored, unlocked): the host remembers it. */
  | { t: 'workspaceChanged'; info: WorkspaceInfo };

/** What the host tells the core at start (the worker's `workerData`). */
export interface CoreConfig {
  /** The app's data folder: keyring, backups, the journal of interrupted saves. */
  dataDir: string;
  /** Answers the keystore's wrap/unwrap synchronously (see syncCall.ts); absent: the file stand-in in dataDir. */
  keyStore?: { port: MessagePort; signal: SharedArrayBuffer; protects: boolean };
  /** Whether a printer is at hand on the host (the core then asks it for PDFs). */
  printer: boolean;
  /** Whether the host answers the desktop shell's questions (open a file, print, menus' language). */
  shell?: boolean;
  /** Check every output against the contract (tests). */
  checkOutputs?: boolean;
  /** The host's versions and crash-dump folder (diagnostics). */
  host?: HostFacts;
  /** Who this is, for the lock a colleague would see. */
  owner?: { user: string; computer: string };
}
