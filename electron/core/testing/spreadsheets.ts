// Test helper (not a test): real .xlsx files written with ExcelJS, the same library the import
// reads with, plus the odd files people do pick: a text file named .xlsx, an encrypted
// workbook's container, an old .xls. Used by the unit tests, the e2e stories and the bench.
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

export type XlsxValue = string | number | boolean | Date | null | { formula: string; result?: number };

export interface XlsxSheet {
  name?: string;
  rows: XlsxValue[][];
  /** Ranges to merge, e.g. 'A1:B1'. */
  merges?: string[];
}

export async function writeXlsx(file: string, sheets: XlsxSheet[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  sheets.forEach((s, i) => {
    const ws = wb.addWorksheet(s.name ?? `Sheet${i + 1}`);
    for (const row of s.rows) ws.addRow(row);
    for (const m of s.merges ?? []) ws.mergeCells(m);
  });
  await wb.xlsx.writeFile(file);
}

/**
 * The start of a Compound File Binary container holding an "EncryptedPackage" stream: what
 * Excel writes when a workbook gets an opening password (LibreOffice cannot add one from the
 * command line, so the test writes the container's telltale bytes itself).
 */
export function writeEncryptedXlsx(file: string): void {
  const header = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  Buffer.from('EncryptionInfo', 'utf16le').copy(header, 1024);
  Buffer.from('EncryptedPackage', 'utf16le').copy(header, 1152);
  writeFileSync(file, header);
}

/** An old binary .xls: the same container, holding a "Workbook" stream. */
export function writeLegacyXls(file: string): void {
  const header = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  Buffer.from('Workbook', 'utf16le').copy(header, 1024);
  writeFileSync(file, header);
}
