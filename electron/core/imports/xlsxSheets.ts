// A workbook that passed its guard (xlsxGuard.ts), expanded by ExcelJS into sheets of header +
// rows: merged data cells read as their master's value, formulas and merged header cells
// refused. ExcelJS's load is one synchronous piece (about 1.2 s for 20,000 rows), so the core
// runs this in a thread of its own (xlsxThread.ts) and only falls back to running it on its
// own thread when that thread cannot start. ExcelJS's streaming reader would yield, but it
// ignores merged cells, which imports rely on.
import ExcelJS from 'exceljs';
import { fail } from '../../../shared/result';
import { type Cell } from './cells';
import type { Tick } from './plan';
import { type SheetData, SheetCollector } from './sheetRows';

/** How many cells a refusal names before "…". */
const NAMED_CELLS = 5;
/** Rows of a loaded sheet gathered between two ticks. */
const ROWS_PER_TICK = 500;

/** The workbook's sheets that have a header with data under it; refuses the file as read.ts would. */
export async function sheetsOfWorkbook(bytes: Uint8Array, fileName: string, tick?: Tick): Promise<SheetData[]> {
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
  return sheets;
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
