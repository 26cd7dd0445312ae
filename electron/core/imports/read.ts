// Reads a spreadsheet the user chose into sheets of header + rows, or refuses it with a key
// the screen translates: too large, not a spreadsheet, password protected, an old .xls, a
// workbook that unzips too large or is damaged, empty, too many rows, formulas in cells, merged
// header cells. Nothing is stored while reading. The file's size is judged from its directory
// entry before a byte is read; text files stream in chunks and a workbook passes its guard
// (xlsxGuard.ts) before ExcelJS expands it, so a refusal costs about what reading the allowed
// part of the file does, and `tick` (the job's progress and cancel point) runs between chunks.
// ExcelJS's load is one synchronous piece, so it runs in a thread of its own (xlsxThread.ts),
// which the job's cancel ends at once.
import { type FileHandle, open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from '../../../shared/imports/schema';
import { ApiFailure, fail } from '../../../shared/result';
import type { Tick } from './plan';
import type { SheetData } from './sheetRows';
import { readTextFile } from './textFile';
import { guardXlsx } from './xlsxGuard';
import { sheetsOfWorkbook } from './xlsxSheets';
import { type ParseElsewhere, XlsxThreadFailed } from './xlsxThread';
import { zipEntries } from './zip';
import { log } from '../logs/log';

export type { SheetData, SheetRow } from './sheetRows';
export interface Spreadsheet {
  fileName: string;
  /** 'xlsx', 'utf-8', 'gb18030', 'utf-16le' or 'utf-16be'. */
  encoding: string;
  sheets: SheetData[];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (b: Uint8Array, magic: number[]) => magic.every((x, i) => b[i] === x);
/** An encrypted OOXML file is a CFB container holding an "EncryptedPackage" stream; an .xls holds "Workbook". */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export interface ReadOptions {
  /** The job's progress and cancel point, awaited between chunks. */
  tick?: Tick;
  /** The job's cancel: ends a workbook's parse in its thread at once. */
  signal?: AbortSignal;
  /** Parses a workbook in a thread of its own (xlsxThread.ts); without it, on this thread between ticks. */
  parseElsewhere?: ParseElsewhere;
}

/** Megabytes with one decimal, rounded up, so a file just over the limit never reads as "50 MB". */
const megabytes = (bytes: number) => Math.ceil((bytes / (1024 * 1024)) * 10) / 10;

export async function readSpreadsheet(file: string, options: ReadOptions = {}): Promise<Spreadsheet> {
  const fileName = path.basename(file);
  const notReadable = (): never => fail('VALIDATION', 'fileNotReadable', { file: fileName });
  const info = await stat(file).catch(notReadable);
  if (!info.isFile()) notReadable();
  if (info.size > MAX_IMPORT_BYTES) fail('VALIDATION', 'fileTooLarge', { file: fileName, size: megabytes(info.size), limit: MAX_IMPORT_MB });
  const fh = await open(file, 'r').catch(notReadable);
  try {
    return await readOpened(file, fh, fileName, info.size, options);
  } catch (e) {
    // The file moved, vanished or was locked after it was opened: the same message as before it.
    if (e instanceof Error && !(e instanceof ApiFailure) && (e as NodeJS.ErrnoException).syscall !== undefined) notReadable();
    throw e;
  } finally {
    await fh.close();
  }
}

async function readOpened(file: string, fh: FileHandle, fileName: string, size: number, options: ReadOptions): Promise<Spreadsheet> {
  const { tick } = options;
  const head = Buffer.alloc(8);
  await fh.read(head, 0, 8, 0);
  if (startsWith(head, CFB)) {
    const bytes = await readFile(file);
    return fail('VALIDATION', bytes.includes(ENCRYPTED_PACKAGE) ? 'passwordProtected' : 'legacyXls', { file: fileName });
  }
  if (startsWith(head, ZIP)) {
    const entries = (await zipEntries(fh, size)) ?? fail('VALIDATION', 'notSpreadsheet', { file: fileName });
    await guardXlsx(file, fh, fileName, entries, tick);
    return readXlsx(file, fileName, options);
  }
  if (/\.(csv|txt)$/i.test(fileName)) {
    const { encoding, sheet } = await readTextFile(file, head, size, tick);
    if (!sheet) return fail('VALIDATION', 'emptySpreadsheet', { file: fileName });
    return { fileName, encoding, sheets: [sheet] };
  }
  return fail('VALIDATION', 'notSpreadsheet', { file: fileName });
}

/** The workbook's sheets, parsed in a thread of its own when one can start, else here. */
async function readXlsx(file: string, fileName: string, options: ReadOptions): Promise<Spreadsheet> {
  const { tick, signal, parseElsewhere } = options;
  const here = async () => ({ fileName, encoding: 'xlsx', sheets: await sheetsOfWorkbook(await readFile(file), fileName, tick) });
  if (!parseElsewhere) return here();
  signal?.throwIfAborted();
  // Progress only: the cancel is the signal's, which ends the thread at once.
  const parse = parseElsewhere(file, fileName, (done, total) => void tick?.(done, total).catch(() => {}));
  let onAbort = () => {};
  const cancelled = new Promise<never>((_, reject) => {
    onAbort = () => {
      parse.stop();
      reject(signal!.reason);
    };
  });
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return { fileName, encoding: 'xlsx', sheets: await Promise.race([parse.done, cancelled]) };
  } catch (e) {
    if (!(e instanceof XlsxThreadFailed)) throw e;
    // No thread (too few resources, say): the parse as it was before, on this thread.
    log.warn('import.parseHere', { error: e });
    return here();
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
