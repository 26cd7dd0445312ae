// The score as a reviewer reads it: weights count, "not applicable" is left out, a
// section with nothing to score has no score, a failed critical item keeps a company
// from being approved, and follow-up questions only count while they are shown.
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from './answers';
import { answerProblem } from './answers';
import { type ScoringContext, itemOutcome, numberPasses, scoreVetting, suggestVerdict } from './scoring';
import { type TemplateContentInput, type TemplateItemInput, templateContent, templateItems } from './template';

const ctx: ScoringContext = { minimumWage: 2690, thresholds: { approved: 80, conditional: 60 } };
const L = (zh: string) => ({ zh, en: zh });

function template(sections: Record<string, TemplateItemInput[]>): TemplateContentInput {
  return { name: L('测试清单'), sections: Object.entries(sections).map(([key, items]) => ({ key, title: L(key), items })) };
}
const parse = (t: TemplateContentInput) => templateContent.parse(t);
const yn = (key: string, extra: Partial<TemplateItemInput> = {}) => ({ kind: 'yesNo', key, label: L(key), ...extra }) as TemplateItemInput;
const answers = (a: Record<string, AnswerValue>) => new Map(Object.entries(a).map(([k, value]) => [k, { value }]));
const score = (t: TemplateContentInput, a: Record<string, AnswerValue>, c = ctx, photos = new Map<string, number>()) => scoreVetting(parse(t), answers(a), c, photos);

describe('weights', () => {
  const t = template({ wages: [yn('a', { weight: 3 }), yn('b', { weight: 1 })] });

  it('a failed heavy item costs more than a failed light one', () => {
    expect(score(t, { a: 'yes', b: 'no' }).overall).toBe(75);
    expect(score(t, { a: 'no', b: 'yes' }).overall).toBe(25);
  });

  it('overall weighs items across sections, not sections equally', () => {
    const two = template({ s1: [yn('a', { weight: 3 })], s2: [yn('b')] });
    const r = score(two, { a: 'yes', b: 'no' });
    expect(r.sections.map((s) => s.score)).toEqual([100, 0]);
    expect(r.overall).toBe(75);
  });

  it('a weight of 0 leaves an item out of the score but not out of the failures', () => {
    const r = score(template({ s: [yn('a'), yn('b', { weight: 0 })] }), { a: 'yes', b: 'no' });
    expect(r.overall).toBe(100);
    expect(r.failedItems).toEqual(['b']);
  });

  it('rounds to one decimal', () => {
    expect(score(template({ s: [yn('a'), yn('b'), yn('c')] }), { a: 'yes', b: 'yes', c: 'no' }).overall).toBe(66.7);
  });

  it('unanswered items do not count yet; date, text and photo items never count', () => {
    const t2 = template({
      s: [yn('a'), yn('b'), { kind: 'date', key: 'd', label: L('d') }, { kind: 'text', key: 't', label: L('t') }, { kind: 'photo', key: 'p', label: L('p') }],
    });
    const r = score(t2, { a: 'yes', d: '2018-09-10', t: '宿舍整洁' });
    expect(r.overall).toBe(100);
    expect(r.sections[0]).toMatchObject({ visible: 5, answered: 3, counted: 1 });
    expect(r.missingRequired).toEqual(['b', 'p']);
  });
});

describe('not applicable', () => {
  it('is left out of the total instead of counting as a pass or a fail', () => {
    const t = template({ s: [yn('a'), yn('b'), yn('c')] });
    expect(score(t, { a: 'yes', b: 'no', c: 'na' }).overall).toBe(50);
    expect(score(t, { a: 'yes', b: 'no', c: 'na' }).items.find((i) => i.key === 'c')).toMatchObject({ outcome: 'na', score: null, answered: true });
  });

  it('an all-N/A section has no score (not 0, not 100) and does not move the overall score', () => {
    const t = template({ wages: [yn('a'), yn('b', { weight: 2 })], lodging: [yn('dorm'), yn('rooms')] });
    const r = score(t, { a: 'yes', b: 'no', dorm: 'na', rooms: 'na' });
    expect(r.sections).toEqual([
      { key: 'wages', score: 33.3, visible: 2, answered: 2, counted: 2 },
      { key: 'lodging', score: null, visible: 2, answered: 2, counted: 0 },
    ]);
    expect(r.overall).toBe(33.3);
    expect(r.missingRequired).toEqual([]);
  });

  it('everything N/A: no score and no suggested verdict', () => {
    const r = score(template({ s: [yn('a')] }), { a: 'na' });
    expect(r.overall).toBeNull();
    expect(r.suggestedVerdict).toBeNull();
  });
});

