// Use cases for the agreement register (协议): who signed what, when and where, the
// scanned documents, and targets measured from the records. Each write checks
// everything first, runs in one transaction and is audited, so a refused call leaves
// nothing behind.
import {
  type Agreement,
  type AgreementRow,
  type AgreementValues,
  type BehindTarget,
  type DocumentData,
  type DocumentMeta,
  LIMITS_AGREEMENT,
  type Target,
  type TargetState,
  targetState,
} from '../../../shared/agreements/schema';
import { safeFileName } from '../../../shared/fileNames';
import { type FieldIssue, fail } from '../../../shared/result';
import { created, diff, recordAudit } from '../audit/audit';
import type { FileFilter } from '../context';
import type { Db } from '../db/open';
import { newId, nowIso } from '../ids';
import { prefectureExists } from '../trips/repository';
import { imageInfo } from '../vetting/image';
import * as repo from './repository';

const AGREEMENT = 'agreement';
const DOCUMENT = 'agreementDocument';

const refuse = (key: string, path: (string | number)[], params?: FieldIssue['params']): never =>
  fail('VALIDATION', key, params, [{ path, key, ...(params ? { params } : {}) }]);

function liveRecord(db: Db, id: string): repo.AgreementRecord {
  const r = repo.findAgreement(db, id);
  return r && !r.deletedAt ? r : fail('NOT_FOUND', 'agreementNotFound');
}

/** Progress of one target, measured from the records (or entered, for manual targets), and where it stands today. */
export function targetProgress(db: Db, agreement: { signedOn: string; prefectureId: string | null }, t: repo.TargetRecord, today: string): Target {
  const progress = t.metric === 'manual' ? (t.achieved ?? 0) : repo.measure(db, t.metric, agreement.signedOn, t.dueDate, agreement.prefectureId);
  return { ...t, progress, ...targetState(t, agreement.signedOn, progress, today) };
}

export function getAgreement(db: Db, id: string, today: string): Agreement {
  const r = liveRecord(db, id);
  const { deletedAt: _d, ...rest } = r;
  return { ...rest, targets: repo.targetsOf(db, id).map((t) => targetProgress(db, r, t, today)), documents: repo.documentsOf(db, id) };
}

const BEHIND: readonly TargetState[] = ['behind', 'overdue'];

export function listAgreements(db: Db, filter: repo.ListFilter, today: string): AgreementRow[] {
  return repo.listAgreementRecords(db, filter).map((r) => {
    const targets = repo.targetsOf(db, r.id).map((t) => targetProgress(db, r, t, today));
    return {
      id: r.id, type: r.type, title: r.title, parties: r.parties, copies: r.copies, signedOn: r.signedOn, tripId: r.tripId, tripTitle: r.tripTitle,
      prefectureName: r.prefectureName, documents: repo.documentCount(db, r.id), targets: targets.length,
      targetsBehind: targets.filter((t) => BEHIND.includes(t.state)).length,
    };
  });
}

/** Targets of live agreements that lag their pace or passed their due date unmet: due work for the dashboard. */
export function targetsBehind(db: Db, today: string): BehindTarget[] {
  const agreements = new Map<string, repo.AgreementRecord>();
  const out: BehindTarget[] = [];
  for (const t of repo.liveTargets(db)) {
    const a = agreements.get(t.agreementId) ?? repo.findAgreement(db, t.agreementId)!;
    agreements.set(a.id, a);
    const p = targetProgress(db, a, t, today);
    if (BEHIND.includes(p.state)) {
      out.push({ agreementId: a.id, title: a.title, targetId: t.id, description: t.description, dueDate: t.dueDate, target: t.target, progress: p.progress, state: p.state });
    }
  }
  return out;
}

/**
 * The prefecture is on the region list, the trip exists and the event is on that trip.
 * An agreement keeps the prefecture and trip it already had, even when they have gone since.
 */
function checkLinks(db: Db, v: AgreementValues, kept: repo.AgreementRecord | null): void {
  if (v.prefectureId && kept?.prefectureId !== v.prefectureId && !prefectureExists(db, v.prefectureId)) refuse('unknownPrefecture', ['prefectureId']);
  if (v.tripId && kept?.tripId !== v.tripId && !repo.liveTripExists(db, v.tripId)) refuse('unknownTrip', ['tripId']);
  if (v.itemId && repo.itemTrip(db, v.itemId) !== v.tripId) refuse('itemNotOnTrip', ['itemId']);
}

const auditView = (v: AgreementValues | Agreement) => ({
  type: v.type, title: v.title, parties: v.parties, copies: v.copies, signedOn: v.signedOn, prefectureId: v.prefectureId, tripId: v.tripId,
  itemId: v.itemId, notes: v.notes,
  targets: v.targets.map((t) => ({ description: t.description, metric: t.metric, target: t.target, dueDate: t.dueDate, achieved: t.achieved })),
});

export function createAgreement(db: Db, v: AgreementValues, today: string): Agreement {
  return db.transaction(() => {
    checkLinks(db, v, null);
    const id = newId();
    const at = nowIso();
    repo.insertAgreement(db, id, v, at);
    v.targets.forEach((t, i) => repo.insertTarget(db, newId(), id, t, i, at));
    recordAudit(db, AGREEMENT, id, 'create', created(auditView(v)));
    return getAgreement(db, id, today);
  })();
}

