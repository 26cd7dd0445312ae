import { describe, expect, it } from 'vitest';
import { defaultSignOffOn, defaultVettedOn, signedOffOnProblem, vettedOnProblem } from './dates';

const TODAY = '2026-12-04';

describe("a vetting's dates", () => {
  it('start on the visit’s day when there is one, else today', () => {
    expect(defaultVettedOn('2018-09-10', TODAY)).toBe('2018-09-10');
    expect(defaultVettedOn(null, TODAY)).toBe(TODAY);
  });

  it('offer the sign-off day that saves the most clicks', () => {
    // Work entered as it happens, signed off days after it started: today.
    expect(defaultSignOffOn({ vettedOn: '2026-12-01', enteredOn: '2026-12-01', amendsSignedOffOn: null }, TODAY)).toBe(TODAY);
    // Past work being entered: the vetting's own day.
    expect(defaultSignOffOn({ vettedOn: '2018-09-10', enteredOn: TODAY, amendsSignedOffOn: null }, TODAY)).toBe('2018-09-10');
    // An amendment keeps the original's, never before its own date.
    expect(defaultSignOffOn({ vettedOn: '2018-09-10', enteredOn: TODAY, amendsSignedOffOn: '2018-09-12' }, TODAY)).toBe('2018-09-12');
    expect(defaultSignOffOn({ vettedOn: '2018-09-14', enteredOn: TODAY, amendsSignedOffOn: '2018-09-12' }, TODAY)).toBe('2018-09-14');
  });

  it('name the field and the rule broken', () => {
    expect(vettedOnProblem('2026-12-05', null, TODAY)).toEqual({ path: ['vettedOn'], key: 'vettedOnInFuture' });
    expect(vettedOnProblem('2018-09-09', '2018-09-10', TODAY)).toEqual({ path: ['vettedOn'], key: 'vettedOnBeforeVisit', params: { visitDate: '2018-09-10' } });
    expect(vettedOnProblem('2018-09-10', '2018-09-10', TODAY)).toBeNull();
    expect(signedOffOnProblem('2026-12-05', '2018-09-10', TODAY)).toEqual({ path: ['signedOffOn'], key: 'signedOffOnInFuture' });
    expect(signedOffOnProblem('2018-09-09', '2018-09-10', TODAY)).toEqual({ path: ['signedOffOn'], key: 'signedOffOnBeforeVetting', params: { vettedOn: '2018-09-10' } });
    expect(signedOffOnProblem(TODAY, TODAY, TODAY)).toBeNull();
  });
});
