// The import figures: a 10,000-row XLSX register of companies with contacts read,
// previewed and committed into a fresh workspace through the channels, as the wizard does
// (imports.open → imports.preview → imports.commit, each a job polled through jobs.status);
// and how long the read step takes to refuse the files that once froze the core.
// The new workspace is encrypted as the app makes it, or plain (as one from before
// encryption) for the bench's comparison.
import fs from 'node:fs';
import path from 'node:path';
import type { ImportOpened, ImportSummary } from '../shared/imports/schema';
import type { Result } from '../shared/result';
import { closeDb, openDb } from '../electron/core/db/open';
import { createInvoker, type FileDialogs } from '../electron/core';
import { creditCodeFor } from '../electron/core/testing/workspace';
import { writeXlsx } from '../electron/core/testing/spreadsheets';
import { WorkspaceSession } from '../electron/core/workspace/session';
import { readSpreadsheet } from '../electron/core/imports/read';
import { sheetXml, workbookParts, writeZip } from '../electron/core/testing/zips';
import { ApiFailure } from '../shared/result';
import { localSessionOptions } from '../electron/core/workspace/localKeys';

const TOWNS = ['安亭镇', '马陆镇', '南翔镇', '江桥镇', '徐行镇', '华亭镇', '外冈镇', '嘉定工业区'];

export async function writeImportFile(file: string, rows: number): Promise<void> {
  const data: (string | number | null)[][] = [['企业名称', '统一社会信用代码', '所属街镇', '职工人数', '地址', '联系人', '职务', '联系电话']];
  for (let i = 0; i < rows; i++) {
    data.push([`上海嘉定第${i + 1}号制造有限公司`, creditCodeFor(500_000 + i), TOWNS[i % TOWNS.length]!, 50 + (i % 900), `嘉定区测试路${i + 1}号`, `联系人${i}`, '人事经理', `139${String(i).padStart(8, '0')}`]);
  }
  await writeXlsx(file, [{ name: '企业名录', rows: data }]);
}

/** One full import into a new workspace (plain or encrypted); returns the milliseconds it took (in all, and the commit alone) and what it made. */
export async function timeImport(dir: string, file: string, round: number, plain = false): Promise<{ ms: number; commitMs: number; created: number }> {
  const dialogs: FileDialogs = {
    chooseNewWorkspace: async () => null,
    chooseWorkspaceToOpen: async () => null,
    chooseCopyDestination: async () => null,
    choosePdfDestination: async () => null,
    chooseSaveDestination: async () => null,
    chooseFileToOpen: async () => file,
    chooseFolder: async () => null,
  };
  const wsFile = path.join(dir, `import-${round}.sqlite`);
  if (plain) closeDb(openDb(wsFile, { create: true }).db); // no key: a plain file, which the session opens as an older workspace
  const session = new WorkspaceSession(wsFile, localSessionOptions(dir));
  // The day's first open of this new file would take its backup a second from now, inside the
  // timing: take it now instead.
  session.settle();
  const invoke = createInvoker({ session, dataDir: dir, dialogs });
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = (await invoke(channel, input)) as Result<T>;
    if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
    return r.value;
  };
  const finish = async <T>(started: { jobId: string } | null): Promise<T> => {
    for (;;) {
      const s = await call<{ state: string; result: T; error: unknown }>('jobs.status', { id: started!.jobId });
      if (s.state === 'done') return s.result;
      if (s.state !== 'running') throw new Error(`job ${s.state}: ${JSON.stringify(s.error)}`);
      await new Promise((r) => setTimeout(r, 2));
    }
  };
  try {
    const t0 = process.hrtime.bigint();
    const opened = await finish<ImportOpened>(await call('imports.open', { target: 'companies' }));
    const sheet = opened.sheets[0]!;
    const run = { importId: opened.importId, sheet: sheet.name, mapping: sheet.guessedMapping, duplicates: 'skip' };
    const summary = await finish<ImportSummary>(await call('imports.preview', run));
    if (summary.problemCount > 0) throw new Error(`unexpected problems: ${JSON.stringify(summary.problems.slice(0, 3))}`);
    const t1 = process.hrtime.bigint();
    const result = await finish<{ created: number }>(await call('imports.commit', run));
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    return { ms, commitMs: Number(process.hrtime.bigint() - t1) / 1e6, created: result.created };
  } finally {
    session.close();
    fs.rmSync(wsFile, { force: true });
  }
}

/** What the import figure's note says. */
export const importNote = (file: string, created: number) =>
  `read + preview + commit through the channels; ${created.toLocaleString()} companies with a contact each, audited and indexed; file ${(fs.statSync(file).size / 1e6).toFixed(1)} MB`;

/**
 * The files an import must refuse quickly (issue 12), made in `dir`: a sparse 200 MB file, a
 * workbook of a few kilobytes declaring 5,000,000 rows, a 20 MB sheet deflated a thousandfold,
 * and a CSV of 130,000 rows. Each with the refusal key it must get.
 */
export function writeHostileImports(dir: string): { name: string; file: string; key: string }[] {
  const large = path.join(dir, 'large.csv');
  fs.closeSync(fs.openSync(large, 'w'));
  fs.truncateSync(large, 200 * 1024 * 1024);
  const declared = path.join(dir, 'declared.xlsx');
  writeZip(declared, workbookParts(sheetXml('A1:Z5000000', 10)));
  const bomb = path.join(dir, 'bomb.xlsx');
  writeZip(bomb, workbookParts(`<worksheet><sheetData>${' '.repeat(20 * 1024 * 1024)}</sheetData></worksheet>`));
  const rows = path.join(dir, 'rows.csv');
  fs.writeFileSync(rows, ['企业名称,职工人数', ...Array.from({ length: 130_000 }, (_, i) => `上海嘉定第${i + 1}号制造有限公司,${i % 900}`)].join('\r\n'));
  return [
    { name: 'refuse a 200 MB file (from its size)', file: large, key: 'fileTooLarge' },
    { name: 'refuse an XLSX declaring 5,000,000 rows', file: declared, key: 'tooManyRowsInFile' },
    { name: 'refuse an XLSX zip bomb (20 MB at 1000:1)', file: bomb, key: 'unzipsTooLarge' },
    { name: 'refuse a 130,000-row CSV (at row 20,001)', file: rows, key: 'tooManyRows' },
  ];
}

/** Milliseconds the core's read step takes to refuse `file` with `key` (throws on any other outcome). */
export async function timeRefusal(file: string, key: string): Promise<number> {
  const t0 = process.hrtime.bigint();
  try {
    await readSpreadsheet(file);
  } catch (e) {
    const t = Number(process.hrtime.bigint() - t0) / 1e6;
    if (e instanceof ApiFailure && e.error.key === key) return t;
    throw e;
  }
  throw new Error(`${file} was read but should have been refused with ${key}`);
}
