// A trip's figures as the article reports them: "24 companies, 2025 positions". The
// article's "positions" (岗位) are jobs offered, i.e. the headcount; the number of
// distinct listings (职位) is kept too, since 30 listings offering 2025 jobs read
// differently from 2025 listings, and so are the job types (工种) they fall under.
// The words are the README's (Terms).

export interface TripParticipation {
  companyId: string;
  /** The positions the company brings, with the headcount it offers on this trip. */
  positions: readonly { positionId: string; jobTypeId?: string | null; headcount: number }[];
}

export interface TripTotals {
  /** Participating companies, those still without positions included. */
  companies: number;
  /** Companies bringing at least one position. */
  companiesWithPositions: number;
  /** Distinct listings (职位). */
  positions: number;
  /** Jobs offered: the sum of headcounts (the article's "2025 positions"). */
  headcount: number;
  /** Listings and headcount per job type (工种; listings without one are left out), largest first, ties by id. */
  byJobType: { jobTypeId: string; positions: number; headcount: number }[];
}

export function tripTotals(participants: readonly TripParticipation[]): TripTotals {
  const companies = new Set<string>();
  const withPositions = new Set<string>();
  const seen = new Set<string>();
  const types = new Map<string, { positions: number; headcount: number }>();
  let headcount = 0;
  for (const p of participants) {
    companies.add(p.companyId);
    for (const pos of p.positions) {
      // A position listed twice counts once: it is one offer.
      if (seen.has(pos.positionId)) continue;
      seen.add(pos.positionId);
      withPositions.add(p.companyId);
      headcount += pos.headcount;
      if (pos.jobTypeId) {
        const t = types.get(pos.jobTypeId) ?? { positions: 0, headcount: 0 };
        t.positions += 1;
        t.headcount += pos.headcount;
        types.set(pos.jobTypeId, t);
      }
    }
  }
  const byJobType = [...types].map(([jobTypeId, t]) => ({ jobTypeId, ...t }));
  byJobType.sort((a, b) => b.headcount - a.headcount || (a.jobTypeId < b.jobTypeId ? -1 : a.jobTypeId > b.jobTypeId ? 1 : 0));
  return { companies: companies.size, companiesWithPositions: withPositions.size, positions: seen.size, headcount, byJobType };
}
