// What this workspace knows of the team's packets: which are applied here (sync_packets; this
// computer's own newest is sync_state.sent_seq) and who each colleague is (sync_peers, from their manifests).
import type { Db } from '../db/open';
import type { PacketManifest } from './packet';

/** origin → the highest packet applied here (applied in sequence, so also how many), without this computer's own. */
export function appliedVector(db: Db, me: string): Record<string, number> {
  const rows = db.prepare('SELECT origin, MAX(seq) AS seq FROM sync_packets WHERE origin <> ? GROUP BY origin').all(me) as {
    origin: string;
    seq: number;
  }[];
  return Object.fromEntries(rows.map((r) => [r.origin, r.seq]));
}

/** The sequence number of this computer's newest packet (0 before the first); markSent keeps it. */
export const lastSentSeq = (db: Db): number => (db.prepare('SELECT sent_seq FROM sync_state').get() as { sent_seq: number }).sent_seq;

/** A colleague's packet was applied: their names and the newest change we have from them. */
export function notePeer(db: Db, m: PacketManifest, receivedAt: string): void {
  db.prepare(
    `INSERT INTO sync_peers (computer_id, computer_name, user_name, applied_seq, last_change_at, last_received_at, vector)
     VALUES (@origin, @computerName, @userName, @seq, @createdAt, @receivedAt, @vector)
     ON CONFLICT (computer_id) DO UPDATE SET computer_name = excluded.computer_name, user_name = excluded.user_name,
       applied_seq = MAX(applied_seq, excluded.applied_seq), last_change_at = excluded.last_change_at,
       last_received_at = excluded.last_received_at, vector = excluded.vector
     WHERE excluded.applied_seq >= sync_peers.applied_seq`,
  ).run({ ...m, receivedAt, vector: JSON.stringify(m.applied) });
}
