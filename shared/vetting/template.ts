// A vetting checklist template: sections of items, each item of one kind. The
// template is data (the default one ships in resources/vetting/), validated by
// these schemas wherever it enters: seeding, the editor, import from a file.
import { z } from 'zod';
import { LIMITS, type TextOptions, plainText, requiredText } from '../validation';

export const TEMPLATE_LIMITS = {
  sections: 30,
  itemsPerSection: 100,
  items: 300,
  options: 30,
  label: 300,
  guidance: 2000,
  unit: 20,
} as const;

/** Stable keys match items across template versions (for comparing two vettings). */
export const itemKey = z.string().regex(/^[a-z][a-zA-Z0-9_]{0,59}$/, 'invalidKey');

/** Text in Chinese (the working language) with an English translation. */
export const localized = (max: number, options: TextOptions = {}) =>
  z.object({
    zh: requiredText(max, options),
    en: plainText(max, options).default(''),
  });
export type Localized = z.output<ReturnType<typeof localized>>;

export const ITEM_KINDS = ['yesNo', 'passFail', 'number', 'singleChoice', 'multiChoice', 'date', 'text', 'photo'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
/** Kinds whose answers pass or fail and so count in the score. */
export const SCORED_KINDS: readonly ItemKind[] = ['yesNo', 'passFail', 'number', 'singleChoice', 'multiChoice'];

/** Workspace settings a number rule may use as its threshold (e.g. the local minimum wage). */
export const THRESHOLD_SETTINGS = ['minimumWage'] as const;
export type ThresholdSetting = (typeof THRESHOLD_SETTINGS)[number];
export const threshold = z.union([z.number().finite(), z.object({ setting: z.enum(THRESHOLD_SETTINGS) }).strict()]);
export type Threshold = z.output<typeof threshold>;

export const RULE_OPS = ['>=', '<=', '>', '<', 'between'] as const;
export const numberRule = z
  .object({ op: z.enum(RULE_OPS), threshold, upper: threshold.nullish().transform((v) => v ?? null) })
  .superRefine((r, ctx) => {
    if (r.op === 'between' && r.upper === null) ctx.addIssue({ code: 'custom', path: ['upper'], message: 'ruleNeedsUpper' });
  });
export type NumberRule = z.output<typeof numberRule>;

/** Visit facts that can be offered as a starting value for an item. */
export const PREFILL_SOURCES = ['visit.payMin', 'visit.peoplePerRoom', 'visit.dormProvided', 'visit.mealsProvided'] as const;
export type PrefillSource = (typeof PREFILL_SOURCES)[number];
/** The kind of item each visit fact fits: amounts and counts to numbers, yes/no facts to yes/no items. */
export const PREFILL_KIND: Record<PrefillSource, ItemKind> = {
  'visit.payMin': 'number',
  'visit.peoplePerRoom': 'number',
  'visit.dormProvided': 'yesNo',
  'visit.mealsProvided': 'yesNo',
};

/** A follow-up item: shown only when its parent (an earlier item) was answered with one of `answers`. */
export const showWhen = z.object({ parentItemKey: itemKey, answers: z.array(z.enum(['no', 'fail'])).min(1).max(2) });
export type ShowWhen = z.output<typeof showWhen>;

export const choiceOption = z.object({
  key: itemKey,
  label: localized(TEMPLATE_LIMITS.label),
  /** 0–100: how good this answer is. */
  score: z.number().min(0).max(100).default(100),
  /** Choosing it fails the item (it counts as a failed item, and as a critical failure on a critical item). */
  fail: z.boolean().default(false),
});

const base = {
  key: itemKey,
  label: localized(TEMPLATE_LIMITS.label),
  guidance: localized(TEMPLATE_LIMITS.guidance, { multiline: true }).nullish().transform((v) => v ?? null),
  /** Relative weight in its section and overall; 0 leaves a scored item out of the score. */
  weight: z.number().min(0).max(100).default(1),
  required: z.boolean().default(true),
  critical: z.boolean().default(false),
  showWhen: showWhen.nullish().transform((v) => v ?? null),
  prefill: z.enum(PREFILL_SOURCES).nullish().transform((v) => v ?? null),
};

export const templateItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('yesNo'), ...base }),
  z.object({ kind: z.literal('passFail'), ...base }),
  z.object({ kind: z.literal('number'), ...base, unit: plainText(TEMPLATE_LIMITS.unit).default(''), rule: numberRule.nullish().transform((v) => v ?? null) }),
  z.object({ kind: z.literal('singleChoice'), ...base, options: z.array(choiceOption).min(2).max(TEMPLATE_LIMITS.options) }),
  z.object({ kind: z.literal('multiChoice'), ...base, options: z.array(choiceOption).min(2).max(TEMPLATE_LIMITS.options) }),
  z.object({ kind: z.literal('date'), ...base }),
  z.object({ kind: z.literal('text'), ...base }),
  z.object({ kind: z.literal('photo'), ...base }),
]);
export type TemplateItem = z.output<typeof templateItem>;
export type TemplateItemInput = z.input<typeof templateItem>;

