// The pickers' conversions (renderer/src/lib/dateInput.ts): the forms keep storing exactly
// the contract's strings, a half-typed date stays refusable, pasted dates are read whole.
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { displayFormat, fromPickerValue, INCOMPLETE, parseWritten, toPickerValue } from '../../renderer/src/lib/dateInput';
import { isoDate } from '../../shared/validation';
import { localDateTime } from '../../shared/trips/schema';

describe('stored strings', () => {
  it('round-trips a date and a date-time through the picker unchanged', () => {
    for (const s of ['2018-09-17', '1900-01-01', '2100-12-31', '2024-02-29']) expect(fromPickerValue(toPickerValue(s, 'date'), 'date')).toBe(s);
    for (const s of ['2018-09-18T07:30', '2018-09-18T00:00', '2018-09-18T23:59']) expect(fromPickerValue(toPickerValue(s, 'dateTime'), 'dateTime')).toBe(s);
  });

  it('keeps a year below 100 as itself (Date would read 0002 as 1902)', () => {
    expect(toPickerValue('0002-01-01', 'date')!.year()).toBe(2);
    expect(fromPickerValue(toPickerValue('0202-01-01', 'date'), 'date')).toBe('0202-01-01');
  });

  it('empty is empty; a half-typed date is stored as a string the schemas refuse', () => {
    expect(toPickerValue('', 'date')).toBeNull();
    expect(fromPickerValue(null, 'date')).toBe('');
    expect(fromPickerValue(dayjs(Number.NaN), 'date')).toBe(INCOMPLETE);
    expect(isoDate.safeParse(INCOMPLETE).error?.issues[0]?.message).toBe('invalidDate');
    expect(localDateTime.safeParse(INCOMPLETE).error?.issues[0]?.message).toBe('invalidDateTime');
    expect(toPickerValue(INCOMPLETE, 'date')!.isValid()).toBe(false);
    expect(toPickerValue('2018-02-30', 'date')!.isValid()).toBe(false);
  });
});

describe('pasted dates', () => {
  it('reads a date however a document writes it', () => {
    for (const s of ['2018-09-17', '20180917', '2018/9/17', '2018.09.17', '2018年9月17日', '2018年09月17日', ' 2018-09-17 ']) expect(parseWritten(s, 'date')).toBe('2018-09-17');
  });

  it('reads a time after it for a date-time, midnight when there is none', () => {
    expect(parseWritten('2018-09-18 07:30', 'dateTime')).toBe('2018-09-18T07:30');
    expect(parseWritten('2018-09-18T7:30', 'dateTime')).toBe('2018-09-18T07:30');
    expect(parseWritten('2018年9月18日 14：05', 'dateTime')).toBe('2018-09-18T14:05');
    expect(parseWritten('2018-09-18', 'dateTime')).toBe('2018-09-18T00:00');
  });

  it('leaves anything else to the field', () => {
    for (const s of ['2018-02-30', '2018-13-01', '17/09/2018', '09/17/2018', '2018', '0917', 'abc', '2018-09-18 24:00']) expect(parseWritten(s, 'date')).toBeNull();
  });
});

it('shows Chinese as reports write it and English as ISO, 24-hour in both', () => {
  expect(dayjs('2018-09-07T09:05').format(displayFormat('date', 'zh'))).toBe('2018年09月07日');
  expect(dayjs('2018-09-07T21:05').format(displayFormat('dateTime', 'zh'))).toBe('2018年09月07日 21:05');
  expect(dayjs('2018-09-07T21:05').format(displayFormat('dateTime', 'en'))).toBe('2018-09-07 21:05');
});