describe('critical items and the suggested verdict', () => {
  it('follows the thresholds: >= 80 approved, >= 60 conditional, else rejected', () => {
    expect(suggestVerdict(80, false, ctx.thresholds)).toBe('approved');
    expect(suggestVerdict(79.9, false, ctx.thresholds)).toBe('conditional');
    expect(suggestVerdict(60, false, ctx.thresholds)).toBe('conditional');
    expect(suggestVerdict(59.9, false, ctx.thresholds)).toBe('rejected');
    expect(suggestVerdict(null, false, ctx.thresholds)).toBeNull();
  });

  it('uses the thresholds the workspace is configured with', () => {
    const strict: ScoringContext = { ...ctx, thresholds: { approved: 95, conditional: 91 } };
    const t = template({ s: Array.from({ length: 10 }, (_, i) => yn(`q${i}`)) });
    const a = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`q${i}`, i === 0 ? 'no' : 'yes'])) as Record<string, AnswerValue>;
    expect(score(t, a).suggestedVerdict).toBe('approved');
    expect(score(t, a, strict).suggestedVerdict).toBe('rejected');
  });

  it('a failed critical item forbids approved even with a high score', () => {
    const items = [yn('minWage', { critical: true }), ...Array.from({ length: 19 }, (_, i) => yn(`q${i}`))];
    const t = template({ s: items });
    const all = Object.fromEntries(items.map((i) => [i.key, 'yes'])) as Record<string, AnswerValue>;
    expect(score(t, all).suggestedVerdict).toBe('approved');
    const r = score(t, { ...all, minWage: 'no' });
    expect(r.overall).toBe(95);
    expect(r.criticalFailures).toEqual(['minWage']);
    expect(r.suggestedVerdict).toBe('conditional');
  });

  it('a critical item answered N/A is not a failure', () => {
    const r = score(template({ s: [yn('a', { critical: true }), yn('b')] }), { a: 'na', b: 'yes' });
    expect(r.criticalFailures).toEqual([]);
    expect(r.suggestedVerdict).toBe('approved');
  });

  it('a low score with a critical failure is rejected', () => {
    const r = score(template({ s: [yn('a', { critical: true }), yn('b')] }), { a: 'no', b: 'no' });
    expect(r.suggestedVerdict).toBe('rejected');
  });
});

