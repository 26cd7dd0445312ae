// The score of a vetting, computed from its template, its answers and the workspace
// figures (minimum wage, verdict thresholds). Pure: the core returns it with every
// vetting and the renderer can show the same numbers while the user answers.
//
// - An item's score is 0–100; the section and overall scores are the weight-averaged
//   scores of the visible, answered, scored items. "Not applicable" is left out of the
//   total (it neither helps nor hurts), as are follow-up items that are hidden.
// - A section where nothing counts (all N/A, or nothing answered yet) has no score
//   (null): not 0, which would read as a failure, and not 100.
// - The suggested verdict follows the thresholds; a failed critical item forbids
//   "approved" (the suggestion drops to "conditional" at best).
import { type AnswerValue, NA } from './answers';
import { type NumberRule, SCORED_KINDS, type TemplateContent, type TemplateItem, type Threshold, templateItems } from './template';

export const VERDICTS = ['approved', 'conditional', 'rejected'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface VerdictThresholds {
  /** Overall score at or above which the suggestion is "approved". */
  approved: number;
  /** Overall score at or above which (and below `approved`) it is "conditional"; below, "rejected". */
  conditional: number;
}

/** The workspace figures a vetting is scored with. */
export interface ScoringContext {
  minimumWage: number;
  thresholds: VerdictThresholds;
}

export type Outcome = 'pass' | 'fail' | 'na';

export interface ItemResult {
  key: string;
  sectionKey: string;
  visible: boolean;
  answered: boolean;
  /** null: not answered, or a kind that is not scored (date, text, photo, number without a rule). */
  outcome: Outcome | null;
  /** 0–100 for an answered scored item, null otherwise (N/A included). */
  score: number | null;
}

export interface SectionScore {
  key: string;
  /** 0–100 with one decimal; null when nothing in the section counts. */
  score: number | null;
  /** Visible items, those answered, and those that count in the score. */
  visible: number;
  answered: number;
  counted: number;
}

export interface VettingScore {
  overall: number | null;
  sections: SectionScore[];
  items: ItemResult[];
  failedItems: string[];
  criticalFailures: string[];
  /** Visible required items still without an answer (a photo item needs a photo or N/A). */
  missingRequired: string[];
  suggestedVerdict: Verdict | null;
}

export interface StoredAnswer {
  value: AnswerValue;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function resolveThreshold(t: Threshold, ctx: ScoringContext): number {
  return typeof t === 'number' ? t : ctx[t.setting];
}

/** Whether a number passes its rule, thresholds read from the workspace settings where the rule says so. */
export function numberPasses(rule: NumberRule, value: number, ctx: ScoringContext): boolean {
  const t = resolveThreshold(rule.threshold, ctx);
  switch (rule.op) {
    case '>=':
      return value >= t;
    case '<=':
      return value <= t;
    case '>':
      return value > t;
    case '<':
      return value < t;
    case 'between':
      return value >= t && value <= resolveThreshold(rule.upper ?? rule.threshold, ctx);
  }
}

/** Outcome and 0–100 score of one answered item. */
export function itemOutcome(item: TemplateItem, value: AnswerValue, ctx: ScoringContext): { outcome: Outcome | null; score: number | null } {
  if (value === NA) return { outcome: 'na', score: null };
  switch (item.kind) {
    case 'yesNo':
      return value === 'yes' ? { outcome: 'pass', score: 100 } : { outcome: 'fail', score: 0 };
    case 'passFail':
      return value === 'pass' ? { outcome: 'pass', score: 100 } : { outcome: 'fail', score: 0 };
    case 'number':
      if (!item.rule || typeof value !== 'number') return { outcome: null, score: null };
      return numberPasses(item.rule, value, ctx) ? { outcome: 'pass', score: 100 } : { outcome: 'fail', score: 0 };
    case 'singleChoice': {
      const o = item.options.find((x) => x.key === value);
      if (!o) return { outcome: null, score: null };
      return { outcome: o.fail ? 'fail' : 'pass', score: o.score };
    }
    case 'multiChoice': {
      const chosen = item.options.filter((x) => Array.isArray(value) && value.includes(x.key));
      if (!chosen.length) return { outcome: null, score: null };
      return { outcome: chosen.some((o) => o.fail) ? 'fail' : 'pass', score: Math.min(100, chosen.reduce((s, o) => s + o.score, 0)) };
    }
    default:
      return { outcome: null, score: null };
  }
}

export function suggestVerdict(overall: number | null, criticalFailure: boolean, t: VerdictThresholds): Verdict | null {
  if (overall === null) return criticalFailure ? 'rejected' : null;
  const byScore: Verdict = overall >= t.approved ? 'approved' : overall >= t.conditional ? 'conditional' : 'rejected';
  return criticalFailure && byScore === 'approved' ? 'conditional' : byScore;
}

/**
 * Scores a vetting. `answers` maps item keys to stored answers; `photoCounts` maps item
 * keys to the number of photos attached (a photo item is answered by a photo).
 */
export function scoreVetting(
  template: TemplateContent,
  answers: ReadonlyMap<string, StoredAnswer>,
  ctx: ScoringContext,
  photoCounts: ReadonlyMap<string, number> = new Map(),
): VettingScore {
  const results = new Map<string, ItemResult>();
  const items: ItemResult[] = [];
  const failedItems: string[] = [];
  const criticalFailures: string[] = [];
  const missingRequired: string[] = [];
  const weights = new Map<string, TemplateItem>();

  for (const item of templateItems(template)) {
    weights.set(item.key, item);
    const visible = isVisible(item, results);
    const answer = answers.get(item.key);
    const answered = answer !== undefined || (item.kind === 'photo' && (photoCounts.get(item.key) ?? 0) > 0);
    const { outcome, score } = visible && answer ? itemOutcome(item, answer.value, ctx) : { outcome: null, score: null };
    const r: ItemResult = { key: item.key, sectionKey: item.sectionKey, visible, answered, outcome, score };
    results.set(item.key, r);
    items.push(r);
    if (!visible) continue;
    if (outcome === 'fail') {
      failedItems.push(item.key);
      if (item.critical) criticalFailures.push(item.key);
    }
    if (item.required && !answered) missingRequired.push(item.key);
  }

  const counts = (r: ItemResult) => r.visible && r.score !== null && SCORED_KINDS.includes(weights.get(r.key)!.kind) && weights.get(r.key)!.weight > 0;
  const average = (rs: ItemResult[]) => {
    const counted = rs.filter(counts);
    const total = counted.reduce((s, r) => s + weights.get(r.key)!.weight, 0);
    return total > 0 ? round1(counted.reduce((s, r) => s + r.score! * weights.get(r.key)!.weight, 0) / total) : null;
  };

  const sections = template.sections.map((s): SectionScore => {
    const rs = items.filter((r) => r.sectionKey === s.key);
    return {
      key: s.key,
      score: average(rs),
      visible: rs.filter((r) => r.visible).length,
      answered: rs.filter((r) => r.visible && r.answered).length,
      counted: rs.filter(counts).length,
    };
  });
  const overall = average(items);
  return {
    overall,
    sections,
    items,
    failedItems,
    criticalFailures,
    missingRequired,
    suggestedVerdict: suggestVerdict(overall, criticalFailures.length > 0, ctx.thresholds),
  };
}

/** A follow-up item shows only while its parent is visible and failed in the way it names. */
function isVisible(item: TemplateItem, earlier: ReadonlyMap<string, ItemResult>): boolean {
  if (!item.showWhen) return true;
  const parent = earlier.get(item.showWhen.parentItemKey);
  // 'no' (a yes/no parent) and 'fail' (any other) both name the parent's failure.
  return Boolean(parent?.visible && parent.outcome === 'fail');
}

/** Which items are visible given these answers (the core refuses answers to hidden ones). */
export function visibleItemKeys(template: TemplateContent, answers: ReadonlyMap<string, StoredAnswer>, ctx: ScoringContext): Set<string> {
  return new Set(scoreVetting(template, answers, ctx).items.filter((r) => r.visible).map((r) => r.key));
}
