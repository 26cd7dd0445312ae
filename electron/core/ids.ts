// One id generator and one clock for the whole core.
import { uuidv7 } from 'uuidv7';

/** UUID v7: random enough to merge workspaces from two laptops, time-ordered for tidy indexes. */
export const newId = (): string => uuidv7();

let clock: () => Date = () => new Date();

/** Timestamps are ISO 8601 in UTC. */
export const nowIso = (): string => clock().toISOString();

/**
 * Runs `fn` with the core's clock set to `at`. Only for building records that happened in
 * the past (the example workspace is dated as the article tells it); never around a user's
 * own edits, whose times must be real.
 */
export function asOf<T>(at: string, fn: () => T): T {
  const previous = clock;
  const fixed = new Date(at);
  if (Number.isNaN(fixed.getTime())) throw new Error(`asOf: not a time: ${at}`);
  clock = () => fixed;
  try {
    return fn();
  } finally {
    clock = previous;
  }
}
