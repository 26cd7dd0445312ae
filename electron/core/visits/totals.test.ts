// The running totals behind the visits list's counts, the dashboard's overdue follow-ups and
// the companies list's tag filter are kept by triggers in the same transaction as the records.
// Whatever the users do — log, edit and move visits, tick follow-ups off, change a company's
// town or tags, put visits and companies
// in the trash, restore them, purge them for good — the totals must equal a full recount from
// the records, and what the lists and the dashboard show must agree with them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Company } from '../../../shared/companies/schema';
import type { StaffMember } from '../../../shared/staff/schema';
import type { Visit } from '../../../shared/visits/schema';
import { createTestWorkspace, creditCodeFor, type TestWorkspace, visitAsInput } from '../testing/workspace';
import { recountTagCounts, storedTagCounts } from '../companies/totals';
import { countListedVisits, countOverdueFollowUps, recountTotals, storedTotals } from './totals';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await createTestWorkspace();
});
afterEach(() => ws.dispose());

/** A small seeded random generator, so a failure can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  return { next, int, pick, chance: (p: number) => next() < p };
}

const TODAY = '2018-10-01';
const TAGS = ['普工', '技工', '食宿齐全', '两班倒'];
const day = (r: ReturnType<typeof rng>) => `2018-09-${String(r.int(1, 30)).padStart(2, '0')}`;

describe('the totals of visits, open follow-ups and tags', () => {
  it('equal a full recount after hundreds of random edits, trash, restores and purges included', async () => {
    const r = rng(20180917);
    const towns = [null, ws.townId('安亭镇'), ws.townId('华亭镇'), ws.townId('马陆镇')];
    const staff: StaffMember[] = [ws.me];
    for (const name of ['李娜', '张伟', '陈静']) staff.push(await ws.call('staff.create', { name, title: '科员' }));
    const companies: Company[] = [];
    for (let i = 0; i < 6; i++) {
      companies.push(await ws.createCompany({ name: `上海嘉定第${i}号制造有限公司`, creditCode: creditCodeFor(i), townId: r.pick(towns), tags: TAGS.filter(() => r.chance(0.5)) }));
    }
    const visits: Visit[] = [];
    const trashedVisits = new Set<string>();
    const trashedCompanies = new Set<string>();
    const live = () => companies.filter((c) => !trashedCompanies.has(c.id));
    const listedVisits = () => visits.filter((v) => !trashedVisits.has(v.id) && !trashedCompanies.has(v.companyId));
    const followUps = () => Array.from({ length: r.int(0, 3) }, () => ({ what: '寄送岗位表', dueDate: r.chance(0.8) ? day(r) : null, done: r.chance(0.3) }));
    const checks: string[] = [];

    for (let step = 0; step < 300; step++) {
      const action = r.int(0, 11);
      const listed = listedVisits();
      if (action <= 3 || listed.length === 0) {
        const company = r.pick(live());
        visits.push(await ws.createVisit(company.id, { visitDate: day(r), staffIds: r.pick([[staff[0]!.id], [staff[1]!.id, staff[2]!.id], [staff[3]!.id, staff[0]!.id]]), followUps: followUps() }));
        checks.push('create visit');
      } else if (action <= 5) {
        // An edit: another date, company, staff, follow-ups changed, ticked off or added.
        const v = r.pick(listed);
        const before = visitAsInput(v);
        const updated = await ws.call('visits.update', {
          id: v.id,
          visit: {
            ...before,
            visitDate: r.chance(0.5) ? day(r) : v.visitDate,
            companyId: r.chance(0.3) ? r.pick(live()).id : v.companyId,
            staffIds: r.chance(0.5) ? [r.pick(staff).id] : before.staffIds,
            followUps: [...(before.followUps ?? []).map((f) => ({ ...f, done: r.chance(0.5) ? !f.done : f.done, dueDate: r.chance(0.3) ? day(r) : f.dueDate })), ...followUps().slice(0, 1)],
          },
        });
        visits[visits.indexOf(v)] = updated;
        checks.push('update visit');
      } else if (action === 6) {
        const v = r.pick(listed);
        const f = v.followUps.length ? r.pick(v.followUps) : null;
        if (f) {
          await ws.call('followUps.setDone', { id: f.id, done: !f.done });
          visits[visits.indexOf(v)] = await ws.call('visits.get', { id: v.id });
          checks.push('follow-up done');
        }
      } else if (action === 7) {
        const v = r.pick(listed);
        await ws.call('visits.delete', { id: v.id });
        trashedVisits.add(v.id);
        checks.push('trash visit');
      } else if (action === 8 && trashedVisits.size > 0) {
        const id = r.pick([...trashedVisits]);
        const v = visits.find((x) => x.id === id)!;
        if (trashedCompanies.has(v.companyId)) continue;
        if (r.chance(0.5)) {
          await ws.call('trash.restore', { kind: 'visit', id });
          checks.push('restore visit');
        } else {
          await ws.call('trash.purge', { kind: 'visit', id });
          visits.splice(visits.indexOf(v), 1);
          checks.push('purge visit');
        }
        trashedVisits.delete(id);
      } else if (action === 9) {
        // A company moves to another town (its visits count in the other town) and is tagged anew.
        const c = r.pick(live());
        const current = await ws.call('companies.get', { id: c.id }); // its status follows its visits
        const tags = TAGS.filter(() => r.chance(0.4));
        companies[companies.indexOf(c)] = await ws.updateCompany(current, { townId: r.pick(towns.filter((t) => t !== c.townId)), tags });
        checks.push('company town');
      } else if (action === 10 && live().length > 2) {
        const c = r.pick(live());
        await ws.call('companies.delete', { id: c.id });
        trashedCompanies.add(c.id);
        checks.push('trash company');
      } else if (action === 11 && trashedCompanies.size > 0) {
        const id = r.pick([...trashedCompanies]);
        if (r.chance(0.6)) {
          await ws.call('trash.restore', { kind: 'company', id });
          checks.push('restore company');
        } else {
          // Purged with every visit and follow-up it had, in the trash or not.
          await ws.call('trash.purge', { kind: 'company', id });
          companies.splice(companies.findIndex((c) => c.id === id), 1);
          for (const v of visits.filter((x) => x.companyId === id)) {
            visits.splice(visits.indexOf(v), 1);
            trashedVisits.delete(v.id);
          }
          companies.push(await ws.createCompany({ name: `上海嘉定新${step}号有限公司`, creditCode: creditCodeFor(100 + step), townId: r.pick(towns) }));
          checks.push('purge company');
        }
        trashedCompanies.delete(id);
      }
      if (step % 25 === 0) {
        expect(storedTotals(ws.db), `after step ${step} (${checks.at(-1)})`).toEqual(recountTotals(ws.db));
        expect(storedTagCounts(ws.db), `tags after step ${step} (${checks.at(-1)})`).toEqual(recountTagCounts(ws.db));
      }
    }
    expect(storedTotals(ws.db)).toEqual(recountTotals(ws.db));
    expect(storedTagCounts(ws.db)).toEqual(recountTagCounts(ws.db));
    // Every kind of edit happened.
    for (const kind of ['create visit', 'update visit', 'follow-up done', 'trash visit', 'restore visit', 'purge visit', 'company town', 'trash company', 'restore company', 'purge company']) {
      expect(checks, kind).toContain(kind);
    }

    // What the screens show agrees with the records.
    const listed = listedVisits().map((v) => visits.find((x) => x.id === v.id)!);
    const fresh = await Promise.all(listed.map((v) => ws.call('visits.get', { id: v.id })));
    expect((await ws.call('visits.list', { limit: 1 })).total).toBe(fresh.length);
    const town = towns[1]!;
    const byTown = fresh.filter((v) => companies.find((c) => c.id === v.companyId)?.townId === town);
    expect(countListedVisits(ws.db, { townId: town })).toBe(byTown.length);
    expect((await ws.call('visits.list', { townId: town, limit: 1 })).total).toBe(byTown.length);
    const who = staff[1]!.id;
    const inRange = fresh.filter((v) => v.staff.some((s) => s.id === who) && v.visitDate >= '2018-09-10' && v.visitDate <= '2018-09-20');
    expect((await ws.call('visits.list', { staffId: who, from: '2018-09-10', to: '2018-09-20', limit: 1 })).total).toBe(inRange.length);
    const overdue = fresh.flatMap((v) => v.followUps).filter((f) => !f.done && f.dueDate !== null && f.dueDate < TODAY);
    expect(countOverdueFollowUps(ws.db, TODAY)).toBe(overdue.length);
    expect((await ws.call('dashboard.get', { today: TODAY })).dueWork.overdueFollowUps).toBe(overdue.length);
    expect((await ws.call('followUps.list', { scope: 'overdue', today: TODAY })).length).toBe(overdue.length);
    const tagged = (await Promise.all(live().map((c) => ws.call('companies.get', { id: c.id })))).filter((c) => c.tags.includes('普工'));
    expect((await ws.call('companies.list', { tag: '普工', limit: 1 })).total).toBe(tagged.length);
  });
});
