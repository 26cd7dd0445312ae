// The vetting channels' inputs and outputs: templates (versioned), vettings (answers,
// photos, score, verdict, sign-off, amendments), comparisons and follow-up actions.
import { z } from 'zod';
import { LIMITS, id, isoDate, notesText, optionalDate, optionalText, requiredText, timestamps } from '../validation';
import { companyStatus } from '../companies/schema';
import { answerValue } from './answers';
import { notAfterToday } from './dates';
import { VERDICTS } from './scoring';
import { PREFILL_SOURCES, itemKey, localized, templateContent } from './template';

export const verdict = z.enum(VERDICTS);

// ── Templates ────────────────────────────────────────────────────────────────

export const templateSummary = z.object({
  id,
  name: z.object({ zh: z.string(), en: z.string() }),
  /** The latest version's number. */
  version: z.number(),
  versions: z.number(),
  /** Vettings made with any version of it. */
  usedBy: z.number(),
  ...timestamps,
});
export type TemplateSummary = z.infer<typeof templateSummary>;

export const templateVersion = z.object({
  id,
  versionId: id,
  version: z.number(),
  content: templateContent,
  /** A version that has been used is frozen: saving again makes a new version. */
  used: z.boolean(),
  createdAt: z.string(),
});
export type TemplateVersion = z.infer<typeof templateVersion>;

export const templateGetInput = z.object({ id, version: z.number().int().min(1).nullish() });
export const templateCreateInput = z.object({ content: templateContent });
export const templateSaveInput = z.object({ id, content: templateContent });
/** Where the template file was saved (the user picks it in a native save dialog); null when they cancelled. */
export const templateSaved = z.object({ path: z.string() }).nullable();
/** The text of a template file the user picked (at most 2 MB). */
export const templateImportInput = z.object({ text: z.string().max(2_000_000) });

// ── Vettings ─────────────────────────────────────────────────────────────────

export const VETTING_STATUSES = ['draft', 'signedOff'] as const;

/** Photos arrive downscaled by the renderer, as base64 (a data: URL prefix is accepted). */
export const PHOTO_LIMITS = { maxBytes: 3 * 1024 * 1024, maxLongSide: 1600, perItem: 20, maxBase64Chars: 8 * 1024 * 1024 } as const;
/** The thumbnail a report prints instead of the photo (made by the renderer at attach time). */
export const THUMB_LIMITS = { maxLongSide: 320, maxBytes: 128 * 1024, maxBase64Chars: 256 * 1024 } as const;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

export const vettingStartInput = z.object({
  companyId: id,
  /** Started from a visit: its facts are offered as starting values. Otherwise the company's latest visit's are. */
  visitId: id.nullish().transform((v) => v ?? null),
  /** Defaults to the first template of the workspace (the default checklist). */
  templateId: id.nullish().transform((v) => v ?? null),
  /** The day the vetting was done; by default the visit's day when started from one, else today (dates.ts). */
  vettedOn: notAfterToday('vettedOnInFuture').nullish().transform((v) => v ?? null),
});
/** A draft's date, changed (past work entered later, or a date put right in an amendment). */
export const vettingSetDateInput = z.object({ id, vettedOn: notAfterToday('vettedOnInFuture') });
/** Sign-off; the day it is dated (the expiry counts from it) is today unless given. */
export const vettingSignOffInput = z.object({ id, signedOffOn: notAfterToday('signedOffOnInFuture').nullish().transform((v) => v ?? null) }).strict();
export const vettingAnswerInput = z.object({
  vettingId: id,
  itemKey,
  /** null clears the answer; 'na' is "not applicable" (a note is then required). */
  value: answerValue.nullable(),
  note: notesText(LIMITS.longText),
});
/** "本节全部合格": the section's unanswered, non-critical yes/no and pass/fail items answered with their passing answer (sectionPass.ts). */
export const vettingPassSectionInput = z.object({ vettingId: id, sectionKey: itemKey });
export const vettingAttachPhotoInput = z.object({
  vettingId: id,
  itemKey,
  data: z.string().max(PHOTO_LIMITS.maxBase64Chars),
  /** A ≤ 320 px JPEG of the same picture for printed reports; optional (older callers send none). */
  thumb: z.string().max(THUMB_LIMITS.maxBase64Chars).nullish().transform((v) => v ?? null),
  caption: optionalText(LIMITS.shortText),
});
export const vettingOverrideInput = z.object({
  id,
  /** null takes back an override: the suggestion stands. */
  verdict: verdict.nullable(),
  reason: notesText(LIMITS.longText),
});
export const vettingCompareInput = z.object({ fromId: id, toId: id });
export const vettingListForCompanyInput = z.object({ companyId: id });
export const vettingDueInput = z.object({
  today: isoDate,
  /** Also list companies whose vetting expires within this many days. */
  withinDays: z.number().int().min(0).max(365).default(0),
});

const scoringContext = z.object({
  minimumWage: z.number(),
  thresholds: z.object({ approved: z.number(), conditional: z.number() }),
});
const outcome = z.enum(['pass', 'fail', 'na']).nullable();

export const vettingScore = z.object({
  overall: z.number().nullable(),
  sections: z.array(z.object({ key: z.string(), score: z.number().nullable(), visible: z.number(), answered: z.number(), counted: z.number() })),
  items: z.array(z.object({ key: z.string(), sectionKey: z.string(), visible: z.boolean(), answered: z.boolean(), outcome, score: z.number().nullable() })),
  failedItems: z.array(z.string()),
  criticalFailures: z.array(z.string()),
  missingRequired: z.array(z.string()),
  suggestedVerdict: verdict.nullable(),
});

