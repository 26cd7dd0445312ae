// SQL for vetting: templates and their versions, vettings, answers, photos and
// follow-up actions. No rules here: see templates.ts, service.ts and actions.ts.
import type { AnswerValue } from '../../../shared/vetting/answers';
import type { Verdict } from '../../../shared/vetting/scoring';
import type { Action, PhotoMeta, TemplateSummary, TemplateVersion } from '../../../shared/vetting/schema';
import type { TemplateContent } from '../../../shared/vetting/template';
import type { Db } from '../db/open';

// ── Templates ────────────────────────────────────────────────────────────────

export function listTemplates(db: Db): TemplateSummary[] {
  const rows = db
    .prepare(
      `SELECT t.id, t.created_at, t.updated_at, v.version, v.content,
              (SELECT count(*) FROM vetting_template_versions x WHERE x.template_id = t.id) AS versions,
              (SELECT count(*) FROM vettings g JOIN vetting_template_versions x ON x.id = g.template_version_id WHERE x.template_id = t.id) AS used_by
         FROM vetting_templates t
         JOIN vetting_template_versions v ON v.template_id = t.id
          AND v.version = (SELECT max(version) FROM vetting_template_versions WHERE template_id = t.id)
        WHERE t.deleted_at IS NULL
        ORDER BY t.created_at, t.id`,
    )
    .all() as { id: string; created_at: string; updated_at: string; version: number; content: string; versions: number; used_by: number }[];
  return rows.map((r) => ({
    id: r.id,
    name: (JSON.parse(r.content) as TemplateContent).name,
    version: r.version,
    versions: r.versions,
    usedBy: r.used_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

interface VersionRecord { id: string; template_id: string; version: number; content: string; created_at: string; used: number }

const SELECT_VERSION = `
  SELECT v.id, v.template_id, v.version, v.content, v.created_at,
         EXISTS (SELECT 1 FROM vettings g WHERE g.template_version_id = v.id) AS used
    FROM vetting_template_versions v JOIN vetting_templates t ON t.id = v.template_id AND t.deleted_at IS NULL`;

const toVersion = (r: VersionRecord): TemplateVersion => ({
  id: r.template_id,
  versionId: r.id,
  version: r.version,
  content: JSON.parse(r.content) as TemplateContent,
  used: r.used === 1,
  createdAt: r.created_at,
});

/** A template's version `version`, or its latest. */
export function findTemplateVersion(db: Db, templateId: string, version: number | null): TemplateVersion | null {
  const r = (
    version === null
      ? db.prepare(`${SELECT_VERSION} WHERE v.template_id = ? ORDER BY v.version DESC LIMIT 1`).get(templateId)
      : db.prepare(`${SELECT_VERSION} WHERE v.template_id = ? AND v.version = ?`).get(templateId, version)
  ) as VersionRecord | undefined;
  return r ? toVersion(r) : null;
}

/** The template a vetting starts with when none is chosen: the workspace's first (the default checklist). */
export function firstTemplateId(db: Db): string | null {
  const r = db.prepare('SELECT id FROM vetting_templates WHERE deleted_at IS NULL ORDER BY created_at, id LIMIT 1').get() as { id: string } | undefined;
  return r?.id ?? null;
}

export function insertTemplate(db: Db, id: string, name: string, at: string): void {
  db.prepare('INSERT INTO vetting_templates (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(id, name, at, at);
}

export function touchTemplate(db: Db, id: string, name: string, at: string): void {
  db.prepare('UPDATE vetting_templates SET name = ?, updated_at = ? WHERE id = ?').run(name, at, id);
}

export function insertVersion(db: Db, id: string, templateId: string, version: number, content: TemplateContent, createdBy: string | null, at: string): void {
  db.prepare(
    'INSERT INTO vetting_template_versions (id, template_id, version, content, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(id, templateId, version, JSON.stringify(content), createdBy, at, at);
}

export function updateVersionContent(db: Db, versionId: string, content: TemplateContent, at: string): void {
  db.prepare('UPDATE vetting_template_versions SET content = ?, updated_at = ? WHERE id = ?').run(JSON.stringify(content), at, versionId);
}

// ── Vettings ─────────────────────────────────────────────────────────────────

export interface VettingRecord {
  id: string; company_id: string; company_name: string; visit_id: string | null; template_id: string; template_version_id: string;
  template_version: number; template: string; suggestions: string; context: string | null;
  override_verdict: Verdict | null; override_reason: string | null; verdict: Verdict | null; score: number | null;
  signed_off_at: string | null; signed_off_by: string | null; signed_off_by_name: string | null;
  /** Dates (YYYY-MM-DD); NULL only in a row a colleague's older program wrote (team sync), read as the local day of its moment. */
  vetted_on: string | null; signed_off_on: string | null; amends_signed_off_on: string | null;
  amends_id: string | null; amended_by: string | null; amended_by_name: string | null; amended_in_id: string | null;
  started_by: string | null; started_by_name: string | null; created_at: string; updated_at: string;
}

/**
 * A signed-off vetting's sign-off day in SQL: its date, or for a row an older program wrote (team
 * sync from a colleague not yet upgraded) the local day of the moment it was recorded.
 */
const signedOn = (t: string) => `COALESCE(${t}.signed_off_on, date(${t}.signed_off_at, 'localtime'))`;

/**
 * Orders a company's signed-off vettings latest first, by the day they were signed off (past work
 * entered later takes its place by its date), then by when that was recorded; a vetting replaced
 * by a signed-off amendment is left out (the amendment stands for it, whatever its date).
 */
const LATEST_FIRST = (t: string) => `${t}.signed_off_at IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM vettings n WHERE n.amends_id = ${t}.id AND n.signed_off_at IS NOT NULL)
  ORDER BY ${signedOn(t)} DESC, ${t}.signed_off_at DESC, ${t}.id DESC`;

const SELECT_VETTING = `
  SELECT g.*, c.name AS company_name, v.template_id, v.version AS template_version,
         so.name AS signed_off_by_name, am.name AS amended_by_name, st.name AS started_by_name,
         (SELECT n.id FROM vettings n WHERE n.amends_id = g.id ORDER BY n.created_at DESC LIMIT 1) AS amended_in_id,
         (SELECT ${signedOn('o')} FROM vettings o WHERE o.id = g.amends_id) AS amends_signed_off_on
    FROM vettings g
    JOIN companies c ON c.id = g.company_id
    JOIN vetting_template_versions v ON v.id = g.template_version_id
    LEFT JOIN staff so ON so.id = g.signed_off_by
    LEFT JOIN staff am ON am.id = g.amended_by
    LEFT JOIN staff st ON st.id = g.started_by`;

export function findVetting(db: Db, id: string): VettingRecord | null {
  return (db.prepare(`${SELECT_VETTING} WHERE g.id = ?`).get(id) as VettingRecord | undefined) ?? null;
}

export function vettingsOfCompany(db: Db, companyId: string): (VettingRecord & { open_actions: number })[] {
  return db
    .prepare(
      `SELECT x.*, (SELECT count(*) FROM vetting_actions a WHERE a.vetting_id = x.id AND a.done_at IS NULL) AS open_actions
         FROM (${SELECT_VETTING} WHERE g.company_id = ?) x
        ORDER BY x.signed_off_at IS NOT NULL, COALESCE(x.signed_off_on, x.vetted_on, x.created_at) DESC, x.created_at DESC, x.id DESC`,
    )
    .all(companyId) as (VettingRecord & { open_actions: number })[];
}

export function draftOfCompany(db: Db, companyId: string): string | null {
  const r = db.prepare('SELECT id FROM vettings WHERE company_id = ? AND signed_off_at IS NULL').get(companyId) as { id: string } | undefined;
  return r?.id ?? null;
}

/** The company's signed-off vetting that stands: the latest by its sign-off day, amendments in place of what they correct. */
export function latestSignedOff(db: Db, companyId: string): { id: string; verdict: Verdict; signed_off_on: string } | null {
  const r = db
    .prepare(`SELECT g.id, g.verdict, ${signedOn('g')} AS signed_off_on FROM vettings g WHERE g.company_id = ? AND ${LATEST_FIRST('g')} LIMIT 1`)
    .get(companyId) as { id: string; verdict: Verdict; signed_off_on: string } | undefined;
  return r ?? null;
}

export interface NewVetting {
  id: string; companyId: string; visitId: string | null; templateVersionId: string; template: string; suggestions: string;
  overrideVerdict: Verdict | null; overrideReason: string | null; amendsId: string | null; amendedBy: string | null; startedBy: string | null;
  vettedOn: string; at: string;
}

export function insertVetting(db: Db, v: NewVetting): void {
  db.prepare(
    `INSERT INTO vettings (id, company_id, visit_id, template_version_id, template, suggestions, override_verdict, override_reason,
       amends_id, amended_by, started_by, vetted_on, created_at, updated_at)
     VALUES (@id, @companyId, @visitId, @templateVersionId, @template, @suggestions, @overrideVerdict, @overrideReason,
       @amendsId, @amendedBy, @startedBy, @vettedOn, @at, @at)`,
  ).run(v);
}

export function touchVetting(db: Db, id: string, at: string): void {
  db.prepare('UPDATE vettings SET updated_at = ? WHERE id = ?').run(at, id);
}

export function setOverride(db: Db, id: string, verdict: Verdict | null, reason: string | null, at: string): void {
  db.prepare('UPDATE vettings SET override_verdict = ?, override_reason = ?, updated_at = ? WHERE id = ?').run(verdict, reason, at, id);
}

export function setVettedOn(db: Db, id: string, vettedOn: string, at: string): void {
  db.prepare('UPDATE vettings SET vetted_on = ?, updated_at = ? WHERE id = ?').run(vettedOn, at, id);
}

export function signOff(db: Db, id: string, s: { verdict: Verdict; score: number | null; context: string; by: string; on: string; at: string }): void {
  db.prepare('UPDATE vettings SET verdict = ?, score = ?, context = ?, signed_off_by = ?, signed_off_on = ?, signed_off_at = ?, updated_at = ? WHERE id = ?').run(
    s.verdict, s.score, s.context, s.by, s.on, s.at, s.at, id,
  );
}

// ── Answers ──────────────────────────────────────────────────────────────────

export interface AnswerRecord { item_key: string; value: string; note: string | null; answered_at: string; answered_by: string | null; answered_by_name: string | null }

export function listAnswers(db: Db, vettingId: string): AnswerRecord[] {
  return db
    .prepare(
      `SELECT a.item_key, a.value, a.note, a.answered_at, a.answered_by, s.name AS answered_by_name
         FROM vetting_answers a LEFT JOIN staff s ON s.id = a.answered_by WHERE a.vetting_id = ?`,
    )
    .all(vettingId) as AnswerRecord[];
}

export function findAnswer(db: Db, vettingId: string, itemKey: string): { value: string; note: string | null } | null {
  return (db.prepare('SELECT value, note FROM vetting_answers WHERE vetting_id = ? AND item_key = ?').get(vettingId, itemKey) as { value: string; note: string | null } | undefined) ?? null;
}

export function saveAnswer(db: Db, vettingId: string, itemKey: string, value: AnswerValue, note: string | null, by: string | null, at: string): void {
  db.prepare(
    `INSERT INTO vetting_answers (vetting_id, item_key, value, note, answered_at, answered_by) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (vetting_id, item_key) DO UPDATE SET value = excluded.value, note = excluded.note, answered_at = excluded.answered_at, answered_by = excluded.answered_by`,
  ).run(vettingId, itemKey, JSON.stringify(value), note, at, by);
}

export function deleteAnswer(db: Db, vettingId: string, itemKey: string): void {
  db.prepare('DELETE FROM vetting_answers WHERE vetting_id = ? AND item_key = ?').run(vettingId, itemKey);
}

/** Copies answers and photos from one vetting to another (an amendment starts as a copy). */
export function copyAnswersAndPhotos(db: Db, fromId: string, toId: string, newPhotoId: () => string): void {
  db.prepare(
    `INSERT INTO vetting_answers (vetting_id, item_key, value, note, answered_at, answered_by)
     SELECT ?, item_key, value, note, answered_at, answered_by FROM vetting_answers WHERE vetting_id = ?`,
  ).run(toId, fromId);
  const ids = db.prepare('SELECT id FROM vetting_photos WHERE vetting_id = ? ORDER BY created_at, id').all(fromId) as { id: string }[];
  const copy = db.prepare(
    `INSERT INTO vetting_photos (id, vetting_id, item_key, mime, width, height, bytes, caption, created_by, created_at, data)
     SELECT ?, ?, item_key, mime, width, height, bytes, caption, created_by, created_at, data FROM vetting_photos WHERE id = ?`,
  );
  const copyThumb = db.prepare('INSERT INTO vetting_photo_thumbs (photo_id, mime, width, height, data) SELECT ?, mime, width, height, data FROM vetting_photo_thumbs WHERE photo_id = ?');
  for (const { id } of ids) {
    const copyId = newPhotoId();
    copy.run(copyId, toId, id);
    copyThumb.run(copyId, id);
  }
}

// ── Photos ───────────────────────────────────────────────────────────────────

interface PhotoRecord { id: string; vetting_id: string; item_key: string; mime: PhotoMeta['mime']; width: number; height: number; bytes: number; caption: string | null; created_at: string }
const PHOTO_COLUMNS = 'id, vetting_id, item_key, mime, width, height, bytes, caption, created_at';
const toPhoto = (r: PhotoRecord): PhotoMeta => ({
  id: r.id, vettingId: r.vetting_id, itemKey: r.item_key, mime: r.mime, width: r.width, height: r.height, bytes: r.bytes, caption: r.caption, createdAt: r.created_at,
});

export function listPhotos(db: Db, vettingId: string): PhotoMeta[] {
  return (db.prepare(`SELECT ${PHOTO_COLUMNS} FROM vetting_photos WHERE vetting_id = ? ORDER BY created_at, id`).all(vettingId) as PhotoRecord[]).map(toPhoto);
}

export function countPhotos(db: Db, vettingId: string, itemKey: string): number {
  return (db.prepare('SELECT count(*) AS n FROM vetting_photos WHERE vetting_id = ? AND item_key = ?').get(vettingId, itemKey) as { n: number }).n;
}

export function findPhoto(db: Db, id: string): (PhotoMeta & { data: Buffer }) | null {
  const r = db.prepare(`SELECT ${PHOTO_COLUMNS}, data FROM vetting_photos WHERE id = ?`).get(id) as (PhotoRecord & { data: Buffer }) | undefined;
  return r ? { ...toPhoto(r), data: r.data } : null;
}

export function findPhotoMeta(db: Db, id: string): PhotoMeta | null {
  const r = db.prepare(`SELECT ${PHOTO_COLUMNS} FROM vetting_photos WHERE id = ?`).get(id) as PhotoRecord | undefined;
  return r ? toPhoto(r) : null;
}

export function insertPhoto(db: Db, p: Omit<PhotoMeta, 'createdAt'> & { data: Buffer; createdBy: string | null; at: string }): void {
  db.prepare(
    `INSERT INTO vetting_photos (id, vetting_id, item_key, mime, width, height, bytes, caption, created_by, created_at, data)
     VALUES (@id, @vettingId, @itemKey, @mime, @width, @height, @bytes, @caption, @createdBy, @at, @data)`,
  ).run(p);
}

export function insertThumb(db: Db, photoId: string, t: { mime: string; width: number; height: number; data: Buffer }): void {
  db.prepare('INSERT INTO vetting_photo_thumbs (photo_id, mime, width, height, data) VALUES (?, ?, ?, ?, ?)').run(photoId, t.mime, t.width, t.height, t.data);
}

/** What a report prints for each photo of a vetting: the thumbnail when there is one, else the full image. */
export function photosForPrint(db: Db, vettingId: string, limit: number): { id: string; itemKey: string; caption: string | null; mime: string; data: Buffer; thumb: boolean }[] {
  const rows = db
    .prepare(
      `SELECT p.id, p.item_key AS itemKey, p.caption, t.mime AS thumbMime, t.data AS thumbData
       FROM vetting_photos p LEFT JOIN vetting_photo_thumbs t ON t.photo_id = p.id
       WHERE p.vetting_id = ? ORDER BY p.created_at, p.id LIMIT ?`,
    )
    .all(vettingId, limit) as { id: string; itemKey: string; caption: string | null; thumbMime: string | null; thumbData: Buffer | null }[];
  const full = db.prepare('SELECT mime, data FROM vetting_photos WHERE id = ?');
  return rows.map((r) => {
    if (r.thumbData) return { id: r.id, itemKey: r.itemKey, caption: r.caption, mime: r.thumbMime!, data: r.thumbData, thumb: true };
    const f = full.get(r.id) as { mime: string; data: Buffer };
    return { id: r.id, itemKey: r.itemKey, caption: r.caption, mime: f.mime, data: f.data, thumb: false };
  });
}

export function deletePhoto(db: Db, id: string): void {
  db.prepare('DELETE FROM vetting_photos WHERE id = ?').run(id);
}

// ── Follow-up actions ────────────────────────────────────────────────────────

interface ActionRecord {
  id: string; vetting_id: string; item_key: string; template: string; company_id: string; company_name: string; what: string;
  who_staff_id: string | null; who_name: string | null; due_date: string | null; done_at: string | null; created_at: string; updated_at: string;
}

const SELECT_ACTION = `
  SELECT a.*, g.template, g.company_id, c.name AS company_name, s.name AS who_name
    FROM vetting_actions a
    JOIN vettings g ON g.id = a.vetting_id
    JOIN companies c ON c.id = g.company_id AND c.deleted_at IS NULL
    LEFT JOIN staff s ON s.id = a.who_staff_id`;

function toAction(r: ActionRecord): Action {
  const t = JSON.parse(r.template) as TemplateContent;
  const item = t.sections.flatMap((s) => s.items).find((i) => i.key === r.item_key);
  return {
    id: r.id, vettingId: r.vetting_id, itemKey: r.item_key, itemLabel: item?.label ?? { zh: r.item_key, en: r.item_key },
    companyId: r.company_id, companyName: r.company_name, what: r.what, whoStaffId: r.who_staff_id, whoName: r.who_name,
    dueDate: r.due_date, done: r.done_at !== null, doneAt: r.done_at, createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

export function findAction(db: Db, id: string): Action | null {
  const r = db.prepare(`${SELECT_ACTION} WHERE a.id = ?`).get(id) as ActionRecord | undefined;
  return r ? toAction(r) : null;
}

export function listActions(db: Db, companyId: string | null, scope: 'open' | 'all'): Action[] {
  const rows = db
    .prepare(
      `${SELECT_ACTION} WHERE (@companyId IS NULL OR g.company_id = @companyId) AND (@all OR a.done_at IS NULL)
        ORDER BY a.done_at IS NOT NULL, a.due_date IS NULL, a.due_date, a.created_at LIMIT 2000`,
    )
    .all({ companyId, all: scope === 'all' ? 1 : 0 }) as ActionRecord[];
  return rows.map(toAction);
}

export function insertAction(db: Db, a: { id: string; vettingId: string; itemKey: string; what: string; whoStaffId: string | null; dueDate: string | null; at: string }): void {
  db.prepare(
    `INSERT INTO vetting_actions (id, vetting_id, item_key, what, who_staff_id, due_date, created_at, updated_at)
     VALUES (@id, @vettingId, @itemKey, @what, @whoStaffId, @dueDate, @at, @at)`,
  ).run(a);
}

export function setActionDone(db: Db, id: string, doneAt: string | null, at: string): void {
  db.prepare('UPDATE vetting_actions SET done_at = ?, updated_at = ? WHERE id = ?').run(doneAt, at, id);
}

// ── Re-vetting due ───────────────────────────────────────────────────────────

/** Each live company's signed-off vetting that stands (see latestSignedOff). */
export function latestSignedOffPerCompany(db: Db): { company_id: string; company_name: string; status: string; id: string; verdict: Verdict; signed_off_on: string; signed_off_at: string }[] {
  return db
    .prepare(
      // Driven by the companies that have a signed-off vetting (few), not by every company:
      // the dashboard asks on every view.
      `SELECT c.id AS company_id, c.name AS company_name, c.status, g.id, g.verdict, ${signedOn('g')} AS signed_off_on, g.signed_off_at
         FROM (SELECT DISTINCT company_id FROM vettings WHERE signed_off_at IS NOT NULL) v
         CROSS JOIN companies c ON c.id = v.company_id
         JOIN vettings g ON g.id = (SELECT x.id FROM vettings x WHERE x.company_id = c.id AND ${LATEST_FIRST('x')} LIMIT 1)
        WHERE c.deleted_at IS NULL`,
    )
    .all() as { company_id: string; company_name: string; status: string; id: string; verdict: Verdict; signed_off_on: string; signed_off_at: string }[];
}
