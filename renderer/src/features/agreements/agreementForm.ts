// What the agreement form holds, and how it becomes the contract's input. Number fields
// hold text so the schema can say "请输入整数" rather than the input silently dropping it.
import type { Agreement, AgreementInput, AgreementType, TargetMetric } from '../../../../shared/agreements/schema';
import { numberOrNull } from '../../lib/formResolver';

export interface TargetForm {
  /** The stored target's id ('' for a new one); not `id`, which useFieldArray uses for its own keys. */
  targetId: string;
  description: string;
  metric: TargetMetric;
  target: string;
  dueDate: string;
  achieved: string;
}

export interface AgreementForm {
  type: AgreementType;
  title: string;
  parties: string[];
  copies: string;
  signedOn: string;
  prefectureId: string;
  tripId: string;
  itemId: string;
  notes: string;
  targets: TargetForm[];
}

export const emptyTarget = (): TargetForm => ({ targetId: '', description: '', metric: 'arrivals', target: '', dueDate: '', achieved: '' });

export const emptyAgreementForm = (tripId = ''): AgreementForm => ({
  type: 'labourExport', title: '', parties: [''], copies: '1', signedOn: '', prefectureId: '', tripId, itemId: '', notes: '', targets: [],
});

export const agreementToForm = (a: Agreement): AgreementForm => ({
  type: a.type,
  title: a.title,
  parties: a.parties.length ? [...a.parties] : [''],
  copies: String(a.copies),
  signedOn: a.signedOn,
  prefectureId: a.prefectureId ?? '',
  tripId: a.tripId ?? '',
  itemId: a.itemId ?? '',
  notes: a.notes ?? '',
  targets: a.targets.map((t) => ({
    targetId: t.id, description: t.description, metric: t.metric, target: String(t.target), dueDate: t.dueDate, achieved: t.achieved === null ? '' : String(t.achieved),
  })),
});

export const formToAgreementInput = (f: AgreementForm): AgreementInput => ({
  type: f.type,
  title: f.title,
  parties: f.parties,
  // An empty number is "required", not "not set".
  copies: (numberOrNull(f.copies) ?? undefined) as number,
  signedOn: f.signedOn,
  prefectureId: f.prefectureId || null,
  tripId: f.tripId || null,
  itemId: f.itemId || null,
  notes: f.notes,
  targets: f.targets.map((t) => ({
    id: t.targetId || null,
    description: t.description,
    metric: t.metric,
    target: (numberOrNull(t.target) ?? undefined) as number,
    dueDate: t.dueDate,
    // A manual target's achieved figure is kept; measured ones never send one.
    achieved: t.metric === 'manual' ? (numberOrNull(t.achieved) as number | null) : null,
  })),
});
