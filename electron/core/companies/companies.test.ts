// The company register: staff record employers met on visits, keep their contacts up to
// date, never end up with the same company twice, and find them again in a long list.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, creditCodeFor, type TestWorkspace } from '../testing/workspace';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await createTestWorkspace();
});
afterEach(() => ws.dispose());

describe('recording a company', () => {
  it('creates it with its contacts, town and industry, and reads it back', async () => {
    const c = await ws.createCompany({
      name: '上海沪工阀门厂（集团）有限公司',
      creditCode: creditCodeFor(7),
      townId: ws.townId('华亭镇'),
      industryId: ws.industryId('装备制造'),
      headcount: 850,
      tags: ['食宿齐全', '德钦专场', '食宿齐全'],
      contacts: [
        { name: '陈美华', role: '人事经理', phone: '13816012345' },
        { name: '刘志强', role: '生产主管', phone: '021-59971234', note: '周末值班' },
      ],
    });
    expect(c).toMatchObject({
      name: '上海沪工阀门厂（集团）有限公司',
      creditCode: creditCodeFor(7),
      townName: '华亭镇',
      industryName: '装备制造',
      headcount: 850,
      status: 'candidate',
      tags: ['食宿齐全', '德钦专场'],
      lastVisitDate: null,
      deletedAt: null,
    });
    expect(c.contacts.map((k) => [k.name, k.role, k.phone, k.note])).toEqual([
      ['陈美华', '人事经理', '13816012345', null],
      ['刘志强', '生产主管', '021-59971234', '周末值班'],
    ]);
    expect(await ws.call('companies.get', { id: c.id })).toEqual(c);
  });

  it('stores a credit code typed in lower case with spaces in its one canonical form', async () => {
    const code = creditCodeFor(3);
    const typed = `${code.slice(0, 4)} ${code.slice(4, 10).toLowerCase()} ${code.slice(10)}`;
    const c = await ws.createCompany({ creditCode: typed });
    expect(c.creditCode).toBe(code);
  });

  it('keeps empty optional fields as null', async () => {
    const c = await ws.call('companies.create', { name: '南亚新材料科技股份有限公司', address: '  ', notes: '', creditCode: '' });
    expect(c).toMatchObject({ address: null, notes: null, creditCode: null, townId: null, headcount: null, contacts: [], tags: [] });
  });

  it('refuses a town that is not on the list', async () => {
    const error = await ws.refused('companies.create', { name: '大董（上海）餐饮管理有限公司', townId: ws.me.id });
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['townId'], key: 'unknownTown' }] });
    const error2 = await ws.refused('companies.create', { name: '大董（上海）餐饮管理有限公司', industryId: ws.townId('安亭镇') });
    expect(error2).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['industryId'], key: 'unknownIndustry' }] });
    expect(ws.counts().companies).toBe(0);
  });

  it('says "not found" for a company that does not exist', async () => {
    expect(await ws.refused('companies.get', { id: ws.me.id })).toEqual({ code: 'NOT_FOUND', key: 'companyNotFound' });
  });
});

