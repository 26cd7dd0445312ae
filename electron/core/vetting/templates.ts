// Use cases for checklist templates. A version that a vetting has used is frozen:
// saving the template again makes the next version, so every vetting keeps showing
// exactly the questions it was answered with. Files shared between colleagues are
// validated like any other input: a bad file is refused and nothing is stored.
import { safeFileName } from '../../../shared/fileNames';
import { fail } from '../../../shared/result';
import { toFieldIssues } from '../../../shared/result';
import type { TemplateSummary, TemplateVersion } from '../../../shared/vetting/schema';
import { TEMPLATE_FILE_FORMAT, type TemplateContent, templateFile } from '../../../shared/vetting/template';
import { recordAudit } from '../audit/audit';
import type { Db } from '../db/open';
import { newId, nowIso } from '../ids';
import { currentStaffId } from '../workspace/settings';
import * as repo from './repository';

const ENTITY = 'vettingTemplate';

export const listTemplates = (db: Db): TemplateSummary[] => repo.listTemplates(db);

export function getTemplate(db: Db, id: string, version: number | null = null): TemplateVersion {
  return repo.findTemplateVersion(db, id, version) ?? fail('NOT_FOUND', 'templateNotFound');
}

export function createTemplate(db: Db, content: TemplateContent): TemplateVersion {
  return db.transaction(() => {
    const id = newId();
    const at = nowIso();
    repo.insertTemplate(db, id, content.name.zh, at);
    repo.insertVersion(db, newId(), id, 1, content, currentStaffId(db), at);
    recordAudit(db, ENTITY, id, 'create', { name: [null, content.name.zh], version: [null, 1] });
    return getTemplate(db, id);
  })();
}

/** Saves edited questions: in place while the latest version is unused, as the next version once it has been used. */
export function saveTemplateVersion(db: Db, id: string, content: TemplateContent): TemplateVersion {
  return db.transaction(() => {
    const latest = getTemplate(db, id);
    if (JSON.stringify(latest.content) === JSON.stringify(content)) return latest;
    const at = nowIso();
    if (latest.used) {
      repo.insertVersion(db, newId(), id, latest.version + 1, content, currentStaffId(db), at);
      recordAudit(db, ENTITY, id, 'update', { version: [latest.version, latest.version + 1] });
    } else {
      repo.updateVersionContent(db, latest.versionId, content, at);
      recordAudit(db, ENTITY, id, 'update', { content: [`v${latest.version}`, `v${latest.version} edited`] });
    }
    repo.touchTemplate(db, id, content.name.zh, at);
    return getTemplate(db, id);
  })();
}

/** A template version as a shared file: the name to suggest and the text (the handler saves it). */
export function templateToShare(db: Db, id: string, version: number | null): { fileName: string; text: string; version: number } {
  const t = getTemplate(db, id, version);
  return { fileName: safeFileName(`${t.content.name.zh}-v${t.version}`, 'json'), text: templateFileText(t.content), version: t.version };
}

/** The text of a template file, as importTemplate reads it back. */
export function templateFileText(content: TemplateContent): string {
  return `${JSON.stringify({ format: TEMPLATE_FILE_FORMAT, formatVersion: 1, template: content }, null, 2)}\n`;
}

/** Imports a shared template file as a new template of this workspace (never over an existing one). */
export function importTemplate(db: Db, text: string): TemplateVersion {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('VALIDATION', 'templateFileNotJson', undefined, [{ path: ['text'], key: 'templateFileNotJson' }]);
  }
  const parsed = templateFile.safeParse(json);
  if (!parsed.success) {
    const issues = toFieldIssues(parsed.error.issues).map((i) => ({ ...i, path: ['text', ...i.path] }));
    return fail('VALIDATION', 'templateFileInvalid', undefined, issues);
  }
  return createTemplate(db, parsed.data.template);
}
