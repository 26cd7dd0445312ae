// Staff find a company or a visit note by any piece of it they remember: a word of the
// name, the street, the contact's name, something written in the notes, part of the
// credit code, or the pinyin initials — in Chinese, without word boundaries, and with
// one, two, three or more characters.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Company } from '../../../shared/companies/schema';
import { createTestWorkspace, creditCodeFor, type TestWorkspace } from '../testing/workspace';
import { bigramText, containsPattern, searchTerms } from './search';

let ws: TestWorkspace;
let hugong: Company, dadong: Company, nanya: Company, anting: Company;

beforeEach(async () => {
  ws = await createTestWorkspace();
  hugong = await ws.createCompany({
    name: '上海沪工阀门厂（集团）有限公司',
    creditCode: creditCodeFor(1),
    address: '嘉定区华亭镇华亭东路188号',
    notes: '车间整洁，员工宿舍在厂区内。',
    contacts: [{ name: '陈美华', role: '人事经理', phone: '13816012345' }],
  });
  dadong = await ws.createCompany({
    name: '大董（上海）餐饮管理有限公司',
    address: '嘉定区南翔镇民主街66号',
    notes: '需要厨师和服务员，包吃住。被评为"守信企业"。',
    contacts: [{ name: '刘志强', role: '厨师长', phone: '13916055555' }],
  });
  nanya = await ws.createCompany({
    name: '南亚新材料科技股份有限公司',
    address: '嘉定区马陆镇宝安公路5000号',
    notes: '覆铜板生产，出货合格率100%，A_B线两班倒。',
    contacts: [{ name: '赵丽', role: '行政专员' }],
  });
  anting = await ws.createCompany({
    name: '安亭汽车配件有限公司',
    address: '嘉定区安亭镇墨玉路123号',
    notes: '三班倒，夜班补贴。',
    contacts: [{ name: '王小明', phone: '13701700000' }],
  });
});
afterEach(() => ws.dispose());

async function found(query: string): Promise<string[]> {
  const list = await ws.call('companies.list', { query, limit: 500 });
  expect(list.total).toBe(list.rows.length);
  return list.rows.map((r) => r.name).sort();
}
const names = (...cs: Company[]) => cs.map((c) => c.name).sort();

describe('finding a company by a piece of text', () => {
  it.each([
    ['董', () => [dadong]],
    ['铜', () => [nanya]],
    ['亭', () => [hugong, anting]],
  ])('one character: %s', async (q, expected) => {
    expect(await found(q)).toEqual(names(...expected()));
  });

  it.each([
    ['阀门', () => [hugong]], // name
    ['南翔', () => [dadong]], // address
    ['志强', () => [dadong]], // contact
    ['厨师', () => [dadong]], // notes and contact role
    ['班倒', () => [nanya, anting]], // notes
    ['嘉定', () => [hugong, dadong, nanya, anting]],
  ])('two characters: %s', async (q, expected) => {
    expect(await found(q)).toEqual(names(...expected()));
  });

  it.each([
    ['陈美华', () => [hugong]],
    ['墨玉路', () => [anting]],
    ['覆铜板', () => [nanya]],
    ['有限公', () => [hugong, dadong, nanya, anting]],
  ])('three characters: %s', async (q, expected) => {
    expect(await found(q)).toEqual(names(...expected()));
  });

  it.each([
    ['沪工阀门', () => [hugong]],
    ['餐饮管理', () => [dadong]],
    ['华亭东路188号', () => [hugong]],
    ['宝安公路5000号', () => [nanya]],
    ['上海沪工阀门厂（集团）有限公司', () => [hugong]],
  ])('four or more characters: %s', async (q, expected) => {
    expect(await found(q)).toEqual(names(...expected()));
  });

  it('text that is not there finds nothing', async () => {
    expect(await found('德钦')).toEqual([]);
    expect(await found('阀')).toEqual(names(hugong));
    expect(await found('门阀')).toEqual([]);
  });

  it('a fragment of the credit code, in any case', async () => {
    const code = creditCodeFor(1);
    expect(await found(code)).toEqual(names(hugong));
    expect(await found(code.slice(8, 14))).toEqual(names(hugong));
    expect(await found(code.slice(8, 14).toLowerCase())).toEqual(names(hugong));
  });

  it('a phone number or part of one', async () => {
    expect(await found('13816012345')).toEqual(names(hugong));
    expect(await found('0170')).toEqual(names(anting));
  });

  it('the pinyin initials of the name, in any case', async () => {
    expect(await found('hgfm')).toEqual(names(hugong));
    expect(await found('HGFM')).toEqual(names(hugong));
    expect(await found('cygl')).toEqual(names(dadong));
    expect(await found('atqc')).toEqual(names(anting));
  });

  it('several words must all match, in any order', async () => {
    expect(await found('华亭 阀门')).toEqual(names(hugong));
    expect(await found('阀门 华亭')).toEqual(names(hugong));
    expect(await found('嘉定区  厨师')).toEqual(names(dadong));
    expect(await found('班倒 马陆')).toEqual(names(nanya));
    expect(await found('阀门 厨师')).toEqual([]);
    expect(await found('亭 有限公司 墨玉路123号')).toEqual(names(anting));
  });

  it('% and _ are plain characters, not wildcards', async () => {
    expect(await found('%')).toEqual(names(nanya));
    expect(await found('100%')).toEqual(names(nanya));
    expect(await found('_')).toEqual(names(nanya));
    expect(await found('A_B')).toEqual(names(nanya));
    expect(await found('阀%门')).toEqual([]);
    expect(await found('沪_阀')).toEqual([]);
    expect(await found('A%B')).toEqual([]);
    expect(await found('\\')).toEqual([]);
  });

  it('quotes, brackets and search-syntax words are plain text too', async () => {
    expect(await found('"守信企业"')).toEqual(names(dadong));
    expect(await found('（集团）')).toEqual(names(hugong));
    expect(await found('（集')).toEqual(names(hugong));
    expect(await found('"')).toEqual(names(dadong));
    expect(await found('阀门"')).toEqual([]);
    expect(await found('AND')).toEqual([]);
    expect(await found('NEAR(')).toEqual([]);
    expect(await found('*')).toEqual([]);
    expect(await found('阀门*')).toEqual([]);
  });

  it('combines with the filters and paging', async () => {
    await ws.updateCompany(hugong, { townId: ws.townId('华亭镇') });
    expect((await ws.call('companies.list', { query: '嘉定', townId: ws.townId('华亭镇') })).rows.map((r) => r.name)).toEqual([hugong.name]);
    const page = await ws.call('companies.list', { query: '有限公司', limit: 2, offset: 1 });
    expect(page.total).toBe(4);
    expect(page.rows).toHaveLength(2);
  });
});

