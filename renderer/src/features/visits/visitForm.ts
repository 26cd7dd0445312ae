// What the visit form holds, and how it becomes the contract's input.
import type { Visit, VisitInput } from '../../../../shared/visits/schema';
import { numberOrNull } from '../../lib/formResolver';
import { todayIso } from '../../lib/format';

type TriState = '' | 'yes' | 'no';
export interface FollowUpForm { id?: string; what: string; whoStaffId: string; dueDate: string; done: boolean }

export interface VisitForm {
  companyId: string;
  visitDate: string;
  staffIds: string[];
  purpose: string;
  business: string;
  environment: string;
  wages: string;
  lodging: string;
  payMin: string;
  payMax: string;
  dormProvided: TriState;
  peoplePerRoom: string;
  mealsProvided: TriState;
  notes: string;
  followUps: FollowUpForm[];
}

const tri = (b: boolean | null): TriState => (b === null ? '' : b ? 'yes' : 'no');
const fromTri = (s: TriState) => (s === '' ? null : s === 'yes');
const str = (n: number | null) => (n === null ? '' : String(n));

export const emptyVisitForm = (companyId: string, staffId: string | null): VisitForm => ({
  companyId, visitDate: todayIso(), staffIds: staffId ? [staffId] : [], purpose: '', business: '', environment: '', wages: '', lodging: '',
  payMin: '', payMax: '', dormProvided: '', peoplePerRoom: '', mealsProvided: '', notes: '', followUps: [],
});

export const emptyFollowUp = (): FollowUpForm => ({ what: '', whoStaffId: '', dueDate: '', done: false });

export const visitToForm = (v: Visit): VisitForm => ({
  companyId: v.companyId,
  visitDate: v.visitDate,
  staffIds: v.staff.map((s) => s.id),
  purpose: v.purpose ?? '',
  business: v.business ?? '',
  environment: v.environment ?? '',
  wages: v.wages ?? '',
  lodging: v.lodging ?? '',
  payMin: str(v.payMin),
  payMax: str(v.payMax),
  dormProvided: tri(v.dormProvided),
  peoplePerRoom: str(v.peoplePerRoom),
  mealsProvided: tri(v.mealsProvided),
  notes: v.notes ?? '',
  followUps: v.followUps.map((f) => ({ id: f.id, what: f.what, whoStaffId: f.whoStaffId ?? '', dueDate: f.dueDate ?? '', done: f.done })),
});

export const formToVisitInput = (f: VisitForm): VisitInput => ({
  companyId: f.companyId,
  visitDate: f.visitDate,
  staffIds: f.staffIds,
  purpose: f.purpose,
  business: f.business,
  environment: f.environment,
  wages: f.wages,
  lodging: f.lodging,
  payMin: numberOrNull(f.payMin) as number | null,
  payMax: numberOrNull(f.payMax) as number | null,
  dormProvided: fromTri(f.dormProvided),
  peoplePerRoom: numberOrNull(f.peoplePerRoom) as number | null,
  mealsProvided: fromTri(f.mealsProvided),
  notes: f.notes,
  followUps: f.followUps.map((x) => ({ ...(x.id ? { id: x.id } : {}), what: x.what, whoStaffId: x.whoStaffId || null, dueDate: x.dueDate || null, done: x.done })),
});
