import { describe, expect, it } from 'vitest';
import { isPhoneNumber } from './phone';

describe('what a phone field accepts', () => {
  it('accepts mobiles, landlines with area code and extension, and service numbers', () => {
    for (const s of [
      '13812345678', '138 1234 5678', '138-1234-5678', '+86 13812345678', '+8613812345678', '008613812345678',
      '0887-8412345', '021-59991234', '021-59991234-801', '(021)59991234', '（021）5999 1234', '021 59991234转801', '0871-6532 1234',
      '+86 21 59991234', '+86-871-65321234', '400-820-8820', '8008208820',
    ]) expect(isPhoneNumber(s), s).toBe(true);
  });

  it('refuses everything else: words, short local numbers, ID numbers, two numbers, foreign formats', () => {
    for (const s of ['请问前台', '59991234', '12812345678', '532301199003071234', '13812345678/021-59991234', '+1 415 555 0100', '021-5999', '1381234567x']) {
      expect(isPhoneNumber(s), s).toBe(false);
    }
  });
});
