// What a vetting summary prints for one company, gathered from the workspace: the company's
// facts, its latest signed-off vetting (score, verdict, who signed it off), the pay and
// lodging facts (from the vetting's visit, else the company's latest visit, else the
// vetting's own answers to the items those facts fill), the evidence photos (thumbnails
// where the renderer made them), and the company's open follow-up actions.
import type { Company } from '../../../shared/companies/schema';
import { fail } from '../../../shared/result';
import type { AnswerValue } from '../../../shared/vetting/answers';
import type { Action, Vetting } from '../../../shared/vetting/schema';
import type { PrefillSource } from '../../../shared/vetting/template';
import { templateItems } from '../../../shared/vetting/template';
import { getCompany } from '../companies/service';
import type { Db } from '../db/open';
import { imageDataUrl } from './document';
import { listActions } from '../vetting/actions';
import { latestSignedOff, photosForPrint } from '../vetting/repository';
import { getVetting } from '../vetting/service';

export interface Living {
  payMin: number | null;
  payMax: number | null;
  dormProvided: boolean | null;
  peoplePerRoom: number | null;
  mealsProvided: boolean | null;
  /** The visit's own words on lodging, when it has them. */
  lodging: string | null;
}

export interface PrintPhoto {
  itemKey: string;
  caption: string | null;
  /** data: URL of the thumbnail, or of the full image when the photo has none; null when its stored type is not an image type the app stores. */
  src: string | null;
  thumb: boolean;
}

export interface VettingSummaryData {
  company: Company;
  /** The latest signed-off vetting; null when the company has none. */
  vetting: Vetting | null;
  living: Living;
  photos: PrintPhoto[];
  openActions: Action[];
}

interface VisitFacts {
  pay_min: number | null;
  pay_max: number | null;
  dorm_provided: number | null;
  people_per_room: number | null;
  meals_provided: number | null;
  lodging: string | null;
}

const bool = (x: number | null) => (x === null ? null : x === 1);

function visitFacts(db: Db, companyId: string, visitId: string | null): VisitFacts | null {
  const cols = 'pay_min, pay_max, dorm_provided, people_per_room, meals_provided, lodging';
  if (visitId) {
    const v = db.prepare(`SELECT ${cols} FROM visits WHERE id = ? AND deleted_at IS NULL`).get(visitId) as VisitFacts | undefined;
    if (v) return v;
  }
  return (db.prepare(`SELECT ${cols} FROM visits WHERE company_id = ? AND deleted_at IS NULL ORDER BY visit_date DESC, created_at DESC LIMIT 1`).get(companyId) as VisitFacts | undefined) ?? null;
}

/** The vetting's answer to the item a visit fact would fill (the template says which by `prefill`). */
function answerFor(v: Vetting | null, source: PrefillSource): AnswerValue | null {
  if (!v) return null;
  const item = templateItems(v.template).find((i) => i.prefill === source);
  return (item && v.answers.find((a) => a.itemKey === item.key)?.value) ?? null;
}

function living(db: Db, companyId: string, v: Vetting | null): Living {
  const f = visitFacts(db, companyId, v?.visitId ?? null);
  const num = (source: PrefillSource) => {
    const a = answerFor(v, source);
    return typeof a === 'number' ? a : null;
  };
  const yes = (source: PrefillSource) => {
    const a = answerFor(v, source);
    return a === 'yes' ? true : a === 'no' ? false : null;
  };
  return {
    payMin: f?.pay_min ?? num('visit.payMin'),
    payMax: f?.pay_max ?? null,
    dormProvided: bool(f?.dorm_provided ?? null) ?? yes('visit.dormProvided'),
    peoplePerRoom: f?.people_per_room ?? num('visit.peoplePerRoom'),
    mealsProvided: bool(f?.meals_provided ?? null) ?? yes('visit.mealsProvided'),
    lodging: f?.lodging ?? null,
  };
}

/** At most this many evidence photos per company keep a summary to one or two pages. */
export const MAX_PHOTOS = 6;

export function vettingSummaryData(db: Db, companyId: string): VettingSummaryData {
  const company = getCompany(db, companyId);
  const latest = latestSignedOff(db, companyId);
  const vetting = latest ? getVetting(db, latest.id) : null;
  const photos = vetting
    ? photosForPrint(db, vetting.id, MAX_PHOTOS).map((p) => ({ itemKey: p.itemKey, caption: p.caption, src: imageDataUrl(p.mime, p.data), thumb: p.thumb }))
    : [];
  return { company, vetting, living: living(db, companyId, vetting), photos, openActions: listActions(db, companyId, 'open') };
}

/** Like vettingSummaryData, but refuses a company without a signed-off vetting (the one-company export). */
export function signedOffSummaryData(db: Db, companyId: string): VettingSummaryData {
  const data = vettingSummaryData(db, companyId);
  if (!data.vetting) fail('VALIDATION', 'noSignedOffVetting');
  return data;
}
