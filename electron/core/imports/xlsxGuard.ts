// What a workbook may cost before ExcelJS expands it. ExcelJS loads a whole .xlsx into memory,
// so a small file that unzips to gigabytes (a zip bomb) or declares five million rows would hold
// the core for half a minute before the row limit refused it. This guard decides first, in
// three steps, each cheaper than the next is dear:
//   1. the zip's central directory: every entry's declared uncompressed size and its ratio to the
//      compressed size (no byte inflated);
//   2. each sheet's <dimension ref="A1:Z5000000">: the range it says it spans (a few kilobytes
//      inflated per sheet);
//   3. a streaming pass over every entry: a size the directory understated is caught at the first
//      byte past it, and each sheet's rows are counted as they stream, stopping at the limit.
// Only a workbook that passes all three reaches ExcelJS, and then its load is bounded.
import type { FileHandle } from 'node:fs/promises';
import { MAX_IMPORT_ROWS } from '../../../shared/imports/schema';
import { fail } from '../../../shared/result';
import { type Tick } from './plan';
import { entryChunks, type ZipEntry, ZipSizeLie } from './zip';

const MB = 1024 * 1024;
/** Largest sheet (or shared-strings table) unzipped: 20,000 wide rows of long text fit in a fraction of it. */
export const MAX_ENTRY_BYTES = 100 * MB;
/** Largest workbook unzipped, all parts together. */
export const MAX_UNZIPPED_BYTES = 200 * MB;
/** Sheet XML compresses ten- to thirty-fold; a part over a megabyte that compresses further was built to. */
export const MAX_RATIO = 200;
const RATIO_FROM_BYTES = MB;
/** How much of a sheet's start is searched for its <dimension>, which Excel writes before the data. */
const DIMENSION_WITHIN = 64 * 1024;

const isSheet = (e: ZipEntry) => /^xl\/worksheets\/[^/]+\.xml$/i.test(e.name);
const mb = (bytes: number) => Math.ceil((bytes / MB) * 10) / 10;

export async function guardXlsx(file: string, fh: FileHandle, fileName: string, entries: ZipEntry[], tick?: Tick): Promise<void> {
  checkDeclaredSizes(entries, fileName);
  const sheets = entries.filter(isSheet);
  for (const sheet of sheets) {
    const rows = await declaredRows(file, fh, sheet, fileName);
    // The range includes the header (and any title row), so it may span the limit plus one.
    if (rows !== null && rows - 1 > MAX_IMPORT_ROWS) tooManyRows(fileName, rows - 1);
  }
  await streamAll(file, fh, entries, fileName, tick);
}

function checkDeclaredSizes(entries: ZipEntry[], fileName: string): void {
  let total = 0;
  for (const e of entries) {
    if (e.method !== 0 && e.method !== 8) fail('VALIDATION', 'notSpreadsheet', { file: fileName });
    total += e.size;
    const ratio = e.size / Math.max(1, e.compressedSize);
    if (e.size > MAX_ENTRY_BYTES || (e.size > RATIO_FROM_BYTES && ratio > MAX_RATIO)) unzipsTooLarge(fileName, e.size, MAX_ENTRY_BYTES);
  }
  if (total > MAX_UNZIPPED_BYTES) unzipsTooLarge(fileName, total, MAX_UNZIPPED_BYTES);
}

const unzipsTooLarge = (fileName: string, size: number, limit: number): never =>
  fail('VALIDATION', 'unzipsTooLarge', { file: fileName, size: mb(size), limit: mb(limit) });

const tooManyRows = (fileName: string, count: number): never =>
  fail('VALIDATION', 'tooManyRowsInFile', { file: fileName, count, limit: MAX_IMPORT_ROWS });

/** Rows the sheet's <dimension> spans, or null when it has none within its first kilobytes. */
async function declaredRows(file: string, fh: FileHandle, entry: ZipEntry, fileName: string): Promise<number | null> {
  const decoder = new TextDecoder();
  let head = '';
  await readEntry(file, fh, entry, fileName, async (chunk) => {
    head += decoder.decode(chunk, { stream: true });
    return head.length < DIMENSION_WITHIN && !head.includes('<sheetData') && !head.includes(':sheetData');
  });
  const m = /<(?:\w+:)?dimension\s+ref="[A-Z]*(\d+)(?::[A-Z]*(\d+))?"/i.exec(head);
  if (!m) return null;
  const first = Number(m[1]);
  return m[2] === undefined ? 1 : Number(m[2]) - first + 1;
}

/** Inflates every entry once, checking each against its declared size and counting each sheet's rows. */
async function streamAll(file: string, fh: FileHandle, entries: ZipEntry[], fileName: string, tick?: Tick): Promise<void> {
  const total = entries.reduce((n, e) => n + e.size, 0);
  let done = 0;
  for (const entry of entries) {
    const counter = isSheet(entry) ? new RowCounter(MAX_IMPORT_ROWS + 2) : null;
    const decoder = new TextDecoder();
    await readEntry(file, fh, entry, fileName, async (chunk) => {
      done += chunk.length;
      if (counter) {
        counter.push(decoder.decode(chunk, { stream: true }));
        if (counter.rows - 1 > MAX_IMPORT_ROWS) tooManyRows(fileName, counter.rows - 1);
      }
      await tick?.(done, total);
      return true;
    });
  }
}

/** Feeds the entry's chunks to `take` while it returns true; a damaged or lying entry refuses the file. */
async function readEntry(file: string, fh: FileHandle, entry: ZipEntry, fileName: string, take: (chunk: Buffer) => Promise<boolean>): Promise<void> {
  try {
    for await (const chunk of entryChunks(file, fh, entry)) if (!(await take(chunk))) break;
  } catch (e) {
    if (e instanceof ZipSizeLie) fail('VALIDATION', 'spreadsheetDamaged', { file: fileName });
    // zlib's errors (bad deflate data): the file is not a workbook we can read.
    if (e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('Z_')) fail('VALIDATION', 'spreadsheetDamaged', { file: fileName });
    throw e;
  }
}

/**
 * Counts a sheet's rows that hold a value (<v> or an inline string), as the XML streams in:
 * Excel writes <row> elements for rows that only carry formatting too, and those are not data.
 * An unfinished tag at the end of a piece waits for the next one.
 */
export class RowCounter {
  rows = 0;
  /** Counting stops once `rows` reaches this, so the refusal names the row where reading stopped. */
  constructor(private readonly stopAt: number) {}

  private carry = '';
  private inRow = false;
  private rowHasValue = false;
  private static readonly TAGS = /<(?:\w+:)?row\b[^>]*?(\/?)>|<\/(?:\w+:)?row>|<(?:\w+:)?(?:v|is)\b/g;

  push(text: string): void {
    const s = this.carry + text;
    const end = s.lastIndexOf('>') + 1;
    this.carry = s.slice(end);
    const tags = RowCounter.TAGS;
    tags.lastIndex = 0;
    const part = s.slice(0, end);
    for (let m = tags.exec(part); m; m = tags.exec(part)) {
      const tag = m[0];
      if (tag.startsWith('</')) {
        if (this.inRow && this.rowHasValue) this.rows += 1;
        this.inRow = false;
        if (this.rows >= this.stopAt) return;
      } else if (m[1] !== undefined) {
        // <row …/> holds no cells; <row …> opens one.
        this.inRow = m[1] !== '/';
        this.rowHasValue = false;
      } else if (this.inRow) this.rowHasValue = true;
    }
  }
}