export const templateSection = z.object({
  key: itemKey,
  title: localized(TEMPLATE_LIMITS.label),
  items: z.array(templateItem).min(1).max(TEMPLATE_LIMITS.itemsPerSection),
});
export type TemplateSection = z.output<typeof templateSection>;

/** What a template says: its name and its questions. One version of a template holds one of these. */
export const templateContent = z
  .object({
    name: localized(LIMITS.name),
    description: localized(LIMITS.longText, { multiline: true }).nullish().transform((v) => v ?? null),
    sections: z.array(templateSection).min(1).max(TEMPLATE_LIMITS.sections),
  })
  .superRefine((t, ctx) => {
    const sectionKeys = new Set<string>();
    const seen = new Map<string, TemplateItem>();
    let total = 0;
    t.sections.forEach((s, si) => {
      if (sectionKeys.has(s.key)) ctx.addIssue({ code: 'custom', path: ['sections', si, 'key'], message: 'duplicateKey' });
      sectionKeys.add(s.key);
      s.items.forEach((item, ii) => {
        const at = ['sections', si, 'items', ii];
        total++;
        if (seen.has(item.key)) ctx.addIssue({ code: 'custom', path: [...at, 'key'], message: 'duplicateKey' });
        if (item.showWhen) {
          const parent = seen.get(item.showWhen.parentItemKey);
          // The parent must come first: follow-ups read top to bottom, and no item can hide itself in a loop.
          if (!parent || !SCORED_KINDS.includes(parent.kind) || parent.kind === 'multiChoice') {
            ctx.addIssue({ code: 'custom', path: [...at, 'showWhen', 'parentItemKey'], message: 'followUpParentInvalid' });
          }
        }
        if (item.prefill && PREFILL_KIND[item.prefill] !== item.kind) ctx.addIssue({ code: 'custom', path: [...at, 'prefill'], message: 'prefillWrongKind' });
        if (item.kind === 'singleChoice' || item.kind === 'multiChoice') {
          const keys = item.options.map((o) => o.key);
          keys.forEach((k, oi) => {
            if (keys.indexOf(k) !== oi || k === 'na') ctx.addIssue({ code: 'custom', path: [...at, 'options', oi, 'key'], message: 'duplicateKey' });
          });
        }
        seen.set(item.key, item);
      });
    });
    if (total > TEMPLATE_LIMITS.items) ctx.addIssue({ code: 'custom', path: ['sections'], message: 'tooManyItems', params: { maximum: TEMPLATE_LIMITS.items } });
  });
export type TemplateContent = z.output<typeof templateContent>;
export type TemplateContentInput = z.input<typeof templateContent>;

/** Every item of a template in order, with the key of its section. */
export function templateItems(t: TemplateContent): (TemplateItem & { sectionKey: string })[] {
  return t.sections.flatMap((s) => s.items.map((i) => ({ ...i, sectionKey: s.key })));
}

/** The file a template is shared as between colleagues. */
export const TEMPLATE_FILE_FORMAT = 'liaison-desk/vetting-template';
export const templateFile = z.object({
  format: z.literal(TEMPLATE_FILE_FORMAT),
  formatVersion: z.literal(1),
  template: templateContent,
});
export type TemplateFile = z.output<typeof templateFile>;
