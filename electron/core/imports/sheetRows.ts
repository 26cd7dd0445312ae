// Rows of one sheet gathered as they are read (from a CSV stream or a workbook's sheet): blank
// rows dropped, the header found, and the row limit enforced the moment it is passed, so a file
// of any length is refused after reading one row more than an import takes, never held whole.
import { MAX_IMPORT_ROWS } from '../../../shared/imports/schema';
import { fail } from '../../../shared/result';
import { type Cell, cellText } from './cells';

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

const isBlank = (c: Cell) => c === null || cellText(c) === '';
const filledCount = (cells: Cell[]) => cells.reduce<number>((n, c) => (isBlank(c) ? n : n + 1), 0);

/**
 * The header is the first row with two or more filled cells (a title row like "嘉定区企业名录" above
 * it is skipped), or the first filled row of a one-column sheet. Blank rows are dropped.
 */
export class SheetCollector {
  private readonly filled: SheetRow[] = [];
  /** Index in `filled` of the first row with two or more filled cells, or -1. */
  private twoCellRow = -1;
  private width = 0;

  constructor(readonly name: string) {}

  add(row: SheetRow): void {
    const n = filledCount(row.cells);
    if (n === 0) return;
    if (n >= 2 && this.twoCellRow < 0) this.twoCellRow = this.filled.length;
    this.filled.push(row);
    this.width = Math.max(this.width, row.cells.length);
    // Data rows so far: those after the header as it stands now (the first filled row until a
    // two-cell row appears). A later two-cell row could only lower it, so past the limit is final.
    const data = this.filled.length - 1 - Math.max(0, this.twoCellRow);
    if (data > MAX_IMPORT_ROWS) fail('VALIDATION', 'tooManyRows', { sheet: this.name, count: data, limit: MAX_IMPORT_ROWS });
  }

  /** The sheet, or null when it has no header with data under it. */
  finish(): SheetData | null {
    if (this.filled.length === 0) return null;
    const headerAt = this.width >= 2 ? Math.max(0, this.twoCellRow) : 0;
    const header = this.filled[headerAt]!;
    const rows = this.filled.slice(headerAt + 1);
    if (rows.length === 0) return null;
    const width = this.width;
    const headers = Array.from({ length: width }, (_, i) => cellText(header.cells[i] ?? null));
    return { name: this.name, headerRow: header.n, headers, rows: rows.map((r) => ({ n: r.n, cells: Array.from({ length: width }, (_, i) => r.cells[i] ?? null) })) };
  }
}
