// What the template editor holds, and how it becomes the contract's template content.
// The form keeps the template's own shape (so the schema's error paths land on the
// right fields) with numbers as text and every kind's extra fields always present;
// formToContent keeps only what the item's kind uses.
import type { ItemKind, PrefillSource, TemplateContent, TemplateContentInput, TemplateItem } from '../../../../shared/vetting/template';
import { numberOrNull } from '../../lib/formResolver';

export interface LocalizedForm { zh: string; en: string }
export interface OptionForm { key: string; label: LocalizedForm; score: string; fail: boolean }
export interface RuleForm {
  /** '' means no rule. */
  op: '' | '>=' | '<=' | '>' | '<' | 'between';
  threshold: string;
  /** The threshold is the minimum wage setting rather than a fixed number. */
  thresholdIsWage: boolean;
  upper: string;
}
export interface ItemForm {
  key: string;
  kind: ItemKind;
  label: LocalizedForm;
  guidance: LocalizedForm;
  weight: string;
  required: boolean;
  critical: boolean;
  /** parentItemKey '' means not a follow-up. */
  showWhen: { parentItemKey: string; answers: ('no' | 'fail')[] };
  prefill: '' | PrefillSource;
  unit: string;
  rule: RuleForm;
  options: OptionForm[];
}
export interface SectionForm { key: string; title: LocalizedForm; items: ItemForm[] }
export interface TemplateForm { name: LocalizedForm; description: LocalizedForm; sections: SectionForm[] }

export const CHOICE_KINDS: readonly ItemKind[] = ['singleChoice', 'multiChoice'];

/** A fresh key that fits the key rule and is not used yet. */
export function newKey(prefix: string, taken: Set<string>): string {
  for (let n = taken.size + 1; ; n++) {
    const k = `${prefix}${n}`;
    if (!taken.has(k)) return k;
  }
}

const emptyRule = (): RuleForm => ({ op: '', threshold: '', thresholdIsWage: false, upper: '' });

export const emptyOption = (key: string): OptionForm => ({ key, label: { zh: '', en: '' }, score: '100', fail: false });

export const emptyItem = (key: string, label: string): ItemForm => ({
  key,
  kind: 'yesNo',
  label: { zh: label, en: '' },
  guidance: { zh: '', en: '' },
  weight: '1',
  required: true,
  critical: false,
  showWhen: { parentItemKey: '', answers: [] },
  prefill: '',
  unit: '',
  rule: emptyRule(),
  options: [emptyOption('option1'), emptyOption('option2')],
});

export const emptySection = (key: string, title: string, itemKey: string, itemLabel: string): SectionForm => ({
  key,
  title: { zh: title, en: '' },
  items: [emptyItem(itemKey, itemLabel)],
});

const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

function itemToForm(item: TemplateItem): ItemForm {
  const base = emptyItem(item.key, '');
  const form: ItemForm = {
    ...base,
    kind: item.kind,
    label: { ...item.label },
    guidance: item.guidance ? { ...item.guidance } : { zh: '', en: '' },
    weight: num(item.weight),
    required: item.required,
    critical: item.critical,
    showWhen: item.showWhen ? { parentItemKey: item.showWhen.parentItemKey, answers: [...item.showWhen.answers] } : { parentItemKey: '', answers: [] },
    prefill: item.prefill ?? '',
  };
  if (item.kind === 'number') {
    form.unit = item.unit;
    if (item.rule) {
      const wage = typeof item.rule.threshold === 'object';
      form.rule = {
        op: item.rule.op,
        thresholdIsWage: wage,
        threshold: typeof item.rule.threshold === 'number' ? String(item.rule.threshold) : '',
        upper: typeof item.rule.upper === 'number' ? String(item.rule.upper) : '',
      };
    }
  }
  if (item.kind === 'singleChoice' || item.kind === 'multiChoice') {
    form.options = item.options.map((o) => ({ key: o.key, label: { ...o.label }, score: num(o.score), fail: o.fail }));
  }
  return form;
}

export const contentToForm = (c: TemplateContent): TemplateForm => ({
  name: { ...c.name },
  description: c.description ? { ...c.description } : { zh: '', en: '' },
  sections: c.sections.map((s) => ({ key: s.key, title: { ...s.title }, items: s.items.map(itemToForm) })),
});

const localizedOrNull = (l: LocalizedForm) => (l.zh.trim() || l.en.trim() ? { zh: l.zh, en: l.en } : null);

function formToItem(f: ItemForm): unknown {
  const base = {
    key: f.key,
    kind: f.kind,
    label: { zh: f.label.zh, en: f.label.en },
    guidance: localizedOrNull(f.guidance),
    weight: numberOrNull(f.weight) ?? 1,
    required: f.required,
    critical: f.critical,
    showWhen: f.showWhen.parentItemKey ? { parentItemKey: f.showWhen.parentItemKey, answers: f.showWhen.answers } : null,
    prefill: f.prefill || null,
  };
  if (f.kind === 'number') {
    const rule = f.rule.op
      ? {
          op: f.rule.op,
          threshold: f.rule.thresholdIsWage ? { setting: 'minimumWage' } : numberOrNull(f.rule.threshold),
          upper: f.rule.op === 'between' ? numberOrNull(f.rule.upper) : null,
        }
      : null;
    return { ...base, unit: f.unit, rule };
  }
  if (CHOICE_KINDS.includes(f.kind)) {
    return { ...base, options: f.options.map((o) => ({ key: o.key, label: { zh: o.label.zh, en: o.label.en }, score: numberOrNull(o.score) ?? 100, fail: o.fail })) };
  }
  return base;
}

/** The form as the channel's input; the shared schema then checks it exactly as the core will. */
export const formToContent = (f: TemplateForm): TemplateContentInput =>
  ({
    name: { zh: f.name.zh, en: f.name.en },
    description: localizedOrNull(f.description),
    sections: f.sections.map((s) => ({ key: s.key, title: { zh: s.title.zh, en: s.title.en }, items: s.items.map(formToItem) })),
  }) as TemplateContentInput;

/** Number fields holding text that is not a number (the schema only says "invalid value" for a threshold). */
export function notNumberFields(f: TemplateForm): string[] {
  const bad = (s: string) => s.trim() !== '' && !Number.isFinite(Number(s.trim()));
  return f.sections.flatMap((s, si) =>
    s.items.flatMap((item, ii) => {
      const p = `sections.${si}.items.${ii}`;
      const paths: string[] = [];
      if (bad(item.weight)) paths.push(`${p}.weight`);
      if (item.kind === 'number' && item.rule.op && !item.rule.thresholdIsWage && bad(item.rule.threshold)) paths.push(`${p}.rule.threshold`);
      if (item.kind === 'number' && item.rule.op === 'between' && bad(item.rule.upper)) paths.push(`${p}.rule.upper`);
      if (CHOICE_KINDS.includes(item.kind)) item.options.forEach((o, oi) => bad(o.score) && paths.push(`${p}.options.${oi}.score`));
      return paths;
    }),
  );
}
