// Vetting a company as the working group does it: start from a visit (its facts offered
// as starting values), answer in any order with the score following along, attach a
// dormitory photo, fail a critical item, override the suggestion with a reason, sign off,
// see the company's status follow, amend, compare, follow up, and know when to re-vet.
import { localDay } from '../../../shared/dates';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Company } from '../../../shared/companies/schema';
import type { Vetting } from '../../../shared/vetting/schema';
import { DEFAULT_UNIT_NAME } from '../../../shared/workspace/schema';
import { jpegImage, pngImage, webpImage } from '../testing/images';
import { answerAllPassing } from '../testing/vetting';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';

let ws: TestWorkspace;
let company: Company;
beforeEach(async () => {
  ws = await createTestWorkspace();
  company = await ws.createCompany();
});
afterEach(() => ws.dispose());

const answer = (v: Vetting, itemKey: string, value: unknown, note: string | null = null) =>
  ws.call('vettings.answer', { vettingId: v.id, itemKey, value: value as never, note });
const item = (v: Vetting, key: string) => v.score.items.find((i) => i.key === key)!;
const section = (v: Vetting, key: string) => v.score.sections.find((s) => s.key === key)!;
const b64 = (b: Buffer) => b.toString('base64');

async function start(overrides: { visitId?: string } = {}) {
  return ws.call('vettings.start', { companyId: company.id, ...overrides });
}

/** A vetting with every item passing, signed off. */
async function signedOff() {
  const v = await answerAllPassing(ws.invoke, await start());
  return ws.call('vettings.signOff', { id: v.id });
}

describe('starting a vetting', () => {
  it('uses the default checklist, version 1, and moves the company to "vetting"', async () => {
    const [t] = await ws.call('templates.list', {});
    expect(t).toMatchObject({ name: { zh: '用工企业审核清单（标准版）' }, version: 1, versions: 1, usedBy: 0 });
    const v = await start();
    expect(v).toMatchObject({ status: 'draft', templateId: t!.id, templateVersion: 1, companyName: company.name, startedByName: '王建国', verdict: null });
    expect(v.template.sections).toHaveLength(5);
    expect(v.score.overall).toBeNull();
    expect((await ws.call('companies.get', { id: company.id })).status).toBe('vetting');
    expect((await ws.call('templates.list', {}))[0]!.usedBy).toBe(1);
  });

  it('from a visit: pay, dormitory, people per room and meals are offered as suggestions, not answers', async () => {
    const visit = await ws.createVisit(company.id, { payMin: 5500, payMax: 6500, dormProvided: true, peoplePerRoom: 4, mealsProvided: false });
    const v = await start({ visitId: visit.id });
    expect(v.visitId).toBe(visit.id);
    expect(v.suggestions).toEqual([
      { itemKey: 'monthlyPay', value: 5500, source: 'visit.payMin', visitId: visit.id, visitDate: '2018-09-10' },
      { itemKey: 'dormitoryProvided', value: 'yes', source: 'visit.dormProvided', visitId: visit.id, visitDate: '2018-09-10' },
      { itemKey: 'peoplePerRoom', value: 4, source: 'visit.peoplePerRoom', visitId: visit.id, visitDate: '2018-09-10' },
      { itemKey: 'mealsProvided', value: 'no', source: 'visit.mealsProvided', visitId: visit.id, visitDate: '2018-09-10' },
    ]);
    expect(v.answers).toEqual([]);
    expect(item(v, 'monthlyPay').answered).toBe(false);
  });

  it('from the company: the latest visit’s facts are offered; facts the visit left empty are not', async () => {
    await ws.createVisit(company.id, { visitDate: '2018-06-01', payMin: 3000 });
    const latest = await ws.createVisit(company.id, { visitDate: '2018-09-10', payMin: 5200, peoplePerRoom: null, dormProvided: null, mealsProvided: null });
    const v = await start();
    expect(v.visitId).toBeNull();
    expect(v.suggestions).toEqual([{ itemKey: 'monthlyPay', value: 5200, source: 'visit.payMin', visitId: latest.id, visitDate: '2018-09-10' }]);
  });

  it('refuses a visit of another company, and a second vetting while one is in progress', async () => {
    const other = await ws.createCompany({ name: '南亚新材料科技股份有限公司' });
    const visit = await ws.createVisit(other.id);
    expect(await ws.refused('vettings.start', { companyId: company.id, visitId: visit.id })).toMatchObject({
      code: 'VALIDATION', issues: [{ path: ['visitId'], key: 'visitNotOfCompany' }],
    });
    await start();
    const before = ws.counts();
    expect(await ws.refused('vettings.start', { companyId: company.id })).toMatchObject({ code: 'CONFLICT', key: 'vettingInProgress' });
    expect(ws.counts()).toEqual(before);
  });
});

