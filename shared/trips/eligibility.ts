// Who may bring positions on a trip: only a company whose latest signed-off vetting is
// approved or conditional. Anything else (never vetted, only a draft, rejected) needs an
// explicit override with a reason, and the reason is recorded with the participation.
// The latest signed-off vetting is the core's to find (vetting repository `latestSignedOff`);
// this rule only judges it.
import type { Verdict } from '../vetting/scoring';

export const ELIGIBLE_VERDICTS: readonly Verdict[] = ['approved', 'conditional'];

/** Why a company cannot bring positions without an override. */
export type IneligibleReason = 'notVetted' | 'vettingRejected';

export type Eligibility =
  | { eligible: true; basis: 'vetting'; verdict: 'approved' | 'conditional' }
  | { eligible: true; basis: 'override'; verdict: Verdict | null; why: IneligibleReason; reason: string }
  | { eligible: false; verdict: Verdict | null; why: IneligibleReason };

/** The vetting judgement alone: may this company bring positions, and if not, why not. */
export function vettingEligibility(latestVerdict: Verdict | null): Exclude<Eligibility, { basis: 'override' }> {
  if (latestVerdict === 'approved' || latestVerdict === 'conditional') return { eligible: true, basis: 'vetting', verdict: latestVerdict };
  return { eligible: false, verdict: latestVerdict, why: latestVerdict === null ? 'notVetted' : 'vettingRejected' };
}

/**
 * The rule with the override: an eligible company needs none (an override given anyway
 * is ignored, nothing to record); an ineligible one is let in only with a non-blank reason.
 */
export function positionEligibility(latestVerdict: Verdict | null, override: { reason: string | null } | null = null): Eligibility {
  const judged = vettingEligibility(latestVerdict);
  if (judged.eligible) return judged;
  const reason = override?.reason?.trim() ?? '';
  return reason ? { eligible: true, basis: 'override', verdict: judged.verdict, why: judged.why, reason } : judged;
}
