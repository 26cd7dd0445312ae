// A workbook is expanded in a thread of its own (the core's script started as the parse, as
// the app does it): the core answers other calls throughout a 20,000-row workbook's parse, a
// cancel during the parse ends the job at once and leaves nothing, the sheets and refusals are
// the same as on the core's thread, and a thread that cannot start falls back to that.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { root, TEST_CORE_BUNDLE } from '../../../scripts/bundles.mjs';
import type { ImportOpened } from '../../../shared/imports/schema';
import type { JobStatus } from '../../../shared/jobs/schema';
import { ApiFailure } from '../../../shared/result';
import { writeXlsx } from '../testing/spreadsheets';
import { createTestWorkspace, creditCodeFor, type TestWorkspace } from '../testing/workspace';
import { readSpreadsheet } from './read';
import { type BackgroundParse, parseInThread } from './xlsxThread';

const SCRIPT = path.join(root, TEST_CORE_BUNDLE);
const TOWNS = ['安亭镇', '马陆镇', '南翔镇', '江桥镇', '徐行镇', '华亭镇', '外冈镇', '嘉定工业区'];

let ws: TestWorkspace;
/** The parses the core started in their thread, to see that a cancel stopped them. */
let parses: { stopped: boolean }[];
beforeEach(async () => {
  ws = await createTestWorkspace();
  parses = [];
  ws.context.parseXlsxElsewhere = (file, fileName, progress) => {
    const parse = parseInThread(SCRIPT, file, fileName, progress);
    const seen = { stopped: false };
    parses.push(seen);
    return {
      done: parse.done,
      stop: () => {
        seen.stopped = true;
        parse.stop();
      },
    } satisfies BackgroundParse;
  };
});
afterEach(() => ws.dispose());

/** A register of `rows` companies with a contact each, about 1 MB at 20,000 rows. */
async function register(rows: number): Promise<string> {
  const file = path.join(ws.dir, '企业名录.xlsx');
  const data: (string | number)[][] = [['企业名称', '统一社会信用代码', '所属街镇', '职工人数', '地址', '联系人', '职务', '联系电话']];
  for (let i = 0; i < rows; i++) {
    data.push([`上海嘉定第${i + 1}号制造有限公司`, creditCodeFor(500_000 + i), TOWNS[i % TOWNS.length]!, 50 + (i % 900), `嘉定区测试路${i + 1}号`, `联系人${i}`, '人事经理', `139${String(i).padStart(8, '0')}`]);
  }
  await writeXlsx(file, [{ name: '企业名录', rows: data }]);
  return file;
}

const status = (jobId: string) => ws.call('jobs.status', { id: jobId }) as Promise<JobStatus>;

/**
 * Opens `file` through the dialog and the job and asks for a list page every 5 ms meanwhile, as
 * a window does; the job's end and the longest the core was held. The harness answers in this
 * very thread, so a call is answered at once once its turn comes: how long the core is held is
 * the longest gap between one call's answer and the next call's start, less the 5 ms pause (a
 * call the window sent at the start of that gap would have waited that long).
 */
async function openWhileCalling(file: string): Promise<{ end: JobStatus; longest: number; held: number; calls: number; ms: number }> {
  ws.dialogs.nextFile = file;
  const t0 = performance.now();
  const { jobId } = (await ws.call('imports.open', { target: 'companies' }))!;
  let longest = 0;
  /** The gaps over 10 ms together (a timer fires a millisecond or so late each time: not a hold). */
  let held = 0;
  let calls = 0;
  for (;;) {
    await ws.call('companies.list', { limit: 1 });
    const s = await status(jobId);
    calls += 1;
    if (s.state !== 'running') return { end: s, longest, held, calls, ms: performance.now() - t0 };
    const t = performance.now();
    await new Promise((r) => setTimeout(r, 5));
    const gap = Math.max(0, performance.now() - t - 5);
    longest = Math.max(longest, gap);
    if (gap > 10) held += gap;
  }
}

