// The convergence property of team sync (issue 13, "Tests"): for each seed, three computers
// start from one workspace, make random offline edits through the real channels, and
// exchange changes in a random causal order (sometimes only through a relay). Before the
// cards are resolved every difference is a waiting card; after they are resolved (randomly
// mine or theirs) the three are identical table by table; no edit is lost. See
// electron/core/testing/syncConvergence.ts for one seed.
//
// SYNC_SEED=<n> runs that one seed (to replay a failure); SYNC_SEEDS=<count> and
// SYNC_SEED_FROM=<first> change the range. The bench runs 1,000 (npm run bench -- --sync).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Template, buildTemplate, convergenceSeed } from '../testing/syncConvergence';

const one = process.env.SYNC_SEED ? Number(process.env.SYNC_SEED) : null;
const count = one !== null ? 1 : Number(process.env.SYNC_SEEDS ?? 300);
const first = one ?? Number(process.env.SYNC_SEED_FROM ?? 1);
/** Seeds per test, so a failure names its block and the progress shows. */
const BLOCK = 25;

let template: Template;
beforeAll(async () => {
  template = await buildTemplate();
});
afterAll(() => template?.dispose());

describe('team sync converges', () => {
  for (let from = first; from < first + count; from += BLOCK) {
    const to = Math.min(from + BLOCK, first + count) - 1;
    it(`seeds ${from}–${to}: every difference a card, then identical, nothing lost`, async () => {
      // Every seed of the block runs; a failure names its seed and what went wrong (the first in
      // full, the others by their first line), so one run counts them all.
      const failures: string[] = [];
      for (let seed = from; seed <= to; seed++) {
        try {
          const report = await convergenceSeed(template, seed);
          expect(report.seed).toBe(seed);
        } catch (e) {
          failures.push((e as Error).message);
        }
      }
      if (failures.length) {
        const others = failures.slice(1).map((f) => f.split('\n').slice(0, 2).join(' | ').slice(0, 300));
        throw new Error(`${failures.length} of ${to - from + 1} seeds failed. First:\n${failures[0]}\n\nOthers:\n${others.join('\n')}`);
      }
    }, 120_000);
  }
});
