// One sync: send this computer's new changes, take colleagues', pass on what others lack,
// and say what happened. Packets are immutable files named by origin and sequence number;
// every computer writes only into its own folder of the place, so no file has two writers.
//
// Order matters for never losing or doubling a change:
//  1. a new packet is written to the local archive, then marked sent in the workspace, and
//     only then copied to the place: a crash before the mark re-makes the packet (it never
//     left this computer); a crash after it leaves the copy to step 4 of the next run;
//  2. colleagues' packets are applied in causal order (each origin's packets in sequence, and
//     a packet only after every packet its sender had applied), each in one transaction, and
//     a packet already applied is never applied again;
//  3. every packet applied here is archived, so it can be passed on to another place;
//  4. every archived packet no folder of this place holds is copied into this computer's
//     folder: that relays colleagues' packets between places (USB sticks) and repairs a
//     copy the place lost or a run interrupted.
import type { Db } from '../db/open';
import { fail } from '../../../shared/result';
import type { SyncResultSummary } from '../../../shared/sync/schema';
import { applyIncoming, countCards, markSent, takeOutgoing } from './engine';
import { appliedVector, lastSentSeq, notePeer } from './ledger';
import { computerDir, decodePacket, encodePacket, packetFileName, parsePacketFileName, type PacketContent } from './packet';
import type { SyncPlace } from './place/place';
import type { Team } from './team';

export interface SyncRunOptions {
  place: SyncPlace;
  /** This computer's own copy of every packet it made or applied (a folder in the app's data dir). */
  archive: SyncPlace;
  team: Team;
  computerId: string;
  computerName: string;
  userName: string;
  schemaVersion: number;
  /** done of total units, with a stage key (i18n sync.stage.*: sending, receiving, applying, relaying). */
  progress?(done: number, total: number, stage: string): void | Promise<void>;
  signal?: AbortSignal;
  now?: () => Date;
}

interface Found {
  origin: string;
  seq: number;
  name: string;
  /** Folders of the place that hold this packet (the origin's own first when it has it). */
  folders: string[];
}

const ARCHIVE_DIR = 'packets';