describe('search results page the same way whatever strategy answers them', () => {
  // A page of many matches is found by walking the list in order, a page of few by
  // collecting the matches; a page at a time, each way must give the same rows.
  it('for companies', async () => {
    for (let i = 0; i < 8; i++) await ws.createCompany({ name: `上海嘉定第${i}汽车配件有限公司`, contacts: [] });
    for (const query of ['嘉定', '有限公司', '汽车', '亭', '配件 嘉定', 'hgfm', '%']) {
      const all = await ws.call('companies.list', { query, limit: 500 });
      const pages = [];
      for (let offset = 0; offset < all.total; offset++) {
        const page = await ws.call('companies.list', { query, limit: 1, offset });
        expect(page.total).toBe(all.total);
        pages.push(...page.rows.map((r) => r.id));
      }
      expect(pages).toEqual(all.rows.map((r) => r.id));
    }
  });

  it('for visits', async () => {
    for (let i = 0; i < 6; i++) await ws.createVisit([hugong, dadong, nanya][i % 3]!.id, { visitDate: `2018-0${i + 1}-15` });
    for (const query of ['宿舍', '空调', '四人间宿舍', '沪工', '厂']) {
      const all = await ws.call('visits.list', { query, limit: 500 });
      expect(all.total).toBeGreaterThan(0);
      const pages = [];
      for (let offset = 0; offset < all.total; offset++) pages.push(...(await ws.call('visits.list', { query, limit: 1, offset })).rows.map((r) => r.id));
      expect(pages).toEqual(all.rows.map((r) => r.id));
    }
  });
});

describe('the search index follows the records', () => {
  it('a deleted company is not found, and is found again once restored', async () => {
    await ws.call('companies.delete', { id: hugong.id });
    expect(await found('阀门')).toEqual([]);
    expect(await found('陈美华')).toEqual([]);
    expect(await found('hgfm')).toEqual([]);
    expect(await found('亭')).toEqual(names(anting));
    await ws.call('trash.restore', { kind: 'company', id: hugong.id });
    expect(await found('阀门')).toEqual(names(hugong));
    expect(await found('陈美华')).toEqual(names(hugong));
  });

  it('an edit replaces the old text: old words no longer find it, new ones do', async () => {
    await ws.updateCompany(hugong, { name: '上海沪工智能科技有限公司', contacts: [{ name: '周建平' }], notes: null });
    expect(await found('阀门')).toEqual([]);
    expect(await found('陈美华')).toEqual([]);
    expect(await found('宿舍')).toEqual([]);
    expect(await found('智能')).toEqual(['上海沪工智能科技有限公司']);
    expect(await found('周建平')).toEqual(['上海沪工智能科技有限公司']);
    expect(await found('hgzn')).toEqual(['上海沪工智能科技有限公司']);
  });

  it('a purged company leaves nothing behind in the index', async () => {
    await ws.createVisit(hugong.id);
    await ws.call('companies.delete', { id: hugong.id });
    await ws.call('trash.purge', { kind: 'company', id: hugong.id });
    expect(await found('阀门')).toEqual([]);
    expect((await ws.call('visits.list', { query: '沪工' })).total).toBe(0);
  });
});

