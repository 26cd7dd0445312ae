// The bridge is where the renderer's input enters the core. Whatever arrives — wrong
// types, missing fields, extra keys, oversized text, made-up channel names — is refused
// with a VALIDATION (or UNKNOWN_CHANNEL) error that names the field, and nothing in the
// workspace changes: not a record, not a contact, not a line of the audit trail.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Company } from '../../shared/companies/schema';
import { createTestWorkspace, sampleVisit, type TestWorkspace } from './testing/workspace';

let ws: TestWorkspace;
let company: Company;
beforeEach(async () => {
  ws = await createTestWorkspace();
  company = await ws.createCompany();
  await ws.createVisit(company.id, { followUps: [{ what: '寄送岗位表' }] });
});
afterEach(() => ws.dispose());

const NOT_AN_ID = 'c0ffee';
const validCompany = { name: '大董（上海）餐饮管理有限公司', address: '嘉定区南翔镇民主街66号' };

type Case = [label: string, channel: string, input: () => unknown, path: (string | number)[], key: string];

const cases: Case[] = [
  // Companies
  ['name of the wrong type', 'companies.create', () => ({ name: 12345 }), ['name'], 'invalidType'],
  ['name missing', 'companies.create', () => ({ address: '嘉定区安亭镇墨玉路123号' }), ['name'], 'required'],
  ['name of spaces only', 'companies.create', () => ({ name: '　 ' }), ['name'], 'required'],
  ['name of 121 characters', 'companies.create', () => ({ name: '嘉'.repeat(121) }), ['name'], 'tooLong'],
  ['notes over 5000 characters', 'companies.create', () => ({ ...validCompany, notes: '车间整洁。'.repeat(1001) }), ['notes'], 'tooLong'],
  ['credit code with a wrong check character', 'companies.create', () => ({ ...validCompany, creditCode: '91350100M000100Y44' }), ['creditCode'], 'creditCodeChecksum'],
  ['credit code with a forbidden letter', 'companies.create', () => ({ ...validCompany, creditCode: '91350100M000100O43' }), ['creditCode'], 'creditCodeCharacters'],
  ['negative headcount', 'companies.create', () => ({ ...validCompany, headcount: -1 }), ['headcount'], 'tooSmall'],
  ['non-integer headcount', 'companies.create', () => ({ ...validCompany, headcount: 12.5 }), ['headcount'], 'invalidType'],
  ['headcount as text', 'companies.create', () => ({ ...validCompany, headcount: '800' }), ['headcount'], 'invalidType'],
  ['headcount not a number at all', 'companies.create', () => ({ ...validCompany, headcount: Number.NaN }), ['headcount'], 'invalidType'],
  ['status not on the list', 'companies.create', () => ({ ...validCompany, status: 'vip' }), ['status'], 'invalidValue'],
  ['tags not a list', 'companies.create', () => ({ ...validCompany, tags: '普工,技工' }), ['tags'], 'invalidType'],
  ['a tag over 30 characters', 'companies.create', () => ({ ...validCompany, tags: ['很'.repeat(31)] }), ['tags', 0], 'tooLong'],
  ['a contact without a name', 'companies.create', () => ({ ...validCompany, contacts: [{ phone: '13816012345' }] }), ['contacts', 0, 'name'], 'required'],
  ['a contact phone over 40 characters', 'companies.create', () => ({ ...validCompany, contacts: [{ name: '陈美华', phone: '1'.repeat(41) }] }), ['contacts', 0, 'phone'], 'tooLong'],
  ['51 contacts', 'companies.create', () => ({ ...validCompany, contacts: Array.from({ length: 51 }, (_, i) => ({ name: `联系人${i}` })) }), ['contacts'], 'tooManyItems'],
  ['town id not an id', 'companies.create', () => ({ ...validCompany, townId: '安亭镇' }), ['townId'], 'invalidFormat'],
  ['update without an id', 'companies.update', () => ({ ...validCompany }), ['id'], 'required'],
  ['update with a malformed id', 'companies.update', () => ({ ...validCompany, id: NOT_AN_ID }), ['id'], 'invalidFormat'],
  ['get with an extra key', 'companies.get', () => ({ id: company.id, withDeleted: true }), [], 'unknownField'],
  ['delete with an id of the wrong type', 'companies.delete', () => ({ id: 42 }), ['id'], 'invalidType'],
  ['list with a page too large', 'companies.list', () => ({ limit: 501 }), ['limit'], 'tooBig'],
  ['list with a negative offset', 'companies.list', () => ({ offset: -1 }), ['offset'], 'tooSmall'],
  ['list with a query that is not text', 'companies.list', () => ({ query: 42 }), ['query'], 'invalidType'],
  // Visits and follow-ups
  ['visit without staff', 'visits.create', () => ({ ...sampleVisit(company.id, []) }), ['staffIds'], 'tooFewItems'],
  ['visit without a date', 'visits.create', () => ({ ...sampleVisit(company.id, [ws.me.id]), visitDate: undefined }), ['visitDate'], 'required'],
  ['visit on 30 February', 'visits.create', () => ({ ...sampleVisit(company.id, [ws.me.id]), visitDate: '2018-02-30' }), ['visitDate'], 'invalidDate'],
  ['visit with negative pay', 'visits.create', () => ({ ...sampleVisit(company.id, [ws.me.id]), payMin: -100 }), ['payMin'], 'tooSmall'],
  ['visit with pay in fen', 'visits.create', () => ({ ...sampleVisit(company.id, [ws.me.id]), payMin: 5500.5 }), ['payMin'], 'invalidType'],
  ['visit with 51 people per room', 'visits.create', () => ({ ...sampleVisit(company.id, [ws.me.id]), peoplePerRoom: 51 }), ['peoplePerRoom'], 'tooBig'],
  ['visit with dormitory as text', 'visits.create', () => ({ ...sampleVisit(company.id, [ws.me.id]), dormProvided: 'yes' }), ['dormProvided'], 'invalidType'],
  ['visit observation over 5000 characters', 'visits.create', () => ({ ...sampleVisit(company.id, [ws.me.id]), lodging: '宿'.repeat(5001) }), ['lodging'], 'tooLong'],
  ['follow-up without what to do', 'visits.create', () => ({ ...sampleVisit(company.id, [ws.me.id]), followUps: [{ dueDate: '2018-09-12' }] }), ['followUps', 0, 'what'], 'required'],
  ['visit update without the visit', 'visits.update', () => ({ id: company.id }), ['visit'], 'required'],
  ['follow-up list without today', 'followUps.list', () => ({ scope: 'overdue' }), ['today'], 'required'],
  ['follow-up done as text', 'followUps.setDone', () => ({ id: company.id, done: 'true' }), ['done'], 'invalidType'],
  // Staff, lists, settings, trash, workspace
  ['staff without a name', 'staff.create', () => ({ title: '科员' }), ['name'], 'required'],
  ['a list kind that does not exist', 'lookups.create', () => ({ kind: 'county', name: '德钦县' }), ['kind'], 'invalidValue'],
  ['a lookup name of 121 characters', 'lookups.create', () => ({ kind: 'town', name: '镇'.repeat(121) }), ['name'], 'tooLong'],
  ['settings with an extra key', 'settings.update', () => ({ currentStaffId: null, isAdmin: true }), [], 'unknownField'],
  ['current user not an id', 'settings.update', () => ({ currentStaffId: '王建国' }), ['currentStaffId'], 'invalidFormat'],
  ['trash restore of an unknown kind', 'trash.restore', () => ({ kind: 'staff', id: company.id }), ['kind'], 'invalidValue'],
  ['a workspace path from the renderer', 'workspace.create', () => ({ path: '/tmp/evil.sqlite' }), [], 'unknownField'],
  ['a copy destination from the renderer', 'workspace.saveCopy', () => ({ path: '/tmp/copy.sqlite' }), [], 'unknownField'],
  ['audit list with a huge limit', 'audit.list', () => ({ limit: 100_000 }), ['limit'], 'tooBig'],
];

