// Past work entered as it happened: a vetting's date and its sign-off date are the user's to
// set (neither after today, the vetting not before the visit it started from, the sign-off not
// before the vetting), the expiry counts from the sign-off date, the company's standing vetting
// is the latest by that date (an amendment in place of what it corrects), and every change is
// in the audit trail. A refused date changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Company } from '../../../shared/companies/schema';
import { localDay } from '../../../shared/dates';
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

const today = () => localDay();
/** A day `n` days from today (negative: before). */
const daysFromToday = (n: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const start = (input: { visitId?: string; vettedOn?: string } = {}) => ws.call('vettings.start', { companyId: company.id, ...input });
const answered = async (v: Vetting) => answerAllPassing(ws.invoke, v);
const auditOf = async (id: string) => (await ws.call('audit.list', { entityId: id })).map((e) => e.changes);

/** Everything a refused call must leave as it was: row counts, the vettings and the company. */
function state() {
  return { counts: ws.counts(), vettings: ws.db.prepare('SELECT * FROM vettings ORDER BY id').all(), company: ws.db.prepare('SELECT status, updated_at FROM companies WHERE id = ?').get(company.id) };
}

describe("a vetting's date", () => {
  it('is today when started from the company, the visit’s day when started from a visit, or the day given', async () => {
    expect((await start()).vettedOn).toBe(today());
    await ws.db.prepare('DELETE FROM vettings').run();
    const visit = await ws.createVisit(company.id, { visitDate: '2018-09-10' });
    const fromVisit = await start({ visitId: visit.id });
    expect(fromVisit).toMatchObject({ vettedOn: '2018-09-10', signedOffOn: null, expiresOn: null });
    expect((await auditOf(fromVisit.id))[0]).toMatchObject({ vettedOn: [null, '2018-09-10'] });
    await ws.db.prepare('DELETE FROM vettings').run();
    expect((await start({ visitId: visit.id, vettedOn: '2018-09-12' })).vettedOn).toBe('2018-09-12');
  });

  it('is refused after today or before the visit it starts from, at its field, and nothing is started', async () => {
    const visit = await ws.createVisit(company.id, { visitDate: '2018-09-10' });
    const before = state();
    expect(await ws.refused('vettings.start', { companyId: company.id, vettedOn: daysFromToday(1) })).toMatchObject({
      code: 'VALIDATION', issues: [{ path: ['vettedOn'], key: 'vettedOnInFuture' }],
    });
    expect(await ws.refused('vettings.start', { companyId: company.id, visitId: visit.id, vettedOn: '2018-09-09' })).toMatchObject({
      code: 'VALIDATION', issues: [{ path: ['vettedOn'], key: 'vettedOnBeforeVisit', params: { visitDate: '2018-09-10' } }],
    });
    expect(state()).toEqual(before);
  });

  it('can be changed on a draft, audited; refused after today, before the visit, or once signed off', async () => {
    const visit = await ws.createVisit(company.id, { visitDate: '2018-09-10' });
    const v = await start({ visitId: visit.id });
    const moved = await ws.call('vettings.setDate', { id: v.id, vettedOn: '2018-09-11' });
    expect(moved.vettedOn).toBe('2018-09-11');
    expect((await auditOf(v.id))[0]).toEqual({ vettedOn: ['2018-09-10', '2018-09-11'] });
    // The same date again writes nothing.
    const quiet = ws.counts();
    await ws.call('vettings.setDate', { id: v.id, vettedOn: '2018-09-11' });
    expect(ws.counts()).toEqual(quiet);

    const before = state();
    expect(await ws.refused('vettings.setDate', { id: v.id, vettedOn: daysFromToday(1) })).toMatchObject({ issues: [{ path: ['vettedOn'], key: 'vettedOnInFuture' }] });
    expect(await ws.refused('vettings.setDate', { id: v.id, vettedOn: '2018-09-09' })).toMatchObject({ issues: [{ path: ['vettedOn'], key: 'vettedOnBeforeVisit' }] });
    expect(await ws.refused('vettings.setDate', { id: v.id, vettedOn: '2018-02-30' })).toMatchObject({ issues: [{ path: ['vettedOn'], key: 'invalidDate' }] });
    expect(state()).toEqual(before);

    const signed = await ws.call('vettings.signOff', { id: (await answered(moved)).id });
    expect(await ws.refused('vettings.setDate', { id: signed.id, vettedOn: '2018-09-12' })).toMatchObject({ code: 'CONFLICT', key: 'vettingSignedOff' });
  });
});

describe('the sign-off date', () => {
  it('a vetting dated 2018-09-10 signed off that day expires on 2019-09-10, everywhere it is shown', async () => {
    const v = await answered(await start({ vettedOn: '2018-09-10' }));
    // Past work being entered: the sign-off step offers the vetting's own day.
    expect(v.signOffDefault).toBe('2018-09-10');
    const s = await ws.call('vettings.signOff', { id: v.id, signedOffOn: '2018-09-10' });
    expect(s).toMatchObject({ status: 'signedOff', vettedOn: '2018-09-10', signedOffOn: '2018-09-10', expiresOn: '2019-09-10', signOffDefault: null });
    // Recorded now, dated then.
    expect(localDay(s.signedOffAt!)).toBe(today());
    expect((await auditOf(v.id))[0]).toMatchObject({ status: ['draft', 'signedOff'], signedOffOn: [null, '2018-09-10'] });
    expect((await ws.call('vettings.listForCompany', { companyId: company.id }))[0]).toMatchObject({ vettedOn: '2018-09-10', signedOffOn: '2018-09-10', expiresOn: '2019-09-10' });
    expect(await ws.call('vettings.due', { today: today() })).toEqual([
      expect.objectContaining({ companyId: company.id, vettingId: v.id, signedOffOn: '2018-09-10', expiresOn: '2019-09-10', expired: true }),
    ]);
    expect(await ws.call('vettings.due', { today: '2019-09-09' })).toEqual([]);
    // The validity setting still counts from the chosen day.
    await ws.call('settings.update', { vettingValidityMonths: 6 });
    expect((await ws.call('vettings.get', { id: v.id })).expiresOn).toBe('2019-03-10');
  });

  it('is today when not given, and the step offers today for work entered as it happens', async () => {
    const v = await answered(await start());
    expect(v.signOffDefault).toBe(today());
    expect((await ws.call('vettings.signOff', { id: v.id })).signedOffOn).toBe(today());
  });

  it('is refused after today or before the vetting’s date, at its field, and the vetting stays a draft', async () => {
    const v = await answered(await start({ vettedOn: '2018-09-10' }));
    const before = state();
    expect(await ws.refused('vettings.signOff', { id: v.id, signedOffOn: daysFromToday(1) })).toMatchObject({
      code: 'VALIDATION', issues: [{ path: ['signedOffOn'], key: 'signedOffOnInFuture' }],
    });
    expect(await ws.refused('vettings.signOff', { id: v.id, signedOffOn: '2018-09-09' })).toMatchObject({
      code: 'VALIDATION', issues: [{ path: ['signedOffOn'], key: 'signedOffOnBeforeVetting', params: { vettedOn: '2018-09-10' } }],
    });
    expect(await ws.refused('vettings.signOff', { id: v.id, signedOffOn: '2018-09-10', extra: 1 })).toMatchObject({ code: 'VALIDATION' });
    expect(state()).toEqual(before);
    expect((await ws.call('vettings.get', { id: v.id })).status).toBe('draft');
  });
});

describe('amendments and older work entered after newer', () => {
  it('an amendment keeps the date, offers the original’s sign-off day, and may put a wrong date right', async () => {
    // Entered before dates could be set: signed off "today" although the work was done in 2018.
    const original = await ws.call('vettings.signOff', { id: (await answered(await start({ vettedOn: '2018-09-10' }))).id });
    expect(original.signedOffOn).toBe(today());
    const amendment = await ws.call('vettings.amend', { id: original.id });
    expect(amendment).toMatchObject({ vettedOn: '2018-09-10', signOffDefault: today() });
    // The correction: signed off on the day it really was, earlier than the original's recorded day.
    const fixed = await ws.call('vettings.signOff', { id: amendment.id, signedOffOn: '2018-09-10' });
    expect(fixed.expiresOn).toBe('2019-09-10');
    // The amendment stands for the original, whatever its date: it is the one due for re-vetting.
    expect((await ws.call('vettings.due', { today: today() })).map((r) => r.vettingId)).toEqual([fixed.id]);

    // A later amendment of an amendment changes its date too.
    const again = await ws.call('vettings.amend', { id: fixed.id });
    expect(again.signOffDefault).toBe('2018-09-10');
    const redated = await ws.call('vettings.setDate', { id: again.id, vettedOn: '2018-09-12' });
    // The original's sign-off day lies before the corrected vetting date: the vetting's day is offered.
    expect(redated.signOffDefault).toBe('2018-09-12');
  });

  it('a vetting dated before the company’s standing one is kept in the history but does not replace it', async () => {
    const current = await ws.call('vettings.signOff', { id: (await answered(await start())).id });
    expect((await ws.call('companies.get', { id: company.id })).status).toBe('approved');
    // The 2018 vetting, found on paper and entered now: rejected then.
    const old = await answered(await start({ vettedOn: '2018-09-10' }));
    await ws.call('vettings.override', { id: old.id, verdict: 'rejected', reason: '当年宿舍不达标' });
    await ws.call('vettings.signOff', { id: old.id, signedOffOn: '2018-09-10' });
    expect((await ws.call('companies.get', { id: company.id })).status).toBe('approved');
    expect((await ws.call('vettings.due', { today: daysFromToday(400) })).map((r) => r.vettingId)).toEqual([current.id]);
    // The list shows them by their dates, latest first.
    expect((await ws.call('vettings.listForCompany', { companyId: company.id })).map((r) => r.signedOffOn)).toEqual([today(), '2018-09-10']);
  });
});
