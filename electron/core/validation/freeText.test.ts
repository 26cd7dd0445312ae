// Issue 12, free text and fields, at the real handlers on a real workspace file: every
// text field takes the one text rule, names refuse resident ID numbers, phone fields
// take phone numbers, every date lies in 1900–2100 (copies of trips included), and
// search takes any text. A refused call names the field and the reason, and changes
// nothing in the file: no row in any table, no line of the audit trail.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, sampleVisit, type TestWorkspace } from '../testing/workspace';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await createTestWorkspace();
});
afterEach(() => ws.dispose());

const ID_NUMBER = '532301199003071234';

/** Rows of every table of the file, FTS shadow tables and the audit trail included. */
function everyRowCount(): Record<string, number> {
  const tables = ws.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, ws.count(`SELECT count(*) AS n FROM "${name}"`)]));
}

async function refusedOn(channel: string, input: unknown, path: (string | number)[], key: string) {
  const before = everyRowCount();
  const error = await ws.refused(channel, input);
  expect(error.code).toBe('VALIDATION');
  expect(error.issues).toContainEqual(expect.objectContaining({ path, key }));
  expect(everyRowCount()).toEqual(before);
  return error;
}

describe('the text rule at every channel family', () => {
  it('companies: NUL, escape, RLO and a lone surrogate are refused at their field, not stored changed', async () => {
    await refusedOn('companies.create', { name: '上海沪工\u0000阀门厂' }, ['name'], 'textControlChar');
    await refusedOn('companies.create', { name: '上海沪工阀门厂', address: '\u001b[2J嘉定区' }, ['address'], 'textControlChar');
    await refusedOn('companies.create', { name: '上海\u202e厂门阀工沪' }, ['name'], 'textBidiControl');
    await refusedOn('companies.create', { name: '上海沪工阀门厂', notes: '车间\ud83d整洁' }, ['notes'], 'textLoneSurrogate');
    await refusedOn('companies.create', { name: '上海沪工阀门厂', contacts: [{ name: '陈美华', note: '周一\n不在' }] }, ['contacts', 0, 'note'], 'textLineBreak');
    const c = await ws.createCompany({ notes: '第一行\n\t第二行 مرحبا\u200f 👩‍🔧' });
    expect(c.notes).toBe('第一行\n\t第二行 مرحبا\u200f 👩‍🔧');
  });

  it('visits, staff, lookups, settings, positions, trips, placements, agreements and vetting answers all take it', async () => {
    const company = await ws.createCompany();
    await refusedOn('visits.create', { ...sampleVisit(company.id, [ws.me.id]), lodging: '宿舍\u0007四人' }, ['lodging'], 'textControlChar');
    await refusedOn('staff.create', { name: '王\u2066建国' }, ['name'], 'textBidiControl');
    await refusedOn('lookups.create', { kind: 'town', name: '安亭\udc00镇' }, ['name'], 'textLoneSurrogate');
    await refusedOn('settings.update', { unitName: '嘉定区\u0000人社局' }, ['unitName'], 'textControlChar');
    const jobTypeId = (await ws.call('jobTypes.list', {}))[0]!.id;
    await refusedOn('positions.create', { companyId: company.id, jobTypeId, title: '装配工', headcount: 5, skills: '会\u0085焊接' }, ['skills'], 'textControlChar');
    const regions = await ws.regionIds();
    const trip = { title: '赴德钦专场招聘', prefectureId: regions.get('迪庆州')!, countyIds: [regions.get('德钦县')!], startDate: '2018-09-17', endDate: '2018-09-21' };
    await refusedOn('trips.create', { ...trip, notes: '带\u202d宣传册' }, ['notes'], 'textBidiControl');
    await refusedOn('placements.createBatch', { arrivedOn: '2019-03-01', workers: 10, prefectureId: regions.get('迪庆州')!, notes: '\u0000' }, ['notes'], 'textControlChar');
    await refusedOn('agreements.create', { agreement: { type: 'framework', title: '劳务协作协议\u0000', parties: ['楚雄州人社局'], signedOn: '2018-09-19' }, today: '2018-09-20' }, ['agreement', 'title'], 'textControlChar');
    const v = await ws.call('vettings.start', { companyId: company.id });
    await refusedOn('vettings.answer', { vettingId: v.id, itemKey: v.template.sections[0]!.items[0]!.key, value: 'na', note: '不\ud800适用' }, ['note'], 'textLoneSurrogate');
  });
});

