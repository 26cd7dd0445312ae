// The team sync figures of issue 13 end to end (`npm run bench -- --sync`, after bench/sync.ts's
// engine figures):
// - "thirty staff, seven days of typical work" (about 2,000 changes and 200 photos) made on
//   computer A through the real channels (syncWorkloadWeek), then timed: sending (packing the
//   changes, encoding the packet with the team key, writing it to a folder place), receiving
//   and applying on computer B (reading, decoding, applying in one transaction), the packet's
//   size, and a sync with nothing new — each a whole sync as the 同步 button runs it (run.ts).
//   Each run starts from fresh copies (sending consumes the changes), medians of the runs.
// - the convergence property (electron/core/sync/convergence.test.ts) over 1,000 seeds.
// Targets: send < 2 s, receive and apply < 5 s, nothing new < 200 ms.
import fs from 'node:fs';
import { pendingCount, takeOutgoing, markSent, applyIncoming, startCapture } from '../electron/core/sync/engine';
import { computerDir } from '../electron/core/sync/packet';
import { runSync } from '../electron/core/sync/run';
import { createTeam } from '../electron/core/sync/team';
import { FolderPlace } from '../electron/core/sync/place/folder';
import { LATEST_VERSION } from '../electron/core/db/migrations';
import { buildTemplate, convergenceSeed, openCopy, type Template } from '../electron/core/testing/syncConvergence';
import { mulberry32 } from '../electron/core/testing/syncRandom';
import { compareWorkspaces, describeDifferences } from '../electron/core/testing/syncCompare';
import { syncWorkloadWeek } from '../electron/core/testing/syncWorkload';
import { createTestWorkspace, tempDir } from '../electron/core/testing/workspace';

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

export interface SyncFigures {
  changes: number;
  photos: number;
  packetBytes: number;
  sendMs: number[];
  receiveMs: number[];
  nothingNewMs: number[];
}

/** A workspace with thirty staff, before sync starts: both computers begin from a copy of it. */
async function weekTemplate(): Promise<Template> {
  const ws = await createTestWorkspace();
  for (let i = 1; i < 30; i++) await ws.call('staff.create', { name: `同事${i + 1}`, title: '科员', phone: null });
  const meId = ws.me.id;
  ws.session.close();
  return { dir: ws.dir, file: ws.file, meId, dispose: () => fs.rmSync(ws.dir, { recursive: true, force: true }) };
}

export async function syncWeekBench(runs: number, log: (line: string) => void): Promise<SyncFigures> {
  const template = await weekTemplate();
  const team = createTeam('嘉定区对口支援工作组');
  const figures: SyncFigures = { changes: 0, photos: 0, packetBytes: 0, sendMs: [], receiveMs: [], nothingNewMs: [] };
  try {
    for (let run = 0; run < runs; run++) {
      const placeDir = tempDir('liaison-sync-place-');
      const place = new FolderPlace(placeDir);
      const a = await openCopy(template);
      const b = await openCopy(template);
      try {
        const [idA, idB] = [`a${run}-computer`, `b${run}-computer`];
        startCapture(a.db, idA, 'copy');
        startCapture(b.db, idB, 'copy');
        // What capture queued when it started is not the week: exchanged first, untimed.
        for (const [from, to, origin] of [[a, b, idA], [b, a, idB]] as const) {
          const batch = takeOutgoing(from.db);
          if (batch) {
            markSent(from.db, batch, 1);
            applyIncoming(to.db, origin, 1, JSON.parse(JSON.stringify(batch.changes)));
          }
        }
        const week = await syncWorkloadWeek(a, mulberry32(2026 + run));
        figures.photos = week.photos;
        figures.changes = pendingCount(a.db);

        // Each a real sync (run.ts): the same code the 同步 button runs, through a folder place.
        const sync = (c: typeof a, id: string) => {
          const archive = `${placeDir}-archive-${id}`;
          fs.mkdirSync(archive, { recursive: true });
          return runSync(c.db, { place, archive: new FolderPlace(archive), team, computerId: id, computerName: id, userName: id, schemaVersion: LATEST_VERSION });
        };
        // Send: pack, encode with the team key, write into A's folder at the place (and A's archive).
        let t0 = process.hrtime.bigint();
        const sent = await sync(a, idA);
        figures.sendMs.push(ms(t0));
        if (sent.sent !== figures.changes) throw new Error(`sent ${sent.sent} of ${figures.changes} changes`);
        const dirA = `${placeDir}/${computerDir(team.id, idA)}`;
        figures.packetBytes = Math.max(...fs.readdirSync(dirA).map((f) => fs.statSync(`${dirA}/${f}`).size));

        // Receive: list the place, read, decode (authenticate, decrypt), apply on B, archive for relay.
        t0 = process.hrtime.bigint();
        const got = await sync(b, idB);
        figures.receiveMs.push(ms(t0));
        if (got.received !== figures.changes) throw new Error(`received ${got.received} of ${figures.changes} changes`);

        // Untimed: B now holds the week exactly as A does (photos included), or the figures mean nothing.
        const differences = compareWorkspaces([a.db, b.db]);
        if (differences.length) throw new Error(`B differs from A after applying the week:\n${describeDifferences(differences)}`);

        // Nothing new on B: a whole sync that finds nothing to send, apply or pass on.
        t0 = process.hrtime.bigint();
        const nothing = await sync(b, idB);
        figures.nothingNewMs.push(ms(t0));
        if (nothing.sent + nothing.received !== 0) throw new Error('a sync with nothing new moved changes');
      } finally {
        a.dispose();
        b.dispose();
        for (const d of [placeDir, `${placeDir}-archive-${`a${run}-computer`}`, `${placeDir}-archive-${`b${run}-computer`}`]) fs.rmSync(d, { recursive: true, force: true });
      }
      log(`  run ${run + 1}: send ${figures.sendMs.at(-1)!.toFixed(0)} ms, receive+apply ${figures.receiveMs.at(-1)!.toFixed(0)} ms, nothing new ${figures.nothingNewMs.at(-1)!.toFixed(1)} ms`);
    }
  } finally {
    template.dispose();
  }
  return figures;
}

