// The shapes the change engine works in (engine.ts re-exports them for the run and the tests).

export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

/** A column's new value; a BLOB travels as { $blob: base64 }. */
export type ColumnValue = JsonValue | { $blob: string };

export interface Change {
  /** `<computerId>:<counter>`: unique across the team; also the version of every field it sets. */
  id: string;
  tbl: string;
  pk: JsonValue[];
  op: 'I' | 'U' | 'D';
  at: string;
  /** The staff member (id) who made it on that computer, when known. */
  by: string | null;
  /** A delete has one entry, '*', whose bases are every head of the row it knew. */
  cols: Record<string, { v: ColumnValue; old?: ColumnValue; bases: string[] }>;
}

export interface OutgoingBatch {
  changes: Change[];
  /** The outbox/log positions these came from, so markSent can retire exactly them. */
  upTo: number;
}

export interface ApplyOutcome {
  applied: number;
  /** Cards that exist after this packet (field, deleted, duplicate). */
  cards: number;
  /** Changes of this packet that wait (their parent record has not arrived): kept in sync_parked and tried again after every packet. */
  waiting: number;
  /** The packet had been applied here before: nothing was done. */
  duplicate: boolean;
}