describe('names refuse resident ID numbers; phone fields take phone numbers only', () => {
  it('a contact, a staff member, a delegation member and a local contact named with an ID number are refused', async () => {
    await refusedOn('companies.create', { name: '上海沪工阀门厂', contacts: [{ name: `陈美华${ID_NUMBER}` }] }, ['contacts', 0, 'name'], 'nameHasIdNumber');
    await refusedOn('companies.create', { name: `上海沪工阀门厂 ${ID_NUMBER}` }, ['name'], 'nameHasIdNumber');
    await refusedOn('staff.create', { name: ID_NUMBER }, ['name'], 'nameHasIdNumber');
    const regions = await ws.regionIds();
    const t = await ws.call('trips.create', { title: '赴德钦专场招聘', prefectureId: regions.get('迪庆州')!, countyIds: [regions.get('德钦县')!], startDate: '2018-09-17', endDate: '2018-09-21' });
    await refusedOn('trips.addMember', { tripId: t.id, member: { name: `王建国 ${ID_NUMBER}`, role: 'bureauStaff' } }, ['member', 'name'], 'nameHasIdNumber');
    await refusedOn('itinerary.create', { tripId: t.id, item: { kind: 'seminar', startsAt: '2018-09-18T09:00', endsAt: '2018-09-18T10:00', localContact: `扎西 ${ID_NUMBER}` } }, ['item', 'localContact'], 'nameHasIdNumber');
    await refusedOn('itinerary.create', { tripId: t.id, item: { kind: 'seminar', startsAt: '2018-09-18T09:00', endsAt: '2018-09-18T10:00', localContactPhone: '找县人社局' } }, ['item', 'localContactPhone'], 'invalidPhone');
  });

  it('an ID number in a phone field is refused; mobiles, landlines with extension and (021) forms are kept as typed', async () => {
    await refusedOn('companies.create', { name: '上海沪工阀门厂', contacts: [{ name: '陈美华', phone: ID_NUMBER }] }, ['contacts', 0, 'phone'], 'invalidPhone');
    await refusedOn('staff.create', { name: '李慧敏', phone: '前台转' }, ['phone'], 'invalidPhone');
    const c = await ws.createCompany({
      contacts: [{ name: '陈美华', phone: '0887-8412345' }, { name: '李四', phone: '021-59991234-801' }, { name: '王五', phone: '(021)59991234' }, { name: '赵六', phone: '+86 138 1234 5678' }],
    });
    expect(c.contacts.map((x) => x.phone)).toEqual(['0887-8412345', '021-59991234-801', '(021)59991234', '+86 138 1234 5678']);
  });

  it('an ID number or a mobile in notes is kept: notes warn in the form, they do not refuse', async () => {
    const c = await ws.createCompany({ notes: `王师傅身份证${ID_NUMBER}，手机13812345678`, contacts: [{ name: '陈美华', note: `身份证 ${ID_NUMBER}` }] });
    expect(c.notes).toContain(ID_NUMBER);
    expect(c.contacts[0]!.note).toContain(ID_NUMBER);
  });
});