describe('bad input at the bridge', () => {
  it.each(cases)('%s (%s) is refused on the field and changes nothing', async (_, channel, input, path, key) => {
    const before = ws.counts();
    const error = await ws.refused(channel, input());
    expect(error.code).toBe('VALIDATION');
    expect(error.key).toBe('validation');
    expect(error.issues).toContainEqual(expect.objectContaining({ path, key }));
    expect(ws.counts()).toEqual(before);
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', '上海沪工阀门厂'],
    ['a number', 42],
    ['a list', [{ name: '上海沪工阀门厂' }]],
  ])('input that is %s instead of an object is refused', async (_, input) => {
    const before = ws.counts();
    for (const channel of ['companies.create', 'visits.create', 'staff.create', 'trash.purge']) {
      const error = await ws.refused(channel, input);
      expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ path: [] }] });
    }
    expect(ws.counts()).toEqual(before);
  });

  it.each(['companies.drop', 'companies', 'Companies.list', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'companies.list ', 'db.exec'])(
    'an unknown channel "%s" is refused',
    async (channel) => {
      const before = ws.counts();
      expect(await ws.refused(channel, {})).toEqual({ code: 'UNKNOWN_CHANNEL', key: 'unknownChannel' });
      expect(ws.counts()).toEqual(before);
    },
  );

  it.each([42, null, undefined, {}, ['companies.list']])('a channel name that is not a string (%j) is refused', async (channel) => {
    expect(await ws.refused(channel as never, {})).toEqual({ code: 'UNKNOWN_CHANNEL', key: 'unknownChannel' });
  });

  it('unknown keys on a record are dropped, not stored, and prototype tricks do nothing', async () => {
    const input = JSON.parse('{"name":"南亚新材料科技股份有限公司","deletedAt":"2018-01-01","id":"0190a000-0000-7000-8000-000000000000","__proto__":{"status":"approved"}}');
    const c = await ws.call('companies.create', input);
    expect(c.deletedAt).toBeNull();
    expect(c.id).not.toBe('0190a000-0000-7000-8000-000000000000');
    expect(c.status).toBe('candidate');
    expect(({} as Record<string, unknown>).status).toBeUndefined();
  });

  it('SQL in text fields is stored as text', async () => {
    const name = "上海'); DROP TABLE companies; --有限公司";
    const c = await ws.createCompany({ name, notes: '%_\\ OR 1=1' });
    expect((await ws.call('companies.get', { id: c.id })).name).toBe(name);
    expect((await ws.call('companies.list', { query: "'); DROP" })).rows.map((r) => r.name)).toEqual([name]);
    expect(ws.counts().companies).toBe(2);
  });

  it('several problems are all reported at once', async () => {
    const error = await ws.refused('companies.create', { name: '', headcount: -3, creditCode: '123', contacts: [{ name: '' }] });
    expect(error.issues!.map((i) => `${i.path.join('.')}:${i.key}`).sort()).toEqual(
      ['contacts.0.name:required', 'creditCode:creditCodeLength', 'headcount:tooSmall', 'name:required'].sort(),
    );
  });
});
