// A long visits list is read page by page: by offset when the user jumps (dragging the
// scrollbar), by cursor (after the last row shown) when they scroll on and when an export reads
// chunk after chunk. Whichever way, deep in a list of 60,000 visits, with or without filters and
// search, a page holds exactly the rows an unpaged query has at that position.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VisitListInput } from '../../../shared/visits/schema';
import { createTestWorkspace, creditCodeFor, type TestWorkspace } from '../testing/workspace';
import { listVisits, type PagePlan, reindexVisit } from './repository';

let ws: TestWorkspace;
let staff: string[];
let towns: string[];
const VISITS = 60_000;

beforeAll(async () => {
  ws = await createTestWorkspace();
  staff = [ws.me.id, (await ws.call('staff.create', { name: '李娜', title: '科员' })).id];
  towns = [ws.townId('安亭镇'), ws.townId('华亭镇')];
  const companies: string[] = [];
  for (let i = 0; i < 12; i++) {
    companies.push((await ws.createCompany({ name: `上海嘉定第${i}号制造有限公司`, creditCode: creditCodeFor(i), townId: i % 3 === 2 ? null : towns[i % 2] })).id);
  }
  // Written straight into the tables (as an old app or the import would), in one go: dates over
  // three years, many visits sharing a date (so the order within a day counts), a few in the trash.
  const db = ws.db;
  db.transaction(() => {
    const at = '2018-09-10T08:00:00.000Z';
    const visit = db.prepare(
      `INSERT INTO visits (id, company_id, visit_date, purpose, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const who = db.prepare('INSERT INTO visit_staff (visit_id, staff_id) VALUES (?, ?)');
    for (let i = 0; i < VISITS; i++) {
      const id = `01900000-0000-7000-8000-${String(i).padStart(12, '0')}`;
      const day = new Date(Date.UTC(2016, 0, 1) + ((i * 7919) % 1100) * 86_400_000).toISOString().slice(0, 10);
      visit.run(id, companies[(i * 31) % companies.length], day, i % 5 === 0 ? '宿舍检查' : '了解用工需求', at, at, i % 97 === 0 ? at : null);
      who.run(id, staff[i % 2]);
      if (i % 3 === 0) who.run(id, staff[(i + 1) % 2]);
    }
  })();
  // Their search entries, as the app writes them with each visit.
  db.transaction(() => {
    for (let i = 0; i < VISITS; i++) reindexVisit(db, `01900000-0000-7000-8000-${String(i).padStart(12, '0')}`);
  })();
  // A company in the trash takes its visits out of the list.
  await ws.call('companies.delete', { id: companies[4]! });
}, 120_000);
afterAll(() => ws.dispose());

/** The whole list for `filter`, unpaged, by plain SQL (no index choice, no cursor, no totals). */
function unpaged(filter: { staffId?: string; townId?: string; from?: string; to?: string; purpose?: string }): string[] {
  const where = ['v.deleted_at IS NULL', 'c.deleted_at IS NULL'];
  const params: string[] = [];
  const keep = (sql: string, value: string) => {
    where.push(sql);
    params.push(value);
  };
  if (filter.staffId) keep('v.id IN (SELECT visit_id FROM visit_staff WHERE staff_id = ?)', filter.staffId);
  if (filter.townId) keep('c.town_id = ?', filter.townId);
  if (filter.from) keep('v.visit_date >= ?', filter.from);
  if (filter.to) keep('v.visit_date <= ?', filter.to);
  if (filter.purpose) keep('v.purpose = ?', filter.purpose);
  // (The workspace's connection shares its prepared statements: no pluck(), which would change one for everyone.)
  const rows = ws.db
    .prepare(`SELECT v.id FROM visits v JOIN companies c ON c.id = v.company_id WHERE ${where.join(' AND ')} ORDER BY v.visit_date DESC, v.id DESC`)
    .all(...params) as { id: string }[];
  return rows.map((r) => r.id);
}

const page = (input: VisitListInput, offset: number, plan?: PagePlan) => listVisits(ws.db, { ...input, offset, limit: 100 }, { plan });
const cursorAt = (id: string) => ({ visitDate: (ws.db.prepare('SELECT visit_date FROM visits WHERE id = ?').get(id) as { visit_date: string }).visit_date, id });

describe('paging the visits list', () => {
  it('gives at offset 50,000 and after the cursor of row 49,999 exactly the rows the unpaged list has there', () => {
    const all = unpaged({});
    expect(all.length).toBeGreaterThan(50_100);
    const byOffset = page({}, 50_000);
    expect(byOffset.total).toBe(all.length);
    expect(byOffset.rows.map((r) => r.id)).toEqual(all.slice(50_000, 50_100));
    expect(page({ after: cursorAt(all[49_999]!) }, 0).rows.map((r) => r.id)).toEqual(all.slice(50_000, 50_100));
    // A cursor and an offset together: the offset counts on from the cursor.
    expect(page({ after: cursorAt(all[39_999]!) }, 10_000).rows.map((r) => r.id)).toEqual(all.slice(50_000, 50_100));
    // The last page is short, and nothing comes after it.
    const last = page({ after: cursorAt(all[all.length - 31]!) }, 0);
    expect(last.rows.map((r) => r.id)).toEqual(all.slice(-30));
    expect(page({ after: cursorAt(all[all.length - 1]!) }, 0).rows).toEqual([]);
  });

  it('reads the whole list chunk after chunk by cursor, as an export does, without a row twice or missing', () => {
    const all = unpaged({});
    const read: string[] = [];
    let after: VisitListInput['after'] = null;
    for (;;) {
      const { rows } = listVisits(ws.db, { after, offset: 0, limit: 500 }, { counted: false });
      if (!rows.length) break;
      read.push(...rows.map((r) => r.id));
      after = { visitDate: rows.at(-1)!.visitDate, id: rows.at(-1)!.id };
    }
    expect(read).toEqual(all);
  });

  it('pages a list filtered by staff, town, dates and their combinations the same way', () => {
    const filters: { staffId?: string; townId?: string; from?: string; to?: string }[] = [
      { staffId: staff[1] },
      { townId: towns[0] },
      { from: '2016-06-01', to: '2017-12-31' },
      { staffId: staff[0], townId: towns[1] },
      { staffId: staff[1], from: '2017-01-01' },
      { townId: towns[0], to: '2017-06-30' },
    ];
    for (const f of filters) {
      const all = unpaged(f);
      const deep = Math.floor(all.length * 0.8);
      // Walked in list order, collected from the staff member's visits and sorted, or read from
      // the search index where staff and town are tokens; a page this far down (no cursor)
      // starts at its day, found from the running totals per day.
      const plans: (PagePlan | undefined)[] = [undefined, 'walk', ...(f.staffId ? (['collect'] as const) : []), ...(f.staffId || f.townId ? (['index'] as const) : [])];
      for (const plan of plans) {
        const label = `${JSON.stringify(f)} ${plan ?? ''}`;
        expect(page(f, deep, plan).total, label).toBe(all.length);
        expect(page(f, deep, plan).rows.map((r) => r.id), label).toEqual(all.slice(deep, deep + 100));
        expect(page({ ...f, after: cursorAt(all[deep - 1]!) }, 0, plan).rows.map((r) => r.id), label).toEqual(all.slice(deep, deep + 100));
      }
    }
  });

  it('pages a search, alone and with a filter, the same way', () => {
    // The visits whose purpose is 宿舍检查 are the ones "宿舍" finds.
    // Each way of finding them: from the search index in list order (staff and town as tokens in
    // it, dates as a range of its entries), or testing rows against the search — asking the
    // index per row, from a set of the matches, or collecting the matches and sorting them.
    for (const f of [{}, { staffId: staff[0] }, { townId: towns[1], from: '2016-03-01' }]) {
      const all = unpaged({ ...f, purpose: '宿舍检查' });
      for (const plan of ['index', 'row', 'set', 'collect'] as const) {
        // Half-way down by the index; the other ways test row after row, so not as far.
        const deep = plan === 'index' ? Math.floor(all.length / 2) : 300;
        const label = `${JSON.stringify(f)} ${plan}`;
        expect(page({ ...f, query: '宿舍' }, deep, plan).total, label).toBe(all.length);
        expect(page({ ...f, query: '宿舍' }, deep, plan).rows.map((r) => r.id), label).toEqual(all.slice(deep, deep + 100));
        expect(page({ ...f, query: '宿舍检查', after: cursorAt(all[deep - 1]!) }, 0, plan).rows.map((r) => r.id), label).toEqual(all.slice(deep, deep + 100));
      }
    }
  });
});
