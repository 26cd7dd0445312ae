// Use cases for vettings: start from a company or a visit, answer in any order (each
// answer saved at once), attach photos, see the score, override the suggested verdict
// with a reason, sign off (then read-only), amend (a linked copy; the original stays),
// compare two vettings, and find companies whose re-vetting is due.
import { type CompanyStatus, statusAfterSignOff, statusAfterVettingStarted } from '../../../shared/companies/status';
import { fail } from '../../../shared/result';
import { type AnswerValue, answerProblem, NA } from '../../../shared/vetting/answers';
import { compareVettings as compare } from '../../../shared/vetting/compare';
import { localDay } from '../../../shared/dates';
import { defaultSignOffOn, defaultVettedOn, signedOffOnProblem, vettedOnProblem } from '../../../shared/vetting/dates';
import { revettingDue, vettingExpiresOn } from '../../../shared/vetting/expiry';
import { sectionPassAnswers } from '../../../shared/vetting/sectionPass';
import { type ScoringContext, type Verdict, scoreVetting } from '../../../shared/vetting/scoring';
import { PHOTO_LIMITS, type PhotoMeta, THUMB_LIMITS, type Vetting, type VettingComparison, type VettingRow } from '../../../shared/vetting/schema';
import { type TemplateContent, type TemplateItem, templateItems } from '../../../shared/vetting/template';
import { recordAudit } from '../audit/audit';
import * as companies from '../companies/repository';
import type { Db } from '../db/open';
import { newId, nowIso } from '../ids';
import * as visits from '../visits/repository';
import { currentStaffId, getSettings, scoringContext } from '../workspace/settings';
import { imageInfo } from './image';
import * as repo from './repository';
import { getTemplate } from './templates';

const ENTITY = 'vetting';

interface Suggestion { itemKey: string; value: AnswerValue; source: TemplateItem['prefill'] & string; visitId: string; visitDate: string }

function record(db: Db, id: string): repo.VettingRecord {
  return repo.findVetting(db, id) ?? fail('NOT_FOUND', 'vettingNotFound');
}

/** Today on the core's clock (asOf moves it for the example workspace), as the user's calendar day. */
const localToday = () => localDay(nowIso());

/** A vetting's dates; a row a colleague's older program wrote has none, and reads as the local days of its moments. */
const vettedOnOf = (r: repo.VettingRecord) => r.vetted_on ?? localDay(r.created_at);
const signedOffOnOf = (r: repo.VettingRecord) => (r.signed_off_at ? (r.signed_off_on ?? localDay(r.signed_off_at)) : null);

