// The default checklist is what a new user vets with on day one: it must be a valid
// template, in Chinese with English, and cover what the working group checks.
import { describe, expect, it } from 'vitest';
import raw from '../../../resources/vetting/default-template.json';
import { SCORED_KINDS, templateContent, templateItems } from '../../../shared/vetting/template';
import { scoreVetting } from '../../../shared/vetting/scoring';
import { DEFAULT_TEMPLATE } from './defaultTemplate';

const items = templateItems(DEFAULT_TEMPLATE);
const item = (key: string) => items.find((i) => i.key === key)!;

describe('the default vetting template', () => {
  it('is valid by the template schema, with nothing dropped', () => {
    const r = templateContent.safeParse(raw);
    expect(r.error?.issues ?? []).toEqual([]);
    expect(items.length).toBe((raw as { sections: { items: unknown[] }[] }).sections.reduce((n, s) => n + s.items.length, 0));
  });

  it('covers the five areas, every text in Chinese and English', () => {
    expect(DEFAULT_TEMPLATE.sections.map((s) => s.key)).toEqual(['wages', 'lodging', 'conditions', 'business', 'responsibility']);
    for (const s of DEFAULT_TEMPLATE.sections) expect(s.title.en).not.toBe('');
    for (const i of items) {
      expect(i.label.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(i.label.en).toMatch(/^[A-Z]/);
      if (i.guidance) expect(i.guidance.en).not.toBe('');
    }
  });

  it('checks pay against the minimum wage setting, not a number written into the template', () => {
    expect(item('monthlyPay')).toMatchObject({ kind: 'number', unit: '元/月', critical: true, rule: { op: '>=', threshold: { setting: 'minimumWage' } } });
    expect(JSON.stringify(raw)).not.toMatch(/"threshold":\s*2690/);
  });

  it('marks minimum wage, the written contract and a clean record as critical', () => {
    expect(items.filter((i) => i.critical).map((i) => i.key)).toEqual(
      expect.arrayContaining(['monthlyPay', 'writtenContract', 'noSeriousViolations']),
    );
    for (const i of items.filter((x) => x.critical)) expect(SCORED_KINDS).toContain(i.kind);
  });

  it('asks for a dormitory photo and has follow-up questions that appear only when their parent fails', () => {
    expect(item('dormitoryPhoto')).toMatchObject({ kind: 'photo', required: true });
    const followUps = items.filter((i) => i.showWhen);
    expect(followUps.map((i) => i.key)).toEqual(expect.arrayContaining(['arrearsDetails', 'overtimeCorrection', 'violationDetails', 'housingAllowance']));
    const ctx = { minimumWage: 2690, thresholds: { approved: 80, conditional: 60 } };
    const visible = (a: Record<string, string>) =>
      scoreVetting(DEFAULT_TEMPLATE, new Map(Object.entries(a).map(([k, value]) => [k, { value }])), ctx).items.find((i) => i.key === 'overtimeCorrection')!.visible;
    expect(visible({ overtimePaidByLaw: 'yes' })).toBe(false);
    expect(visible({ overtimePaidByLaw: 'no' })).toBe(true);
  });

  it('offers the visit facts as starting values', () => {
    expect(Object.fromEntries(items.filter((i) => i.prefill).map((i) => [i.prefill, i.key]))).toEqual({
      'visit.payMin': 'monthlyPay',
      'visit.peoplePerRoom': 'peoplePerRoom',
      'visit.dormProvided': 'dormitoryProvided',
      'visit.mealsProvided': 'mealsProvided',
    });
  });
});
