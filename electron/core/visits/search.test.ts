// The visits' search index keeps its entries in the list's order (by day, then by visit id
// within the day) whatever order visits are written, edited and moved in, and carries each
// visit's staff and its company's town, so a search with filters is answered by the index alone
// and agrees with the list.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Company } from '../../../shared/companies/schema';
import { createTestWorkspace, creditCodeFor, type TestWorkspace, visitAsInput } from '../testing/workspace';
import { listVisits, reindexVisit } from './repository';

let ws: TestWorkspace;
let hugong: Company;
beforeEach(async () => {
  ws = await createTestWorkspace();
  hugong = await ws.createCompany({ creditCode: creditCodeFor(1), townId: ws.townId('华亭镇') });
});
afterEach(() => ws.dispose());

const entries = () => ws.db.prepare('SELECT n, visit_id FROM visit_search ORDER BY n').all() as { n: number; visit_id: string }[];
const idsOf = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('the order of the visits\' search index', () => {
  it('follows the day, then the visit id, whatever order the visits are indexed in, numbering a day afresh when it runs out of room', () => {
    // Visits written straight into the table with chosen ids, all on one day, then indexed from
    // the largest id down: each goes before all the others, halving the room left each time,
    // until the day is numbered afresh.
    const at = '2018-09-10T08:00:00.000Z';
    const ids = Array.from({ length: 60 }, (_, i) => `01900000-0000-7000-8000-${String(i).padStart(12, '0')}`);
    const insert = ws.db.prepare('INSERT INTO visits (id, company_id, visit_date, purpose, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    const staff = ws.db.prepare('INSERT INTO visit_staff (visit_id, staff_id) VALUES (?, ?)');
    for (const id of ids) {
      insert.run(id, hugong.id, '2018-09-10', '宿舍检查', at, at);
      staff.run(id, ws.me.id);
    }
    for (const id of [...ids].reverse()) reindexVisit(ws.db, id);
    expect(entries().map((e) => e.visit_id)).toEqual(ids);
    // In between, out of order, and moved to another day and back.
    ws.db.prepare(`UPDATE visits SET visit_date = '2018-09-11' WHERE id = ?`).run(ids[30]);
    reindexVisit(ws.db, ids[30]!);
    ws.db.prepare(`UPDATE visits SET visit_date = '2018-09-10' WHERE id = ?`).run(ids[30]);
    reindexVisit(ws.db, ids[30]!);
    expect(entries().map((e) => e.visit_id)).toEqual(ids);
    // The search lists them as the list does: newest day first, larger ids first.
    const list = listVisits(ws.db, { offset: 0, limit: 100 });
    expect(idsOf(listVisits(ws.db, { query: '宿舍', offset: 0, limit: 100 }).rows)).toEqual(idsOf(list.rows));
    expect(idsOf(listVisits(ws.db, { query: '宿舍检查', offset: 25, limit: 10 }).rows)).toEqual(idsOf(list.rows).slice(25, 35));
  });

  it('pages on after a visit that has left the index meanwhile, without a row twice or missing', async () => {
    const visits = [];
    for (let i = 0; i < 6; i++) visits.push(await ws.createVisit(hugong.id, { visitDate: '2018-09-10', purpose: '宿舍检查' }));
    const all = idsOf(listVisits(ws.db, { query: '宿舍', offset: 0, limit: 100 }).rows);
    const cursor = visits.find((v) => v.id === all[2])!;
    await ws.call('visits.delete', { id: cursor.id });
    const after = listVisits(ws.db, { query: '宿舍', after: { visitDate: cursor.visitDate, id: cursor.id }, offset: 0, limit: 100 });
    expect(idsOf(after.rows)).toEqual(all.slice(3));
  });
});

describe('a search with filters, answered by the index', () => {
  it('follows a visit\'s staff when they change and its company\'s town when the company moves', async () => {
    const li = await ws.call('staff.create', { name: '李娜', title: '科员' });
    const dadong = await ws.createCompany({ name: '大董（上海）餐饮管理有限公司', townId: ws.townId('南翔镇') });
    const v1 = await ws.createVisit(hugong.id, { staffIds: [ws.me.id], lodging: '提供四人间宿舍' });
    const v2 = await ws.createVisit(dadong.id, { staffIds: [li.id], lodging: '提供四人间宿舍', visitDate: '2018-09-11' });
    const search = (filter: { staffId?: string; townId?: string; from?: string; to?: string }) =>
      ws.call('visits.list', { query: '四人间', ...filter, limit: 100 }).then((r) => ({ total: r.total, ids: idsOf(r.rows) }));
    expect(await search({ staffId: li.id })).toEqual({ total: 1, ids: [v2.id] });
    expect(await search({ townId: ws.townId('华亭镇') })).toEqual({ total: 1, ids: [v1.id] });
    expect(await search({ from: '2018-09-11' })).toEqual({ total: 1, ids: [v2.id] });
    expect(await search({ to: '2018-09-10' })).toEqual({ total: 1, ids: [v1.id] });
    // 李娜 goes on the first visit too; 大董 moves to 华亭镇.
    await ws.call('visits.update', { id: v1.id, visit: { ...visitAsInput(v1), staffIds: [ws.me.id, li.id] } });
    await ws.updateCompany(await ws.call('companies.get', { id: dadong.id }), { townId: ws.townId('华亭镇') });
    expect(await search({ staffId: li.id })).toEqual({ total: 2, ids: [v2.id, v1.id] });
    expect(await search({ staffId: li.id, townId: ws.townId('华亭镇') })).toEqual({ total: 2, ids: [v2.id, v1.id] });
    expect(await search({ townId: ws.townId('南翔镇') })).toEqual({ total: 0, ids: [] });
    // Short words go to the other index, with the same filters.
    expect((await ws.call('visits.list', { query: '宿舍', staffId: ws.me.id, limit: 100 })).rows.map((r) => r.id)).toEqual([v1.id]);
  });
});
