// Reading the files people pick: real .xlsx written by ExcelJS (and one converted to CSV by
// LibreOffice, as another program would save it), CSV in UTF-8 and GBK, and the files that
// must be refused with a clear key — a text file named .xlsx, an encrypted workbook, an old
// .xls, an empty sheet, too many rows, formulas, merged header cells.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiError } from '../../../shared/result';
import { ApiFailure } from '../../../shared/result';
import { convertWithLibreOffice, CSV_UTF8 } from '../testing/libreoffice';
import { writeEncryptedXlsx, writeLegacyXls, writeXlsx } from '../testing/spreadsheets';
import { readSpreadsheet } from './read';

const dir = mkdtempSync(path.join(tmpdir(), 'liaison-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string) => path.join(dir, name);

async function refusal(p: string): Promise<ApiError> {
  try {
    await readSpreadsheet(p);
  } catch (e) {
    if (e instanceof ApiFailure) return e.error;
    throw e;
  }
  throw new Error(`${p} was read but should have been refused`);
}

const HEADER = ['企业名称', '统一社会信用代码', '所属街镇', '职工人数', '成立日期'];

describe('reading spreadsheets', () => {
  it('reads an .xlsx: header row, rows with numbers and dates as numbers and dates, blank rows dropped, a title row above skipped', async () => {
    await writeXlsx(file('名录.xlsx'), [
      {
        name: '企业名录',
        rows: [['嘉定区企业名录（2018年）'], HEADER, ['上海沪工阀门厂（集团）有限公司', null, '华亭镇', 850, new Date('2001-05-08T00:00:00Z')], [], ['南亚新材料科技股份有限公司', null, '南翔镇', 1200, null]],
      },
      { name: '空白', rows: [] },
    ]);
    const s = await readSpreadsheet(file('名录.xlsx'));
    expect(s.encoding).toBe('xlsx');
    expect(s.sheets.map((x) => x.name)).toEqual(['企业名录']);
    const [sheet] = s.sheets;
    expect(sheet!.headers).toEqual(HEADER);
    expect(sheet!.headerRow).toBe(2);
    expect(sheet!.rows.map((r) => r.n)).toEqual([3, 5]);
    expect(sheet!.rows[0]!.cells).toEqual(['上海沪工阀门厂（集团）有限公司', null, '华亭镇', 850, new Date('2001-05-08T00:00:00Z')]);
  });

  it('reads a data cell merged down over several rows (a company over its contacts) as its value in each row', async () => {
    await writeXlsx(file('merged-data.xlsx'), [
      { rows: [['企业名称', '联系人'], ['大董（上海）餐饮管理有限公司', '李娜'], [null, '王强']], merges: ['A2:A3'] },
    ]);
    const [sheet] = (await readSpreadsheet(file('merged-data.xlsx'))).sheets;
    expect(sheet!.rows.map((r) => r.cells)).toEqual([
      ['大董（上海）餐饮管理有限公司', '李娜'],
      ['大董（上海）餐饮管理有限公司', '王强'],
    ]);
  });

  it('reads CSV in UTF-8 with a BOM, and GBK from a Chinese Excel, saying which', async () => {
    writeFileSync(file('bom.csv'), '\uFEFF企业名称,职工人数\r\n"上海沪工阀门厂（集团）有限公司",850\r\n');
    const utf8 = await readSpreadsheet(file('bom.csv'));
    expect(utf8).toMatchObject({ encoding: 'utf-8', sheets: [{ name: 'bom', headers: ['企业名称', '职工人数'], rows: [{ n: 2, cells: ['上海沪工阀门厂（集团）有限公司', '850'] }] }] });
    // "企业名称\r\n南翔镇\r\n" in GBK.
    writeFileSync(file('gbk.csv'), Buffer.from([0xc6, 0xf3, 0xd2, 0xb5, 0xc3, 0xfb, 0xb3, 0xc6, 0x0d, 0x0a, 0xc4, 0xcf, 0xcf, 0xe8, 0xd5, 0xf2, 0x0d, 0x0a]));
    expect(await readSpreadsheet(file('gbk.csv'))).toMatchObject({ encoding: 'gb18030', sheets: [{ headers: ['企业名称'], rows: [{ cells: ['南翔镇'] }] }] });
  });

  it('reads the CSV LibreOffice writes from our .xlsx the same as the .xlsx itself', async () => {
    await writeXlsx(file('lo.xlsx'), [{ rows: [HEADER.slice(0, 4), ['上海沪工阀门厂（集团）有限公司', '91310114MA1GT3XK4T', '华亭镇', 850]] }]);
    const converted = await convertWithLibreOffice(file('lo.xlsx'), CSV_UTF8, dir);
    const csv = await readSpreadsheet(converted);
    expect(csv.sheets[0]!.headers).toEqual(HEADER.slice(0, 4));
    expect(csv.sheets[0]!.rows[0]!.cells).toEqual(['上海沪工阀门厂（集团）有限公司', '91310114MA1GT3XK4T', '华亭镇', '850']);
  });
});

describe('refusing files', () => {
  it('a text file named .xlsx is not a spreadsheet', async () => {
    writeFileSync(file('名单.xlsx'), '这不是表格，只是一段文字。');
    expect(await refusal(file('名单.xlsx'))).toMatchObject({ code: 'VALIDATION', key: 'notSpreadsheet', params: { file: '名单.xlsx' } });
  });

  it('a zip that is not a workbook is not a spreadsheet', async () => {
    writeFileSync(file('archive.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]));
    expect((await refusal(file('archive.xlsx'))).key).toBe('notSpreadsheet');
  });

  it('an encrypted workbook asks for the password to be removed; an old .xls asks to save as .xlsx', async () => {
    writeEncryptedXlsx(file('加密.xlsx'));
    expect((await refusal(file('加密.xlsx'))).key).toBe('passwordProtected');
    writeLegacyXls(file('旧.xls'));
    expect((await refusal(file('旧.xls'))).key).toBe('legacyXls');
  });

  it('an empty sheet, or a header without rows, is empty', async () => {
    await writeXlsx(file('empty.xlsx'), [{ rows: [] }]);
    expect((await refusal(file('empty.xlsx'))).key).toBe('emptySpreadsheet');
    await writeXlsx(file('header-only.xlsx'), [{ rows: [HEADER] }]);
    expect((await refusal(file('header-only.xlsx'))).key).toBe('emptySpreadsheet');
    writeFileSync(file('empty.csv'), '\uFEFF');
    expect((await refusal(file('empty.csv'))).key).toBe('emptySpreadsheet');
  });

  it('more than 20,000 data rows is too many, with the count and the limit', async () => {
    writeFileSync(file('big.csv'), ['企业名称,人数', ...Array.from({ length: 50_000 }, (_, i) => `企业${i},${i}`)].join('\n'));
    expect(await refusal(file('big.csv'))).toMatchObject({ key: 'tooManyRows', params: { count: 20_001, limit: 20_000 } });
  });

  it('formulas in cells are refused, naming the cells', async () => {
    await writeXlsx(file('formula.xlsx'), [{ name: '名录', rows: [['企业名称', '人数'], ['甲', 10], ['乙', { formula: 'B2*2', result: 20 }]] }]);
    expect(await refusal(file('formula.xlsx'))).toMatchObject({ key: 'formulasInSheet', params: { sheet: '名录', cells: 'B3', count: 1 } });
  });

  it('merged header cells are refused, naming the cells', async () => {
    await writeXlsx(file('merged.xlsx'), [{ name: '名录', rows: [['企业名称', '联系人', null], ['甲', '李娜', '139']], merges: ['B1:C1'] }]);
    expect(await refusal(file('merged.xlsx'))).toMatchObject({ key: 'mergedHeader', params: { sheet: '名录', cells: 'B1, C1' } });
  });
});
