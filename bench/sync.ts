// `npm run bench -- --sync`: the change engine of team sync (issue 13), on real workspace files
// copied from one (as the engine tests do), through the real invoker:
//  - what the capture triggers cost on hot write paths (companies.update, visits.create): the
//    median with capture on over the median with capture off, samples alternating;
//  - packing ~2,000 changes (a week of a working group's typical work) and applying them on
//    another computer in one packet; the packet's JSON size raw and gzipped;
//  - a send and a receive with nothing new.
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { computersFromOneFile } from '../electron/core/testing/syncTeam';
import { companyAsInput, creditCodeFor } from '../electron/core/testing/workspace';
import { applyIncoming, takeOutgoing } from '../electron/core/sync/engine';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(2)} ms`;

export async function syncBench(log: (line: string) => void, rounds = 310): Promise<void> {
  const [a, b] = await computersFromOneFile(['A', 'B'], async (ws) => {
    for (let i = 0; i < 300; i++) await ws.createCompany({ name: `基准公司${i}有限公司`, creditCode: creditCodeFor(i) });
  });
  try {
    const ws = a!.ws;
    const companies = (await ws.call('companies.list', { limit: 100 })).rows;
    const setCapture = (on: boolean) => ws.db.prepare('UPDATE sync_state SET capture = ?').run(on ? 1 : 0);
    const samples = { update: { on: [] as number[], off: [] as number[] }, visit: { on: [] as number[], off: [] as number[] } };
    for (let i = 0; i < rounds; i++) {
      for (const on of i % 2 ? [true, false] : [false, true]) {
        setCapture(on);
        const c = await ws.call('companies.get', { id: companies[i % companies.length]!.id });
        let t = performance.now();
        await ws.call('companies.update', { ...companyAsInput(c), headcount: 100 + i * 2 + (on ? 1 : 0) });
        samples.update[on ? 'on' : 'off'].push(performance.now() - t);
        t = performance.now();
        await ws.createVisit(c.id, { purpose: `基准走访${i}` });
        samples.visit[on ? 'on' : 'off'].push(performance.now() - t);
      }
    }
    setCapture(true);
    for (const [name, s] of [['companies.update', samples.update], ['visits.create', samples.visit]] as const) {
      log(`  capture triggers on ${name}: ${ms(median(s.on))} with, ${ms(median(s.off))} without (median of ${rounds}); ratio ${(median(s.on) / median(s.off)).toFixed(2)}×`);
    }
    // Everything written above with capture on, and more, goes out as one packet.
    let t = performance.now();
    const batch = takeOutgoing(ws.db)!;
    const packMs = performance.now() - t;
    const json = JSON.stringify(batch.changes);
    log(`  packing ${batch.changes.length.toLocaleString()} changes: ${ms(packMs)}; packet JSON ${(json.length / 1024).toFixed(0)} KiB, gzipped ${(gzipSync(json).length / 1024).toFixed(0)} KiB`);
    t = performance.now();
    const outcome = applyIncoming(b!.db, 'A', 1, batch.changes);
    log(`  applying them on another computer (one packet, one transaction): ${ms(performance.now() - t)}; applied ${outcome.applied}, waiting ${outcome.waiting}, cards ${outcome.cards}`);
    t = performance.now();
    const none = takeOutgoing(b!.db);
    const again = applyIncoming(b!.db, 'A', 1, batch.changes);
    log(`  nothing new (a send with no changes, the same packet again): ${ms(performance.now() - t)} (${none === null && again.duplicate ? 'nothing done' : 'UNEXPECTED'})`);
  } finally {
    a!.dispose();
    b!.dispose();
  }
}