describe('finding a visit note', () => {
  beforeEach(async () => {
    await ws.createVisit(hugong.id, {
      visitDate: '2018-09-10',
      environment: '车间通风良好，有空调，噪音较小。',
      lodging: '提供四人间宿舍，食堂一日三餐免费。',
      followUps: [{ what: '寄送德钦专场招聘会岗位表' }],
    });
    await ws.createVisit(dadong.id, {
      visitDate: '2018-09-05',
      business: '门店扩张，需厨师、服务员各十名。',
      environment: '后厨整洁，有空调。',
      wages: '月薪6000元，包吃住。',
      lodging: null,
    });
  });

  const visitsFound = async (query: string) => {
    const list = await ws.call('visits.list', { query });
    expect(list.total).toBe(list.rows.length);
    return list.rows.map((r) => r.companyName).sort();
  };

  it('by what the staff observed', async () => {
    expect(await visitsFound('通风')).toEqual([hugong.name]);
    expect(await visitsFound('四人间宿舍')).toEqual([hugong.name]);
    expect(await visitsFound('包吃住')).toEqual([dadong.name]);
    expect(await visitsFound('空调')).toEqual(names(hugong, dadong));
    expect(await visitsFound('厨')).toEqual([dadong.name]);
  });

  it('by the company visited', async () => {
    expect(await visitsFound('沪工阀门')).toEqual([hugong.name]);
    expect(await visitsFound('大董')).toEqual([dadong.name]);
  });

  it('by the company\'s new name after it was renamed, no longer by the old one', async () => {
    await ws.updateCompany(await ws.call('companies.get', { id: hugong.id }), { name: '上海沪工智能阀门有限公司' });
    expect(await visitsFound('智能阀门')).toEqual(['上海沪工智能阀门有限公司']);
    expect(await visitsFound('阀门厂')).toEqual([]);
  });

  it('by a follow-up', async () => {
    expect(await visitsFound('岗位表')).toEqual([hugong.name]);
  });

  it('several words must all match', async () => {
    expect(await visitsFound('空调 宿舍')).toEqual([hugong.name]);
    expect(await visitsFound('空调 大董')).toEqual([dadong.name]);
    expect(await visitsFound('宿舍 大董')).toEqual([]);
  });

  it('a deleted visit, or a visit of a deleted company, is not found', async () => {
    const [row] = (await ws.call('visits.list', { query: '通风' })).rows;
    await ws.call('visits.delete', { id: row!.id });
    expect(await visitsFound('通风')).toEqual([]);
    await ws.call('companies.delete', { id: dadong.id });
    expect(await visitsFound('包吃住')).toEqual([]);
    expect(await visitsFound('空调')).toEqual([]);
  });
});

describe('search terms', () => {
  it('splits on any whitespace, drops duplicates, longest first, at most five', () => {
    expect(searchTerms('  华亭  阀门厂\t阀门厂 ')).toEqual(['阀门厂', '华亭']);
    expect(searchTerms('一 二 三 四 五 六 七')).toHaveLength(5);
    expect(searchTerms('   ')).toEqual([]);
    expect(searchTerms('嘉定　安亭')).toEqual(['嘉定', '安亭']); // ideographic space
  });

  it('escapes LIKE wildcards and the escape character', () => {
    expect(containsPattern('100%')).toBe('%100\\%%');
    expect(containsPattern('A_B')).toBe('%A\\_B%');
    expect(containsPattern('a\\b')).toBe('%a\\\\b%');
  });

  it('cuts text into overlapping pairs of letters and digits for one- and two-character words', () => {
    expect(bigramText('沪工阀门')).toBe('沪工 工阀 阀门 门');
    expect(bigramText('上海沪工阀门厂（集团）有限公司')).toBe('上海 海沪 沪工 工阀 阀门 门厂 厂 集团 团 有限 限公 公司 司');
    expect(bigramText('华亭东路188号 A_B')).toBe('华亭 亭东 东路 路1 18 88 8号 号 A B');
    expect(bigramText('，。%')).toBe('');
    expect(bigramText('𠀀𠀁')).toBe('𠀀𠀁 𠀁'); // characters outside the BMP stay whole
  });
});
