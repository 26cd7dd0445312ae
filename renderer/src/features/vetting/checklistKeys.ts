// Answering a checklist with the keyboard: which key answers what on the focused item, and
// which item comes next. Pure, so the rules read in one place and VettingPage and ItemCard only
// wire them to focus.
//
// 1 / 2 / 3 answer yes (pass) / no (fail) / not applicable; on a choice item the digits pick
// its options in order. Enter goes to the next unanswered item (a fresh answer can reveal a
// follow-up, which then comes next); ↑ ↓ step one item at a time.
import type { AnswerValue } from '../../../../shared/vetting/answers';
import { visibleItemKeys } from '../../../../shared/vetting/scoring';
import type { Vetting } from '../../../../shared/vetting/schema';
import { templateItems, type TemplateItem } from '../../../../shared/vetting/template';

export type Move = 'next' | 'previous' | 'nextUnanswered';

/** An answer given a moment ago whose reply has not come back yet: it already decides what shows next. */
export interface Pending {
  itemKey: string;
  value: AnswerValue | null;
}

/** The visible items in the order they are shown, with whether each is answered, a pending answer counted in. */
function shownItems(v: Vetting, pending: Pending | null): { key: string; answered: boolean }[] {
  const answers = new Map(v.answers.map((a) => [a.itemKey, { value: a.value }]));
  if (pending) {
    if (pending.value === null) answers.delete(pending.itemKey);
    else answers.set(pending.itemKey, { value: pending.value });
  }
  const visible = visibleItemKeys(v.template, answers, v.context);
  const withPhotos = new Set(v.photos.map((p) => p.itemKey));
  return templateItems(v.template)
    .filter((i) => visible.has(i.key))
    .map((i) => ({ key: i.key, answered: answers.has(i.key) || withPhotos.has(i.key) }));
}

/**
 * The item focus goes to from `from`. The next unanswered one looks further down first, then
 * wraps to one skipped higher up; with everything answered it is simply the next item.
 */
export function nextItemKey(v: Vetting, from: string | null, how: Move, pending: Pending | null = null): string | null {
  const items = shownItems(v, pending);
  const at = from === null ? -1 : items.findIndex((i) => i.key === from);
  if (how === 'previous') return at > 0 ? items[at - 1]!.key : null;
  if (how === 'nextUnanswered') {
    const open = (i: { key: string; answered: boolean }) => !i.answered && i.key !== from;
    const later = items.slice(at + 1).find(open) ?? items.slice(0, Math.max(at, 0)).find(open);
    if (later) return later.key;
  }
  return items[at + 1]?.key ?? null;
}

/** The first unanswered item of a section (or after it, when the section is done). */
export function firstOpenIn(v: Vetting, sectionKey: string): string | null {
  const items = shownItems(v, null);
  const sectionKeys = new Set(v.template.sections.find((s) => s.key === sectionKey)?.items.map((i) => i.key) ?? []);
  const first = items.findIndex((i) => sectionKeys.has(i.key));
  if (first < 0) return null;
  return nextItemKey(v, items[first - 1]?.key ?? null, 'nextUnanswered');
}

/**
 * What a digit key answers on an item: a value, 'na', or undefined when the digit means nothing
 * there. On a multiple choice it toggles the option, so the whole new list is returned (null
 * when the last option is unticked).
 */
export function digitAnswer(item: TemplateItem, digit: number, current: AnswerValue | null): AnswerValue | null | undefined {
  switch (item.kind) {
    case 'yesNo':
      return (['yes', 'no', 'na'] as const)[digit - 1];
    case 'passFail':
      return (['pass', 'fail', 'na'] as const)[digit - 1];
    case 'photo':
      return digit === 3 ? 'na' : undefined;
    case 'singleChoice':
      return item.options[digit - 1]?.key;
    case 'multiChoice': {
      const option = item.options[digit - 1];
      if (!option) return undefined;
      const chosen = Array.isArray(current) ? current : [];
      const next = item.options.map((o) => o.key).filter((k) => (k === option.key ? !chosen.includes(k) : chosen.includes(k)));
      return next.length ? next : null;
    }
    default:
      return undefined;
  }
}

/** The parts of a DOM element the key rules read (this file is also checked by the Node tests, which have no DOM types). */
interface KeyTarget {
  isContentEditable: boolean;
  tagName: string;
  getAttribute(name: string): string | null;
}

/** Where typed characters belong to the field (a number, a note, a date's sections), not to the checklist. */
export function isTextEntry(el: KeyTarget): boolean {
  if (el.isContentEditable || el.tagName === 'TEXTAREA' || el.getAttribute('role') === 'spinbutton') return true;
  if (el.tagName !== 'INPUT') return false;
  const type = (el as KeyTarget & { type: string }).type;
  return type !== 'radio' && type !== 'checkbox' && type !== 'button' && type !== 'file';
}
