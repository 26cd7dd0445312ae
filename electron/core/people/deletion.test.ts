// Deletion that deletes: in a plain (unencrypted) workspace, where the file's bytes are
// readable by anyone who copies it, a person removed everywhere, a contact deleted, a company
// or a visit purged leave none of their words in the .sqlite file, its -wal, or the pages of
// the search indexes.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DELETED_PERSON } from '../../../shared/people/schema';
import { openDb } from '../db/open';
import { localSessionOptions } from '../workspace/localKeys';
import { WorkspaceSession } from '../workspace/session';
import { tempDir, TestWorkspace } from '../testing/workspace';

const NAME = '测试联系人甲';
const PHONE = '13912345678';
const WORD = '鸿雁翔宇独特词';

let ws: TestWorkspace;

/** A plain workspace (as before encryption, or with encryption left off): its bytes are the test's evidence. */
async function plainWorkspace(): Promise<TestWorkspace> {
  const dir = tempDir();
  const file = path.join(dir, 'plain.sqlite');
  openDb(file, { create: true }).db.close();
  const w = new TestWorkspace(dir, file, new WorkspaceSession(file, localSessionOptions(dir)));
  w.me = await w.call('staff.create', { name: '王建国', title: '科长', phone: '021-69989000' });
  await w.call('settings.update', { currentStaffId: w.me.id });
  await w.loadLookups();
  return w;
}

beforeEach(async () => {
  ws = await plainWorkspace();
  expect((await ws.call('workspace.info', {})).encrypted).toBe(false);
});
afterEach(() => ws.dispose());

/** The file and its -wal, as a program reading the disk sees them. */
function fileBytes(): Buffer {
  const parts = [fs.readFileSync(ws.file)];
  if (fs.existsSync(`${ws.file}-wal`)) parts.push(fs.readFileSync(`${ws.file}-wal`));
  return Buffer.concat(parts);
}
const inFile = (text: string) => fileBytes().includes(Buffer.from(text, 'utf8'));

/** The pages of the visit search indexes. */
function visitIndexBytes(): Buffer {
  return Buffer.concat(['visit_search_tri_data', 'visit_search_bi_data'].flatMap((t) => (ws.db.prepare(`SELECT block FROM ${t}`).all() as { block: Buffer }[]).map((r) => r.block)));
}

async function trip() {
  const regions = await ws.regionIds();
  return ws.call('trips.create', { title: '赴迪庆州德钦县开展专场招聘', prefectureId: regions.get('迪庆州')!, countyIds: [regions.get('德钦县')!], startDate: '2018-09-17', endDate: '2018-09-21' });
}

