// A name the app suggests from a title must be accepted by whichever computer the user saves
// on: Windows (its refused characters, device names, trailing dots), a USB stick, macOS and
// Linux (255 bytes of UTF-8, where Chinese takes three a character).
import { describe, expect, it } from 'vitest';
import { MAX_FILE_NAME_BYTES, safeFileName, truncateUtf8, utf8Length } from './fileNames';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('safe file names', () => {
  it('leaves an ordinary Chinese or English name as it is', () => {
    expect(safeFileName('企业名录-2018-09-17', 'xlsx')).toBe('企业名录-2018-09-17.xlsx');
    expect(safeFileName('用工企业审核清单（标准版）-v1', 'json')).toBe('用工企业审核清单（标准版）-v1.json');
    expect(safeFileName('Trip report-Deqin 2018', 'docx')).toBe('Trip report-Deqin 2018.docx');
    expect(safeFileName('工作区　副本', 'sqlite')).toBe('工作区　副本.sqlite'); // an ideographic space inside stays
  });

  it('puts "_" for each run of the characters Windows refuses', () => {
    expect(safeFileName('赴迪庆/德钦: 招聘', 'ics')).toBe('赴迪庆_德钦_ 招聘.ics');
    for (const ch of ['\\', '/', ':', '*', '?', '"', '<', '>', '|']) expect(safeFileName(`a${ch}b`, 'pdf')).toBe('a_b.pdf');
    expect(safeFileName('a<>:"/\\|?*b', 'pdf')).toBe('a_b.pdf');
    expect(safeFileName('C:\\Users\\x\\..\\报告', 'pdf')).toBe('C_Users_x_.._报告.pdf');
  });

  it('puts "_" for control characters, and a space for line breaks and tabs', () => {
    expect(safeFileName('a\u0000b\u0007c\u001fd\u007fe\u0090f', 'txt')).toBe('a_b_c_d_e_f.txt');
    expect(safeFileName('第一行\r\n第二行\t第三行\u2028第四行', 'pdf')).toBe('第一行 第二行 第三行 第四行.pdf');
  });

  it('takes out the bidirectional overrides that make a name look like another', () => {
    expect(safeFileName('报告\u202Efdp.exe', '')).toBe('报告_fdp.exe');
    expect(safeFileName('a\u2066b\u2069c', 'pdf')).toBe('a_b_c.pdf');
  });

  it('replaces a lone surrogate, which no file system stores, and keeps a whole emoji', () => {
    expect(safeFileName('a\ud800b', 'pdf')).toBe('a_b.pdf');
    expect(safeFileName('a\udc00', 'pdf')).toBe('a_.pdf');
    expect(safeFileName('招聘🎉', 'pdf')).toBe('招聘🎉.pdf');
  });

  it('drops spaces and dots at both ends of the name', () => {
    expect(safeFileName('报告.', 'pdf')).toBe('报告.pdf');
    expect(safeFileName('报告. . ', '')).toBe('报告');
    expect(safeFileName('  报告  ', 'pdf')).toBe('报告.pdf');
    expect(safeFileName('.hidden', 'txt')).toBe('hidden.txt');
    expect(safeFileName('\u3000报告\u3000', 'pdf')).toBe('报告.pdf');
    expect(safeFileName('v1.2 总结', 'docx')).toBe('v1.2 总结.docx');
  });

  it('gives a Windows device name "_" after the device word, with or without an extension', () => {
    for (const name of ['CON', 'PRN', 'AUX', 'NUL', 'COM1', 'COM9', 'COM0', 'LPT1', 'LPT9', 'COM¹', 'LPT³', 'CONIN$', 'CONOUT$']) {
      expect(safeFileName(name, 'pdf')).toBe(`${name}_.pdf`);
      expect(safeFileName(name, '')).toBe(`${name}_`);
    }
    expect(safeFileName('con', 'txt')).toBe('con_.txt');
    expect(safeFileName('Nul', '')).toBe('Nul_');
    expect(safeFileName('nul.tar', 'gz')).toBe('nul_.tar.gz');
    expect(safeFileName('CON .备份', 'sqlite')).toBe('CON_ .备份.sqlite');
    expect(safeFileName('AUX.', '')).toBe('AUX_');
    expect(safeFileName(' NUL ', 'pdf')).toBe('NUL_.pdf');
  });

  it('leaves names that only start like a device name', () => {
    for (const name of ['CONTRACT', 'COM10', 'LPT', 'AUXILIARY', 'CON-行程', 'NUL报告', 'CON abc', 'PRN_1']) {
      expect(safeFileName(name, 'pdf')).toBe(`${name}.pdf`);
    }
  });

  it('keeps a name with its extension within 255 bytes of UTF-8, cut between characters', () => {
    const chinese = safeFileName('赴迪庆州德钦县开展专场招聘'.repeat(20), 'pdf');
    expect(bytes(chinese)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(chinese).toBe(`${'赴迪庆州德钦县开展专场招聘'.repeat(20).slice(0, 83)}.pdf`); // 83 × 3 + 4 = 253; one more is 256
  });

  it('cuts a long ASCII name to exactly 255 bytes', () => {
    const ascii = safeFileName('x'.repeat(300), 'xlsx');
    expect(ascii).toBe(`${'x'.repeat(250)}.xlsx`);
    expect(bytes(ascii)).toBe(255);
  });

  it('never cuts an emoji in half, and drops a dot or space the cut leaves at the end', () => {
    const emoji = safeFileName(`${'a'.repeat(248)}🎉🎉`, 'pdf');
    expect(emoji).toBe(`${'a'.repeat(248)}.pdf`);
    expect(safeFileName(`${'a'.repeat(249)} .bcdef`, 'pdf')).toBe(`${'a'.repeat(249)}.pdf`);
  });

  it('falls back when nothing of the name is left', () => {
    expect(safeFileName('', 'pdf')).toBe('untitled.pdf');
    expect(safeFileName(' . .. ', 'ics', 'trip')).toBe('trip.ics');
    expect(safeFileName('...', '')).toBe('untitled');
  });

  it('names made from any text stay within the rules', () => {
    const alphabet = ['a', '报', ' ', '.', '/', ':', '\u0000', '\n', '🎉', '\ud800', 'C', 'O', 'N', '|', '\u202e'];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let n = 0; n < 500; n++) {
      const length = Math.floor(random() * 200);
      const stem = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const name = safeFileName(stem, 'pdf');
      expect(bytes(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
      expect(name).not.toMatch(/[\\/:*?"<>|\p{Cc}\u202e]|\p{Cs}/u);
      expect(name).not.toMatch(/^[\s.]|[\s.]\.pdf$/u);
      expect(name).not.toMatch(/^(CON|PRN|AUX|NUL|COM\d|LPT\d) *(\.|$)/i);
      expect(name.endsWith('.pdf')).toBe(true);
    }
  });
});

describe('UTF-8 lengths', () => {
  it('counts bytes as UTF-8 does', () => {
    for (const s of ['', 'abc', 'é', '报告', '🎉', 'a报🎉é']) expect(utf8Length(s)).toBe(bytes(s));
  });

  it('cuts at a character, never inside one', () => {
    expect(truncateUtf8('报告总结', 7)).toBe('报告');
    expect(truncateUtf8('报告总结', 9)).toBe('报告总');
    expect(truncateUtf8('a🎉b', 4)).toBe('a');
    expect(truncateUtf8('a🎉b', 5)).toBe('a🎉');
    expect(truncateUtf8('abc', 10)).toBe('abc');
    expect(truncateUtf8('abc', 0)).toBe('');
  });
});
