// Only vetted companies (approved or conditional) bring positions on a trip; others
// need an override with a reason that is kept.
import { describe, expect, it } from 'vitest';
import { positionEligibility, vettingEligibility } from './eligibility';

describe('who may bring positions on a trip', () => {
  it('approved and conditional companies may, on the strength of their vetting', () => {
    expect(positionEligibility('approved')).toEqual({ eligible: true, basis: 'vetting', verdict: 'approved' });
    expect(positionEligibility('conditional')).toEqual({ eligible: true, basis: 'vetting', verdict: 'conditional' });
  });

  it('a rejected or never signed-off company may not, and the answer says why', () => {
    expect(positionEligibility('rejected')).toEqual({ eligible: false, verdict: 'rejected', why: 'vettingRejected' });
    expect(positionEligibility(null)).toEqual({ eligible: false, verdict: null, why: 'notVetted' });
    expect(vettingEligibility(null).eligible).toBe(false);
  });

  it('an override with a reason lets them in, keeping the reason and why it was needed', () => {
    expect(positionEligibility('rejected', { reason: '  整改已完成，待复审  ' })).toEqual({
      eligible: true,
      basis: 'override',
      verdict: 'rejected',
      why: 'vettingRejected',
      reason: '整改已完成，待复审',
    });
    expect(positionEligibility(null, { reason: '区领导指定参加' })).toMatchObject({ eligible: true, basis: 'override', why: 'notVetted' });
  });

  it('a suspended company, or one whose vetting expires by the trip, needs an override too', () => {
    expect(positionEligibility('approved', null, { suspended: true })).toEqual({ eligible: false, verdict: 'approved', why: 'suspended' });
    expect(positionEligibility('conditional', null, { vettingExpired: true })).toEqual({ eligible: false, verdict: 'conditional', why: 'vettingExpired' });
    expect(positionEligibility('approved', null, { vettingExpired: false, suspended: false })).toMatchObject({ eligible: true, basis: 'vetting' });
    // Suspension is named before the verdict: it is the reason that has to be answered.
    expect(positionEligibility(null, null, { suspended: true })).toMatchObject({ why: 'suspended' });
    expect(positionEligibility('approved', { reason: '经小组同意' }, { vettingExpired: true })).toMatchObject({ eligible: true, basis: 'override', why: 'vettingExpired' });
  });

  it('an override without a reason is no override', () => {
    expect(positionEligibility('rejected', { reason: '   ' })).toEqual({ eligible: false, verdict: 'rejected', why: 'vettingRejected' });
    expect(positionEligibility(null, { reason: null })).toMatchObject({ eligible: false });
  });

  it('an eligible company needs no override: one given anyway is not recorded', () => {
    expect(positionEligibility('approved', { reason: '多余的理由' })).toEqual({ eligible: true, basis: 'vetting', verdict: 'approved' });
  });
});
