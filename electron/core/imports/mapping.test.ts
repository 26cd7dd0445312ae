// Reading cells and guessing the mapping: the pure parts of an import, on the texts the
// staff's spreadsheets really carry (Chinese and English headers, "4000-6000元", 是/否, GBK CSV).
import { describe, expect, it } from 'vitest';
import { readNumber, readPayRange, readTags, readYesNo } from './cells';
import { CsvParser, decodeText, guessSeparator, parseCsv } from './csv';
import { guessMapping } from './guess';

describe('guessing the mapping', () => {
  it('maps a Chinese company register, one column per field', () => {
    const headers = ['序号', '企业名称', '统一社会信用代码', '所属街镇', '行业', '职工人数', '地址', '联系人', '职务', '联系电话', '备注'];
    expect(guessMapping('companies', headers)).toEqual({
      name: 1, creditCode: 2, town: 3, industry: 4, headcount: 5, address: 6, tags: null, notes: 10, contactName: 7, contactRole: 8, contactPhone: 9,
    });
  });

  it('maps English headers, whatever their case and spacing', () => {
    const m = guessMapping('companies', ['Company', 'Credit Code', 'Town', 'Headcount', 'Contact', 'Phone']);
    expect(m).toMatchObject({ name: 0, creditCode: 1, town: 2, headcount: 3, contactName: 4, contactPhone: 5, address: null });
  });

  it('maps other wordings: 单位名称, 信用代码, 街镇, 手机', () => {
    expect(guessMapping('companies', ['单位名称', '信用代码', '街镇', '手机'])).toMatchObject({ name: 0, creditCode: 1, town: 2, contactPhone: 3 });
  });

  it('maps a 岗位表: 企业, 工种, 岗位名称, 招聘人数, 月薪 as one range, 包住, 包吃', () => {
    const m = guessMapping('positions', ['企业名称', '工种', '岗位名称', '招聘人数', '月薪（元）', '包住', '包吃', '备注']);
    expect(m).toEqual({
      company: 0, jobType: 1, title: 2, headcount: 3, pay: 4, payMin: null, payMax: null, hoursPerDay: null, daysPerWeek: null, roomIncluded: 5, boardIncluded: 6, notes: 7,
    });
  });

  it('gives a column to one field only, and leaves fields without a column unmapped', () => {
    const m = guessMapping('positions', ['单位', '岗位', '人数', '最低工资', '最高工资']);
    expect(m).toMatchObject({ company: 0, title: 1, headcount: 2, payMin: 3, payMax: 4, pay: null, jobType: null });
  });
});

describe('reading cells', () => {
  it('reads numbers typed as text with units', () => {
    expect(readNumber(850)).toEqual({ value: 850 });
    expect(readNumber('850人')).toEqual({ value: 850 });
    expect(readNumber('6,500元')).toEqual({ value: 6500 });
    expect(readNumber('８５０')).toEqual({ value: 850 });
    expect(readNumber('')).toEqual({ value: null });
    expect(readNumber('约八百')).toEqual({ problem: 'importNotANumber' });
  });

  it('splits pay ranges into min and max', () => {
    expect(readPayRange('4000-6000')).toEqual({ value: { min: 4000, max: 6000 } });
    expect(readPayRange('4000～6000元')).toEqual({ value: { min: 4000, max: 6000 } });
    expect(readPayRange('5000元/月以上')).toEqual({ value: { min: 5000, max: null } });
    expect(readPayRange('5000以上')).toEqual({ value: { min: 5000, max: null } });
    expect(readPayRange(6000)).toEqual({ value: { min: 6000, max: 6000 } });
    expect(readPayRange('面议')).toEqual({ value: { min: null, max: null } });
    expect(readPayRange('看情况')).toEqual({ problem: 'importNotAPayRange' });
  });

  it('reads yes and no in the ways people write them', () => {
    for (const y of ['是', '包', '有', 'Y', 'yes', '√', 1]) expect(readYesNo(y)).toEqual({ value: true });
    for (const n of ['否', '不包', '无', 'N', 'no', '×', 0]) expect(readYesNo(n)).toEqual({ value: false });
    expect(readYesNo('')).toEqual({ value: null });
    expect(readYesNo('看情况')).toEqual({ problem: 'importNotYesNo' });
  });

  it('splits tags on Chinese and Latin separators', () => {
    expect(readTags('食宿齐全、规模大，用工规范; 外资')).toEqual(['食宿齐全', '规模大', '用工规范', '外资']);
  });
});

describe('CSV', () => {
  it('parses quoted fields with commas, doubled quotes and line breaks, CRLF or LF', () => {
    const text = '企业名称,备注\r\n"上海沪工阀门厂（集团）有限公司","生产阀门,车间整洁"\r\n大董,"他说""好""\n第二行"\n';
    expect(parseCsv(text)).toEqual([
      ['企业名称', '备注'],
      ['上海沪工阀门厂（集团）有限公司', '生产阀门,车间整洁'],
      ['大董', '他说"好"\n第二行'],
    ]);
  });

  it('parses the same rows however the text is cut into pieces (a doubled quote or a CRLF split between two chunks)', () => {
    const text = '企业名称,备注\r\n"上海沪工阀门厂（集团）有限公司","生产阀门,车间整洁"\r\n大董,"他说""好""\n第二行"\r\n';
    const whole = parseCsv(text);
    for (let cut = 1; cut < text.length; cut++) {
      const parser = new CsvParser();
      expect([...parser.push(text.slice(0, cut)), ...parser.push(text.slice(cut)), ...parser.end()]).toEqual(whole);
    }
  });

  it('tells the separator from the header line', () => {
    expect(guessSeparator('a;b;c\n1,5;2;3')).toBe(';');
    expect(guessSeparator('a\tb\n')).toBe('\t');
    expect(guessSeparator('name\n')).toBe(',');
  });

  it('decodes UTF-8 with or without a BOM, and GB18030 from a Chinese Excel', () => {
    const utf8 = new TextEncoder().encode('企业名称\n南翔镇');
    expect(decodeText(utf8)).toEqual({ text: '企业名称\n南翔镇', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: '企业名称\n南翔镇', encoding: 'utf-8' });
    // "企业名称" in GBK, as Excel's "CSV (逗号分隔)" saves it on a Chinese Windows.
    const gbk = new Uint8Array([0xc6, 0xf3, 0xd2, 0xb5, 0xc3, 0xfb, 0xb3, 0xc6]);
    expect(decodeText(gbk)).toEqual({ text: '企业名称', encoding: 'gb18030' });
  });
});