export const vettingAnswer = z.object({
  itemKey: z.string(),
  value: answerValue,
  note: z.string().nullable(),
  answeredAt: z.string(),
  answeredBy: id.nullable(),
  answeredByName: z.string().nullable(),
});
export const vettingSuggestion = z.object({
  itemKey: z.string(),
  value: answerValue,
  source: z.enum(PREFILL_SOURCES),
  visitId: id,
  visitDate: z.string(),
});
export const photoMeta = z.object({
  id,
  vettingId: id,
  itemKey: z.string(),
  mime: z.enum(PHOTO_TYPES),
  width: z.number(),
  height: z.number(),
  bytes: z.number(),
  caption: z.string().nullable(),
  createdAt: z.string(),
});
export type PhotoMeta = z.infer<typeof photoMeta>;
export const photo = photoMeta.extend({ data: z.string() });

export const vetting = z.object({
  id,
  companyId: id,
  companyName: z.string(),
  visitId: id.nullable(),
  templateId: id,
  templateVersionId: id,
  templateVersion: z.number(),
  /** The questions exactly as they were when the vetting started. */
  template: templateContent,
  status: z.enum(VETTING_STATUSES),
  answers: z.array(vettingAnswer),
  /** Starting values from a visit: shown to the reviewer, not answers until confirmed. */
  suggestions: z.array(vettingSuggestion),
  photos: z.array(photoMeta),
  /** The figures scored with: live settings for a draft, frozen at sign-off. */
  context: scoringContext,
  score: vettingScore,
  override: z.object({ verdict, reason: z.string().nullable() }).nullable(),
  /** The final verdict, set at sign-off. */
  verdict: verdict.nullable(),
  /** The day the vetting was done (YYYY-MM-DD). */
  vettedOn: z.string(),
  /** The day it was signed off (YYYY-MM-DD): the one shown and counted from; null for a draft. */
  signedOffOn: z.string().nullable(),
  /** The moment the sign-off was recorded (may be long after signedOffOn for past work). */
  signedOffAt: z.string().nullable(),
  signedOffBy: id.nullable(),
  signedOffByName: z.string().nullable(),
  /** The sign-off date the sign-off step offers (a draft's; null once signed off). */
  signOffDefault: z.string().nullable(),
  /** The day it stops being valid (sign-off date + the validity setting). */
  expiresOn: z.string().nullable(),
  /** This vetting corrects the signed-off vetting `amendsId`. */
  amendsId: id.nullable(),
  amendedBy: id.nullable(),
  amendedByName: z.string().nullable(),
  /** A later amendment that corrects this one. */
  amendedInId: id.nullable(),
  startedBy: id.nullable(),
  startedByName: z.string().nullable(),
  ...timestamps,
});
export type Vetting = z.infer<typeof vetting>;

/** The vetting after "本节全部合格", and the items it answered (in template order; none when nothing was left to answer). */
export const vettingPassSectionResult = z.object({ vetting, answered: z.array(z.string()) });

export const vettingRow = z.object({
  id,
  status: z.enum(VETTING_STATUSES),
  templateName: z.string(),
  templateVersion: z.number(),
  overall: z.number().nullable(),
  suggestedVerdict: verdict.nullable(),
  verdict: verdict.nullable(),
  vettedOn: z.string(),
  signedOffOn: z.string().nullable(),
  signedOffAt: z.string().nullable(),
  expiresOn: z.string().nullable(),
  amendsId: id.nullable(),
  amendedInId: id.nullable(),
  openActions: z.number(),
  createdAt: z.string(),
});
export type VettingRow = z.infer<typeof vettingRow>;

const compareSide = z.object({ value: answerValue.nullable(), outcome, score: z.number().nullable() }).nullable();
export const ITEM_CHANGES = ['better', 'worse', 'same', 'changed', 'new', 'removed'] as const;
export const vettingComparison = z.object({
  fromId: id,
  toId: id,
  overall: z.object({ from: z.number().nullable(), to: z.number().nullable(), delta: z.number().nullable() }),
  sections: z.array(
    z.object({
      key: z.string(),
      title: z.object({ zh: z.string(), en: z.string() }),
      from: z.number().nullable(),
      to: z.number().nullable(),
      delta: z.number().nullable(),
    }),
  ),
  items: z.array(
    z.object({
      itemKey: z.string(),
      sectionKey: z.string(),
      label: z.object({ zh: z.string(), en: z.string() }),
      from: compareSide,
      to: compareSide,
      change: z.enum(ITEM_CHANGES),
    }),
  ),
});
export type VettingComparison = z.infer<typeof vettingComparison>;

export const dueRow = z.object({
  companyId: id,
  companyName: z.string(),
  status: companyStatus,
  vettingId: id,
  verdict,
  signedOffOn: z.string(),
  signedOffAt: z.string(),
  expiresOn: z.string(),
  /** Expired on or before `today`; otherwise expiring within the window asked for. */
  expired: z.boolean(),
});

// ── Follow-up actions ────────────────────────────────────────────────────────

export const actionCreateInput = z.object({
  vettingId: id,
  itemKey,
  what: requiredText(LIMITS.shortText),
  whoStaffId: id.nullish().transform((v) => v ?? null),
  dueDate: optionalDate,
});
export const action = z.object({
  id,
  vettingId: id,
  itemKey: z.string(),
  itemLabel: localized(300),
  companyId: id,
  companyName: z.string(),
  what: z.string(),
  whoStaffId: id.nullable(),
  whoName: z.string().nullable(),
  dueDate: z.string().nullable(),
  done: z.boolean(),
  doneAt: z.string().nullable(),
  ...timestamps,
});
export type Action = z.infer<typeof action>;
export const actionListInput = z.object({ companyId: id.nullish(), scope: z.enum(['open', 'all']).default('open') });
export const actionSetDoneInput = z.object({ id, done: z.boolean() });