describe('number rules', () => {
  const wage = { kind: 'number', key: 'pay', label: L('月工资'), unit: '元', rule: { op: '>=', threshold: { setting: 'minimumWage' } }, critical: true } as TemplateItemInput;

  it('take the threshold from the workspace setting (the local minimum wage), not from the template', () => {
    const t = template({ s: [wage] });
    expect(score(t, { pay: 2690 }).items[0]!.outcome).toBe('pass');
    expect(score(t, { pay: 2689 }).items[0]!.outcome).toBe('fail');
    expect(score(t, { pay: 2689 }, { ...ctx, minimumWage: 2500 }).items[0]!.outcome).toBe('pass');
  });

  it.each([
    ['>=', 4, 4, true], ['>=', 4, 3, false], ['<=', 4, 4, true], ['<=', 4, 5, false],
    ['>', 4, 4, false], ['>', 4, 5, true], ['<', 4, 4, false], ['<', 4, 3, true],
  ] as const)('%s %d with %d passes: %s', (op, threshold, value, passes) => {
    expect(numberPasses({ op, threshold, upper: null }, value, ctx)).toBe(passes);
  });

  it('between includes both ends and may use a setting', () => {
    const rule = { op: 'between', threshold: 40, upper: 60, } as const;
    expect([39, 40, 60, 61].map((v) => numberPasses(rule, v, ctx))).toEqual([false, true, true, false]);
    expect(numberPasses({ op: 'between', threshold: { setting: 'minimumWage' }, upper: 100_000 }, 3000, ctx)).toBe(true);
  });

  it('between without an upper bound is not a valid template', () => {
    const r = templateContent.safeParse(template({ s: [{ ...wage, rule: { op: 'between', threshold: 1 } } as TemplateItemInput] }));
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]).toMatchObject({ path: ['sections', 0, 'items', 0, 'rule', 'upper'], message: 'ruleNeedsUpper' });
  });

  it('a number without a rule is recorded but not scored', () => {
    const t = template({ s: [yn('a'), { kind: 'number', key: 'rent', label: L('房租'), unit: '元/月' }] });
    expect(score(t, { a: 'yes', rent: 300 }).sections[0]).toMatchObject({ score: 100, counted: 1, answered: 2 });
  });
});

describe('choices', () => {
  const opts = [
    { key: 'monthly', label: L('按月'), score: 100 },
    { key: 'quarterly', label: L('按季'), score: 30, fail: true },
    { key: 'yearEnd', label: L('年底一次'), score: 0, fail: true },
  ];
  it('a single choice scores the chosen option and fails on a fail-marked one', () => {
    const t = parse(template({ s: [{ kind: 'singleChoice', key: 'freq', label: L('发薪'), options: opts }] }));
    const item = templateItems(t)[0]!;
    expect(itemOutcome(item, 'monthly', ctx)).toEqual({ outcome: 'pass', score: 100 });
    expect(itemOutcome(item, 'quarterly', ctx)).toEqual({ outcome: 'fail', score: 30 });
  });

  it('a multiple choice adds up the chosen options up to 100', () => {
    const ppe = [
      { key: 'helmet', label: L('安全帽'), score: 40 },
      { key: 'gloves', label: L('手套'), score: 30 },
      { key: 'earplugs', label: L('耳塞'), score: 40 },
      { key: 'none', label: L('无'), score: 0, fail: true },
    ];
    const t = parse(template({ s: [{ kind: 'multiChoice', key: 'ppe', label: L('防护用品'), options: ppe }] }));
    const item = templateItems(t)[0]!;
    expect(itemOutcome(item, ['helmet', 'gloves'], ctx)).toEqual({ outcome: 'pass', score: 70 });
    expect(itemOutcome(item, ['helmet', 'gloves', 'earplugs'], ctx)).toEqual({ outcome: 'pass', score: 100 });
    expect(itemOutcome(item, ['none'], ctx)).toEqual({ outcome: 'fail', score: 0 });
  });
});

