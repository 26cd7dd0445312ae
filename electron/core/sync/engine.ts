// The change engine of team sync: capture (triggers into sync_outbox), packing into changes
// with per-field versions, applying colleagues' changes with conflict detection, and the
// cards a person resolves. Design: /work/prompts/sync-design.md (summarised in the README).
// This file is the engine's face for the sync run, the service and the tests; the parts live
// beside it: tables, capture, pack, apply, heads, cards, resolve, derived.
import type { SyncCard, SyncResolveInput } from '../../../shared/sync/schema';
import type { Db } from '../db/open';
import { applyPacket } from './apply';
import { listCards as cards } from './cards';
import { withWorkingChoices } from './choices';
import { outgoing, packOutbox, retireSent } from './pack';
import { resolveCard as resolve } from './resolve';
import type { ApplyOutcome, Change, OutgoingBatch } from './types';

export type { ApplyOutcome, Change, ColumnValue, JsonValue, OutgoingBatch } from './types';
export { type CaptureMode, capturing, ensureComputerId, startCapture, syncState } from './capture';
export { appliedVector, waitingCount } from './apply';
export { countCards } from './cards';

/** Changes made here and not yet sent (the outbox is packed first, so the number is of changes, not raw writes). */
export function pendingCount(db: Db): number {
  if (!db.readonly) packOutbox(db);
  const packed = (db.prepare('SELECT count(*) AS n FROM sync_outgoing').get() as { n: number }).n;
  return db.readonly ? packed + (db.prepare('SELECT count(*) AS n FROM sync_outbox').get() as { n: number }).n : packed;
}

/** Packs the outbox and returns the changes not yet sent, or null when there are none. */
export function takeOutgoing(db: Db): OutgoingBatch | null {
  packOutbox(db);
  const batch = outgoing(db);
  return batch.changes.length === 0 ? null : batch;
}

/** The batch is in packet `seq` of this computer now: its changes leave the outgoing list (sync_state.sent_seq is the last packet sent). */
export function markSent(db: Db, batch: OutgoingBatch, seq: number): void {
  db.transaction(() => {
    retireSent(db, batch.upTo);
    db.prepare('UPDATE sync_state SET sent_seq = max(sent_seq, ?)').run(seq);
  })();
}

/** Applies one packet of a colleague's changes in one transaction: all or nothing. The same packet twice changes nothing. */
export function applyIncoming(db: Db, origin: string, seq: number, changes: Change[]): ApplyOutcome {
  // Local writes not yet packed take their bases now, from before the colleague's changes: packed
  // after them, an edit made concurrently would claim to have seen them and silently win.
  if (!db.readonly) packOutbox(db);
  return applyPacket(db, origin, seq, changes);
}

/** The cards waiting here, each offering only the choices that work now (choices.ts). */
export function listCards(db: Db): SyncCard[] {
  return cards(db).map((c) => withWorkingChoices(db, c));
}

export function resolveCard(db: Db, input: SyncResolveInput): void {
  resolve(db, input);
}
