// Imports that cannot hurt: the files that used to freeze the core or fail as "internal" — a
// CSV of 130,000 rows, a 200 MB file, a workbook declaring five million rows, one that unzips a
// thousandfold, one whose zip lies about its sizes — are refused with their reason, quickly and
// without writing anything; Excel's "Unicode 文本" (UTF-16, tab-separated) imports like any CSV;
// and reading a file can be cancelled at any moment while the core keeps answering.
// The bad files are made here in a temporary folder (sparse or a few kilobytes on disk).
import { closeSync, openSync, writeFileSync, ftruncateSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportOpened, ImportResult } from '../../../shared/imports/schema';
import type { JobStatus } from '../../../shared/jobs/schema';
import { jobsOf } from '../jobs/jobs';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';
import { sheetXml, workbookParts, writeZip } from '../testing/zips';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await createTestWorkspace();
});
afterEach(() => ws.dispose());

async function finished(started: { jobId: string } | null): Promise<JobStatus> {
  for (;;) {
    const s = await ws.call('jobs.status', { id: started!.jobId });
    if (s.state !== 'running') return s as JobStatus;
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** Opens the file through the dialog and the job, as the wizard does; the job's end state and how long it took. */
async function openFile(file: string): Promise<{ status: JobStatus; ms: number }> {
  ws.dialogs.nextFile = file;
  const t0 = performance.now();
  const status = await finished(await ws.call('imports.open', { target: 'companies' }));
  return { status, ms: performance.now() - t0 };
}

const csvLines = (rows: number) => ['企业名称,职工人数', ...Array.from({ length: rows }, (_, i) => `上海嘉定第${i + 1}号制造有限公司,${50 + (i % 900)}`)];

describe('files too large to import are refused, and nothing is written', () => {
  it('a CSV of 130,000 rows is "too many rows", found one row past the limit, not INTERNAL', async () => {
    const file = path.join(ws.dir, '全区企业.csv');
    writeFileSync(file, csvLines(130_000).join('\r\n'));
    const before = ws.counts();
    const { status, ms } = await openFile(file);
    expect(status).toMatchObject({ state: 'failed', error: { code: 'VALIDATION', key: 'tooManyRows', params: { sheet: '全区企业', count: 20_001, limit: 20_000 } } });
    expect(ws.counts()).toEqual(before);
    console.info(`130,000-row CSV refused in ${ms.toFixed(0)} ms`);
  });

  it('a 200 MB file is refused from its size before any of it is read', async () => {
    // Sparse: 200 MB of zeros that take no disk. Were any byte read, it would be refused as
    // binary ("not a spreadsheet") instead of by its size.
    const file = path.join(ws.dir, '导出.csv');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 200 * 1024 * 1024);
    closeSync(fd);
    const before = ws.counts();
    const { status, ms } = await openFile(file);
    expect(status).toMatchObject({ state: 'failed', error: { code: 'VALIDATION', key: 'fileTooLarge', params: { file: '导出.csv', size: 200, limit: 50 } } });
    expect(ws.counts()).toEqual(before);
    console.info(`200 MB file refused in ${ms.toFixed(1)} ms`);
  });

  it('a row of a million fields (a column bomb) is refused as soon as it passes 500 columns, not held whole', async () => {
    const file = path.join(ws.dir, 'wide.csv');
    writeFileSync(file, `企业名称,${'x,'.repeat(1_000_000)}\n甲,1\n`);
    expect((await openFile(file)).status.error).toMatchObject({ code: 'VALIDATION', key: 'tooManyColumns', params: { file: 'wide.csv', limit: 500 } });
  });

  it('a file just over 50 MB names its size with a decimal, so it never reads as "50 MB, over the 50 MB limit"', async () => {
    const file = path.join(ws.dir, 'a.xlsx');
    const fd = openSync(file, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024 + 1);
    closeSync(fd);
    expect((await openFile(file)).status.error).toMatchObject({ key: 'fileTooLarge', params: { size: 50.1, limit: 50 } });
  });
});

describe('workbooks that would expand beyond reason are refused before they are expanded', () => {
  it('a sheet declaring 5,000,000 rows (<dimension ref="A1:Z5000000">) is refused from the declaration, in well under a second', async () => {
    const file = path.join(ws.dir, '五百万行.xlsx');
    writeZip(file, workbookParts(sheetXml('A1:Z5000000', 10)));
    const { status, ms } = await openFile(file);
    expect(status.error).toMatchObject({ key: 'tooManyRowsInFile', params: { file: '五百万行.xlsx', count: 4_999_999, limit: 20_000 } });
    expect(ms).toBeLessThan(5000); // generous: the figure is a few milliseconds
    console.info(`XLSX declaring 5,000,000 rows refused in ${ms.toFixed(1)} ms`);
  });

  it('a part that unzips a thousandfold (a zip bomb) is refused from the directory, before inflating', async () => {
    const file = path.join(ws.dir, 'bomb.xlsx');
    // 20 MB of one character deflates to about 20 KB.
    writeZip(file, workbookParts(`<worksheet><sheetData>${' '.repeat(20 * 1024 * 1024)}</sheetData></worksheet>`));
    const { status, ms } = await openFile(file);
    expect(status.error).toMatchObject({ key: 'unzipsTooLarge', params: { file: 'bomb.xlsx', limit: 100 } });
    console.info(`zip bomb (20 MB at ~1000:1) refused in ${ms.toFixed(1)} ms`);
  });

  it('a part declaring more than 100 MB unzipped is refused from the directory', async () => {
    const file = path.join(ws.dir, 'huge.xlsx');
    writeZip(file, workbookParts(sheetXml('A1:B3', 2), 3_000_000_000));
    expect((await openFile(file)).status.error).toMatchObject({ key: 'unzipsTooLarge', params: { size: 2861.1, limit: 100 } });
  });

  it('a zip that understates a part\'s size is caught at the first byte past it, while streaming', async () => {
    const file = path.join(ws.dir, 'lies.xlsx');
    writeZip(file, workbookParts(sheetXml('A1:B3001', 3000), 1000));
    expect((await openFile(file)).status.error).toMatchObject({ code: 'VALIDATION', key: 'spreadsheetDamaged', params: { file: 'lies.xlsx' } });
  });

  it('a sheet whose <dimension> understates its rows is stopped one row past the limit as its rows stream', async () => {
    const file = path.join(ws.dir, 'rows.xlsx');
    writeZip(file, workbookParts(sheetXml('A1:B2', 25_000)));
    const before = ws.counts();
    expect((await openFile(file)).status.error).toMatchObject({ key: 'tooManyRowsInFile', params: { count: 20_001, limit: 20_000 } });
    expect(ws.counts()).toEqual(before);
  });
});

describe('Excel\'s "Unicode 文本" (UTF-16 with a byte-order mark, tab-separated)', () => {
  it('imports like a CSV, Chinese and all', async () => {
    const file = path.join(ws.dir, '名录.txt');
    const text = ['企业名称\t统一社会信用代码\t所属街镇\t职工人数', '上海沪工阀门厂（集团）有限公司\t\t华亭镇\t850', '"南亚新材料科技股份有限公司"\t\t南翔镇\t1200', ''].join('\r\n');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const { status } = await openFile(file);
    expect(status.state).toBe('done');
    const opened = status.result as unknown as ImportOpened;
    expect(opened).toMatchObject({ encoding: 'utf-16le', sheets: [{ name: '名录', headers: ['企业名称', '统一社会信用代码', '所属街镇', '职工人数'], rowCount: 2 }] });
    expect(opened.sheets[0]!.samples).toEqual([['上海沪工阀门厂（集团）有限公司', '', '华亭镇', '850'], ['南亚新材料科技股份有限公司', '', '南翔镇', '1200']]);
    const run = { importId: opened.importId, sheet: '名录', mapping: opened.sheets[0]!.guessedMapping };
    const commit = await finished(await ws.call('imports.commit', run));
    expect(commit.result as unknown as ImportResult).toEqual({ created: 2, updated: 0, skipped: 0, failed: 0 });
    expect(ws.count("SELECT count(*) AS n FROM companies WHERE name = '南亚新材料科技股份有限公司' AND headcount = 1200")).toBe(1);
  });

  it('reads big-endian UTF-16 too, and a chunk boundary inside a character or a CRLF changes nothing', async () => {
    const file = path.join(ws.dir, 'be.txt');
    // About 3,000 rows: several 64 KB chunks, so pairs of bytes and CRLFs straddle their edges.
    const lines = csvLines(3000).map((l) => l.replace(',', '\t'));
    const le = Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf16le');
    writeFileSync(file, Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]));
    const opened = (await openFile(file)).status.result as unknown as ImportOpened;
    expect(opened).toMatchObject({ encoding: 'utf-16be', sheets: [{ headers: ['企业名称', '职工人数'], rowCount: 3000 }] });
    expect(opened.sheets[0]!.samples[2]).toEqual(['上海嘉定第3号制造有限公司', '52']);
  });
});