describe('editing a company', () => {
  it('adds, edits, reorders and removes contacts; a removed contact is really gone', async () => {
    const c = await ws.createCompany({
      contacts: [
        { name: '陈美华', role: '人事经理', phone: '13816012345' },
        { name: '刘志强', role: '生产主管', phone: '13916055555' },
      ],
    });
    const [chen, liu] = c.contacts;
    const after = await ws.updateCompany(c, {
      contacts: [
        { id: liu!.id, name: '刘志强', role: '厂长', phone: '13916055555' },
        { name: '赵丽', role: '行政专员', phone: '13701700000' },
      ],
    });
    expect(after.contacts.map((k) => [k.name, k.role])).toEqual([
      ['刘志强', '厂长'],
      ['赵丽', '行政专员'],
    ]);
    expect(after.contacts[0]!.id).toBe(liu!.id);
    // 陈美华 is a private person: her row is deleted, not hidden.
    expect(ws.count('SELECT count(*) AS n FROM contacts WHERE id = ?', chen!.id)).toBe(0);
    expect(ws.count("SELECT count(*) AS n FROM contacts WHERE name = '陈美华' OR phone = '13816012345'")).toBe(0);
    expect(ws.count('SELECT count(*) AS n FROM contacts')).toBe(2);
  });

  it("cannot edit another company's contact by sending its id", async () => {
    const a = await ws.createCompany({ name: '上海嘉定甲公司', contacts: [{ name: '陈美华', phone: '13816012345' }] });
    const b = await ws.createCompany({ name: '上海嘉定乙公司' });
    const b2 = await ws.updateCompany(b, { contacts: [{ id: a.contacts[0]!.id, name: '冒名', phone: '13900000000' }] });
    expect(b2.contacts[0]!.id).not.toBe(a.contacts[0]!.id);
    expect((await ws.call('companies.get', { id: a.id })).contacts).toEqual(a.contacts);
  });

  it('changes the fields and keeps the creation time', async () => {
    const c = await ws.createCompany();
    const after = await ws.updateCompany(c, { headcount: 920, address: '嘉定区华亭镇华亭东路200号', tags: [] });
    expect(after).toMatchObject({ headcount: 920, address: '嘉定区华亭镇华亭东路200号', tags: [], createdAt: c.createdAt });
    expect(after.updatedAt >= c.updatedAt).toBe(true);
  });

  it('refuses to save over a company that was deleted', async () => {
    const c = await ws.createCompany();
    await ws.call('companies.delete', { id: c.id });
    expect(await ws.refused('companies.update', { id: c.id, name: c.name })).toEqual({ code: 'NOT_FOUND', key: 'companyNotFound' });
  });
});

describe('one company, one record', () => {
  it('refuses a name already in use, however it is written', async () => {
    await ws.createCompany({ name: '上海沪工阀门厂（集团）有限公司' });
    for (const name of ['上海沪工阀门厂(集团)有限公司', '上海沪工阀门厂 （集团） 有限公司', ' 上海沪工阀门厂【集团】有限公司']) {
      const error = await ws.refused('companies.create', { name });
      expect(error).toMatchObject({ code: 'CONFLICT', key: 'companyNameTaken', issues: [{ path: ['name'], key: 'companyNameTaken' }] });
    }
    expect(ws.counts().companies).toBe(1);
  });

  it('refuses renaming a company to the name of another', async () => {
    await ws.createCompany({ name: '大董（上海）餐饮管理有限公司' });
    const c = await ws.createCompany({ name: '南亚新材料科技股份有限公司' });
    const error = await ws.refused('companies.update', { id: c.id, name: '大董(上海)餐饮管理有限公司' });
    expect(error.issues).toEqual([{ path: ['name'], key: 'companyNameTaken', params: { name: '大董(上海)餐饮管理有限公司' } }]);
    // Saving a company under its own name is fine.
    await ws.updateCompany(c, { name: '南亚新材料科技股份有限公司' });
  });

  it('refuses a credit code already in use', async () => {
    await ws.createCompany({ name: '上海嘉定甲公司', creditCode: creditCodeFor(1) });
    const error = await ws.refused('companies.create', { name: '上海嘉定乙公司', creditCode: creditCodeFor(1).toLowerCase() });
    expect(error).toMatchObject({ code: 'CONFLICT', key: 'creditCodeTaken', issues: [{ path: ['creditCode'], key: 'creditCodeTaken' }] });
  });

  it('lets many companies have no credit code', async () => {
    await ws.createCompany({ name: '上海嘉定甲公司', creditCode: null });
    await ws.createCompany({ name: '上海嘉定乙公司', creditCode: '' });
    expect(ws.counts().companies).toBe(2);
  });

  it('shows companies with a similar name before saving', async () => {
    const hg = await ws.createCompany({ name: '上海沪工阀门厂（集团）有限公司' });
    await ws.createCompany({ name: '南亚新材料科技股份有限公司' });
    expect(await ws.call('companies.similar', { name: '沪工阀门' })).toEqual([{ id: hg.id, name: hg.name, status: 'candidate' }]);
    expect(await ws.call('companies.similar', { name: '上海沪工阀门厂有限公司' })).toHaveLength(1);
    // Editing the company itself does not list it as its own duplicate.
    expect(await ws.call('companies.similar', { name: '沪工阀门', excludeId: hg.id })).toEqual([]);
    expect(await ws.call('companies.similar', { name: '大董餐饮' })).toEqual([]);
  });
});

