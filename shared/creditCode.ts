// 统一社会信用代码 (unified social credit code), GB 32100-2015.
// 18 characters from a 31-character alphabet (no I, O, S, V, Z); the last one
// is a check character over the first 17 with fixed weights 3^i mod 31.

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** Upper-cases and removes spaces so a code typed "9131 0000 …" is accepted. */
export function normalizeCreditCode(raw: string): string {
  return raw.replace(/[\s-]/g, '').toUpperCase();
}

/** The check character for the first 17 characters, or null if any is outside the alphabet. */
export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i] ?? '');
    if (v < 0) return null;
    sum += v * WEIGHTS[i]!;
  }
  const c = (31 - (sum % 31)) % 31;
  return ALPHABET[c]!;
}

export const CREDIT_CODE_PROBLEMS = ['creditCodeLength', 'creditCodeCharacters', 'creditCodeChecksum'] as const;
export type CreditCodeProblem = (typeof CREDIT_CODE_PROBLEMS)[number];

/** Why a (normalised) code is invalid, or null when it is valid. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== 18) return 'creditCodeLength';
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (expected === null || !ALPHABET.includes(code[17]!)) return 'creditCodeCharacters';
  return expected === code[17] ? null : 'creditCodeChecksum';
}

export const isValidCreditCode = (code: string) => creditCodeProblem(normalizeCreditCode(code)) === null;
