// The shape of a feature's handler map: one function per contract channel of that feature,
// given the input as its zod schema parsed it. Each feature keeps its map next to its service
// (electron/core/<feature>/handlers.ts); electron/core/handlers.ts puts them together.
import type { z } from 'zod';
import type { Channel, Contract } from '../../shared/channels';
import type { CoreContext } from './context';

export type Handler<C extends Channel> = (
  input: z.output<Contract[C]['input']>,
  ctx: CoreContext,
) => z.input<Contract[C]['output']> | Promise<z.input<Contract[C]['output']>>;

/** Handlers for every channel whose name starts with one of `Areas` (e.g. 'companies'). */
export type HandlerMap<Areas extends string> = { [C in Extract<Channel, `${Areas}.${string}`>]: Handler<C> };

/** What channels that return nothing else answer. */
export const done = { done: true as const };

/** The open workspace changed (the shell remembers it and retitles the window). */
export const switched = <T>(ctx: CoreContext, value: T): T => {
  ctx.onWorkspaceChanged?.();
  return value;
};
