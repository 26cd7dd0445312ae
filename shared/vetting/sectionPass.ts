// "本节全部合格": which items of a section one confirmation may answer with their passing
// answer. The renderer counts them for its confirm dialog and the core answers exactly these,
// so the number the user agreed to is the number written.
//
// Only unanswered, visible yes/no and pass/fail items that are not critical: a critical item,
// a number, a choice, a date, a text or a photo each needs the reviewer's own answer, and an
// answer already given is never overwritten. An item whose visit fact says otherwise (the visit
// recorded no dormitory) is left too: a blanket "yes" would contradict the evidence on file.
import type { AnswerValue } from './answers';
import { passingAnswer } from './passingAnswer';
import type { Vetting } from './schema';
import type { TemplateItem } from './template';

export interface SectionPassAnswer {
  item: TemplateItem;
  value: AnswerValue;
}

type VettingState = Pick<Vetting, 'template' | 'score' | 'answers' | 'suggestions' | 'context'>;

export function sectionPassAnswers(v: VettingState, sectionKey: string): SectionPassAnswer[] {
  const section = v.template.sections.find((s) => s.key === sectionKey);
  if (!section) return [];
  const answered = new Set(v.answers.map((a) => a.itemKey));
  const visible = new Set(v.score.items.filter((i) => i.visible).map((i) => i.key));
  return section.items.flatMap((item) => {
    if (item.kind !== 'yesNo' && item.kind !== 'passFail') return [];
    if (item.critical || answered.has(item.key) || !visible.has(item.key)) return [];
    const value = passingAnswer(item, v);
    const suggestion = v.suggestions.find((s) => s.itemKey === item.key);
    if (value === null || (suggestion && suggestion.value !== value)) return [];
    return [{ item, value }];
  });
}
