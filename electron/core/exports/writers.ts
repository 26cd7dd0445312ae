// The two file formats. Both write row by row to a stream, so a large export never holds the
// whole file in memory, and both can be abandoned half-way (the caller deletes the file).
import fs from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import type { Cell, Column } from './columns';
import { formulaSafe } from './formulaSafe';

export interface SheetWriter {
  add(rows: Cell[][]): Promise<void>;
  /** Writes the rest and closes the file, so it can be fsynced and renamed into place. */
  finish(): Promise<void>;
  /** Stops writing and closes the file (the caller removes it). */
  abort(): Promise<void>;
}

const isoToDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A file stream's error (no such folder, no permission, disk full) arrives as an event, and a
 * failed stream never drains or finishes: every wait races against it so the job fails
 * instead of hanging.
 */
function watch(stream: fs.WriteStream) {
  // A persistent listener: a stream abandoned on cancel may report more than one error, and an
  // 'error' event without a listener would bring the whole core down.
  const failed = new Promise<never>((_, reject) => stream.on('error', reject));
  failed.catch(() => {}); // observed through `guard`; never an unhandled rejection
  return async <T>(work: Promise<T>): Promise<T> => {
    if (stream.errored) throw stream.errored;
    return Promise.race([work, failed]);
  };
}

/**
 * XLSX with exceljs' streaming WorkbookWriter: numbers are numeric cells, dates real date
 * cells (a serial number formatted yyyy-mm-dd), texts inline strings; the header row is bold
 * and frozen so the columns stay labelled while scrolling.
 */
export function xlsxWriter(file: string, columns: Column[], sheetName: string): SheetWriter {
  const stream = fs.createWriteStream(file);
  const guard = watch(stream);
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  book.creator = '对口支援工作台';
  const sheet = book.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    key: String(i),
    width: c.width,
    ...(c.type === 'date' ? { style: { numFmt: 'yyyy-mm-dd' } } : {}),
  }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  // One style object per column, shared by all its cells: exceljs remembers the style id of an
  // object it has seen, where each cell's own copy of the column style was worked out again
  // (a quarter of the time of writing 100,000 visits).
  const styles = columns.map((c) => Object.freeze(c.type === 'date' ? { numFmt: 'yyyy-mm-dd' } : {}));
  return {
    async add(rows) {
      for (const r of rows) {
        const row = sheet.addRow(
          r.map((v, i) => {
            if (v === null || v === '') return null;
            if (columns[i]!.type === 'date' && typeof v === 'string') return isoToDate(v);
            // An inline string is not a formula in the file, but Excel makes it one when the cell
            // is edited, and a copy pasted or saved as CSV carries it on.
            return typeof v === 'string' ? formulaSafe(v) : v;
          }),
        );
        for (let i = 0; i < columns.length; i++) if (r[i] !== null && r[i] !== '') row.getCell(i + 1).style = styles[i]!;
        row.commit();
      }
      // Let the file stream drain so memory stays flat on large exports.
      // (A stream that failed meanwhile throws here, so the job stops at once.)
      await guard(stream.writableNeedDrain ? once(stream, 'drain').then(() => {}) : Promise.resolve());
    },
    async finish() {
      sheet.commit();
      await guard(book.commit());
      await guard(closed(stream));
    },
    abort: () => close(stream),
  };
}

/**
 * Resolves once a stream that was ended has written everything and closed its file (its own
 * descriptor released before the file is renamed: Windows is fussy about renaming open files).
 */
async function closed(stream: fs.WriteStream): Promise<void> {
  if (!stream.closed) await once(stream, 'close');
}

/** Closes a stream that may have failed already (then it is closed and 'close' will not come again). */
async function close(stream: fs.WriteStream): Promise<void> {
  if (stream.closed) return;
  const closed = once(stream, 'close').catch(() => {});
  stream.destroy();
  await closed;
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double the quotes inside. */
function csvField(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  const s = formulaSafe(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV as Excel reads Chinese: UTF-8 with a byte-order mark, CRLF line ends, dates as ISO YYYY-MM-DD. */
export function csvWriter(file: string, columns: Column[]): SheetWriter {
  const stream = fs.createWriteStream(file);
  const guard = watch(stream);
  const line = (cells: Cell[]) => cells.map(csvField).join(',') + '\r\n';
  stream.write('\uFEFF' + line(columns.map((c) => c.header)));
  return {
    async add(rows) {
      const flowing = stream.write(rows.map(line).join(''));
      await guard(flowing ? Promise.resolve() : once(stream, 'drain').then(() => {}));
    },
    async finish() {
      stream.end();
      await guard(closed(stream));
    },
    abort: () => close(stream),
  };
}