describe('status', () => {
  it('moves along the pipeline', async () => {
    let c = await ws.createCompany();
    for (const status of ['visited', 'vetting', 'conditional', 'approved', 'suspended'] as const) {
      c = await ws.updateCompany(c, { status });
      expect(c.status).toBe(status);
    }
  });

  it('refuses skipping vetting, and says from where to where', async () => {
    const c = await ws.createCompany();
    const error = await ws.refused('companies.update', { id: c.id, name: c.name, status: 'approved' });
    expect(error).toEqual({
      code: 'VALIDATION',
      key: 'statusMoveNotAllowed',
      issues: [{ path: ['status'], key: 'statusMoveNotAllowed', params: { from: 'candidate', to: 'approved' } }],
    });
    expect((await ws.call('companies.get', { id: c.id })).status).toBe('candidate');
  });
});

describe('the company list', () => {
  async function seedList() {
    const names: [string, string, string, string[], 'candidate' | 'visited' | 'vetting' | 'suspended'][] = [
      ['真新物流有限公司', '真新街道', '物流仓储', ['仓管'], 'candidate'],
      ['安亭汽车配件有限公司', '安亭镇', '汽车及零部件', ['普工', '食宿齐全'], 'visited'],
      ['马陆葡萄食品有限公司', '马陆镇', '食品加工', ['普工'], 'candidate'],
      ['华亭精密机械有限公司', '华亭镇', '装备制造', ['技工'], 'vetting'],
      ['嘉定江桥物业保洁有限公司', '江桥镇', '物业保洁', ['保洁'], 'suspended'],
      ['南翔小笼餐饮管理有限公司', '南翔镇', '餐饮服务', ['厨师', '食宿齐全'], 'candidate'],
      ['徐行草编工艺品有限公司', '徐行镇', '其他', [], 'candidate'],
      ['外冈电子科技有限公司', '外冈镇', '电子信息', ['普工'], 'visited'],
      ['菊园新材料有限公司', '菊园新区', '新材料', [], 'candidate'],
      ['上海沪工阀门厂（集团）有限公司', '华亭镇', '装备制造', ['技工', '食宿齐全'], 'candidate'],
    ];
    const made = [];
    for (const [name, town, industry, tags, status] of names) {
      let c = await ws.createCompany({ name, townId: ws.townId(town), industryId: ws.industryId(industry), tags, contacts: [] });
      if (status === 'vetting') c = await ws.updateCompany(c, { status: 'visited' });
      if (status !== 'candidate') c = await ws.updateCompany(c, { status });
      made.push(c);
    }
    return made;
  }

  // The names start with different syllables. Where the SQL key (pinyin-pro, no tones) and
  // ICU's collator disagree — polyphonic characters such as 长/重, same syllable with a
  // different tone (波/博), names in Latin letters — the list follows pinyin-pro.
  it('is sorted by name in pinyin order, as the screen collates Chinese', async () => {
    const made = await seedList();
    const list = await ws.call('companies.list', {});
    const expected = made.map((c) => c.name).sort(new Intl.Collator('zh').compare);
    expect(list.rows.map((r) => r.name)).toEqual(expected);
    expect(list.rows[0]!.name).toBe('安亭汽车配件有限公司');
    expect(list.total).toBe(10);
  });

  it('filters by status, town, industry and tag, and combines them', async () => {
    await seedList();
    const names = async (input: object) => (await ws.call('companies.list', input)).rows.map((r) => r.name);
    expect(await names({ status: 'visited' })).toEqual(['安亭汽车配件有限公司', '外冈电子科技有限公司']);
    expect(await names({ townId: ws.townId('华亭镇') })).toEqual(['华亭精密机械有限公司', '上海沪工阀门厂（集团）有限公司']);
    expect(await names({ industryId: ws.industryId('装备制造'), status: 'vetting' })).toEqual(['华亭精密机械有限公司']);
    expect(await names({ tag: '食宿齐全' })).toEqual(['安亭汽车配件有限公司', '南翔小笼餐饮管理有限公司', '上海沪工阀门厂（集团）有限公司']);
    expect(await names({ tag: '食宿' })).toEqual([]); // a tag matches whole, not in part
    expect(await names({ townId: ws.townId('嘉定工业区') })).toEqual([]);
  });

  it('sorts by status along the pipeline, then by name', async () => {
    await seedList();
    const rows = (await ws.call('companies.list', { sort: 'status' })).rows;
    expect(rows.map((r) => r.status)).toEqual(['candidate', 'candidate', 'candidate', 'candidate', 'candidate', 'candidate', 'visited', 'visited', 'vetting', 'suspended']);
    const candidates = rows.filter((r) => r.status === 'candidate').map((r) => r.name);
    expect(candidates).toEqual([...candidates].sort(new Intl.Collator('zh').compare));
  });

  it('sorts by last visit, most recent first, never-visited companies last', async () => {
    const [zhenxin, anting, malu] = await seedList();
    await ws.createVisit(malu!.id, { visitDate: '2018-06-12' });
    await ws.createVisit(zhenxin!.id, { visitDate: '2017-11-02' });
    await ws.createVisit(anting!.id, { visitDate: '2018-09-10' });
    await ws.createVisit(zhenxin!.id, { visitDate: '2018-03-15' });
    const rows = (await ws.call('companies.list', { sort: 'lastVisit' })).rows;
    expect(rows.slice(0, 3).map((r) => [r.name, r.lastVisitDate])).toEqual([
      ['安亭汽车配件有限公司', '2018-09-10'],
      ['马陆葡萄食品有限公司', '2018-06-12'],
      ['真新物流有限公司', '2018-03-15'],
    ]);
    expect(rows.slice(3).every((r) => r.lastVisitDate === null)).toBe(true);
    const rest = rows.slice(3).map((r) => r.name);
    expect(rest).toEqual([...rest].sort(new Intl.Collator('zh').compare));
  });

  it('pages with offset and limit, and the total counts every match', async () => {
    await seedList();
    const all = (await ws.call('companies.list', { limit: 500 })).rows.map((r) => r.id);
    const page1 = await ws.call('companies.list', { limit: 4 });
    const page2 = await ws.call('companies.list', { limit: 4, offset: 4 });
    const page3 = await ws.call('companies.list', { limit: 4, offset: 8 });
    expect([page1.total, page2.total, page3.total]).toEqual([10, 10, 10]);
    expect([...page1.rows, ...page2.rows, ...page3.rows].map((r) => r.id)).toEqual(all);
    expect(page3.rows).toHaveLength(2);
    expect((await ws.call('companies.list', { offset: 50 })).rows).toEqual([]);
    expect((await ws.call('companies.list', { status: 'visited', limit: 1 })).total).toBe(2);
  });

  it('shows what a list row needs', async () => {
    await ws.createCompany({ name: '安亭汽车配件有限公司', creditCode: creditCodeFor(9), townId: ws.townId('安亭镇'), headcount: 1200, tags: ['普工'] });
    const [row] = (await ws.call('companies.list', {})).rows;
    expect(row).toMatchObject({ name: '安亭汽车配件有限公司', creditCode: creditCodeFor(9), townName: '安亭镇', industryName: null, headcount: 1200, status: 'candidate', tags: ['普工'], lastVisitDate: null });
  });

  it('offers the tags in use, in pinyin order, without duplicates', async () => {
    await seedList();
    expect(await ws.call('companies.tags', {})).toEqual(['保洁', '厨师', '技工', '普工', '食宿齐全', '仓管'].sort(new Intl.Collator('zh').compare));
  });
});
