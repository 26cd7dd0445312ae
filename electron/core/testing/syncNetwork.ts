// Test and bench helper (not a test): computers that exchange the engine's batches in a
// random order that still respects causal delivery, as run.ts does with packet files:
// - packets of one origin are applied in sequence (seq k+1 only after k);
// - a packet carries the vector of packets its sender had applied when sending, and waits
//   until those are applied here too;
// - a computer passes on (relays) the packets it has applied, so two computers that never
//   meet still converge through a third.
// Changes are copied through JSON on the way, as they are in a packet, so no object is shared.
import { applyIncoming, type Change, markSent, takeOutgoing } from '../sync/engine';
import type { Db } from '../db/open';
import type { Rng } from './syncRandom';

export interface SimPacket {
  origin: string;
  seq: number;
  changes: Change[];
  /** Per origin, the highest seq the sender had applied when it sent this one. */
  applied: Record<string, number>;
}

export class SimComputer {
  seq = 0;
  /** Per origin, the highest seq applied here (contiguous). */
  readonly applied: Record<string, number> = {};
  /** Packets this computer can hand on: its own and every one it applied. */
  readonly held: SimPacket[] = [];
  /** Packets received, not yet applied. */
  readonly waiting = new Map<string, SimPacket>();

  constructor(
    readonly id: string,
    readonly label: string,
    readonly db: () => Db,
  ) {}

  /** Packs what is new here into the next packet; false when there was nothing. */
  send(): boolean {
    const batch = takeOutgoing(this.db());
    if (!batch) return false;
    this.seq++;
    markSent(this.db(), batch, this.seq);
    this.held.push({ origin: this.id, seq: this.seq, changes: JSON.parse(JSON.stringify(batch.changes)) as Change[], applied: { ...this.applied } });
    return true;
  }

  /** Takes every packet `from` holds that is new here; the count taken. */
  receiveFrom(from: SimComputer): number {
    let n = 0;
    for (const p of from.held) {
      if (p.origin === this.id || (this.applied[p.origin] ?? 0) >= p.seq) continue;
      const key = `${p.origin}:${p.seq}`;
      if (this.waiting.has(key)) continue;
      this.waiting.set(key, p);
      n++;
    }
    return n;
  }

  ready(): SimPacket[] {
    return [...this.waiting.values()].filter(
      (p) =>
        (this.applied[p.origin] ?? 0) === p.seq - 1 &&
        Object.entries(p.applied).every(([origin, seq]) => origin === this.id || (this.applied[origin] ?? 0) >= seq),
    );
  }

  /** Applies one ready packet (chosen at random); false when none is ready. */
  applyOne(rng: Rng): boolean {
    const ready = this.ready();
    if (!ready.length) return false;
    const p = rng.pick(ready);
    this.applyPacket(p);
    return true;
  }

  applyPacket(p: SimPacket): void {
    this.waiting.delete(`${p.origin}:${p.seq}`);
    try {
      applyIncoming(this.db(), p.origin, p.seq, JSON.parse(JSON.stringify(p.changes)) as Change[]);
    } catch (e) {
      throw new Error(`${this.label} applying ${p.origin.slice(0, 8)}#${p.seq} (${p.changes.length} changes): ${(e as Error).message}`, { cause: e });
    }
    this.applied[p.origin] = p.seq;
    this.held.push(p);
  }
}

export interface Network {
  computers: SimComputer[];
  /** Pairs that exchange packets directly (indexes into computers); others only through relays. */
  links: [number, number][];
}

/** Every pair linked, or (with `relayOnly`) the first and last never meet: all goes through the middle. */
export function linksFor(n: number, relayOnly: boolean): [number, number][] {
  const links: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (!(relayOnly && i === 0 && j === n - 1)) links.push([i, j]);
  return links;
}

/** `steps` random sends, deliveries along links (either way) and applies. */
export function randomTraffic(net: Network, rng: Rng, steps: number): void {
  for (let s = 0; s < steps; s++) {
    const r = rng.int(3);
    if (r === 0) rng.pick(net.computers).send();
    else if (r === 1) {
      const [a, b] = rng.pick(net.links);
      const [from, to] = rng.chance(0.5) ? [a, b] : [b, a];
      net.computers[to]!.receiveFrom(net.computers[from]!);
    } else rng.pick(net.computers).applyOne(rng);
  }
}

/**
 * Syncs until nothing moves: everyone sends, packets travel every link both ways and are
 * applied (in a random order among the ready ones). Throws if packets are stuck waiting.
 */
export function settle(net: Network, rng: Rng, maxRounds = 50): void {
  for (let round = 0; round < maxRounds; round++) {
    let moved = 0;
    for (const c of rng.shuffle([...net.computers])) if (c.send()) moved++;
    for (const [a, b] of rng.shuffle([...net.links])) {
      moved += net.computers[b]!.receiveFrom(net.computers[a]!);
      moved += net.computers[a]!.receiveFrom(net.computers[b]!);
    }
    for (const c of net.computers) while (c.applyOne(rng)) moved++;
    if (moved === 0) {
      const stuck = net.computers.filter((c) => c.waiting.size > 0);
      if (stuck.length) throw new Error(`packets stuck waiting: ${stuck.map((c) => `${c.label}: ${[...c.waiting.keys()].join(', ')}`).join('; ')}`);
      return;
    }
  }
  throw new Error(`sync did not settle in ${maxRounds} rounds`);
}
