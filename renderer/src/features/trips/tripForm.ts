// What the trip form holds, and how it becomes the contract's input.
import type { Trip } from '../../../../shared/trips/contract';
import type { TripInput, TripStatus } from '../../../../shared/trips/schema';

export interface TripForm {
  title: string;
  prefectureId: string;
  countyIds: string[];
  startDate: string;
  endDate: string;
  purpose: string;
  status: TripStatus;
  notes: string;
}

export const emptyTripForm = (): TripForm => ({ title: '', prefectureId: '', countyIds: [], startDate: '', endDate: '', purpose: '', status: 'planning', notes: '' });

export const tripToForm = (t: Trip): TripForm => ({
  title: t.title,
  prefectureId: t.prefectureId,
  countyIds: t.counties.map((c) => c.id),
  startDate: t.startDate,
  endDate: t.endDate,
  purpose: t.purpose ?? '',
  status: t.status,
  notes: t.notes ?? '',
});

export const formToTripInput = (f: TripForm): TripInput => ({
  title: f.title,
  prefectureId: f.prefectureId,
  countyIds: f.countyIds,
  startDate: f.startDate,
  endDate: f.endDate,
  purpose: f.purpose,
  status: f.status,
  notes: f.notes,
});

/** Days from start to end, both included; null when either is missing or upside down. */
export function tripDays(start: string, end: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || !/^\d{4}-\d{2}-\d{2}$/.test(end)) return null;
  const d = (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000 + 1;
  return Number.isFinite(d) && d >= 1 ? d : null;
}
