// Reads a spreadsheet the user chose into sheets of header + rows, or refuses it with a key
// the screen translates: not a spreadsheet, password protected, an old .xls, empty, too many
// rows, formulas in cells, merged header cells. Nothing is stored while reading.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { MAX_IMPORT_ROWS } from '../../../shared/imports/schema';
import { fail } from '../../../shared/result';
import { type Cell, cellText } from './cells';
import { decodeText, guessSeparator, parseCsv } from './csv';

export interface SheetRow {
  /** The row number the spreadsheet shows (1-based, header included), so the user finds it in Excel. */
  n: number;
  cells: Cell[];
}
export interface SheetData {
  name: string;
  /** Row number of the header row. */
  headerRow: number;
  headers: string[];
  rows: SheetRow[];
}
export interface Spreadsheet {
  fileName: string;
  /** 'xlsx', 'utf-8' or 'gb18030'. */
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

export async function readSpreadsheet(file: string): Promise<Spreadsheet> {
  const fileName = path.basename(file);
  const bytes = await readFile(file).catch(() => fail('VALIDATION', 'fileNotReadable', { file: fileName }));
  if (startsWith(bytes, CFB)) {
    return fail('VALIDATION', bytes.includes(ENCRYPTED_PACKAGE) ? 'passwordProtected' : 'legacyXls', { file: fileName });
  }
  if (startsWith(bytes, ZIP)) return readXlsx(bytes, fileName);
  if (/\.(csv|txt)$/i.test(fileName) && !bytes.includes(0)) return readCsv(bytes, fileName);
  return fail('VALIDATION', 'notSpreadsheet', { file: fileName });
}

function readCsv(bytes: Uint8Array, fileName: string): Spreadsheet {
  const { text, encoding } = decodeText(bytes);
  const grid = parseCsv(text, guessSeparator(text)).map((cells, i) => ({ n: i + 1, cells: cells as Cell[] }));
  const sheet = toSheet(path.parse(fileName).name, grid);
  if (!sheet) return fail('VALIDATION', 'emptySpreadsheet', { file: fileName });
  return { fileName, encoding, sheets: [sheet] };
}

async function readXlsx(bytes: Buffer, fileName: string): Promise<Spreadsheet> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return fail('VALIDATION', 'notSpreadsheet', { file: fileName });
  }
  if (wb.worksheets.length === 0) return fail('VALIDATION', 'notSpreadsheet', { file: fileName });
  const sheets: SheetData[] = [];
  for (const ws of wb.worksheets) {
    const grid: SheetRow[] = [];
    const formulas: string[] = [];
    let formulaCount = 0;
    ws.eachRow({ includeEmpty: false }, (row, n) => {
      const cells: Cell[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        if (cell.type === ExcelJS.ValueType.Formula) {
          formulaCount += 1;
          if (formulas.length < NAMED_CELLS) formulas.push(cell.address);
        }
        // A data cell merged down (a company name over its contacts' rows) reads as its master's value.
        cells[col - 1] = cellValue(cell.isMerged && cell.master !== cell ? cell.master : cell);
      });
      grid.push({ n, cells: Array.from(cells, (c) => c ?? null) });
    });
    if (formulaCount > 0) {
      fail('VALIDATION', 'formulasInSheet', { sheet: ws.name, cells: named(formulas, formulaCount), count: formulaCount });
    }
    const sheet = toSheet(ws.name, grid);
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

const isBlank = (c: Cell) => c === null || cellText(c) === '';

/**
 * The header is the first row with two or more filled cells (a title row like "嘉定区企业名录" above
 * it is skipped), or the first filled row of a one-column sheet. Blank rows are dropped. Null: no data.
 */
function toSheet(name: string, grid: SheetRow[]): SheetData | null {
  const filled = grid.filter((r) => r.cells.some((c) => !isBlank(c)));
  if (filled.length === 0) return null;
  const width = Math.max(...filled.map((r) => r.cells.length));
  const headerAt = Math.max(0, filled.findIndex((r) => r.cells.filter((c) => !isBlank(c)).length >= Math.min(2, width)));
  const header = filled[headerAt]!;
  const rows = filled.slice(headerAt + 1);
  if (rows.length === 0) return null;
  if (rows.length > MAX_IMPORT_ROWS) fail('VALIDATION', 'tooManyRows', { sheet: name, count: rows.length, limit: MAX_IMPORT_ROWS });
  const headers = Array.from({ length: width }, (_, i) => cellText(header.cells[i] ?? null));
  return { name, headerRow: header.n, headers, rows: rows.map((r) => ({ n: r.n, cells: Array.from({ length: width }, (_, i) => r.cells[i] ?? null) })) };
}
