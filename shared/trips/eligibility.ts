// Who may bring positions on a trip: only a company whose latest signed-off vetting is
// approved or conditional, still valid when the trip starts, and whose cooperation is not
// suspended. Anything else (never vetted, only a draft, rejected, expired, suspended) needs
// an explicit override with a reason, and the reason is recorded with the participation.
// The latest signed-off vetting is the core's to find (vetting repository `latestSignedOff`);
// this rule only judges it.
import type { Verdict } from '../vetting/scoring';

export const ELIGIBLE_VERDICTS: readonly Verdict[] = ['approved', 'conditional'];

/** Why a company cannot bring positions without an override. */
export type IneligibleReason = 'notVetted' | 'vettingRejected' | 'vettingExpired' | 'suspended';

/** What else about the company counts besides its verdict. */
export interface CompanyStanding {
  /** Its status is 暂停合作. */
  suspended?: boolean;
  /** Its latest vetting's validity ends on or before the trip's first day. */
  vettingExpired?: boolean;
}

export type Eligibility =
  | { eligible: true; basis: 'vetting'; verdict: 'approved' | 'conditional' }
  | { eligible: true; basis: 'override'; verdict: Verdict | null; why: IneligibleReason; reason: string }
  | { eligible: false; verdict: Verdict | null; why: IneligibleReason };

/** The judgement without an override (vetting and standing): may this company bring positions, and if not, why not. */
export function vettingEligibility(latestVerdict: Verdict | null, standing: CompanyStanding = {}): Exclude<Eligibility, { basis: 'override' }> {
  if (standing.suspended) return { eligible: false, verdict: latestVerdict, why: 'suspended' };
  if (latestVerdict === 'approved' || latestVerdict === 'conditional') {
    if (standing.vettingExpired) return { eligible: false, verdict: latestVerdict, why: 'vettingExpired' };
    return { eligible: true, basis: 'vetting', verdict: latestVerdict };
  }
  return { eligible: false, verdict: latestVerdict, why: latestVerdict === null ? 'notVetted' : 'vettingRejected' };
}

/**
 * The rule with the override: an eligible company needs none (an override given anyway
 * is ignored, nothing to record); an ineligible one is let in only with a non-blank reason.
 */
export function positionEligibility(latestVerdict: Verdict | null, override: { reason: string | null } | null = null, standing: CompanyStanding = {}): Eligibility {
  const judged = vettingEligibility(latestVerdict, standing);
  if (judged.eligible) return judged;
  const reason = override?.reason?.trim() ?? '';
  return reason ? { eligible: true, basis: 'override', verdict: judged.verdict, why: judged.why, reason } : judged;
}
