// "本节全部合格": a reviewer who found a section in order answers its plain yes/no and
// pass/fail items in one go. Critical items, numbers and every other kind wait for their own
// answer; what was already answered stays as it was; a refused batch writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Company } from '../../../shared/companies/schema';
import type { Vetting } from '../../../shared/vetting/schema';
import { answerAllPassing } from '../testing/vetting';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';

let ws: TestWorkspace;
let company: Company;
beforeEach(async () => {
  ws = await createTestWorkspace();
  company = await ws.createCompany();
});
afterEach(() => ws.dispose());

const start = (visitId: string | null = null) => ws.call('vettings.start', { companyId: company.id, visitId });
const pass = (v: Vetting, sectionKey: string) => ws.call('vettings.passSection', { vettingId: v.id, sectionKey });
const answerOf = (v: Vetting, key: string) => v.answers.find((a) => a.itemKey === key);
const updatedAt = (v: Vetting) => ws.count('SELECT count(*) AS n FROM vettings WHERE id = ? AND updated_at = ?', v.id, v.updatedAt);

describe('vettings.passSection', () => {
  it('answers the section’s plain yes/no and pass/fail items and leaves critical and number items', async () => {
    const v = await start();
    const { vetting, answered } = await pass(v, 'wages');
    // 工资按月足额发放, 社会保险, 加班费: yes, pass, yes. Not the critical 月工资 (a number too) and 书面劳动合同, not the photo.
    expect(answered).toEqual(['paidMonthlyOnTime', 'socialInsurance', 'overtimePaidByLaw']);
    expect(vetting.answers.map((a) => [a.itemKey, a.value, a.note, a.answeredByName])).toEqual([
      ['paidMonthlyOnTime', 'yes', null, '王建国'],
      ['socialInsurance', 'pass', null, '王建国'],
      ['overtimePaidByLaw', 'yes', null, '王建国'],
    ]);
    for (const key of ['monthlyPay', 'writtenContract', 'contractSample', 'arrearsDetails', 'overtimeCorrection']) expect(answerOf(vetting, key)).toBeUndefined();
    // The score follows: the section's answered yes/no items all pass.
    expect(vetting.score.sections.find((s) => s.key === 'wages')).toMatchObject({ answered: 3, score: 100 });
    // Other sections are untouched.
    expect(vetting.answers.every((a) => a.itemKey !== 'hotWater')).toBe(true);
  });

  it('never overwrites an answer already given, and leaves hidden follow-ups hidden', async () => {
    let v = await start();
    v = await ws.call('vettings.answer', { vettingId: v.id, itemKey: 'paidMonthlyOnTime', value: 'no', note: '2018 年 3 月迟发半个月' });
    v = await ws.call('vettings.answer', { vettingId: v.id, itemKey: 'socialInsurance', value: 'na', note: '劳务派遣，由派遣单位缴纳' });
    const { vetting, answered } = await pass(v, 'wages');
    expect(answered).toEqual(['overtimePaidByLaw']);
    expect(answerOf(vetting, 'paidMonthlyOnTime')).toMatchObject({ value: 'no', note: '2018 年 3 月迟发半个月' });
    expect(answerOf(vetting, 'socialInsurance')).toMatchObject({ value: 'na', note: '劳务派遣，由派遣单位缴纳' });
    // The failed item's follow-up is still asked for, unanswered.
    expect(vetting.score.items.find((i) => i.key === 'arrearsDetails')).toMatchObject({ visible: true, answered: false });
    expect(vetting.score.missingRequired).toContain('arrearsDetails');
  });

  it('leaves an item the visit contradicts: no dormitory on record is not answered "yes"', async () => {
    const visit = await ws.createVisit(company.id, { dormProvided: false, peoplePerRoom: null, mealsProvided: true });
    const v = await start(visit.id);
    const { answered } = await pass(v, 'lodging');
    expect(answered).toEqual(['dormSafety', 'hotWater', 'mealsProvided', 'canteenHygiene']);
  });

  it('writes one audit entry for the batch, each answer with what it was before', async () => {
    const v = await start();
    const before = (await ws.call('audit.list', { entityId: v.id })).length;
    await pass(v, 'responsibility');
    const trail = await ws.call('audit.list', { entityId: v.id });
    expect(trail).toHaveLength(before + 1);
    expect(trail[0]).toMatchObject({
      action: 'update',
      staffName: '王建国',
      changes: {
        'answers.trainingOffered': [null, { value: 'yes', note: null }],
        'answers.noDiscrimination': [null, { value: 'yes', note: null }],
        'answers.grievanceChannel': [null, { value: 'yes', note: null }],
      },
    });
    expect(Object.keys(trail[0]!.changes)).toHaveLength(3); // not the critical 未满 16 周岁 item
  });

  it('with nothing left to answer it writes nothing, not even an audit entry', async () => {
    const v = (await pass(await start(), 'business')).vetting;
    const counts = ws.counts();
    const again = await pass(v, 'business');
    expect(again.answered).toEqual([]);
    expect(again.vetting).toEqual(v);
    expect(ws.counts()).toEqual(counts);
  });

  it('refuses bad input with the field and the reason, and changes nothing', async () => {
    const v = (await pass(await start(), 'wages')).vetting;
    const counts = ws.counts();
    const refusedWith = async (input: unknown) => {
      const error = await ws.refused('vettings.passSection', input);
      expect(ws.counts()).toEqual(counts);
      expect(updatedAt(v)).toBe(1);
      return error;
    };
    expect(await refusedWith({ vettingId: v.id, sectionKey: 'canteen' })).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['sectionKey'], key: 'unknownSection' }] });
    expect(await refusedWith({ vettingId: v.id, sectionKey: 'Wages; DROP' })).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['sectionKey'], key: 'invalidKey' }] });
    expect(await refusedWith({ vettingId: v.id })).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['sectionKey'] }] });
    expect(await refusedWith({ vettingId: 'not-an-id', sectionKey: 'wages' })).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['vettingId'] }] });
    expect(await refusedWith({ vettingId: '0190d7a4-0000-7000-8000-000000000000', sectionKey: 'wages' })).toMatchObject({ code: 'NOT_FOUND', key: 'vettingNotFound' });
    expect(await ws.call('vettings.get', { id: v.id })).toEqual(v);
  });

  it('refuses a signed-off vetting: corrections are amendments', async () => {
    const signed = await ws.call('vettings.signOff', { id: (await answerAllPassing(ws.invoke, await start())).id });
    const counts = ws.counts();
    expect(await ws.refused('vettings.passSection', { vettingId: signed.id, sectionKey: 'lodging' })).toMatchObject({ code: 'CONFLICT', key: 'vettingSignedOff' });
    expect(ws.counts()).toEqual(counts);
    expect(await ws.call('vettings.get', { id: signed.id })).toEqual(signed);
  });
});
