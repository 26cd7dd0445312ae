// Bits shared by the placements screens: the trips to pick from, and the page's filters
// as they stand in the URL (?year=&prefectureId=&tripId=, which the dashboard links to).
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { TripRow } from '../../../../shared/trips/contract';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, call } from '../../lib/api';

export function useTrips(): TripRow[] | null {
  const ws = useWorkspace();
  const [trips, setTrips] = useState<TripRow[] | null>(null);
  useEffect(() => {
    let live = true;
    call(api().trips.list({ status: null })).then((r) => live && setTrips(r), () => live && setTrips([]));
    return () => {
      live = false;
    };
  }, [ws.version]);
  return trips;
}

export interface PlacementFilters {
  year: number | null;
  prefectureId: string | null;
  tripId: string | null;
}

export function usePlacementFilters(): [PlacementFilters, (next: Partial<PlacementFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year'));
  const filters = useMemo<PlacementFilters>(
    () => ({
      year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : null,
      prefectureId: params.get('prefectureId') || null,
      tripId: params.get('tripId') || null,
    }),
    [year, params],
  );
  const set = (next: Partial<PlacementFilters>) => {
    const merged = { ...filters, ...next };
    const out = new URLSearchParams();
    if (merged.year) out.set('year', String(merged.year));
    if (merged.prefectureId) out.set('prefectureId', merged.prefectureId);
    if (merged.tripId) out.set('tripId', merged.tripId);
    setParams(out, { replace: true });
  };
  return [filters, set];
}
