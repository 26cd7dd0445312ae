import { describe, expect, it } from 'vitest';
import { addMonths, revettingDue, vettingExpiresOn } from './expiry';

describe('vetting expiry', () => {
  it('adds calendar months, keeping to the last day of short months', () => {
    expect(addMonths('2018-09-19', 12)).toBe('2019-09-19');
    expect(addMonths('2018-08-31', 6)).toBe('2019-02-28');
    expect(addMonths('2019-08-31', 6)).toBe('2020-02-29');
    expect(addMonths('2018-11-30', 1)).toBe('2018-12-30');
    expect(addMonths('2018-12-15', 1)).toBe('2019-01-15');
  });

  it('counts from the sign-off day and is due from the expiry day on', () => {
    const expires = vettingExpiresOn('2018-09-19T06:30:00.000Z', 12);
    expect(expires).toBe('2019-09-19');
    expect(revettingDue(expires, '2019-09-18')).toBe(false);
    expect(revettingDue(expires, '2019-09-19')).toBe(true);
  });
});
