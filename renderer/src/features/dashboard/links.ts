// Where each figure's records are: the pages of outcomes, placements, agreements and trips
// take the same filters in their URL, so a figure opens exactly the records it adds up.
import type { OutcomeKind } from '../../../../shared/outcomes/schema';

export interface Scope {
  year: number | null;
  prefectureId: string | null;
  tripId: string | null;
}

export type FigureKey =
  | 'trips' | 'companies' | 'positionsOffered' | 'jobSeekers' | 'resumes' | 'intentions' | 'intentionsPoor' | 'hired' | 'trainees'
  | 'agreements' | 'arrivals' | 'arrivalsPoor' | 'stillWorking' | 'stillWorkingPoor';

const query = (s: Scope, extra: Record<string, string> = {}) => {
  const q = new URLSearchParams();
  if (s.year !== null) q.set('year', String(s.year));
  if (s.prefectureId) q.set('prefectureId', s.prefectureId);
  if (s.tripId) q.set('tripId', s.tripId);
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  const text = q.toString();
  return text ? `?${text}` : '';
};

/** The event kind whose records a figure adds up (null: every kind). */
const KIND: Partial<Record<FigureKey, OutcomeKind>> = { hired: 'campusRecruitment', trainees: 'training' };

/**
 * The page with the records behind a figure in `scope`. Positions offered from the companies'
 * headcount live on the trip page, not in the ledger.
 */
export function recordsOf(key: FigureKey, scope: Scope, opts: { positionsFromHeadcount?: boolean } = {}): string {
  switch (key) {
    case 'trips':
    case 'companies':
      return scope.tripId ? `/trips/${scope.tripId}` : '/trips';
    case 'agreements':
      return `/agreements${query(scope)}`;
    case 'arrivals':
    case 'arrivalsPoor':
    case 'stillWorking':
    case 'stillWorkingPoor':
      return `/placements${query(scope)}`;
    case 'positionsOffered':
      if (opts.positionsFromHeadcount && scope.tripId) return `/trips/${scope.tripId}`;
      return `/outcomes${query(scope)}`;
    default: {
      const kind = KIND[key];
      return `/outcomes${query(scope, kind ? { kind } : {})}`;
    }
  }
}
