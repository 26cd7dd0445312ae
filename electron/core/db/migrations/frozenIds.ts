// Ids and timestamps for the rows migrations seed. A frozen copy rather than an import of
// core/ids.ts, so a change to the app's generator never changes what a shipped migration
// writes. Same kind of id as the app's: UUID v7 (48-bit Unix milliseconds, then a 42-bit
// counter started at random each millisecond, then 32 random bits), so the rows seeded in
// one migration sort by id in the order they were written, like rows the app writes.
import { randomInt } from 'node:crypto';

const MAX_COUNTER = 2 ** 42 - 1;
let lastMs = -1;
let counter = 0;

const startCounter = () => randomInt(2 ** 32) * 0x400 + randomInt(0x400);
const hex = (n: number, digits: number) => n.toString(16).padStart(digits, '0');

export function newId(): string {
  const now = Date.now();
  if (now > lastMs) {
    lastMs = now;
    counter = startCounter();
  } else if (++counter > MAX_COUNTER) {
    // More ids in one millisecond than the counter holds: borrow the next millisecond.
    lastMs++;
    counter = startCounter();
  }
  const high = Math.trunc(counter / 2 ** 30); // 12 bits, after the version nibble '7'
  const low = counter % 2 ** 30; // 30 bits, after the variant bits '10'
  const ms = hex(lastMs, 12);
  const afterVariant = hex(0x80000000 + low, 8);
  const random = hex(randomInt(2 ** 32), 8);
  return `${ms.slice(0, 8)}-${ms.slice(8)}-7${hex(high, 3)}-${afterVariant.slice(0, 4)}-${afterVariant.slice(4)}${random}`;
}

/** Timestamps are ISO 8601 in UTC, as the app writes them. */
export const nowIso = (): string => new Date().toISOString();
