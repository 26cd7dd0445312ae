// Two vettings of the same company side by side: per item, what got better or worse,
// and the change of each section's score. Items and sections are matched by their
// stable keys, so vettings made with different template versions compare too.
import type { AnswerValue } from './answers';
import type { VettingScore } from './scoring';
import { type Localized, type TemplateContent, templateItems } from './template';

export type ItemChange = 'better' | 'worse' | 'same' | 'changed' | 'new' | 'removed';

export interface ComparedVetting {
  template: TemplateContent;
  score: VettingScore;
  answers: ReadonlyMap<string, AnswerValue>;
}

interface Side {
  value: AnswerValue | null;
  outcome: 'pass' | 'fail' | 'na' | null;
  score: number | null;
}

const delta = (from: number | null, to: number | null) => (from === null || to === null ? null : Math.round((to - from) * 10) / 10);

export function compareVettings(from: ComparedVetting, to: ComparedVetting) {
  const side = (v: ComparedVetting, key: string): Side | null => {
    const r = v.score.items.find((i) => i.key === key);
    if (!r) return null;
    return { value: r.visible ? (v.answers.get(key) ?? null) : null, outcome: r.outcome, score: r.score };
  };
  const fromItems = templateItems(from.template);
  const toItems = templateItems(to.template);
  const toKeys = new Set(toItems.map((i) => i.key));
  // The newer vetting's order, then what it no longer asks.
  const ordered: { key: string; sectionKey: string; label: Localized }[] = [
    ...toItems.map((i) => ({ key: i.key, sectionKey: i.sectionKey, label: i.label })),
    ...fromItems.filter((i) => !toKeys.has(i.key)).map((i) => ({ key: i.key, sectionKey: i.sectionKey, label: i.label })),
  ];
  const items = ordered.map(({ key, sectionKey, label }) => {
    const a = fromItems.some((i) => i.key === key) ? side(from, key) : null;
    const b = toKeys.has(key) ? side(to, key) : null;
    let change: ItemChange;
    if (!a) change = 'new';
    else if (!b) change = 'removed';
    else if (a.score !== null && b.score !== null) change = b.score > a.score ? 'better' : b.score < a.score ? 'worse' : 'same';
    else change = JSON.stringify(a.value) === JSON.stringify(b.value) && a.outcome === b.outcome ? 'same' : 'changed';
    return { itemKey: key, sectionKey, label, from: a, to: b, change };
  });

  const sectionKeys = [...to.template.sections.map((s) => s.key), ...from.template.sections.map((s) => s.key).filter((k) => !to.template.sections.some((s) => s.key === k))];
  const sections = sectionKeys.map((key) => {
    const title = (to.template.sections.find((s) => s.key === key) ?? from.template.sections.find((s) => s.key === key))!.title;
    const a = from.score.sections.find((s) => s.key === key)?.score ?? null;
    const b = to.score.sections.find((s) => s.key === key)?.score ?? null;
    return { key, title, from: a, to: b, delta: delta(a, b) };
  });
  return {
    overall: { from: from.score.overall, to: to.score.overall, delta: delta(from.score.overall, to.score.overall) },
    sections,
    items,
  };
}