describe('reading a file is a job like any other', () => {
  it('can be cancelled half-way through the file, holds nothing and writes nothing; other calls are answered meanwhile', async () => {
    const file = path.join(ws.dir, '名录.csv');
    writeFileSync(file, csvLines(19_000).join('\n')); // about 20 chunks
    const before = ws.counts();
    // A slow machine: every chunk waits 20 ms, so the job is surely mid-file when it is cancelled.
    jobsOf(ws.context).pauseAtCheckpointMs = 20;
    ws.dialogs.nextFile = file;
    const started = await ws.call('imports.open', { target: 'companies' });
    let status: JobStatus;
    for (;;) {
      status = (await ws.call('jobs.status', { id: started!.jobId })) as JobStatus;
      if (status.done > 0) break;
      await new Promise((r) => setTimeout(r, 2));
    }
    expect(status).toMatchObject({ state: 'running', stage: 'reading' });
    expect(status.done).toBeLessThan(status.total);
    // The core answers while the file is being read.
    expect((await ws.call('companies.list', { limit: 1 })).total).toBe(0);
    await ws.call('jobs.cancel', { id: started!.jobId });
    expect((await finished(started)).state).toBe('cancelled');
    expect(ws.counts()).toEqual(before);
  });

  it('answers other calls within a few milliseconds while it reads a 40 MB file at full speed', async () => {
    const file = path.join(ws.dir, '备注很长.csv');
    const note = '备注'.repeat(600);
    writeFileSync(file, ['企业名称,职工人数,备注', ...Array.from({ length: 11_000 }, (_, i) => `企业${i},${i},${note}`)].join('\n'));
    ws.dialogs.nextFile = file;
    const started = await ws.call('imports.open', { target: 'companies' });
    const waits: number[] = [];
    for (;;) {
      const t0 = performance.now();
      const s = (await ws.call('companies.list', { limit: 1 }), await ws.call('jobs.status', { id: started!.jobId })) as JobStatus;
      waits.push(performance.now() - t0);
      if (s.state !== 'running') {
        expect(s.state).toBe('done');
        // Chinese characters cut by chunk edges still decode as UTF-8 (the strict decoder would have thrown).
        expect(s.result).toMatchObject({ encoding: 'utf-8', sheets: [{ rowCount: 11_000 }] });
        break;
      }
      // The next call comes later, as a window's do: the harness answers in this very thread, so
      // back-to-back calls would be all microtasks and never let the job's next chunk in.
      await new Promise((r) => setTimeout(r, 5));
    }
    waits.sort((a, b) => a - b);
    const p95 = waits[Math.floor(waits.length * 0.95)]!;
    console.info(`40 MB CSV read; ${waits.length} calls answered meanwhile, median ${waits[waits.length >> 1]!.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, longest ${waits.at(-1)!.toFixed(1)} ms`);
    expect(waits.length).toBeGreaterThan(10);
  });
});
