// The single place where a call enters the core: the channel is checked against the contract,
// its input validated by the channel's zod schema, writes refused while the workspace is
// read-only, and failures turned into `{ ok: false, error }`. The core's worker and the tests
// both call `invoke`, so they run exactly the same code.
import { type Channel, contract, isChannel } from '../../shared/channels';
import { ApiFailure, type ApiError, type Result, toFieldIssues } from '../../shared/result';
import type { CoreContext } from './context';
import { workspaceErrorOf } from './db/errors';
import { handlers } from './handlers';

/** Channels that change the open file; refused while it is read-only (damaged, in use, a backup). */
export const writesWorkspace = (c: Channel) => contract[c].writes;

export interface InvokeOptions {
  /** Also check each output against its schema (tests turn this on to catch contract drift). */
  checkOutputs?: boolean;
  /** Where unexpected errors are reported (never to the renderer). */
  logError?: (channel: string, error: unknown) => void;
}

export type Invoke = (channel: unknown, rawInput: unknown) => Promise<Result<unknown>>;

export function createInvoker(ctx: CoreContext, options: InvokeOptions = {}): Invoke {
  return async function invoke(channel, rawInput) {
    if (!isChannel(channel)) return { ok: false, error: { code: 'UNKNOWN_CHANNEL', key: 'unknownChannel' } };
    const spec = contract[channel];
    const parsed = spec.input.safeParse(rawInput, { reportInput: true });
    if (!parsed.success) {
      return { ok: false, error: { code: 'VALIDATION', key: 'validation', issues: toFieldIssues(parsed.error.issues) } };
    }
    try {
      if (spec.writes && !ctx.session.writable) ctx.session.readOnlyError();
      const handler = handlers[channel] as (input: unknown, ctx: CoreContext) => unknown;
      const value = await handler(parsed.data, ctx);
      if (options.checkOutputs) spec.output.parse(value);
      return { ok: true, value };
    } catch (e) {
      return { ok: false, error: toApiError(e, channel, options) };
    }
  };
}

function toApiError(e: unknown, channel: string, options: InvokeOptions): ApiError {
  if (e instanceof ApiFailure) return e.error;
  // The unique indexes are the last line of defence behind the service checks.
  if (e instanceof Error && 'code' in e && e.code === 'SQLITE_CONSTRAINT_UNIQUE') return { code: 'CONFLICT', key: 'duplicate' };
  const workspaceError = workspaceErrorOf(e);
  if (workspaceError) return workspaceError;
  options.logError?.(channel, e);
  return { code: 'INTERNAL', key: 'internal' };
}
