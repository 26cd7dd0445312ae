// Reads a spreadsheet the user chose into sheets of header + rows, or refuses it with a key
// the screen translates: too large, not a spreadsheet, password protected, an old .xls, a
// workbook that unzips too large or is damaged, empty, too many rows, formulas in cells, merged
// header cells. Nothing is stored while reading. The file's size is judged from its directory
// entry before a byte is read; text files stream in chunks and a workbook passes its guard
// (xlsxGuard.ts) before ExcelJS expands it, so a refusal costs about what reading the allowed
// part of the file does, and `tick` (the job's progress and cancel point) runs between chunks.
import { type FileHandle, open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from '../../../shared/imports/schema';
import { ApiFailure, fail } from '../../../shared/result';
import { type Cell } from './cells';
import type { Tick } from './plan';
import { type SheetData, SheetCollector } from './sheetRows';
import { readTextFile } from './textFile';
import { guardXlsx } from './xlsxGuard';
import { zipEntries } from './zip';

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

/** How many cells a refusal names before "…". */
const NAMED_CELLS = 5;
/** Rows of a loaded sheet gathered between two ticks. */
const ROWS_PER_TICK = 500;

/** Megabytes with one decimal, rounded up, so a file just over the limit never reads as "50 MB". */
const megabytes = (bytes: number) => Math.ceil((bytes / (1024 * 1024)) * 10) / 10;

export async function readSpreadsheet(file: string, tick?: Tick): Promise<Spreadsheet> {
  const fileName = path.basename(file);
  const notReadable = (): never => fail('VALIDATION', 'fileNotReadable', { file: fileName });
  const info = await stat(file).catch(notReadable);
  if (!info.isFile()) notReadable();
  if (info.size > MAX_IMPORT_BYTES) fail('VALIDATION', 'fileTooLarge', { file: fileName, size: megabytes(info.size), limit: MAX_IMPORT_MB });
  const fh = await open(file, 'r').catch(notReadable);
  try {
    return await readOpened(file, fh, fileName, info.size, tick);
  } catch (e) {
    // The file moved, vanished or was locked after it was opened: the same message as before it.
    if (e instanceof Error && !(e instanceof ApiFailure) && (e as NodeJS.ErrnoException).syscall !== undefined) notReadable();
    throw e;
  } finally {
    await fh.close();
  }
}

async function readOpened(file: string, fh: FileHandle, fileName: string, size: number, tick?: Tick): Promise<Spreadsheet> {
  const head = Buffer.alloc(8);
  await fh.read(head, 0, 8, 0);
  if (startsWith(head, CFB)) {
    const bytes = await readFile(file);
    return fail('VALIDATION', bytes.includes(ENCRYPTED_PACKAGE) ? 'passwordProtected' : 'legacyXls', { file: fileName });
  }
  if (startsWith(head, ZIP)) {
    const entries = (await zipEntries(fh, size)) ?? fail('VALIDATION', 'notSpreadsheet', { file: fileName });
    await guardXlsx(file, fh, fileName, entries, tick);
    return readXlsx(await readFile(file), fileName, tick);
  }
  if (/\.(csv|txt)$/i.test(fileName)) {
    const { encoding, sheet } = await readTextFile(file, head, size, tick);
    if (!sheet) return fail('VALIDATION', 'emptySpreadsheet', { file: fileName });
    return { fileName, encoding, sheets: [sheet] };
  }
  return fail('VALIDATION', 'notSpreadsheet', { file: fileName });
}

async function readXlsx(bytes: Buffer, fileName: string, tick?: Tick): Promise<Spreadsheet> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return fail('VALIDATION', 'notSpreadsheet', { file: fileName });
  }
  if (wb.worksheets.length === 0) return fail('VALIDATION', 'notSpreadsheet', { file: fileName });
  const sheets: SheetData[] = [];
  for (const ws of wb.worksheets) {
    const collector = new SheetCollector(ws.name);
    const formulas: string[] = [];
    let formulaCount = 0;
    for (let n = 1; n <= ws.rowCount; n++) {
      if (n % ROWS_PER_TICK === 0) await tick?.(n, ws.rowCount);
      const row = ws.findRow(n);
      if (!row?.hasValues) continue;
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        if (cell.type === ExcelJS.ValueType.Formula) {
          formulaCount += 1;
          if (formulas.length < NAMED_CELLS) formulas.push(cell.address);
        }
        // A data cell merged down (a company name over its contacts' rows) reads as its master's value.
        cells[col - 1] = cellValue(cell.isMerged && cell.master !== cell ? cell.master : cell);
      });
      collector.add({ n, cells: Array.from(cells, (c) => c ?? null) });
    }
    if (formulaCount > 0) {
      fail('VALIDATION', 'formulasInSheet', { sheet: ws.name, cells: named(formulas, formulaCount), count: formulaCount });
    }
    const sheet = collector.finish();
    if (!sheet) continue;
    const headerRow = ws.getRow(sheet.headerRow);
    const merged: string[] = [];
    headerRow.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.isMerged) merged.push(cell.address);
    });
    if (merged.length > 0) fail('VALIDATION', 'mergedHeader', { sheet: ws.name, cells: named(merged, merged.length) });
    sheets.push(sheet);
  }
  if (sheets.length === 0) return fail('VALIDATION', 'emptySpreadsheet', { file: fileName });
  return { fileName, encoding: 'xlsx', sheets };
}

/** Cell names joined with a comma, which reads right in both languages. */
const named = (cells: string[], count: number) => (count > cells.length ? `${cells.join(', ')}…` : cells.join(', '));

/** What a cell shows: rich text and hyperlinks as their text, errors as empty. */
function cellValue(cell: ExcelJS.Cell): Cell {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'text' in v && typeof v.text === 'string') return v.text;
  if (typeof v === 'object' && 'result' in v) return (v.result as Cell) ?? null;
  return null;
}
