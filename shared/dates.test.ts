import { afterEach, describe, expect, it } from 'vitest';
import { vettingExpiresOn } from './vetting/expiry';
import { localDay } from './dates';

const tz = process.env.TZ;
afterEach(() => {
  process.env.TZ = tz;
});

describe('calendar days are the user’s, not UTC’s', () => {
  it('a moment early on a Beijing morning belongs to that Beijing day', () => {
    process.env.TZ = 'Asia/Shanghai';
    expect(localDay('2026-11-24T22:30:00.000Z')).toBe('2026-11-25');
    expect(localDay('2026-11-24')).toBe('2026-11-24');
  });

  it('a vetting signed at 05:36 Beijing time expires a year after that Beijing day', () => {
    process.env.TZ = 'Asia/Shanghai';
    expect(vettingExpiresOn('2026-11-24T21:36:00.000Z', 12)).toBe('2027-11-25');
  });
});