describe('a workbook is expanded in a thread of its own', () => {
  it('the core answers other calls throughout a 20,000-row workbook\'s parse', async () => {
    const file = await register(20_000);
    // The same file parsed on the core's thread first, for the figure (nothing asserted on it);
    // first, so ExcelJS is as new to this thread as it always is to the parse's own.
    const elsewhere = ws.context.parseXlsxElsewhere;
    delete ws.context.parseXlsxElsewhere;
    const before = await openWhileCalling(file);
    expect(before.end.state).toBe('done');
    console.info(`20,000-row XLSX parsed on the core's thread: ${before.ms.toFixed(0)} ms in all, ${before.calls} calls answered meanwhile, core held at most ${before.longest.toFixed(0)} ms at a time, ${before.held.toFixed(0)} ms in all`);

    ws.context.parseXlsxElsewhere = elsewhere;
    const { end, longest, held, calls, ms } = await openWhileCalling(file);
    expect(end.state).toBe('done');
    expect(end.result as unknown as ImportOpened).toMatchObject({ encoding: 'xlsx', sheets: [{ name: '企业名录', rowCount: 20_000 }] });
    expect(parses).toHaveLength(1);
    console.info(`the same file parsed in its thread: ${ms.toFixed(0)} ms in all, ${calls} calls answered meanwhile, core held at most ${longest.toFixed(0)} ms at a time, ${held.toFixed(0)} ms in all`);
    // Generous (a quiet machine: about 20 ms, the guard's chunks and the rows' messages); on the
    // core's thread ExcelJS's load held it for 0.2 to 0.6 s at a time, about a second in all.
    expect(longest).toBeLessThan(600);
  });

  it('a cancel during the parse ends the job as cancelled at once, stops the thread and leaves nothing', async () => {
    const file = await register(20_000);
    const before = ws.counts();
    ws.dialogs.nextFile = file;
    const { jobId } = (await ws.call('imports.open', { target: 'companies' }))!;
    while (parses.length === 0) await new Promise((r) => setTimeout(r, 2));
    // Into ExcelJS's load, which takes the thread a second or more at this size.
    await new Promise((r) => setTimeout(r, 150));
    expect((await status(jobId)).state).toBe('running');
    const t0 = performance.now();
    await ws.call('jobs.cancel', { id: jobId });
    let end: JobStatus;
    while ((end = await status(jobId)).state === 'running') await new Promise((r) => setTimeout(r, 2));
    const ms = performance.now() - t0;
    expect(end.state).toBe('cancelled');
    expect(parses[0]!.stopped).toBe(true);
    console.info(`cancel during the XLSX parse: job cancelled ${ms.toFixed(1)} ms after the call`);
    expect(ms).toBeLessThan(500); // generous: the figure is a few milliseconds
    expect(ws.counts()).toEqual(before);
    // Nothing is held: the next open starts afresh and works.
    ws.context.parseXlsxElsewhere = (f, n, p) => parseInThread(SCRIPT, f, n, p);
    expect((await openWhileCalling(file)).end.state).toBe('done');
  });

  it('gives the same sheets as the core\'s thread (merged data cells, dates) and the same refusals', async () => {
    const merged = path.join(ws.dir, 'merged.xlsx');
    const day = new Date('2001-05-08T00:00:00Z');
    await writeXlsx(merged, [{ rows: [['企业名称', '联系人', '成立日期'], ['大董（上海）餐饮管理有限公司', '李娜', day], [null, '王强', null]], merges: ['A2:A3'] }]);
    const elsewhere = ws.context.parseXlsxElsewhere!;
    const threaded = await readSpreadsheet(merged, { parseElsewhere: elsewhere });
    expect(threaded).toEqual(await readSpreadsheet(merged));
    expect(threaded.sheets[0]!.rows.map((r) => r.cells)).toEqual([
      ['大董（上海）餐饮管理有限公司', '李娜', day],
      ['大董（上海）餐饮管理有限公司', '王强', null],
    ]);

    const formulas = path.join(ws.dir, 'formulas.xlsx');
    await writeXlsx(formulas, [{ name: '汇总', rows: [['企业名称', '职工人数'], ['甲', { formula: '1+1', result: 2 }]] }]);
    const refusal = await readSpreadsheet(formulas, { parseElsewhere: elsewhere }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ApiFailure);
    expect((refusal as ApiFailure).error).toMatchObject({ code: 'VALIDATION', key: 'formulasInSheet', params: { sheet: '汇总', cells: 'B2', count: 1 } });
  });

  it('falls back to the core\'s thread when the thread cannot start', async () => {
    const file = path.join(ws.dir, 'small.xlsx');
    await writeXlsx(file, [{ rows: [['企业名称', '职工人数'], ['甲', 10]] }]);
    const missing = path.join(ws.dir, 'no-such-script.cjs');
    const read = await readSpreadsheet(file, { parseElsewhere: (f, n, p) => parseInThread(missing, f, n, p) });
    expect(read.sheets[0]!.rows[0]!.cells).toEqual(['甲', 10]);
  });
});