describe('answering', () => {
  it('in any order, each answer saved at once, with the score computed as it goes', async () => {
    let v = await start();
    v = await answer(v, 'noDiscrimination', 'yes');
    expect(section(v, 'responsibility').score).toBe(100);
    v = await answer(v, 'monthlyPay', 2500); // below the 2690 minimum wage
    expect(item(v, 'monthlyPay')).toMatchObject({ outcome: 'fail', score: 0 });
    expect(v.score.criticalFailures).toEqual(['monthlyPay']);
    v = await answer(v, 'monthlyPay', 5500);
    expect(v.score.criticalFailures).toEqual([]);
    expect(v.answers.map((a) => a.itemKey)).toEqual(['monthlyPay', 'noDiscrimination']); // in the checklist's order
    expect(v.answers[0]).toMatchObject({ value: 5500, answeredByName: '王建国' });
    // Saved: a fresh read gives the same.
    expect(await ws.call('vettings.get', { id: v.id })).toEqual(v);
  });

  it('"not applicable" needs a note and is left out of the score', async () => {
    let v = await start();
    v = await answer(v, 'dormitoryProvided', 'yes');
    expect(await ws.refused('vettings.answer', { vettingId: v.id, itemKey: 'peoplePerRoom', value: 'na' })).toMatchObject({
      code: 'VALIDATION', issues: [{ path: ['note'], key: 'noteRequiredForNa' }],
    });
    v = await answer(v, 'peoplePerRoom', 'na', '员工自行租房');
    expect(item(v, 'peoplePerRoom')).toMatchObject({ outcome: 'na', answered: true, score: null });
    expect(section(v, 'lodging').score).toBe(100);
  });

  it('a follow-up item appears when its parent fails and is refused while hidden', async () => {
    let v = await start();
    const before = ws.counts();
    expect(await ws.refused('vettings.answer', { vettingId: v.id, itemKey: 'overtimeCorrection', value: '下月起补发' })).toMatchObject({
      code: 'VALIDATION', issues: [{ path: ['itemKey'], key: 'itemHidden' }],
    });
    expect(ws.counts()).toEqual(before);
    v = await answer(v, 'overtimePaidByLaw', 'no');
    expect(item(v, 'overtimeCorrection').visible).toBe(true);
    expect(v.score.missingRequired).toContain('overtimeCorrection');
    v = await answer(v, 'overtimeCorrection', '周末加班按 150% 计发，已要求自 10 月起按 200% 补发。');
    expect(item(v, 'overtimeCorrection').answered).toBe(true);
  });

  it('clearing an answer (null) takes it back', async () => {
    let v = await answer(await start(), 'hotWater', 'yes');
    v = await answer(v, 'hotWater', null);
    expect(v.answers).toEqual([]);
    expect(item(v, 'hotWater').answered).toBe(false);
  });

  it('every saved answer is in the audit trail, with what it was before', async () => {
    let v = await start();
    v = await answer(v, 'weeklyHours', 52);
    v = await answer(v, 'weeklyHours', 48, '旺季每周 52 小时');
    const trail = await ws.call('audit.list', { entityId: v.id });
    // The value is kept; a note may name people, so the trail keeps only that it changed.
    expect(trail[0]).toMatchObject({ action: 'update', staffName: '王建国', changes: { 'answers.weeklyHours': [{ value: 52, note: null }, { value: 48, note: { changed: true } }] } });
    expect(trail.at(-1)).toMatchObject({ action: 'create' });
  });
});