describe('one date rule: 1900–2100, and date arithmetic that cannot leave it', () => {
  it('a visit in year 0000 or 9999 is refused as out of range, not as internal', async () => {
    const company = await ws.createCompany();
    for (const visitDate of ['0000-01-01', '9999-12-31', '1899-12-31', '2101-01-01']) {
      await refusedOn('visits.create', { ...sampleVisit(company.id, [ws.me.id]), visitDate }, ['visitDate'], 'dateOutOfRange');
    }
  });

  it('an itinerary item in 9999 is refused; copying a trip so that it ends after 2100 is refused naming the new start, with nothing copied', async () => {
    const regions = await ws.regionIds();
    const t = await ws.call('trips.create', { title: '赴德钦专场招聘', prefectureId: regions.get('迪庆州')!, countyIds: [regions.get('德钦县')!], startDate: '2018-09-17', endDate: '2018-09-21' });
    await refusedOn('itinerary.create', { tripId: t.id, item: { kind: 'seminar', startsAt: '9999-12-31T09:00', endsAt: '9999-12-31T10:00' } }, ['item', 'startsAt'], 'dateOutOfRange');
    await ws.call('itinerary.create', { tripId: t.id, item: { kind: 'seminar', startsAt: '2018-09-21T09:00', endsAt: '2018-09-21T10:00' } });
    await refusedOn('trips.copy', { id: t.id, newStartDate: '9999-12-31' }, ['newStartDate'], 'dateOutOfRange');
    const error = await refusedOn('trips.copy', { id: t.id, newStartDate: '2100-12-30' }, ['newStartDate'], 'copyLeavesDateRange');
    expect(error.issues![0]!.params).toMatchObject({ min: '1900-01-01', max: '2100-12-31', endDate: '2101-01-03' });
    const last = await ws.call('trips.copy', { id: t.id, newStartDate: '2100-12-27' });
    expect(last).toMatchObject({ startDate: '2100-12-27', endDate: '2100-12-31' });
    expect((await ws.call('trips.itineraryHtml', { id: last.id })).html).toContain('2100');
    expect(await ws.call('trips.copy', { id: t.id, newStartDate: '1900-01-01' })).toMatchObject({ endDate: '1900-01-05', items: [expect.objectContaining({ startsAt: '1900-01-05T09:00' })] });
  });
});

describe('a trip stored before the date rule, in year 9999', () => {
  it('still opens and prints (its days past 2100 are not walked), and a copy of it is refused naming the new start', async () => {
    const regions = await ws.regionIds();
    const t = await ws.call('trips.create', { title: '赴德钦专场招聘', prefectureId: regions.get('迪庆州')!, countyIds: [regions.get('德钦县')!], startDate: '2018-09-17', endDate: '2018-09-21' });
    ws.db.prepare("UPDATE trips SET start_date = '9999-12-29', end_date = '9999-12-31' WHERE id = ?").run(t.id);
    expect(await ws.call('trips.get', { id: t.id })).toMatchObject({ startDate: '9999-12-29' });
    expect((await ws.call('trips.itineraryHtml', { id: t.id })).html).toContain('9999');
    await refusedOn('trips.copy', { id: t.id, newStartDate: '2100-12-30' }, ['newStartDate'], 'copyLeavesDateRange');
  });
});

describe('search takes any text and never fails', () => {
  const queries = ['\u0000', '沪工\u0000阀门', '"', '""阀门"', 'AND', 'OR NOT', 'NEAR(沪工 阀门)', '阀*', '^沪工', 'name:沪工', '(', ')', '😀', '👩‍🔧', '\ud83d', '\ude00阀门', '\u202e工沪', '%_\\', '阀'.repeat(10_000), ' '.repeat(500)];

  it.each(['companies.list', 'visits.list'] as const)('%s answers every odd query with a list', async (channel) => {
    const c = await ws.createCompany({ name: '上海沪工阀门厂（集团）有限公司' });
    await ws.createVisit(c.id, { notes: '沪工阀门 "NEAR" 😀' });
    for (const query of queries) {
      const r = await ws.invoke(channel, { query });
      expect(r.ok, JSON.stringify(query.slice(0, 20))).toBe(true);
    }
    const found = async (query: string) => ((await ws.call(channel, { query })) as { rows: unknown[] }).rows.length;
    expect(await found('沪工\u0000阀门')).toBe(1);
    expect(await found('😀 沪工')).toBe(channel === 'visits.list' ? 1 : 0);
  });

  it('the similar-name check and the tag filter take any characters too (their length is bounded like the field)', async () => {
    await ws.createCompany({ name: '上海沪工阀门厂（集团）有限公司' });
    expect((await ws.invoke('companies.similar', { name: '沪工\u0000阀门"厂' })).ok).toBe(true);
    expect((await ws.invoke('companies.list', { tag: '\u0000普工😀' })).ok).toBe(true);
  });
});
