// One id generator and one clock for the whole core.
import { uuidv7 } from 'uuidv7';

/** UUID v7: random enough to merge workspaces from two laptops, time-ordered for tidy indexes. */
export const newId = (): string => uuidv7();

/** Timestamps are ISO 8601 in UTC. */
export const nowIso = (): string => new Date().toISOString();