describe('photos', () => {
  it('JPEG, PNG and WebP are stored with their size and come back byte for byte', async () => {
    const v = await start();
    const files = [jpegImage(1600, 1200, 150_000), pngImage(400, 300), webpImage(1200, 1600)];
    const stored = [];
    for (const f of files) stored.push(await ws.call('vettings.attachPhoto', { vettingId: v.id, itemKey: 'dormitoryPhoto', data: b64(f), caption: '4人间' }));
    expect(stored.map((p) => [p.mime, p.width, p.height])).toEqual([
      ['image/jpeg', 1600, 1200], ['image/png', 400, 300], ['image/webp', 1200, 1600],
    ]);
    for (const [i, p] of stored.entries()) {
      const full = await ws.call('vettings.photo', { id: p.id });
      expect(Buffer.from(full.data, 'base64').equals(files[i]!)).toBe(true);
      expect(full.bytes).toBe(files[i]!.length);
    }
    const after = await ws.call('vettings.get', { id: v.id });
    expect(after.photos.map((p) => p.id)).toEqual(stored.map((p) => p.id));
    expect(item(after, 'dormitoryPhoto').answered).toBe(true);
  });

  it('accepts a data: URL as the renderer’s canvas makes it', async () => {
    const v = await start();
    const p = await ws.call('vettings.attachPhoto', { vettingId: v.id, itemKey: 'workshopPhoto', data: `data:image/png;base64,${b64(pngImage(20, 10))}` });
    expect(p).toMatchObject({ mime: 'image/png', width: 20, height: 10 });
  });

  it.each([
    ['text pretending to be a photo', () => b64(Buffer.from('宿舍照片.jpg')), 'photoNotImage'],
    ['a PDF', () => b64(Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n')), 'photoNotImage'],
    ['not base64 at all', () => '这不是图片!!', 'photoNotImage'],
    ['a JPEG cut off before its frame header', () => b64(jpegImage(800, 600).subarray(0, 60)), 'photoNotImage'],
    ['a photo of 4000 × 3000 px, not downscaled', () => b64(jpegImage(4000, 3000)), 'photoTooLarge'],
    ['a PNG of 1601 px on its long side', () => b64(pngImage(1601, 2, { noise: false })), 'photoTooLarge'],
    ['a file over 3 MB', () => b64(jpegImage(1200, 900, 3 * 1024 * 1024)), 'photoTooLarge'],
  ])('%s is refused and nothing is stored', async (_, data, key) => {
    const v = await start();
    const before = ws.counts();
    const error = await ws.refused('vettings.attachPhoto', { vettingId: v.id, itemKey: 'dormitoryPhoto', data: data() });
    expect(error).toMatchObject({ code: 'VALIDATION', key, issues: [{ path: ['data'], key }] });
    expect(ws.counts()).toEqual(before);
  });

  it('a photo can be removed from a draft', async () => {
    const v = await start();
    const p = await ws.call('vettings.attachPhoto', { vettingId: v.id, itemKey: 'dormitoryPhoto', data: b64(pngImage(8, 8)) });
    await ws.call('vettings.removePhoto', { id: p.id });
    expect((await ws.call('vettings.get', { id: v.id })).photos).toEqual([]);
    expect(await ws.refused('vettings.photo', { id: p.id })).toMatchObject({ code: 'NOT_FOUND', key: 'photoNotFound' });
  });
});

describe('verdict, override and sign-off', () => {
  it('all in order: suggested approved, signed off by the current staff member, company approved', async () => {
    const v = await answerAllPassing(ws.invoke, await start());
    expect(v.score).toMatchObject({ overall: 100, missingRequired: [], suggestedVerdict: 'approved' });
    const s = await ws.call('vettings.signOff', { id: v.id });
    expect(s).toMatchObject({ status: 'signedOff', verdict: 'approved', signedOffBy: ws.me.id, signedOffByName: '王建国' });
    const day = localDay(s.signedOffAt!);
    expect(s.expiresOn).toBe(`${Number(day.slice(0, 4)) + 1}${day.slice(4)}`.replace(/-02-29$/, '-02-28'));
    expect((await ws.call('companies.get', { id: company.id })).status).toBe('approved');
  });

  it('a failed critical item keeps "approved" out of reach; overriding needs a written reason', async () => {
    let v = await answerAllPassing(ws.invoke, await start(), { writtenContract: 'no' });
    expect(v.score.criticalFailures).toEqual(['writtenContract']);
    expect(v.score.overall).toBeGreaterThan(80);
    expect(v.score.suggestedVerdict).toBe('conditional');

    const before = ws.counts();
    expect(await ws.refused('vettings.override', { id: v.id, verdict: 'rejected' })).toMatchObject({
      code: 'VALIDATION', issues: [{ path: ['reason'], key: 'overrideReasonRequired' }],
    });
    expect(ws.counts()).toEqual(before);

    v = await ws.call('vettings.override', { id: v.id, verdict: 'rejected', reason: '新员工普遍未签合同，且企业拒绝整改。' });
    expect(v.override).toEqual({ verdict: 'rejected', reason: '新员工普遍未签合同，且企业拒绝整改。' });
    expect(v.score.suggestedVerdict).toBe('conditional');
    const s = await ws.call('vettings.signOff', { id: v.id });
    expect(s.verdict).toBe('rejected');
    expect((await ws.call('companies.get', { id: company.id })).status).toBe('rejected');
  });

  it('confirming the suggestion needs no reason; taking the override back restores the suggestion', async () => {
    let v = await answerAllPassing(ws.invoke, await start());
    v = await ws.call('vettings.override', { id: v.id, verdict: 'approved' });
    expect(v.override).toEqual({ verdict: 'approved', reason: null });
    v = await ws.call('vettings.override', { id: v.id, verdict: null, reason: '忽略' });
    expect(v.override).toBeNull();
  });

  it('sign-off is refused while required items are unanswered, naming each one', async () => {
    const v = await answer(await start(), 'monthlyPay', 6000);
    const e = await ws.refused('vettings.signOff', { id: v.id });
    expect(e).toMatchObject({ code: 'VALIDATION', key: 'vettingIncomplete' });
    expect(e.issues).toContainEqual({ path: ['answers', 'dormitoryPhoto'], key: 'required' });
    expect(e.issues).not.toContainEqual(expect.objectContaining({ path: ['answers', 'monthlyPay'] }));
    expect((await ws.call('vettings.get', { id: v.id })).status).toBe('draft');
  });

  it('a signed-off vetting is read-only: answers, photos, overrides and a second sign-off are refused, nothing stored', async () => {
    const s = await signedOff();
    const before = ws.counts();
    const conflict = { code: 'CONFLICT', key: 'vettingSignedOff' };
    expect(await ws.refused('vettings.answer', { vettingId: s.id, itemKey: 'monthlyPay', value: 2000 })).toEqual(conflict);
    expect(await ws.refused('vettings.attachPhoto', { vettingId: s.id, itemKey: 'dormitoryPhoto', data: b64(pngImage(8, 8)) })).toEqual(conflict);
    expect(await ws.refused('vettings.override', { id: s.id, verdict: 'rejected', reason: '复查' })).toEqual(conflict);
    expect(await ws.refused('vettings.signOff', { id: s.id })).toEqual(conflict);
    expect(await ws.refused('vettings.removePhoto', { id: s.photos[0]!.id })).toEqual(conflict);
    expect(ws.counts()).toEqual(before);
    expect(await ws.call('vettings.get', { id: s.id })).toEqual(s);
  });

  it('a signed-off vetting keeps its score when the minimum wage or thresholds change later; a draft follows them', async () => {
    const s = await signedOff();
    const draftCompany = await ws.createCompany({ name: '大董（上海）餐饮管理有限公司' });
    let d = await ws.call('vettings.start', { companyId: draftCompany.id });
    d = await ws.call('vettings.answer', { vettingId: d.id, itemKey: 'monthlyPay', value: 2700 });
    expect(item(d, 'monthlyPay').outcome).toBe('pass');

    await ws.call('settings.update', { minimumWage: 2800, verdictThresholds: { approved: 90, conditional: 70 } });
    expect(item(await ws.call('vettings.get', { id: d.id }), 'monthlyPay').outcome).toBe('fail');
    const again = await ws.call('vettings.get', { id: s.id });
    expect(again.context).toEqual({ minimumWage: 2690, thresholds: { approved: 80, conditional: 60 } });
    expect(again.score).toEqual(s.score);
  });

  it('a suspended company stays suspended when a vetting is signed off', async () => {
    await ws.updateCompany(company, { status: 'suspended' });
    await signedOff();
    expect((await ws.call('companies.get', { id: company.id })).status).toBe('suspended');
  });
});

describe('amendments', () => {
  it('a correction is a new linked vetting, recording who amended; the original stays as it was', async () => {
    const original = await signedOff();
    const a = await ws.call('vettings.amend', { id: original.id });
    expect(a).toMatchObject({ status: 'draft', amendsId: original.id, amendedBy: ws.me.id, amendedByName: '王建国', verdict: null });
    expect(a.answers.map((x) => [x.itemKey, x.value])).toEqual(original.answers.map((x) => [x.itemKey, x.value]));
    expect(a.photos).toHaveLength(original.photos.length);
    expect(a.template).toEqual(original.template);

    await ws.call('vettings.answer', { vettingId: a.id, itemKey: 'socialInsurance', value: 'fail' });
    const fixed = await ws.call('vettings.signOff', { id: (await ws.call('vettings.override', { id: a.id, verdict: 'conditional', reason: '社保仅为部分员工缴纳' })).id });
    expect(fixed.verdict).toBe('conditional');
    // The company follows the latest signed-off vetting: the amendment.
    expect((await ws.call('companies.get', { id: company.id })).status).toBe('conditional');

    const untouched = await ws.call('vettings.get', { id: original.id });
    expect({ ...untouched, amendedInId: null }).toEqual(original);
    expect(untouched.amendedInId).toBe(a.id);
  });

  it('only a signed-off vetting can be amended, and one correction at a time', async () => {
    const d = await start();
    expect(await ws.refused('vettings.amend', { id: d.id })).toEqual({ code: 'CONFLICT', key: 'vettingNotSignedOff' });
    await ws.call('vettings.answer', { vettingId: d.id, itemKey: 'hotWater', value: 'yes' });
    const s = await ws.call('vettings.signOff', { id: (await answerAllPassing(ws.invoke, d)).id });
    await ws.call('vettings.amend', { id: s.id });
    expect(await ws.refused('vettings.amend', { id: s.id })).toEqual({ code: 'CONFLICT', key: 'vettingInProgress' });
  });
});

describe('follow-up actions', () => {
  it('a failed item becomes an action (what, who, by when); the company lists it while open', async () => {
    const v = await answerAllPassing(ws.invoke, await start(), { hotWater: 'no' });
    const a = await ws.call('actions.create', { vettingId: v.id, itemKey: 'hotWater', what: '宿舍每层加装电热水器', whoStaffId: ws.me.id, dueDate: '2018-10-31' });
    expect(a).toMatchObject({ itemLabel: { zh: '宿舍或厂区提供热水洗浴' }, companyName: company.name, whoName: '王建国', done: false });
    expect((await ws.call('actions.list', { companyId: company.id })).map((x) => x.id)).toEqual([a.id]);
    expect((await ws.call('vettings.listForCompany', { companyId: company.id }))[0]!.openActions).toBe(1);

    const done = await ws.call('actions.setDone', { id: a.id, done: true });
    expect(done.done).toBe(true);
    expect(await ws.call('actions.list', { companyId: company.id })).toEqual([]);
    expect(await ws.call('actions.list', { companyId: company.id, scope: 'all' })).toHaveLength(1);
    expect((await ws.call('audit.list', { entityId: a.id })).map((e) => e.action)).toEqual(['update', 'create']);
  });

  it('an item that did not fail cannot get an action', async () => {
    const v = await answer(await start(), 'hotWater', 'yes');
    const before = ws.counts();
    expect(await ws.refused('actions.create', { vettingId: v.id, itemKey: 'hotWater', what: '加装热水器' })).toMatchObject({
      code: 'VALIDATION', issues: [{ path: ['itemKey'], key: 'itemNotFailed' }],
    });
    expect(await ws.refused('actions.create', { vettingId: v.id, itemKey: 'swimmingPool', what: '加装热水器' })).toMatchObject({
      issues: [{ path: ['itemKey'], key: 'unknownItem' }],
    });
    expect(ws.counts()).toEqual(before);
  });
});

describe('comparing two vettings of a company', () => {
  it('shows per item what got better or worse, and the change of each section', async () => {
    const first = await ws.call('vettings.signOff', {
      id: (await answerAllPassing(ws.invoke, await start(), { hotWater: 'no', weeklyHours: 60 })).id,
    });
    const second = await ws.call('vettings.amend', { id: first.id });
    await ws.call('vettings.answer', { vettingId: second.id, itemKey: 'hotWater', value: 'yes' });
    await ws.call('vettings.answer', { vettingId: second.id, itemKey: 'safetyTraining', value: 'no' });
    await ws.call('vettings.answer', { vettingId: second.id, itemKey: 'reviewerComments', value: '整改后复查。' });

    const c = await ws.call('vettings.compare', { fromId: first.id, toId: second.id });
    const change = (k: string) => c.items.find((i) => i.itemKey === k)!.change;
    expect(change('hotWater')).toBe('better');
    expect(change('safetyTraining')).toBe('worse');
    expect(change('weeklyHours')).toBe('same');
    expect(change('reviewerComments')).toBe('changed');
    expect(c.sections.find((s) => s.key === 'lodging')!.delta).toBeGreaterThan(0);
    expect(c.sections.find((s) => s.key === 'conditions')!.delta).toBeLessThan(0);
    expect(c.sections.find((s) => s.key === 'wages')!.delta).toBe(0);
  });

  it('refuses vettings of two different companies', async () => {
    const a = await start();
    const other = await ws.createCompany({ name: '南亚新材料科技股份有限公司' });
    const b = await ws.call('vettings.start', { companyId: other.id });
    expect(await ws.refused('vettings.compare', { fromId: a.id, toId: b.id })).toMatchObject({ issues: [{ path: ['toId'], key: 'compareOtherCompany' }] });
  });
});

describe('re-vetting due', () => {
  it('lists approved and conditional companies whose latest vetting has expired, by the validity setting', async () => {
    const s = await signedOff();
    const signed = s.signedOffAt!.slice(0, 10);
    const day = (months: number, days = 0) => {
      const d = new Date(`${signed}T00:00:00Z`);
      d.setUTCMonth(d.getUTCMonth() + months);
      d.setUTCDate(d.getUTCDate() + days);
      return d.toISOString().slice(0, 10);
    };
    expect(await ws.call('vettings.due', { today: day(11) })).toEqual([]);
    expect(await ws.call('vettings.due', { today: day(11, 20), withinDays: 60 })).toEqual([
      expect.objectContaining({ companyId: company.id, verdict: 'approved', expiresOn: s.expiresOn, expired: false }),
    ]);
    expect((await ws.call('vettings.due', { today: day(13) }))[0]).toMatchObject({ companyName: company.name, expired: true });

    await ws.call('settings.update', { vettingValidityMonths: 24 });
    expect(await ws.call('vettings.due', { today: day(13) })).toEqual([]);
    expect((await ws.call('vettings.get', { id: s.id })).expiresOn).toBe(day(24).slice(0, 8) + s.expiresOn!.slice(8));
  });
});

describe('settings for vetting', () => {
  it('start with Shanghai’s minimum wage, 12 months’ validity and 80/60 thresholds, and are audited when changed', async () => {
    expect(await ws.call('settings.get', {})).toEqual({
      currentStaffId: ws.me.id, minimumWage: 2690, vettingValidityMonths: 12, verdictThresholds: { approved: 80, conditional: 60 },
      unitName: DEFAULT_UNIT_NAME, hasLogo: false,
    });
    const s = await ws.call('settings.update', { minimumWage: 2800 });
    expect(s.minimumWage).toBe(2800);
    expect((await ws.call('audit.list', { entityId: 'minimumWage' }))[0]).toMatchObject({ changes: { minimumWage: [2690, 2800] } });
  });

  it.each([
    ['a minimum wage of 0', { minimumWage: 0 }, ['minimumWage'], 'tooSmall'],
    ['a minimum wage in fen', { minimumWage: 2690.5 }, ['minimumWage'], 'invalidType'],
    ['validity of 0 months', { vettingValidityMonths: 0 }, ['vettingValidityMonths'], 'tooSmall'],
    ['thresholds upside down', { verdictThresholds: { approved: 60, conditional: 80 } }, ['verdictThresholds', 'conditional'], 'thresholdsUpsideDown'],
    ['a threshold over 100', { verdictThresholds: { approved: 120, conditional: 60 } }, ['verdictThresholds', 'approved'], 'tooBig'],
  ])('%s is refused and nothing changes', async (_, input, path, key) => {
    const before = ws.counts();
    const e = await ws.refused('settings.update', input);
    expect(e.issues).toContainEqual(expect.objectContaining({ path, key }));
    expect(ws.counts()).toEqual(before);
    expect((await ws.call('settings.get', {})).minimumWage).toBe(2690);
  });
});

describe('bad answers at the bridge', () => {
  it.each([
    ['yes/no answered "pass"', 'writtenContract', 'pass', ['value'], 'answerWrongKind'],
    ['pass/fail answered true', 'socialInsurance', true, ['value'], 'invalidValue'],
    ['pay as text', 'monthlyPay', '5500', ['value'], 'answerNeedsNumber'],
    ['pay with its unit', 'monthlyPay', '5500元', ['value'], 'answerNeedsNumber'],
    ['people per room as a list', 'peoplePerRoom', ['4'], ['value'], 'answerNeedsNumber'],
    ['a choice not offered', 'commute', 'helicopter', ['value'], 'answerNotAnOption'],
    ['a date that does not exist', 'onSiteCheckDate', '2018-02-30', ['value'], 'invalidDate'],
    ['a photo item answered with text', 'dormitoryPhoto', 'IMG_0001.jpg', ['value'], 'answerWrongKind'],
    ['an item not in the checklist', 'swimmingPool', 'yes', ['itemKey'], 'unknownItem'],
    ['an item key with spaces', 'monthly pay', 'yes', ['itemKey'], 'invalidKey'],
    ['a note over 5000 characters', 'hotWater', 'yes', ['note'], 'tooLong'],
  ])('%s is refused on the field and nothing is stored', async (_, itemKey, value, path, key) => {
    const v = await start();
    const before = ws.counts();
    const note = key === 'tooLong' ? '说明'.repeat(2501) : null;
    const e = await ws.refused('vettings.answer', { vettingId: v.id, itemKey, value, note });
    expect(e.code).toBe('VALIDATION');
    expect(e.issues).toContainEqual(expect.objectContaining({ path, key }));
    expect(ws.counts()).toEqual(before);
    expect((await ws.call('vettings.get', { id: v.id })).answers).toEqual([]);
  });

  it('an unknown vetting is not found', async () => {
    expect(await ws.refused('vettings.get', { id: company.id })).toEqual({ code: 'NOT_FOUND', key: 'vettingNotFound' });
  });
});

describe('a company deleted for good', () => {
  it('takes its vettings, amendments, answers, photos and actions with it', async () => {
    const s = await signedOff();
    const a = await ws.call('vettings.amend', { id: s.id });
    await ws.call('vettings.answer', { vettingId: a.id, itemKey: 'hotWater', value: 'no' });
    await ws.call('actions.create', { vettingId: a.id, itemKey: 'hotWater', what: '宿舍每层加装电热水器' });
    await ws.call('companies.delete', { id: company.id });
    expect(await ws.call('actions.list', {})).toEqual([]);
    await ws.call('trash.purge', { kind: 'company', id: company.id });
    const c = ws.counts();
    expect([c.vettings, c.vetting_answers, c.vetting_photos, c.vetting_actions]).toEqual([0, 0, 0, 0]);
  });
});
