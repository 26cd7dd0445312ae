// The agreement schema's own refusals and where a target stands on a given day.
import { describe, expect, it } from 'vitest';
import { type AgreementInput, agreementInput, targetState } from './schema';

const labourExport = (overrides: Partial<AgreementInput> = {}): AgreementInput => ({
  type: 'labourExport',
  title: '劳务输出协议',
  parties: ['上海市嘉定区人力资源和社会保障局', '楚雄金泰人力资源和社会保障事务有限公司'],
  signedOn: '2017-11-20',
  targets: [{ description: '2019 年转移就业 100 人', metric: 'arrivals', target: 100, dueDate: '2019-12-31' }],
  ...overrides,
});

const issues = (input: AgreementInput) => {
  const r = agreementInput.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path, message: i.message }));
};

describe('targetState', () => {
  const t = { target: 100, dueDate: '2019-12-31' };
  const signed = '2018-01-01';

  it('is met once progress reaches the target, even after the due date', () => {
    expect(targetState(t, signed, 100, '2018-06-01').state).toBe('met');
    expect(targetState(t, signed, 120, '2020-03-01').state).toBe('met');
  });

  it('is on track when progress keeps the straight-line pace from signing to due date', () => {
    // Half way through the period (365 of 729 days): 51 expected, 60 reached.
    const r = targetState(t, signed, 60, '2019-01-01');
    expect(r).toEqual({ state: 'onTrack', expectedByNow: 51 });
  });

  it('is behind when progress lags that pace', () => {
    expect(targetState(t, signed, 26, '2019-01-01')).toEqual({ state: 'behind', expectedByNow: 51 });
  });

  it('is overdue after the due date unmet, and expects the whole target by then', () => {
    expect(targetState(t, signed, 99, '2020-01-01')).toEqual({ state: 'overdue', expectedByNow: 100 });
  });

  it('expects nothing on the day of signing or before', () => {
    expect(targetState(t, signed, 0, signed)).toEqual({ state: 'onTrack', expectedByNow: 0 });
    expect(targetState(t, signed, 0, '2017-12-01')).toEqual({ state: 'onTrack', expectedByNow: 0 });
  });

  it('on the due date itself it is behind unless met, with the whole target expected', () => {
    expect(targetState(t, signed, 99, '2019-12-31')).toEqual({ state: 'behind', expectedByNow: 100 });
  });
});

describe('agreementInput', () => {
  it('accepts the labour-export agreement of 2017-11 with its target', () => {
    expect(issues(labourExport())).toEqual([]);
    expect(agreementInput.parse(labourExport())).toMatchObject({ copies: 1, tripId: null, itemId: null, notes: null, targets: [{ id: null, achieved: null }] });
  });

  it('refuses a target due before the agreement was signed, at that target’s due date', () => {
    const input = labourExport({ targets: [
      { description: '2019 年转移就业 100 人', metric: 'arrivals', target: 100, dueDate: '2019-12-31' },
      { description: '签约前', metric: 'arrivals', target: 10, dueDate: '2017-01-01' },
    ] });
    expect(issues(input)).toEqual([{ path: ['targets', 1, 'dueDate'], message: 'targetDueBeforeSigning' }]);
  });

  it('refuses an achieved figure on a measured target; manual targets carry one', () => {
    const measured = labourExport({ targets: [{ description: '转移就业', metric: 'arrivals', target: 100, dueDate: '2019-12-31', achieved: 40 }] });
    expect(issues(measured)).toEqual([{ path: ['targets', 0, 'achieved'], message: 'achievedOnlyManual' }]);
    const manual = labourExport({ targets: [{ description: '举办培训 3 期', metric: 'manual', target: 3, dueDate: '2019-12-31', achieved: 1 }] });
    expect(issues(manual)).toEqual([]);
  });

  it('refuses an event without its trip', () => {
    expect(issues(labourExport({ itemId: '01890000-0000-7000-8000-000000000001' }))).toEqual([{ path: ['itemId'], message: 'itemWithoutTrip' }]);
  });

  it('refuses no parties, an empty party, zero copies, a target of 0 and a date that does not exist', () => {
    const paths = (input: AgreementInput) => issues(input).map((i) => i.path.join('.'));
    expect(paths(labourExport({ parties: [] }))).toEqual(['parties']);
    expect(paths(labourExport({ parties: ['  '] }))).toEqual(['parties.0']);
    expect(paths(labourExport({ copies: 0 }))).toEqual(['copies']);
    expect(paths(labourExport({ targets: [{ description: '转移', metric: 'arrivals', target: 0, dueDate: '2019-12-31' }] }))).toEqual(['targets.0.target']);
    expect(paths(labourExport({ signedOn: '2017-02-30' }))).toEqual(['signedOn']);
  });
});
