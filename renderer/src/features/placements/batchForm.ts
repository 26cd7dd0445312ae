// What the batch form holds, and how it becomes the contract's input.
import type { Batch, BatchInput } from '../../../../shared/placements/schema';
import { numberOrNull } from '../../lib/formResolver';

export interface EmployerRow {
  company: { id: string; name: string } | null;
  workers: string;
}

export interface BatchForm {
  arrivedOn: string;
  workers: string;
  poor: string;
  prefectureId: string;
  countyId: string;
  tripId: string;
  employers: EmployerRow[];
  notes: string;
}

export const emptyBatchForm = (preset: { prefectureId?: string | null; tripId?: string | null } = {}): BatchForm => ({
  arrivedOn: '', workers: '', poor: '', prefectureId: preset.prefectureId ?? '', countyId: '', tripId: preset.tripId ?? '', employers: [], notes: '',
});

export const batchToForm = (b: Batch): BatchForm => ({
  arrivedOn: b.arrivedOn,
  workers: String(b.workers),
  poor: String(b.poor),
  prefectureId: b.prefectureId,
  countyId: b.countyId ?? '',
  tripId: b.tripId ?? '',
  employers: b.employers.map((e) => ({ company: { id: e.companyId, name: e.companyName }, workers: String(e.workers) })),
  notes: b.notes ?? '',
});

// An empty required number is "required", not "not set".
const required = (s: string) => (numberOrNull(s) ?? undefined) as number;

export const formToBatchInput = (f: BatchForm): BatchInput => ({
  arrivedOn: f.arrivedOn,
  workers: required(f.workers),
  poor: (numberOrNull(f.poor) ?? 0) as number,
  prefectureId: f.prefectureId,
  countyId: f.countyId || null,
  tripId: f.tripId || null,
  employers: f.employers.map((e) => ({ companyId: e.company?.id as string, workers: required(e.workers) })),
  notes: f.notes,
});

/** How many workers the employer rows take so far (rows without a number count as none). */
export const takenBy = (employers: readonly EmployerRow[]) =>
  employers.reduce((sum, e) => {
    const n = numberOrNull(e.workers);
    return sum + (typeof n === 'number' && n > 0 ? n : 0);
  }, 0);