export async function runSync(db: Db, o: SyncRunOptions): Promise<SyncResultSummary> {
  const now = o.now ?? (() => new Date());
  const teamDir = o.team.id;
  const myDir = computerDir(teamDir, o.computerId);
  const summary: SyncResultSummary = { received: 0, fromColleagues: 0, sent: 0, cards: 0, needsUpgrade: 0, refused: [], waiting: 0 };
  const stop = () => {
    if (o.signal?.aborted) throw o.signal.reason ?? new Error('aborted');
  };

  // 1. Send.
  await o.progress?.(0, 1, 'sending');
  await o.place.ensureDir(myDir);
  await o.archive.ensureDir(ARCHIVE_DIR);
  const found = await listPackets(o.place, teamDir);
  const sentHere = lastSentSeq(db);
  const ownOnPlace = Math.max(0, ...[...found.values()].filter((f) => f.origin === o.computerId).map((f) => f.seq));
  // The place holds packets of ours this workspace does not know it sent: it was put back from
  // a backup or an older copy. Sending now would reuse their numbers and change ids.
  if (ownOnPlace > sentHere) fail('CONFLICT', 'syncBehindOwnPackets', { sent: ownOnPlace, known: sentHere });
  const batch = takeOutgoing(db);
  if (batch) {
    const seq = sentHere + 1;
    const manifest: PacketContent['manifest'] = {
      origin: o.computerId,
      seq,
      schemaVersion: o.schemaVersion,
      createdAt: now().toISOString(),
      applied: appliedVector(db, o.computerId),
      computerName: o.computerName,
      userName: o.userName,
    };
    const bytes = encodePacket({ team: o.team, manifest, changes: batch.changes });
    const name = packetFileName(o.computerId, seq);
    await o.archive.write(`${ARCHIVE_DIR}/${name}`, bytes);
    markSent(db, batch, seq);
    await o.progress?.(1, 2, 'sending');
    await o.place.write(`${myDir}/${name}`, bytes);
    found.set(name, { origin: o.computerId, seq, name, folders: [myDir] });
    summary.sent = batch.changes.length;
  }
  stop();

  // 2. Receive, in causal order.
  o.progress?.(0, 1, 'receiving');
  const applied = appliedVector(db, o.computerId);
  const todo = [...found.values()].filter((f) => f.origin !== o.computerId && f.seq > (applied[f.origin] ?? 0));
  const decoded = new Map<string, Fetched>();
  const blocked = new Set<string>(); // origins whose next packet is refused or needs a newer program
  const origins = new Set<string>();
  let done = 0;
  for (let progress = true; progress; ) {
    progress = false;
    for (const f of todo.sort((a, b) => a.seq - b.seq || a.origin.localeCompare(b.origin))) {
      if (blocked.has(f.origin) || f.seq !== (applied[f.origin] ?? 0) + 1) continue;
      stop();
      let packet = decoded.get(f.name);
      if (!packet) {
        packet = await fetchPacket(o, f);
        decoded.set(f.name, packet);
      }
      if (packet.kind === 'refused') {
        summary.refused.push({ file: f.name, reason: packet.reason });
        blocked.add(f.origin);
        continue;
      }
      if (packet.kind === 'waits') {
        summary.needsUpgrade += 1;
        blocked.add(f.origin);
        continue;
      }
      const m = packet.manifest;
      if (m.origin !== f.origin || m.seq !== f.seq) {
        summary.refused.push({ file: f.name, reason: 'tampered' });
        blocked.add(f.origin);
        continue;
      }
      // A packet waits until everything its sender had applied is applied here.
      const ready = Object.entries(m.applied).every(([origin, seq]) => origin === o.computerId || (applied[origin] ?? 0) >= seq);
      if (!ready) continue;
      o.progress?.(done, todo.length, 'applying');
      const outcome = db.transaction(() => {
        const result = applyIncoming(db, f.origin, f.seq, packet.changes);
        notePeer(db, m, now().toISOString());
        return result;
      })();
      applied[f.origin] = f.seq;
      summary.received += outcome.applied;
      origins.add(f.origin);
      await o.archive.write(`${ARCHIVE_DIR}/${f.name}`, packet.bytes);
      done += 1;
      progress = true;
    }
  }
  summary.waiting = todo.filter((f) => f.seq > (applied[f.origin] ?? 0)).length - summary.refused.length - summary.needsUpgrade;
  summary.fromColleagues = origins.size;

  // 4. Pass on what this place lacks.
  stop();
  const archived = await o.archive.list(ARCHIVE_DIR);
  const missing = archived.filter((name) => parsePacketFileName(name) && !found.has(name));
  let relayed = 0;
  for (const name of missing) {
    stop();
    o.progress?.(relayed, missing.length, 'relaying');
    await o.place.write(`${myDir}/${name}`, await o.archive.read(`${ARCHIVE_DIR}/${name}`));
    relayed += 1;
  }

  summary.cards = countCards(db);
  o.progress?.(1, 1, 'done');
  return summary;
}

/** Every packet in every computer's folder of the team, by file name. */
async function listPackets(place: SyncPlace, teamDir: string): Promise<Map<string, Found>> {
  const found = new Map<string, Found>();
  for (const folder of await place.list(teamDir)) {
    for (const name of await place.list(`${teamDir}/${folder}`)) {
      const parsed = parsePacketFileName(name);
      if (!parsed) continue;
      const entry = found.get(name) ?? { ...parsed, name, folders: [] };
      // The origin's own folder is read first: a relayed copy is only a fallback.
      if (folder === parsed.origin) entry.folders.unshift(`${teamDir}/${folder}`);
      else entry.folders.push(`${teamDir}/${folder}`);
      found.set(name, entry);
    }
  }
  return found;
}

type Fetched = ReturnType<typeof decodePacket> & { bytes: Uint8Array };

/**
 * The packet from the first folder that gives it whole: the origin's own copy first, and a
 * relayed copy when that one cannot be read or is damaged.
 */
async function fetchPacket(o: SyncRunOptions, f: Found): Promise<Fetched> {
  let fallback: Fetched | null = null;
  let lastError: unknown = null;
  for (const folder of f.folders) {
    try {
      const bytes = await o.place.read(`${folder}/${f.name}`);
      const packet = { ...decodePacket(bytes, o.team, o.schemaVersion), bytes };
      if (packet.kind !== 'refused') return packet;
      fallback ??= packet;
    } catch (error) {
      lastError = error;
    }
  }
  if (fallback) return fallback;
  throw lastError;
}
