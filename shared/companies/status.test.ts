// A company moves along the pipeline candidate → visited → vetting → verdict; the staff
// can suspend at any point and pick the work up again, but cannot skip vetting.
import { describe, expect, it } from 'vitest';
import { COMPANY_STATUSES, allowedStatuses, canMoveStatus, shownStatus, statusAfterSignOff, statusAfterVettingStarted, statusAfterVisit } from './status';

describe('company status moves', () => {
  it('always allows keeping the current status', () => {
    for (const s of COMPANY_STATUSES) expect(canMoveStatus(s, s)).toBe(true);
  });

  it('follows the pipeline and refuses skipping vetting', () => {
    expect(canMoveStatus('candidate', 'visited')).toBe(true);
    expect(canMoveStatus('visited', 'vetting')).toBe(true);
    expect(canMoveStatus('vetting', 'approved')).toBe(true);
    expect(canMoveStatus('candidate', 'approved')).toBe(false);
    expect(canMoveStatus('visited', 'approved')).toBe(false);
    expect(canMoveStatus('rejected', 'approved')).toBe(false);
  });

  it('lets any company be suspended, and a suspended one be taken up again', () => {
    for (const s of COMPANY_STATUSES.filter((x) => x !== 'suspended')) expect(canMoveStatus(s, 'suspended')).toBe(true);
    expect(allowedStatuses('suspended')).toEqual(['suspended', 'candidate', 'visited', 'vetting']);
  });

  it('a visit turns a candidate into visited and leaves every other status alone', () => {
    expect(statusAfterVisit('candidate')).toBe('visited');
    for (const s of COMPANY_STATUSES.filter((x) => x !== 'candidate')) expect(statusAfterVisit(s)).toBe(s);
  });

  it('starting a vetting marks a company without a verdict as being vetted; one with a verdict keeps it meanwhile', () => {
    expect(statusAfterVettingStarted('candidate')).toBe('vetting');
    expect(statusAfterVettingStarted('visited')).toBe('vetting');
    for (const s of ['vetting', 'approved', 'conditional', 'rejected', 'suspended'] as const) expect(statusAfterVettingStarted(s)).toBe(s);
  });

  it('a signed-off vetting’s verdict becomes the status, except for a suspended company', () => {
    for (const s of COMPANY_STATUSES.filter((x) => x !== 'suspended')) {
      for (const v of ['approved', 'conditional', 'rejected'] as const) expect(statusAfterSignOff(s, v)).toBe(v);
    }
    expect(statusAfterSignOff('suspended', 'approved')).toBe('suspended');
  });
});

describe('the status a company shows', () => {
  it('does not show an approval whose vetting has expired', () => {
    expect(shownStatus('approved', true)).toBe('expired');
    expect(shownStatus('conditional', true)).toBe('expired');
    expect(shownStatus('approved', false)).toBe('approved');
  });

  it('shows every other status as it is, due or not (a suspension or a rejection is not an approval that ran out)', () => {
    for (const s of ['candidate', 'visited', 'vetting', 'rejected', 'suspended'] as const) expect(shownStatus(s, true)).toBe(s);
  });
});
