// The rules for a company's status live here and nowhere else.
// The staff may set the status by hand (within the allowed moves); logging a visit
// moves a candidate to "visited", starting a vetting moves it to "vetting", and a
// signed-off vetting's verdict becomes the status.

export const COMPANY_STATUSES = ['candidate', 'visited', 'vetting', 'approved', 'conditional', 'rejected', 'suspended'] as const;
export type CompanyStatus = (typeof COMPANY_STATUSES)[number];

/** Order used when sorting the list by status: the pipeline from first contact to verdict. */
export const STATUS_RANK: Record<CompanyStatus, number> = {
  candidate: 0,
  visited: 1,
  vetting: 2,
  approved: 3,
  conditional: 4,
  rejected: 5,
  suspended: 6,
};

const NEXT: Record<CompanyStatus, readonly CompanyStatus[]> = {
  candidate: ['visited', 'vetting', 'suspended'],
  visited: ['vetting', 'suspended'],
  vetting: ['approved', 'conditional', 'rejected', 'suspended'],
  approved: ['vetting', 'suspended'],
  conditional: ['vetting', 'approved', 'rejected', 'suspended'],
  rejected: ['vetting', 'suspended'],
  suspended: ['candidate', 'visited', 'vetting'],
};

/**
 * What the company's status chip says: an approval (or conditional approval) whose vetting has
 * expired is no longer one, so the chip says 审核已过期 where the stored status still holds the
 * verdict (the status changes only with the next vetting). `revettingDue` is the re-vetting
 * marking the company list shows (vetting/expiry.ts).
 */
export type ShownStatus = CompanyStatus | 'expired';
export const shownStatus = (status: CompanyStatus, revettingDue: boolean): ShownStatus =>
  revettingDue && (status === 'approved' || status === 'conditional') ? 'expired' : status;

/** Statuses the user may choose next, the current one included (keeping it is always allowed). */
export function allowedStatuses(from: CompanyStatus): CompanyStatus[] {
  return [from, ...NEXT[from]];
}

export const canMoveStatus = (from: CompanyStatus, to: CompanyStatus) => from === to || NEXT[from].includes(to);

/** What logging a visit does to the company's status. */
export const statusAfterVisit = (current: CompanyStatus): CompanyStatus => (current === 'candidate' ? 'visited' : current);

/** What starting a vetting does: a company without a verdict yet is now being vetted; one with a verdict keeps it until the new vetting is signed off. */
export const statusAfterVettingStarted = (current: CompanyStatus): CompanyStatus =>
  current === 'candidate' || current === 'visited' ? 'vetting' : current;

/**
 * The company's status follows its latest signed-off vetting: the verdict becomes the
 * status. A suspension is the staff's own decision and stays until they lift it.
 */
export const statusAfterSignOff = (current: CompanyStatus, verdict: 'approved' | 'conditional' | 'rejected'): CompanyStatus =>
  current === 'suspended' ? current : verdict;