describe('remove this person everywhere', () => {
  it('lists every place the name and phone appear, then clears them all from the file', async () => {
    const company = await ws.createCompany({ notes: `对接人${NAME}，电话${PHONE}`, contacts: [{ name: NAME, role: '人事经理', phone: PHONE }] });
    const visit = await ws.createVisit(company.id, { notes: `与${NAME}面谈宿舍安排` });
    const t = await trip();
    const withMember = await ws.call('trips.addMember', { tripId: t.id, member: { name: NAME, role: 'companyRep', organisation: company.name, phone: PHONE, contactId: company.contacts[0]!.id } });
    await ws.call('itinerary.create', { tripId: t.id, item: { kind: 'jobFair', startsAt: '2018-09-19T09:00', endsAt: '2018-09-19T12:00', localContact: NAME, localContactPhone: PHONE } });
    // Someone else on the same trip, and another company's contact: they stay as they are.
    await ws.call('trips.addMember', { tripId: t.id, member: { name: '王建国', role: 'bureauStaff', phone: '021-69989000', staffId: ws.me.id } });
    await ws.call('trips.addMember', { tripId: t.id, member: { name: '扎西', role: 'partnerOfficial', phone: '13988887777' } });
    const other = await ws.createCompany({ name: '大董（上海）餐饮管理有限公司', contacts: [{ name: '赵丽', phone: '13700001111' }] });
    // A row an older version wrote, with the values in it (new rows never hold them).
    ws.db.prepare(`INSERT INTO audit (id, at, staff_id, entity, entity_id, action, changes) VALUES ('old-row', '2018-09-10T08:00:00Z', NULL, 'tripMember', 'x', 'create', ?)`)
      .run(JSON.stringify({ name: [null, NAME], phone: [null, PHONE], role: [null, 'companyRep'] }));
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(inFile(NAME)).toBe(true);

    const found = await ws.call('people.find', { kind: 'tripMember', id: withMember.members[0]!.id });
    expect(found).toMatchObject({ name: NAME, phone: PHONE });
    expect(found.places.map((p) => `${p.kind}:${p.field ?? ''}`).sort()).toEqual(
      ['audit:', 'contact:', 'itineraryContact:', 'text:notes', 'text:notes', 'tripMember:'].sort(),
    );

    await ws.call('people.remove', { kind: 'tripMember', id: withMember.members[0]!.id });
    const after = await ws.call('trips.get', { id: t.id });
    expect(after.members.map((m) => [m.name, m.phone])).toEqual([[DELETED_PERSON, null], ['王建国', '021-69989000'], ['扎西', '13988887777']]);
    expect((await ws.call('companies.get', { id: other.id })).contacts.map((k) => k.name)).toEqual(['赵丽']);
    expect(after.items[0]).toMatchObject({ localContact: DELETED_PERSON, localContactPhone: null });
    expect((await ws.call('companies.get', { id: company.id })).contacts).toEqual([]);
    expect((await ws.call('visits.get', { id: visit.id })).notes).toBe(`与${DELETED_PERSON}面谈宿舍安排`);
    expect((await ws.call('companies.list', { query: NAME })).rows).toEqual([]);
    expect(inFile(NAME)).toBe(false);
    expect(inFile(PHONE)).toBe(false);
    const old = ws.db.prepare("SELECT changes FROM audit WHERE entity_id = 'x'").get() as { changes: string };
    expect(JSON.parse(old.changes)).toEqual({ name: [null, { changed: true }], phone: [null, { changed: true }], role: [null, 'companyRep'] });
    // Nothing left to find.
    expect(await ws.refused('people.remove', { kind: 'tripMember', id: withMember.members[0]!.id })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('a staff member: the list entry loses name and phone, their visits stay', async () => {
    const li = await ws.call('staff.create', { name: NAME, title: '科员', phone: PHONE });
    const company = await ws.createCompany();
    const visit = await ws.createVisit(company.id, { staffIds: [li.id] });
    const found = await ws.call('people.find', { kind: 'staff', id: li.id });
    expect(found.places.map((p) => p.kind)).toEqual(['staff', 'visitStaff']);
    await ws.call('people.remove', { kind: 'staff', id: li.id });
    expect((await ws.call('visits.get', { id: visit.id })).staff.map((s) => s.name)).toEqual([DELETED_PERSON]);
    expect(inFile(NAME)).toBe(false);
    expect(inFile(PHONE)).toBe(false);
    expect(await ws.refused('people.remove', { kind: 'staff', id: ws.me.id })).toMatchObject({ code: 'CONFLICT', key: 'cannotRemoveSelf' });
  });

  it('a staff member no record names is deleted from the list outright', async () => {
    const li = await ws.call('staff.create', { name: NAME, title: '科员', phone: PHONE });
    await ws.call('people.remove', { kind: 'staff', id: li.id });
    expect((await ws.call('staff.list', { includeInactive: true })).map((s) => s.id)).not.toContain(li.id);
    expect(inFile(NAME)).toBe(false);
  });
});

describe('deletes that leave nothing in the file', () => {
  it('a contact deleted from a company and saved', async () => {
    const company = await ws.createCompany({ contacts: [{ name: NAME, role: '人事经理', phone: PHONE }, { name: '赵丽' }] });
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(inFile(NAME)).toBe(true);
    await ws.updateCompany(company, { contacts: [{ name: '赵丽' }] });
    expect(inFile(NAME)).toBe(false);
    expect(inFile(PHONE)).toBe(false);
  });

  it('a company purged from the trash, with its notes and contacts', async () => {
    const company = await ws.createCompany({ notes: `${WORD}备注`, contacts: [{ name: NAME, phone: PHONE }] });
    await ws.createVisit(company.id, { notes: WORD });
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    await ws.call('companies.delete', { id: company.id });
    await ws.call('trash.purge', { kind: 'company', id: company.id });
    for (const text of [NAME, PHONE, WORD]) expect(inFile(text), text).toBe(false);
  });

  it('a visit purged from the trash: its words leave the file and the search index pages', async () => {
    const company = await ws.createCompany();
    const visit = await ws.createVisit(company.id, { notes: `宿舍${WORD}` });
    const pieces = ['鸿雁翔', '翔宇独', '独特', '宇独', '雁翔'];
    // FTS5 stores terms prefix-compressed: some pieces show whole, not necessarily each.
    expect(pieces.some((piece) => visitIndexBytes().includes(Buffer.from(piece)))).toBe(true);
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    await ws.call('visits.delete', { id: visit.id });
    await ws.call('trash.purge', { kind: 'visit', id: visit.id });
    for (const piece of pieces) expect(visitIndexBytes().includes(Buffer.from(piece)), piece).toBe(false);
    expect(inFile(WORD)).toBe(false);
    const history = await ws.call('audit.list', { entityId: visit.id });
    expect(history.map((h) => h.action)).toEqual(['purge', 'delete', 'create']);
    expect(JSON.stringify(history)).not.toContain(WORD);
  });
});
