// What the position form holds, and how it becomes the contract's input.
import type { EDUCATION_LEVELS, Position, PositionInput, RoomAndBoardFromVisit, SHIFT_PATTERNS } from '../../../../shared/positions/schema';
import { numberOrNull } from '../../lib/formResolver';

export interface PositionForm {
  companyId: string;
  jobTypeId: string;
  title: string;
  headcount: string;
  payMin: string;
  payMax: string;
  hoursPerDay: string;
  daysPerWeek: string;
  shifts: '' | (typeof SHIFT_PATTERNS)[number];
  hoursNote: string;
  ageMin: string;
  ageMax: string;
  education: '' | (typeof EDUCATION_LEVELS)[number];
  skills: string;
  certificates: string;
  roomIncluded: boolean;
  boardIncluded: boolean;
  suitableForRural: boolean;
  validFrom: string;
  validTo: string;
  notes: string;
}

const str = (n: number | null) => (n === null ? '' : String(n));
const num = (s: string) => numberOrNull(s) as number | null;

export const emptyPositionForm = (companyId: string): PositionForm => ({
  companyId, jobTypeId: '', title: '', headcount: '', payMin: '', payMax: '', hoursPerDay: '', daysPerWeek: '', shifts: '', hoursNote: '',
  ageMin: '', ageMax: '', education: '', skills: '', certificates: '', roomIncluded: false, boardIncluded: false, suitableForRural: true,
  validFrom: '', validTo: '', notes: '',
});

/** A new position's room and board as the latest visit found them; what the visit left open stays unticked. */
export const withRoomAndBoard = (f: PositionForm, v: RoomAndBoardFromVisit): PositionForm =>
  v ? { ...f, roomIncluded: v.roomIncluded ?? f.roomIncluded, boardIncluded: v.boardIncluded ?? f.boardIncluded } : f;

export const positionToForm = (p: Position): PositionForm => ({
  companyId: p.companyId,
  jobTypeId: p.jobTypeId,
  title: p.title,
  headcount: String(p.headcount),
  payMin: str(p.payMin),
  payMax: str(p.payMax),
  hoursPerDay: str(p.hoursPerDay),
  daysPerWeek: str(p.daysPerWeek),
  shifts: p.shifts ?? '',
  hoursNote: p.hoursNote ?? '',
  ageMin: str(p.ageMin),
  ageMax: str(p.ageMax),
  education: p.education ?? '',
  skills: p.skills ?? '',
  certificates: p.certificates ?? '',
  roomIncluded: p.roomIncluded,
  boardIncluded: p.boardIncluded,
  suitableForRural: p.suitableForRural,
  validFrom: p.validFrom ?? '',
  validTo: p.validTo ?? '',
  notes: p.notes ?? '',
});

export const formToPositionInput = (f: PositionForm): PositionInput => ({
  companyId: f.companyId,
  jobTypeId: f.jobTypeId,
  title: f.title,
  // An empty headcount is "required", not "not set".
  headcount: (numberOrNull(f.headcount) ?? undefined) as number,
  payMin: num(f.payMin),
  payMax: num(f.payMax),
  hoursPerDay: num(f.hoursPerDay),
  daysPerWeek: num(f.daysPerWeek),
  shifts: f.shifts || null,
  hoursNote: f.hoursNote,
  ageMin: num(f.ageMin),
  ageMax: num(f.ageMax),
  education: f.education || null,
  skills: f.skills,
  certificates: f.certificates,
  roomIncluded: f.roomIncluded,
  boardIncluded: f.boardIncluded,
  suitableForRural: f.suitableForRural,
  validFrom: f.validFrom || null,
  validTo: f.validTo || null,
  notes: f.notes,
});