describe('follow-up items', () => {
  const t = template({
    s: [yn('overtimePaid', { critical: true }), yn('overtimePlan', { showWhen: { parentItemKey: 'overtimePaid', answers: ['no'] } }), yn('c')],
  });

  it('are hidden, and do not count or block, until the parent fails', () => {
    const r = score(t, { overtimePaid: 'yes', c: 'yes' });
    expect(r.items.find((i) => i.key === 'overtimePlan')!.visible).toBe(false);
    expect(r.missingRequired).toEqual([]);
    expect(r.overall).toBe(100);
  });

  it('appear and count once the parent fails', () => {
    const r = score(t, { overtimePaid: 'no', c: 'yes' });
    expect(r.items.find((i) => i.key === 'overtimePlan')!.visible).toBe(true);
    expect(r.missingRequired).toEqual(['overtimePlan']);
    expect(score(t, { overtimePaid: 'no', overtimePlan: 'yes', c: 'yes' }).overall).toBe(66.7);
  });

  it('an answer left on a follow-up that is hidden again does not count', () => {
    expect(score(t, { overtimePaid: 'yes', overtimePlan: 'no', c: 'yes' }).overall).toBe(100);
    expect(score(t, { overtimePaid: 'yes', overtimePlan: 'no', c: 'yes' }).failedItems).toEqual([]);
  });

  it('a follow-up of a hidden follow-up is hidden too', () => {
    const chain = template({
      s: [yn('a'), yn('b', { showWhen: { parentItemKey: 'a', answers: ['no'] } }), yn('c', { showWhen: { parentItemKey: 'b', answers: ['no'] } })],
    });
    expect(score(chain, { a: 'yes', b: 'no' }).items.map((i) => i.visible)).toEqual([true, false, false]);
    expect(score(chain, { a: 'no', b: 'no' }).items.map((i) => i.visible)).toEqual([true, true, true]);
  });

  it('must follow an earlier scored item: a later or unknown parent is not a valid template', () => {
    const bad = templateContent.safeParse(template({ s: [yn('b', { showWhen: { parentItemKey: 'a', answers: ['no'] } }), yn('a')] }));
    expect(bad.error!.issues.map((i) => i.message)).toEqual(['followUpParentInvalid']);
  });
});

describe('template rules', () => {
  it('item keys are unique across the whole template', () => {
    const r = templateContent.safeParse(template({ s1: [yn('a')], s2: [yn('a')] }));
    expect(r.error!.issues).toEqual([expect.objectContaining({ path: ['sections', 1, 'items', 0, 'key'], message: 'duplicateKey' })]);
  });
});

describe('answers of each kind', () => {
  const t = parse(
    template({
      s: [
        yn('yn'),
        { kind: 'passFail', key: 'pf', label: L('pf') },
        { kind: 'number', key: 'n', label: L('n'), rule: { op: '<=', threshold: 8 } },
        { kind: 'singleChoice', key: 'sc', label: L('sc'), options: [{ key: 'x', label: L('x') }, { key: 'y', label: L('y') }] },
        { kind: 'multiChoice', key: 'mc', label: L('mc'), options: [{ key: 'x', label: L('x') }, { key: 'y', label: L('y') }] },
        { kind: 'date', key: 'd', label: L('d') },
        { kind: 'text', key: 't', label: L('t') },
        { kind: 'photo', key: 'p', label: L('p') },
      ],
    }),
  );
  const item = (k: string) => templateItems(t).find((i) => i.key === k)!;

  it.each([
    ['yn', 'yes'], ['yn', 'no'], ['pf', 'pass'], ['pf', 'fail'], ['n', 4], ['n', 0], ['sc', 'x'], ['mc', ['x', 'y']],
    ['d', '2018-09-19'], ['t', '宿舍有空调'], ['p', 'na'], ['yn', 'na'], ['n', 'na'],
  ] as [string, AnswerValue][])('%s accepts %j', (k, v) => {
    expect(answerProblem(item(k), v)).toBeNull();
  });

  it.each([
    ['yn', 'pass', 'answerWrongKind'], ['yn', 1, 'answerWrongKind'], ['pf', 'yes', 'answerWrongKind'],
    ['n', '4', 'answerNeedsNumber'], ['n', '5500元', 'answerNeedsNumber'], ['n', ['4'], 'answerNeedsNumber'],
    ['sc', 'z', 'answerNotAnOption'], ['sc', ['x'], 'answerWrongKind'], ['mc', ['x', 'x'], 'answerNotAnOption'], ['mc', [], 'answerWrongKind'],
    ['mc', 'x', 'answerWrongKind'], ['d', '2018-02-30', 'invalidDate'], ['t', '  ', 'required'], ['t', 5, 'answerWrongKind'], ['p', 'photo.jpg', 'answerWrongKind'],
  ] as [string, AnswerValue, string][])('%s refuses %j with %s', (k, v, key) => {
    expect(answerProblem(item(k), v)?.key).toBe(key);
  });
});