/** Saves the whole agreement: targets matched by id are updated, new ones created, missing ones deleted. */
export function updateAgreement(db: Db, id: string, v: AgreementValues, today: string): Agreement {
  return db.transaction(() => {
    const record = liveRecord(db, id);
    checkLinks(db, v, record);
    const before = getAgreement(db, id, today);
    const existing = new Set(before.targets.map((t) => t.id));
    v.targets.forEach((t, i) => {
      if (t.id && !existing.has(t.id)) refuse('unknownTarget', ['targets', i, 'id']);
    });
    const at = nowIso();
    repo.updateAgreement(db, id, v, at);
    const kept = new Set(v.targets.map((t) => t.id).filter(Boolean));
    for (const t of before.targets) if (!kept.has(t.id)) repo.deleteTarget(db, t.id);
    v.targets.forEach((t, i) => (t.id ? repo.updateTarget(db, t.id, t, i, at) : repo.insertTarget(db, newId(), id, t, i, at)));
    recordAudit(db, AGREEMENT, id, 'update', diff(auditView(before), auditView(v)));
    return getAgreement(db, id, today);
  })();
}

/** Moves the agreement to the trash; its targets and documents stay with it until purged. */
export function deleteAgreement(db: Db, id: string): void {
  db.transaction(() => {
    const r = liveRecord(db, id);
    repo.setDeleted(db, id, nowIso());
    recordAudit(db, AGREEMENT, id, 'delete', { title: [r.title, null] });
  })();
}

export function restoreAgreement(db: Db, id: string): void {
  db.transaction(() => {
    const r = repo.findAgreement(db, id);
    if (!r?.deletedAt) fail('NOT_FOUND', 'agreementNotFound');
    repo.setDeleted(db, id, null);
    recordAudit(db, AGREEMENT, id, 'restore', { title: [null, r!.title] });
  })();
}

/** Removes a trashed agreement for good, with its targets and scanned documents. */
export function purgeAgreement(db: Db, id: string): void {
  db.transaction(() => {
    const r = repo.findAgreement(db, id);
    if (!r?.deletedAt) fail('NOT_FOUND', 'agreementNotFound');
    repo.purgeAgreement(db, id);
    recordAudit(db, AGREEMENT, id, 'purge', { title: [r!.title, null] });
  })();
}

// ── Scanned documents ────────────────────────────────────────────────────────

const DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;
type DocumentMime = (typeof DOCUMENT_TYPES)[number];

/**
 * The stored type as the renderer may use it (a data: URL, a download's type): one of ours, or a
 * plain download. The table's CHECK allows only ours, but a crafted file need not have it.
 */
const servedType = (mime: string): string => ((DOCUMENT_TYPES as readonly string[]).includes(mime) ? mime : 'application/octet-stream');

/** Decodes what the renderer sent and names its type by its own header: a PDF or a JPEG, PNG or WebP image. */
function decodeDocument(data: string): { bytes: Buffer; mime: DocumentMime } {
  const notDocument = (): never => refuse('notPdfOrImage', ['data']);
  const b64 = data.replace(/^data:[^;,]*;base64,/i, '');
  if (b64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) return notDocument();
  const bytes = Buffer.from(b64, 'base64');
  if (bytes.length > LIMITS_AGREEMENT.documentBytes) refuse('documentTooLarge', ['data'], { maxMb: LIMITS_AGREEMENT.documentBytes / 1024 / 1024 });
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return { bytes, mime: 'application/pdf' };
  const image = imageInfo(bytes);
  return image ? { bytes, mime: image.mime } : notDocument();
}

export function attachDocument(db: Db, agreementId: string, fileName: string, data: string): DocumentMeta {
  return db.transaction(() => {
    liveRecord(db, agreementId);
    const doc = decodeDocument(data);
    const id = newId();
    const at = nowIso();
    repo.insertDocument(db, { id, agreementId, fileName, mime: doc.mime, data: doc.bytes, at });
    repo.touchAgreement(db, agreementId, at);
    recordAudit(db, DOCUMENT, id, 'create', { agreementId: [null, agreementId], fileName: [null, fileName], size: [null, `${doc.mime}, ${doc.bytes.length} bytes`] });
    return { id, fileName, mime: doc.mime, bytes: doc.bytes.length, createdAt: at };
  })();
}

export function getDocument(db: Db, id: string): DocumentData {
  const d = repo.findDocument(db, id) ?? fail('NOT_FOUND', 'documentNotFound');
  return { id: d.id, fileName: d.fileName, mime: servedType(d.mime), bytes: d.bytes, createdAt: d.createdAt, data: d.data.toString('base64') };
}

/** The extension a saved document gets, by the type the core found in its bytes. */
const DOCUMENT_EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

/** The stored bytes of a document to save as a file, the name to suggest (as uploaded, made safe) and the dialog's filter by its type. */
export function documentFile(db: Db, id: string): { agreementId: string; suggestedName: string; filters: FileFilter[]; bytes: Buffer } {
  const d = repo.findDocument(db, id) ?? fail('NOT_FOUND', 'documentNotFound');
  const ext = DOCUMENT_EXTENSIONS[d.mime] ?? 'bin';
  const base = d.fileName.replace(/\.[^.]*$/, '');
  return { agreementId: d.agreementId, suggestedName: safeFileName(base, ext), filters: [{ name: ext.toUpperCase(), extensions: [ext] }], bytes: d.data };
}

export function removeDocument(db: Db, id: string): void {
  db.transaction(() => {
    const d = repo.findDocument(db, id) ?? fail('NOT_FOUND', 'documentNotFound');
    liveRecord(db, d.agreementId);
    repo.deleteDocument(db, id);
    repo.touchAgreement(db, d.agreementId, nowIso());
    recordAudit(db, DOCUMENT, id, 'delete', { agreementId: [d.agreementId, null], fileName: [d.fileName, null] });
  })();
}
