// The change engine of team sync: capture (triggers into sync_outbox), packing into changes
// with per-field versions, applying colleagues' changes with conflict detection, and the
// cards a person resolves. Design: /work/prompts/sync-design.md (summarised in the README).
// STUB until the engine lands: signatures only.
import type { Db } from '../db/open';
import type { SyncCard, SyncResolveInput } from '../../../shared/sync/schema';

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
}

const notYet = (): never => {
  throw new Error('sync engine not yet built');
};

/**
 * creator: every row there is becomes the team's baseline; joiner: a workspace without records
 * of its own takes the team's; copy: computers that start from one file (tests).
 */
export type CaptureMode = 'creator' | 'joiner' | 'copy';

/** Team created or joined: capture on, and every existing row queued once as an insert. */
export function startCapture(_db: Db, _computerId: string, _mode: CaptureMode = 'creator'): void {
  notYet();
}

/** This workspace's computer id for `binding` (installation | file path): a copy elsewhere gets a new one. (Stub added by syncui.) */
export function ensureComputerId(_db: Db, _binding: string): string {
  return notYet();
}

/** The engine's own state of this workspace (sync_state). (Stub added by syncui.) */
export function syncState(_db: Db): { capture: number; computer_id: string | null; bound_to: string | null; counter: number; sent_seq: number; team_id: string | null } {
  return notYet();
}

/** How many cards wait, without building them. (Stub added by syncui.) */
export function countCards(_db: Db): number {
  return notYet();
}

/** Changes made here and not yet in a packet. */
export function pendingCount(_db: Db): number {
  return notYet();
}

/** Packs the outbox and returns the changes not yet sent, or null when there are none. */
export function takeOutgoing(_db: Db): OutgoingBatch | null {
  return notYet();
}

/** The batch is in packet `seq` of this computer now. */
export function markSent(_db: Db, _batch: OutgoingBatch, _seq: number): void {
  notYet();
}

/** Applies one packet of a colleague's changes in one transaction: all or nothing. */
export function applyIncoming(_db: Db, _origin: string, _seq: number, _changes: Change[]): ApplyOutcome {
  return notYet();
}

export function listCards(_db: Db): SyncCard[] {
  return notYet();
}

export function resolveCard(_db: Db, _input: SyncResolveInput): void {
  notYet();
}
