// An import's workbook expanded in a thread of its own. ExcelJS loads a workbook in one
// synchronous piece: on the core's thread a 20,000-row file held every other call (and a
// cancel) for about 1.2 s. Here the core goes on answering, and a cancel ends the thread at once.
//
// Like the integrity check after opening (db/checkThread.ts) and the copies (backups/copyThread.ts),
// the thread runs the core's own script, which starts as this parse when its workerData says so
// (worker/entry.ts). It gets the file's path (already through xlsxGuard.ts) and posts back only
// what read.ts keeps: each sheet's header and rows as plain cell values, merged cells applied.
import { readFile } from 'node:fs/promises';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { ApiFailure, type ApiError } from '../../../shared/result';
import type { SheetData, SheetRow } from './sheetRows';
import { sheetsOfWorkbook } from './xlsxSheets';

const ROLE = 'xlsxParse';

interface ParseData {
  role: typeof ROLE;
  file: string;
  fileName: string;
}

/**
 * Rows per message. The core takes each message in one piece (a structured clone, about 2 ms
 * per 1,000 rows of eight cells): one message of 20,000 rows held it for 10 to 45 ms.
 */
const ROWS_PER_MESSAGE = 1000;

/**
 * What the thread posts: that it runs (its script loaded: from then on a failure is the parse's,
 * not the thread's), progress while it gathers rows, then each sheet (its header, then its rows
 * in pieces) and the end, or why the file is refused.
 */
type ParseMessage =
  | { running: true }
  | { progress: [done: number, total: number] }
  | { sheet: Omit<SheetData, 'rows'> }
  | { rows: SheetRow[] }
  | { end: true }
  | { apiError: ApiError }
  | { message: string; syscall?: string };

/** The thread could not start: the workbook can be parsed on the core's thread instead. */
export class XlsxThreadFailed extends Error {}

/** A parse under way in its thread. */
export interface BackgroundParse {
  /** The sheets; rejects with the file's refusal (an ApiFailure), or XlsxThreadFailed. */
  done: Promise<SheetData[]>;
  /** Ends the thread at once (a cancelled import); `done` then never settles. */
  stop(): void;
}

/** How the core starts a parse elsewhere (the core's worker thread passes parseInThread with its own script). */
export type ParseElsewhere = (file: string, fileName: string, progress: (done: number, total: number) => void) => BackgroundParse;

/** Starts parsing the workbook at `file` in a thread running `script` (the core's script). */
export function parseInThread(script: string, file: string, fileName: string, progress: (done: number, total: number) => void): BackgroundParse {
  const data: ParseData = { role: ROLE, file, fileName };
  let stopped = false;
  let started = false;
  const worker = new Worker(script, { workerData: data, name: 'workbook parse' });
  const sheets: SheetData[] = [];
  const done = new Promise<SheetData[]>((resolve, reject) => {
    worker.on('message', (m: ParseMessage) => {
      if ('running' in m) started = true;
      else if ('progress' in m) progress(...m.progress);
      else if ('sheet' in m) sheets.push({ ...m.sheet, rows: [] });
      else if ('rows' in m) sheets.at(-1)!.rows.push(...m.rows);
      else if ('end' in m) resolve(sheets);
      else if ('apiError' in m) reject(new ApiFailure(m.apiError));
      // A file error keeps its syscall, so read.ts answers "not readable" as on the core's thread.
      else reject(Object.assign(new Error(m.message), m.syscall ? { syscall: m.syscall } : {}));
    });
    worker.once('error', (e) => reject(started ? e : new XlsxThreadFailed(`the workbook's thread could not start: ${e.message}`)));
    worker.once('exit', (code) => {
      if (stopped) return;
      // The answer, if any, came first (messages are delivered before 'exit'): this rejects nothing then.
      reject(started ? new Error(`the workbook's thread ended (${code}) without an answer`) : new XlsxThreadFailed(`the workbook's thread could not start (${code})`));
    });
  });
  return {
    done,
    stop: () => {
      stopped = true;
      void worker.terminate();
    },
  };
}

/** Whether this thread was started as a parse (the core's script then runs runXlsxThread). */
export const isXlsxThread = (): boolean => (workerData as Partial<ParseData> | null)?.role === ROLE;

/** In the parse's thread: the workbook read and expanded, its sheets (or its refusal) posted back. */
export function runXlsxThread(): void {
  const { file, fileName } = workerData as ParseData;
  const post = (m: ParseMessage) => parentPort!.postMessage(m);
  post({ running: true });
  void (async () => {
    try {
      const sheets = await sheetsOfWorkbook(await readFile(file), fileName, async (done, total) => post({ progress: [done, total] }));
      for (const { rows, ...sheet } of sheets) {
        post({ sheet });
        for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE) post({ rows: rows.slice(i, i + ROWS_PER_MESSAGE) });
      }
      post({ end: true });
    } catch (e) {
      if (e instanceof ApiFailure) post({ apiError: e.error });
      else post({ message: e instanceof Error ? e.message : String(e), ...syscallOf(e) });
    }
  })();
}

const syscallOf = (e: unknown) => (e instanceof Error && typeof (e as NodeJS.ErrnoException).syscall === 'string' ? { syscall: (e as NodeJS.ErrnoException).syscall } : {});
