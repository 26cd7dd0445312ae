// 统一社会信用代码 as the staff type it from a business licence: the app must accept
// a real code however it was typed, and say which kind of mistake a wrong one has.
import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, creditCodeProblem, isValidCreditCode, normalizeCreditCode } from './creditCode';
import { creditCode } from './companies/schema';

const VALID = ['91350100M000100Y43', '91110000100017643K'];

describe('a unified social credit code (GB 32100)', () => {
  it.each(VALID)('accepts the real code %s', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
    expect(isValidCreditCode(code)).toBe(true);
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it('accepts a code typed in lower case, with spaces or dashes, and stores it in one form', () => {
    expect(normalizeCreditCode(' 9135 0100 m000 100y43 ')).toBe('91350100M000100Y43');
    expect(normalizeCreditCode('91110000-100017643k')).toBe('91110000100017643K');
    expect(isValidCreditCode('91110000 1000 1764 3k')).toBe(true);
    expect(creditCode.parse('9135 0100 m000 100y43')).toBe('91350100M000100Y43');
  });

  it('refuses a code whose check character does not match', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toBe('creditCodeChecksum');
    expect(creditCodeProblem('91110000100017643J')).toBe('creditCodeChecksum');
    // One mistyped digit in the body changes the expected check character.
    expect(creditCodeProblem('91350100M000101Y43')).toBe('creditCodeChecksum');
  });

  it('refuses a code of the wrong length', () => {
    expect(creditCodeProblem('91350100M000100Y4')).toBe('creditCodeLength');
    expect(creditCodeProblem('91350100M000100Y433')).toBe('creditCodeLength');
    expect(creditCodeProblem('')).toBe('creditCodeLength');
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('refuses the letter %s, which the standard leaves out', (letter) => {
    // In the body…
    expect(creditCodeProblem(`91350100M000100${letter}43`)).toBe('creditCodeCharacters');
    // …and as the check character.
    expect(creditCodeProblem(`91350100M000100Y4${letter}`)).toBe('creditCodeCharacters');
  });

  it('refuses Chinese or other characters outside the alphabet', () => {
    expect(creditCodeProblem('91350100M000100Y4号')).toBe('creditCodeCharacters');
    expect(creditCodeProblem('9135010０M000100Y43')).toBe('creditCodeCharacters');
  });

  it('gives the schema a message key per problem, and treats "no code" as null', () => {
    const issue = (v: string) => creditCode.safeParse(v).error?.issues[0]?.message;
    expect(issue('91350100M000100Y44')).toBe('creditCodeChecksum');
    expect(issue('91350100M0')).toBe('creditCodeLength');
    expect(issue('91350100M000100O43')).toBe('creditCodeCharacters');
    expect(creditCode.parse('')).toBeNull();
    expect(creditCode.parse(null)).toBeNull();
    expect(creditCode.parse(undefined)).toBeNull();
  });
});