export async function syncConvergenceBench(seeds: number, log: (line: string) => void): Promise<{ failures: string[] }> {
  const template = await buildTemplate();
  const failures: string[] = [];
  let cards = 0;
  const kinds: Record<string, number> = {};
  const refused: string[] = [];
  let relayed = 0;
  let changes = 0;
  const t0 = process.hrtime.bigint();
  try {
    for (let seed = 1; seed <= seeds; seed++) {
      try {
        const r = await convergenceSeed(template, seed);
        cards += r.cards;
        for (const [k, n] of Object.entries(r.cardKinds)) kinds[k] = (kinds[k] ?? 0) + n;
        refused.push(...r.refusedChoices);
        changes += r.changesApplied;
        if (r.relayOnly) relayed++;
      } catch (e) {
        failures.push((e as Error).message.split('\n').slice(0, 4).join(' | '));
      }
      if (seed % 100 === 0) log(`  ${seed} seeds, ${failures.length} failed, ${(ms(t0) / 1000).toFixed(0)} s`);
    }
  } finally {
    template.dispose();
  }
  log(
    `  seeds ${seeds}, failures ${failures.length}${failures.length ? ' FAIL' : ' PASS'}; ${relayed} through a relay only; ` +
      `${changes.toLocaleString()} changes applied, ${cards.toLocaleString()} cards (${Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', ')}); ${(ms(t0) / 1000).toFixed(0)} s in all`,
  );
  if (refused.length) log(`  choices a card offered but the engine refused (the other was taken): ${refused.length}, e.g. ${[...new Set(refused)].slice(0, 3).join('; ')}`);
  // Failures grouped by what went wrong (ids and times blanked), most frequent first, with seeds to replay (SYNC_SEED=n).
  const groups = new Map<string, number[]>();
  for (const f of failures) {
    const [head, detail] = f.split(' | ');
    const key = `${head!.replace(/^seed \d+: /, '')} | ${(detail ?? '').replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '…').replace(/"\d{4}-[\dT:.Z-]+"/g, 'T').slice(0, 120)}`;
    groups.set(key, [...(groups.get(key) ?? []), Number(/^seed (\d+)/.exec(head!)?.[1])]);
  }
  for (const [key, seeds] of [...groups].sort((a, b) => b[1].length - a[1].length).slice(0, 25)) {
    log(`  ${String(seeds.length).padStart(4)} × ${key} (seeds ${seeds.slice(0, 6).join(', ')}${seeds.length > 6 ? ', …' : ''})`);
  }
  return { failures };
}

export async function syncWeekAndSeedsBench(log: (line: string) => void, o: { runs?: number; seeds?: number } = {}): Promise<void> {
  log('\nteam sync: thirty staff, seven days of typical work, A → B through a folder place …');
  const f = await syncWeekBench(o.runs ?? 3, log);
  const verdict = (xs: number[], target: number) => `${median(xs).toFixed(0)} ms (target < ${target} ms) ${median(xs) < target ? 'PASS' : 'FAIL'}`;
  log(`  ${f.changes.toLocaleString()} changes, ${f.photos} photos; packet ${(f.packetBytes / 1e6).toFixed(1)} MB`);
  log(`  send (pack + encode + write): median ${verdict(f.sendMs, 2000)}`);
  log(`  receive + apply (read + decode + apply): median ${verdict(f.receiveMs, 5000)}`);
  log(`  sync with nothing new: median ${median(f.nothingNewMs).toFixed(1)} ms (target < 200 ms) ${median(f.nothingNewMs) < 200 ? 'PASS' : 'FAIL'}`);
  const seeds = o.seeds ?? 1000;
  log(`\nteam sync convergence: ${seeds.toLocaleString()} seeds, three computers each …`);
  await syncConvergenceBench(seeds, log);
}
