// The answer to a checklist item that a reviewer finding everything in order would give:
// yes, pass, the best choice, a number on the right side of the item's rule. The example
// workspace answers its vettings this way where it has no figures of its own, and tests use it
// to reach a passing vetting.
import type { AnswerValue } from './answers';
import type { Vetting } from './schema';
import { resolveThreshold } from './scoring';
import type { TemplateItem } from './template';

/** A passing answer for an item (null for photo items: those are answered with a photo). */
export function passingAnswer(item: TemplateItem, v: Pick<Vetting, 'context'>): AnswerValue | null {
  switch (item.kind) {
    case 'yesNo':
      return 'yes';
    case 'passFail':
      return 'pass';
    case 'number': {
      if (!item.rule) return 1;
      const t = resolveThreshold(item.rule.threshold, { ...v.context });
      return item.rule.op === '>' ? t + 1 : item.rule.op === '<' ? t - 1 : t;
    }
    case 'singleChoice':
      return item.options.find((o) => !o.fail && o.score === 100)?.key ?? item.options[0]!.key;
    case 'multiChoice':
      return [item.options.find((o) => !o.fail)!.key];
    case 'date':
      return '2018-09-10';
    case 'text':
      return '情况良好。';
    case 'photo':
      return null;
  }
}
