import { describe, expect, it } from 'vitest';
import { containsMobile, containsResidentId, isResidentId, personalNumberWarnings } from './personalNumbers';

describe('resident ID numbers (GB 11643, ISO 7064 MOD 11-2)', () => {
  it('knows a valid number by its check character, X included', () => {
    expect(isResidentId('11010519491231002X')).toBe(true);
    expect(isResidentId('11010519491231002x')).toBe(true);
    expect(isResidentId('532301199003071234')).toBe(true);
    expect(isResidentId('532301199003071235')).toBe(false);
    expect(isResidentId('53230119900307123')).toBe(false);
  });

  it('finds one inside a note, but not inside a longer run of digits', () => {
    expect(containsResidentId('王师傅身份证532301199003071234，已登记')).toBe(true);
    expect(containsResidentId('账号 6222532301199003071234 9')).toBe(false);
    expect(containsResidentId('订单号 532301199003071235')).toBe(false);
  });
});

describe('mainland mobile numbers', () => {
  it('finds 1[3-9] and nine digits, also written 3-4-4', () => {
    expect(containsMobile('联系 13812345678')).toBe(true);
    expect(containsMobile('手机138 1234 5678')).toBe(true);
    expect(containsMobile('138-1234-5678')).toBe(true);
    expect(containsMobile('12812345678 或 1381234567')).toBe(false);
    expect(containsMobile('订单213812345678')).toBe(false);
  });
});

describe('the warnings under a notes field', () => {
  it('names each kind found, in a fixed order, and nothing for plain notes', () => {
    expect(personalNumberWarnings('身份证 11010519491231002X 电话 13812345678')).toEqual(['noteHasIdNumber', 'noteHasMobile']);
    expect(personalNumberWarnings('厂区干净，宿舍四人一间')).toEqual([]);
    expect(personalNumberWarnings(null)).toEqual([]);
  });
});
