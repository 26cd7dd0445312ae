import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { JobStatus } from '../../../shared/jobs/schema';
import { fail } from '../../../shared/result';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';
import { type JobContext, Jobs, jobsOf, KEEP_FINISHED_MS } from './jobs';

/** Polls like the renderer does until the job left 'running'. */
async function settled(ws: TestWorkspace, id: string): Promise<JobStatus> {
  for (;;) {
    const s = await ws.call('jobs.status', { id });
    if (s.state !== 'running') return s;
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** A job over `chunks` chunks that writes a file as it goes and deletes it when cancelled. */
const writingJob = (file: string, chunks: number, onChunk?: (i: number) => void) => async (job: JobContext) => {
  const out = fs.openSync(file, 'w');
  try {
    for (let i = 0; i < chunks; i++) {
      fs.writeSync(out, `row ${i}\n`);
      job.progress(i + 1, chunks, 'writing');
      onChunk?.(i);
      await job.checkpoint();
    }
  } catch (e) {
    fs.closeSync(out);
    fs.rmSync(file, { force: true });
    throw e;
  }
  fs.closeSync(out);
  return { path: file, rows: chunks };
};

describe('jobs', () => {
  let ws: TestWorkspace;
  beforeEach(async () => {
    ws = await createTestWorkspace();
  });
  afterEach(() => ws.dispose());

  // The handlers and the test reach the same Jobs through the same context object.
  const jobs = () => jobsOf(ws.context);

  it('reports progress and ends with the result', async () => {
    const file = path.join(ws.dir, 'a.txt');
    const seen: [number, number][] = [];
    // Each chunk takes a millisecond, so the polls below see the job part-way.
    const id = jobs().start('test', writingJob(file, 50, () => {
      const t = Date.now();
      while (Date.now() - t < 1);
    }));
    const first = await ws.call('jobs.status', { id });
    expect(first).toMatchObject({ kind: 'test', state: 'running' });
    for (;;) {
      const s = await ws.call('jobs.status', { id });
      seen.push([s.done, s.total]);
      if (s.state !== 'running') break;
      await new Promise((r) => setTimeout(r, 1));
    }
    const end = await settled(ws, id);
    expect(end).toMatchObject({ state: 'done', done: 50, total: 50, stage: 'writing', result: { path: file, rows: 50 }, error: null });
    expect(seen.some(([d, t]) => t === 50 && d > 0 && d < 50)).toBe(true);
    expect(fs.readFileSync(file, 'utf8').split('\n')).toHaveLength(51);
  });

  it('cancelled mid-way leaves nothing behind', async () => {
    const file = path.join(ws.dir, 'half.txt');
    let id = '';
    id = jobs().start('test', writingJob(file, 1000, (i) => {
      if (i === 10) void ws.call('jobs.cancel', { id });
    }));
    const end = await settled(ws, id);
    expect(end.state).toBe('cancelled');
    expect(end.done).toBeLessThan(1000);
    expect(fs.existsSync(file)).toBe(false);
    // Cancelling again, or a finished job, is harmless.
    expect(await ws.call('jobs.cancel', { id })).toEqual({ done: true });
    expect((await ws.call('jobs.status', { id })).state).toBe('cancelled');
  });

  it('a refusal inside the job becomes its error; anything else is "internal"', async () => {
    const refused = jobs().start('test', async () => fail('VALIDATION', 'nothingToExport'));
    expect(await settled(ws, refused)).toMatchObject({ state: 'failed', error: { code: 'VALIDATION', key: 'nothingToExport' }, result: null });
    const original = console.error;
    console.error = () => {};
    try {
      const broken = jobs().start('test', async () => {
        throw new Error('disk on fire');
      });
      expect(await settled(ws, broken)).toMatchObject({ state: 'failed', error: { code: 'INTERNAL', key: 'internal' } });
    } finally {
      console.error = original;
    }
  });

  it('checkpoint yields, so other calls are answered while a job runs', async () => {
    let stop = false;
    let chunks = 0;
    const id = jobs().start('test', async (job) => {
      // Busy until the test says stop: only possible if the test's own calls get a turn.
      for (;;) {
        chunks++;
        const t = Date.now();
        while (Date.now() - t < 2);
        job.progress(chunks, 0);
        await job.checkpoint();
        if (stop) return { chunks };
      }
    });
    await new Promise((r) => setTimeout(r, 20));
    const companies = await ws.call('companies.list', {});
    expect(companies.total).toBe(0);
    expect((await ws.call('jobs.status', { id })).state).toBe('running');
    // On a loaded machine the job may not have had its second turn yet: it does, between our calls.
    await vi.waitFor(() => expect(chunks).toBeGreaterThan(1));
    stop = true;
    const end = await settled(ws, id);
    expect(end.state).toBe('done');
    expect(end.result!.chunks as number).toBeGreaterThan(1);
  });

  it('an unknown job is NOT_FOUND; finished jobs are dropped after ten minutes', async () => {
    expect((await ws.refused('jobs.status', { id: '01890a5d-ac96-774b-bcce-b302099a8057' })).code).toBe('NOT_FOUND');
    let now = 1_000;
    const local = new Jobs(() => now);
    const id = local.start('test', async () => ({}));
    await new Promise((r) => setTimeout(r, 10));
    expect(local.status(id).state).toBe('done');
    now += KEEP_FINISHED_MS + 1;
    expect(() => local.status(id)).toThrow(/jobNotFound/);
  });
});
