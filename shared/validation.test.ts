import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toFieldIssues } from './result';
import { addMonths } from './vetting/expiry';
import { addDays, daysBetween } from './trips/shift';
import { isoDate, notesText, optionalPhone, optionalText, requiredName, requiredText, searchQuery } from './validation';

const issues = (schema: z.ZodType, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? [] : toFieldIssues(r.error.issues);
};
const field = (schema: z.ZodType) => z.object({ notes: schema });

describe('every text field refuses characters, naming the field, and never changes them', () => {
  it('a NUL, an escape or an RLO in a name is refused at that field with the character', () => {
    expect(issues(field(requiredText(120)), { notes: '张\u0000三' })).toEqual([{ path: ['notes'], key: 'textControlChar', params: { char: 'U+0000' } }]);
    expect(issues(field(optionalText(120)), { notes: '\u202eexe.txt' })).toEqual([{ path: ['notes'], key: 'textBidiControl', params: { char: 'U+202E' } }]);
    expect(issues(field(optionalText(120)), { notes: 'a\ud800' })).toEqual([{ path: ['notes'], key: 'textLoneSurrogate', params: { char: 'U+D800' } }]);
  });

  it('a line break is refused in a one-line field and kept in notes', () => {
    expect(issues(field(optionalText(120)), { notes: '一\n二' })[0]?.key).toBe('textLineBreak');
    expect(field(notesText(5000)).parse({ notes: '一\n\t二' })).toEqual({ notes: '一\n\t二' });
  });
});

describe('names refuse resident ID numbers; phones accept phone formats only', () => {
  it('a contact named by an ID number is refused', () => {
    expect(issues(field(requiredName(120)), { notes: '王建国 532301199003071234' })).toEqual([{ path: ['notes'], key: 'nameHasIdNumber' }]);
    expect(issues(field(requiredName(120)), { notes: '王建国' })).toEqual([]);
  });

  it('a phone field takes a number and refuses words, naming the field', () => {
    expect(field(optionalPhone).parse({ notes: ' 021-59991234-801 ' })).toEqual({ notes: '021-59991234-801' });
    expect(field(optionalPhone).parse({ notes: '' })).toEqual({ notes: null });
    expect(issues(field(optionalPhone), { notes: '找前台' })).toEqual([{ path: ['notes'], key: 'invalidPhone' }]);
  });
});

describe('one date rule: years 1900–2100, written with four digits', () => {
  it('refuses year 0000 and 9999 as out of range, and impossible days as invalid', () => {
    expect(issues(isoDate, '0000-01-01')).toEqual([{ path: [], key: 'dateOutOfRange', params: { min: '1900-01-01', max: '2100-12-31' } }]);
    expect(issues(isoDate, '9999-12-31')[0]?.key).toBe('dateOutOfRange');
    expect(issues(isoDate, '1899-12-31')[0]?.key).toBe('dateOutOfRange');
    expect(issues(isoDate, '2101-01-01')[0]?.key).toBe('dateOutOfRange');
    expect(issues(isoDate, '2018-02-30')).toEqual([{ path: [], key: 'invalidDate' }]);
    expect(issues(isoDate, '26-01-01')).toEqual([{ path: [], key: 'invalidDate' }]);
    expect(issues(isoDate, '1900-01-01')).toEqual([]);
    expect(issues(isoDate, '2100-12-31')).toEqual([]);
  });

  it('date arithmetic reads years 0–99 as written, not as 1900–1999', () => {
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(daysBetween('0050-01-01', '0051-01-01')).toBe(365);
    expect(addMonths('0100-01-31', 1)).toBe('0100-02-28'); // 100 is not a leap year; 2000 (what Date.UTC made of it) is
  });
});

describe('search accepts any text', () => {
  it('a NUL, quotes and a 1,000-character query parse, cleaned and cut to 100 characters', () => {
    expect(searchQuery.parse('"沪工\u0000阀门"')).toBe('"沪工 阀门"');
    expect(searchQuery.parse('阀'.repeat(1000))).toHaveLength(100);
    expect(searchQuery.parse(undefined)).toBe('');
  });
});