function build(db: Db, r: repo.VettingRecord): Vetting {
  const template = JSON.parse(r.template) as TemplateContent;
  const order = new Map(templateItems(template).map((i, n) => [i.key, n]));
  const answers = repo.listAnswers(db, r.id).sort((a, b) => (order.get(a.item_key) ?? 1e9) - (order.get(b.item_key) ?? 1e9));
  const photos = repo.listPhotos(db, r.id);
  const context = r.context ? (JSON.parse(r.context) as ScoringContext) : scoringContext(db);
  const photoCounts = new Map<string, number>();
  for (const p of photos) photoCounts.set(p.itemKey, (photoCounts.get(p.itemKey) ?? 0) + 1);
  const values = answers.map((a) => ({ ...a, parsed: JSON.parse(a.value) as AnswerValue }));
  const score = scoreVetting(template, new Map(values.map((a) => [a.item_key, { value: a.parsed }])), context, photoCounts);
  return {
    id: r.id,
    companyId: r.company_id,
    companyName: r.company_name,
    visitId: r.visit_id,
    templateId: r.template_id,
    templateVersionId: r.template_version_id,
    templateVersion: r.template_version,
    template,
    status: r.signed_off_at ? 'signedOff' : 'draft',
    answers: values.map((a) => ({
      itemKey: a.item_key, value: a.parsed, note: a.note, answeredAt: a.answered_at, answeredBy: a.answered_by, answeredByName: a.answered_by_name,
    })),
    suggestions: JSON.parse(r.suggestions) as Suggestion[],
    photos,
    context,
    score,
    override: r.override_verdict ? { verdict: r.override_verdict, reason: r.override_reason } : null,
    verdict: r.verdict,
    vettedOn: vettedOnOf(r),
    signedOffOn: signedOffOnOf(r),
    signedOffAt: r.signed_off_at,
    signedOffBy: r.signed_off_by,
    signedOffByName: r.signed_off_by_name,
    signOffDefault: r.signed_off_at ? null : defaultSignOffOn({ vettedOn: vettedOnOf(r), enteredOn: localDay(r.created_at), amendsSignedOffOn: r.amends_signed_off_on }, localToday()),
    expiresOn: r.signed_off_at ? vettingExpiresOn(signedOffOnOf(r)!, getSettings(db).vettingValidityMonths) : null,
    amendsId: r.amends_id,
    amendedBy: r.amended_by,
    amendedByName: r.amended_by_name,
    amendedInId: r.amended_in_id,
    startedBy: r.started_by,
    startedByName: r.started_by_name,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export const getVetting = (db: Db, id: string): Vetting => build(db, record(db, id));

/** A draft that may still change; a signed-off vetting is read-only. */
function draft(db: Db, id: string): repo.VettingRecord {
  const r = record(db, id);
  if (r.signed_off_at) fail('CONFLICT', 'vettingSignedOff');
  return r;
}

/** The item `itemKey` of the vetting's own template, which must be showing (not a hidden follow-up). */
function visibleItem(db: Db, v: Vetting, itemKey: string): TemplateItem {
  const item = templateItems(v.template).find((i) => i.key === itemKey);
  if (!item) return fail('VALIDATION', 'unknownItem', undefined, [{ path: ['itemKey'], key: 'unknownItem' }]);
  if (!v.score.items.find((i) => i.key === itemKey)!.visible) fail('VALIDATION', 'itemHidden', undefined, [{ path: ['itemKey'], key: 'itemHidden' }]);
  return item;
}

function setCompanyStatus(db: Db, companyId: string, next: (current: CompanyStatus) => CompanyStatus, at: string): void {
  const before = companies.findCompany(db, companyId)!.status;
  const after = next(before);
  if (after !== before) {
    companies.setCompanyStatus(db, companyId, after, at);
    recordAudit(db, 'company', companyId, 'update', { status: [before, after] });
  }
}

/** Visit facts offered as starting values for the items that ask for them. */
function suggestionsFrom(db: Db, template: TemplateContent, visitId: string | null): Suggestion[] {
  const visit = visitId ? visits.findVisit(db, visitId) : null;
  if (!visit) return [];
  const facts = {
    'visit.payMin': visit.payMin,
    'visit.peoplePerRoom': visit.peoplePerRoom,
    'visit.dormProvided': visit.dormProvided === null ? null : visit.dormProvided ? 'yes' : 'no',
    'visit.mealsProvided': visit.mealsProvided === null ? null : visit.mealsProvided ? 'yes' : 'no',
  } as const;
  return templateItems(template).flatMap((item) => {
    const value = item.prefill ? facts[item.prefill] : null;
    return item.prefill && value !== null ? [{ itemKey: item.key, value, source: item.prefill, visitId: visit.id, visitDate: visit.visitDate }] : [];
  });
}

/** Refuses a date problem at its field (shared/vetting/dates.ts). */
function refuse(problem: ReturnType<typeof vettedOnProblem>): void {
  if (problem) fail('VALIDATION', problem.key, problem.params, [problem]);
}

/** The date of the visit a vetting started from, if it is still on record. */
const visitDateOf = (db: Db, visitId: string | null) => (visitId ? (visits.findVisit(db, visitId)?.visitDate ?? null) : null);

export function startVetting(db: Db, input: { companyId: string; visitId: string | null; templateId: string | null; vettedOn?: string | null }): Vetting {
  return db.transaction(() => {
    const company = companies.findCompany(db, input.companyId);
    if (!company || company.deletedAt) fail('VALIDATION', 'unknownCompany', undefined, [{ path: ['companyId'], key: 'unknownCompany' }]);
    const visitId = input.visitId;
    if (visitId) {
      const visit = visits.findVisit(db, visitId);
      if (!visit || visit.deletedAt || visit.companyId !== input.companyId) fail('VALIDATION', 'visitNotOfCompany', undefined, [{ path: ['visitId'], key: 'visitNotOfCompany' }]);
    }
    const visitDate = visitDateOf(db, visitId);
    const vettedOn = input.vettedOn ?? defaultVettedOn(visitDate, localToday());
    refuse(vettedOnProblem(vettedOn, visitDate, localToday()));
    if (repo.draftOfCompany(db, input.companyId)) fail('CONFLICT', 'vettingInProgress');
    const templateId = input.templateId ?? repo.firstTemplateId(db) ?? fail('NOT_FOUND', 'templateNotFound');
    const template = getTemplate(db, templateId);
    // Started from the company: the latest visit's facts are offered all the same.
    const sourceVisit = visitId ?? (db.prepare('SELECT id FROM visits WHERE company_id = ? AND deleted_at IS NULL ORDER BY visit_date DESC, id DESC LIMIT 1').get(input.companyId) as { id: string } | undefined)?.id ?? null;
    const id = newId();
    const at = nowIso();
    const me = currentStaffId(db);
    repo.insertVetting(db, {
      id, companyId: input.companyId, visitId, templateVersionId: template.versionId, template: JSON.stringify(template.content),
      suggestions: JSON.stringify(suggestionsFrom(db, template.content, sourceVisit)), overrideVerdict: null, overrideReason: null,
      amendsId: null, amendedBy: null, startedBy: me, vettedOn, at,
    });
    setCompanyStatus(db, input.companyId, statusAfterVettingStarted, at);
    recordAudit(db, ENTITY, id, 'create', {
      companyId: [null, input.companyId], visitId: [null, visitId], template: [null, `${template.content.name.zh} v${template.version}`], vettedOn: [null, vettedOn],
    });
    return getVetting(db, id);
  })();
}

/** A draft's date: not after today, not before the visit it started from. */
export function setVettingDate(db: Db, input: { id: string; vettedOn: string }): Vetting {
  return db.transaction(() => {
    const r = draft(db, input.id);
    const before = vettedOnOf(r);
    if (before === input.vettedOn) return build(db, r);
    refuse(vettedOnProblem(input.vettedOn, visitDateOf(db, r.visit_id), localToday()));
    repo.setVettedOn(db, r.id, input.vettedOn, nowIso());
    recordAudit(db, ENTITY, r.id, 'update', { vettedOn: [before, input.vettedOn] });
    return getVetting(db, r.id);
  })();
}

export function answerItem(db: Db, input: { vettingId: string; itemKey: string; value: AnswerValue | null; note: string | null }): Vetting {
  return db.transaction(() => {
    const r = draft(db, input.vettingId);
    const v = build(db, r);
    const item = visibleItem(db, v, input.itemKey);
    const before = repo.findAnswer(db, r.id, item.key);
    const at = nowIso();
    if (input.value === null) {
      if (!before) return v;
      repo.deleteAnswer(db, r.id, item.key);
    } else {
      const problem = answerProblem(item, input.value);
      if (problem) fail('VALIDATION', problem.key, problem.params, [{ path: ['value'], ...problem }]);
      if (input.value === NA && !input.note) fail('VALIDATION', 'noteRequiredForNa', undefined, [{ path: ['note'], key: 'noteRequiredForNa' }]);
      const value = typeof input.value === 'string' && item.kind === 'text' ? input.value.trim() : input.value;
      if (before && before.value === JSON.stringify(value) && before.note === input.note) return v;
      repo.saveAnswer(db, r.id, item.key, value, input.note, currentStaffId(db), at);
    }
    repo.touchVetting(db, r.id, at);
    const after = input.value === null ? null : { value: input.value, note: input.note };
    recordAudit(db, ENTITY, r.id, 'update', { [`answers.${item.key}`]: [before ? { value: JSON.parse(before.value), note: before.note } : null, after] });
    return getVetting(db, r.id);
  })();
}

/**
 * "本节全部合格": answers the section's unanswered, non-critical yes/no and pass/fail items with
 * their passing answer (shared/vetting/sectionPass.ts), all in one transaction and one audit
 * entry. Nothing already answered is touched; with nothing left to answer nothing is written.
 */
export function passSection(db: Db, input: { vettingId: string; sectionKey: string }): { vetting: Vetting; answered: string[] } {
  return db.transaction(() => {
    const r = draft(db, input.vettingId);
    const v = build(db, r);
    if (!v.template.sections.some((s) => s.key === input.sectionKey)) {
      fail('VALIDATION', 'unknownSection', undefined, [{ path: ['sectionKey'], key: 'unknownSection' }]);
    }
    const answers = sectionPassAnswers(v, input.sectionKey);
    if (!answers.length) return { vetting: v, answered: [] };
    const at = nowIso();
    const me = currentStaffId(db);
    for (const { item, value } of answers) repo.saveAnswer(db, r.id, item.key, value, null, me, at);
    repo.touchVetting(db, r.id, at);
    recordAudit(db, ENTITY, r.id, 'update', Object.fromEntries(answers.map(({ item, value }) => [`answers.${item.key}`, [null, { value, note: null }]])));
    return { vetting: getVetting(db, r.id), answered: answers.map((a) => a.item.key) };
  })();
}

/** Decodes a photo the renderer sent and checks it is a JPEG, PNG or WebP within the limits, by its own header. */
function decodePhoto(data: string): { bytes: Buffer; mime: PhotoMeta['mime']; width: number; height: number } {
  const notImage = () => fail('VALIDATION', 'photoNotImage', undefined, [{ path: ['data'], key: 'photoNotImage' }]);
  const b64 = data.replace(/^data:image\/[a-z+.-]+;base64,/i, '');
  if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return notImage();
  const bytes = Buffer.from(b64, 'base64');
  const tooLarge = (params: Record<string, number>) => fail('VALIDATION', 'photoTooLarge', params, [{ path: ['data'], key: 'photoTooLarge', params }]);
  if (bytes.length > PHOTO_LIMITS.maxBytes) return tooLarge({ maxMb: PHOTO_LIMITS.maxBytes / 1024 / 1024, maxSide: PHOTO_LIMITS.maxLongSide });
  const info = imageInfo(bytes) ?? notImage();
  if (Math.max(info.width, info.height) > PHOTO_LIMITS.maxLongSide) return tooLarge({ maxMb: PHOTO_LIMITS.maxBytes / 1024 / 1024, maxSide: PHOTO_LIMITS.maxLongSide });
  return { bytes, ...info };
}

/** Decodes a thumbnail the renderer made and checks it by its own header: an image no larger than 320 px. */
function decodeThumb(data: string): { bytes: Buffer; mime: PhotoMeta['mime']; width: number; height: number } {
  const bad = () => fail('VALIDATION', 'thumbNotValid', { maxSide: THUMB_LIMITS.maxLongSide }, [{ path: ['thumb'], key: 'thumbNotValid', params: { maxSide: THUMB_LIMITS.maxLongSide } }]);
  const b64 = data.replace(/^data:image\/[a-z+.-]+;base64,/i, '');
  if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return bad();
  const bytes = Buffer.from(b64, 'base64');
  if (bytes.length > THUMB_LIMITS.maxBytes) return bad();
  const info = imageInfo(bytes) ?? bad();
  if (Math.max(info.width, info.height) > THUMB_LIMITS.maxLongSide) return bad();
  return { bytes, ...info };
}

export function attachPhoto(db: Db, input: { vettingId: string; itemKey: string; data: string; thumb?: string | null; caption: string | null }): PhotoMeta {
  return db.transaction(() => {
    const r = draft(db, input.vettingId);
    const item = visibleItem(db, build(db, r), input.itemKey);
    const photo = decodePhoto(input.data);
    const thumb = input.thumb ? decodeThumb(input.thumb) : null;
    if (repo.countPhotos(db, r.id, item.key) >= PHOTO_LIMITS.perItem) {
      fail('VALIDATION', 'tooManyPhotos', { maximum: PHOTO_LIMITS.perItem }, [{ path: ['itemKey'], key: 'tooManyPhotos', params: { maximum: PHOTO_LIMITS.perItem } }]);
    }
    const id = newId();
    const at = nowIso();
    repo.insertPhoto(db, {
      id, vettingId: r.id, itemKey: item.key, mime: photo.mime, width: photo.width, height: photo.height, bytes: photo.bytes.length,
      caption: input.caption, data: photo.bytes, createdBy: currentStaffId(db), at,
    });
    if (thumb) repo.insertThumb(db, id, { mime: thumb.mime, width: thumb.width, height: thumb.height, data: thumb.bytes });
    repo.touchVetting(db, r.id, at);
    recordAudit(db, 'vettingPhoto', id, 'create', { vettingId: [null, r.id], itemKey: [null, item.key], size: [null, `${photo.width}×${photo.height}, ${photo.bytes.length} bytes`] });
    return repo.findPhotoMeta(db, id)!;
  })();
}

export function getPhoto(db: Db, id: string): PhotoMeta & { data: string } {
  const p = repo.findPhoto(db, id) ?? fail('NOT_FOUND', 'photoNotFound');
  return { ...p, data: p.data.toString('base64') };
}

export function removePhoto(db: Db, id: string): void {
  db.transaction(() => {
    const p = repo.findPhotoMeta(db, id) ?? fail('NOT_FOUND', 'photoNotFound');
    draft(db, p.vettingId);
    repo.deletePhoto(db, id);
    repo.touchVetting(db, p.vettingId, nowIso());
    recordAudit(db, 'vettingPhoto', id, 'delete', { vettingId: [p.vettingId, null], itemKey: [p.itemKey, null] });
  })();
}

const reasonRequired = () => fail('VALIDATION', 'overrideReasonRequired', undefined, [{ path: ['reason'], key: 'overrideReasonRequired' }]);

export function overrideVerdict(db: Db, input: { id: string; verdict: Verdict | null; reason: string | null }): Vetting {
  return db.transaction(() => {
    const r = draft(db, input.id);
    const v = build(db, r);
    if (input.verdict !== null && input.verdict !== v.score.suggestedVerdict && !input.reason) reasonRequired();
    const reason = input.verdict === null ? null : input.reason;
    repo.setOverride(db, r.id, input.verdict, reason, nowIso());
    recordAudit(db, ENTITY, r.id, 'update', {
      override: [v.override, input.verdict ? { verdict: input.verdict, reason } : null],
      suggestedVerdict: [v.score.suggestedVerdict, v.score.suggestedVerdict],
    });
    return getVetting(db, r.id);
  })();
}

export function signOffVetting(db: Db, id: string, signedOffOn: string | null = null): Vetting {
  return db.transaction(() => {
    const r = draft(db, id);
    const v = build(db, r);
    const on = signedOffOn ?? localToday();
    refuse(signedOffOnProblem(on, v.vettedOn, localToday()));
    const me = currentStaffId(db) ?? fail('VALIDATION', 'signOffWhoAreYou');
    if (v.score.missingRequired.length) {
      fail('VALIDATION', 'vettingIncomplete', { count: v.score.missingRequired.length }, v.score.missingRequired.map((k) => ({ path: ['answers', k], key: 'required' })));
    }
    const final = v.override?.verdict ?? v.score.suggestedVerdict ?? fail('VALIDATION', 'noVerdict');
    // An override given as a confirmation needs a reason once the answers have moved the suggestion away from it.
    if (final !== v.score.suggestedVerdict && !v.override?.reason) reasonRequired();
    const at = nowIso();
    repo.signOff(db, id, { verdict: final, score: v.score.overall, context: JSON.stringify(v.context), by: me, on, at });
    // The company's status follows the vetting that stands, which is not this one when older work is entered after newer.
    const standing = repo.latestSignedOff(db, v.companyId)!;
    setCompanyStatus(db, v.companyId, (s) => statusAfterSignOff(s, standing.verdict), at);
    recordAudit(db, ENTITY, id, 'update', { status: ['draft', 'signedOff'], verdict: [null, final], score: [null, v.score.overall], signedOffOn: [null, on] });
    return getVetting(db, id);
  })();
}

/** A correction of a signed-off vetting: a new draft copied from it and linked to it. The original is left as it was. */
export function amendVetting(db: Db, id: string): Vetting {
  return db.transaction(() => {
    const original = record(db, id);
    if (!original.signed_off_at) fail('CONFLICT', 'vettingNotSignedOff');
    if (repo.draftOfCompany(db, original.company_id)) fail('CONFLICT', 'vettingInProgress');
    const me = currentStaffId(db) ?? fail('VALIDATION', 'amendWhoAreYou');
    const amendmentId = newId();
    const at = nowIso();
    repo.insertVetting(db, {
      id: amendmentId, companyId: original.company_id, visitId: original.visit_id, templateVersionId: original.template_version_id,
      template: original.template, suggestions: original.suggestions, overrideVerdict: original.override_verdict, overrideReason: original.override_reason,
      amendsId: original.id, amendedBy: me, startedBy: me, vettedOn: vettedOnOf(original), at,
    });
    repo.copyAnswersAndPhotos(db, original.id, amendmentId, newId);
    recordAudit(db, ENTITY, amendmentId, 'create', { amendsId: [null, original.id], companyId: [null, original.company_id] });
    return getVetting(db, amendmentId);
  })();
}

export function compareVettings(db: Db, fromId: string, toId: string): VettingComparison {
  const a = getVetting(db, fromId);
  const b = getVetting(db, toId);
  if (a.companyId !== b.companyId) fail('VALIDATION', 'compareOtherCompany', undefined, [{ path: ['toId'], key: 'compareOtherCompany' }]);
  const side = (v: Vetting) => ({ template: v.template, score: v.score, answers: new Map(v.answers.map((x) => [x.itemKey, x.value])) });
  return { fromId, toId, ...compare(side(a), side(b)) };
}

export function listForCompany(db: Db, companyId: string): VettingRow[] {
  return repo.vettingsOfCompany(db, companyId).map((r) => {
    const v = build(db, r);
    return {
      id: v.id, status: v.status, templateName: v.template.name.zh, templateVersion: v.templateVersion,
      overall: v.score.overall, suggestedVerdict: v.score.suggestedVerdict, verdict: v.verdict,
      vettedOn: v.vettedOn, signedOffOn: v.signedOffOn, signedOffAt: v.signedOffAt, expiresOn: v.expiresOn, amendsId: v.amendsId, amendedInId: v.amendedInId,
      openActions: r.open_actions, createdAt: v.createdAt,
    };
  });
}

/** Companies whose latest approved or conditional vetting has expired (or expires within `withinDays`). */
export function dueForRevetting(db: Db, today: string, withinDays: number) {
  const months = getSettings(db).vettingValidityMonths;
  const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + withinDays * 86_400_000).toISOString().slice(0, 10);
  return repo
    .latestSignedOffPerCompany(db)
    .filter((r) => r.verdict === 'approved' || r.verdict === 'conditional')
    .map((r) => ({ r, expiresOn: vettingExpiresOn(r.signed_off_on, months) }))
    .filter(({ expiresOn }) => expiresOn <= horizon)
    .sort((a, b) => a.expiresOn.localeCompare(b.expiresOn))
    .map(({ r, expiresOn }) => ({
      companyId: r.company_id, companyName: r.company_name, status: r.status as CompanyStatus, vettingId: r.id,
      verdict: r.verdict, signedOffOn: r.signed_off_on, signedOffAt: r.signed_off_at, expiresOn, expired: revettingDue(expiresOn, today),
    }));
}
