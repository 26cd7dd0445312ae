// The editable lists (towns/sub-districts, industries) are data the user keeps, not code:
// they can add, rename and remove entries; companies that used a removed entry keep it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await createTestWorkspace();
});
afterEach(() => ws.dispose());

const townNames = async () => (await ws.call('lookups.list', { kind: 'town' })).map((t) => t.name);

describe('the lists of towns and industries', () => {
  it('adds an entry at the end of its list', async () => {
    const item = await ws.call('lookups.create', { kind: 'town', name: '嘉定新城' });
    expect(item).toMatchObject({ kind: 'town', name: '嘉定新城', inUse: 0 });
    expect((await townNames()).at(-1)).toBe('嘉定新城');
    expect((await ws.call('lookups.list', { kind: 'industry' })).map((i) => i.name)).not.toContain('嘉定新城');
  });

  it('refuses a name already on the same list, but allows it on the other', async () => {
    const error = await ws.refused('lookups.create', { kind: 'town', name: '安亭镇' });
    expect(error).toMatchObject({ code: 'CONFLICT', key: 'lookupNameTaken', issues: [{ path: ['name'], key: 'lookupNameTaken' }] });
    await ws.call('lookups.create', { kind: 'industry', name: '安亭镇' });
  });

  it('renames an entry; companies show the new name', async () => {
    const c = await ws.createCompany({ townId: ws.townId('嘉定工业区') });
    const renamed = await ws.call('lookups.rename', { id: ws.townId('嘉定工业区'), name: '嘉定工业区（北区）' });
    expect(renamed.name).toBe('嘉定工业区（北区）');
    expect((await ws.call('companies.get', { id: c.id })).townName).toBe('嘉定工业区（北区）');
    expect(await ws.refused('lookups.rename', { id: ws.townId('南翔镇'), name: '马陆镇' })).toMatchObject({ code: 'CONFLICT' });
    // Renaming to its own name is fine.
    await ws.call('lookups.rename', { id: ws.townId('南翔镇'), name: '南翔镇' });
  });

  it('counts the live companies using each entry', async () => {
    await ws.createCompany({ name: '上海嘉定甲公司', townId: ws.townId('安亭镇') });
    const b = await ws.createCompany({ name: '上海嘉定乙公司', townId: ws.townId('安亭镇') });
    await ws.call('companies.delete', { id: b.id });
    const anting = (await ws.call('lookups.list', { kind: 'town' })).find((t) => t.name === '安亭镇');
    expect(anting!.inUse).toBe(1);
  });

  it('removes an entry from the list; companies that used it keep showing it, new ones cannot pick it', async () => {
    const c = await ws.createCompany({ townId: ws.townId('外冈镇') });
    expect(await ws.call('lookups.delete', { id: ws.townId('外冈镇') })).toEqual({ done: true });
    expect(await townNames()).not.toContain('外冈镇');
    expect((await ws.call('companies.get', { id: c.id })).townName).toBe('外冈镇');
    const error = await ws.refused('companies.create', { name: '大董（上海）餐饮管理有限公司', townId: ws.townId('外冈镇') });
    expect(error.issues).toEqual([{ path: ['townId'], key: 'unknownTown' }]);
    // The name is free again.
    await ws.call('lookups.create', { kind: 'town', name: '外冈镇' });
    expect(await ws.refused('lookups.delete', { id: ws.townId('外冈镇') })).toEqual({ code: 'NOT_FOUND', key: 'lookupNotFound' });
  });

  it('a company whose town was removed from the list can still be edited without changing it', async () => {
    const c = await ws.createCompany({ townId: ws.townId('外冈镇'), industryId: ws.industryId('其他') });
    await ws.call('lookups.delete', { id: ws.townId('外冈镇') });
    await ws.call('lookups.delete', { id: ws.industryId('其他') });
    const after = await ws.updateCompany(c, { headcount: 120 });
    expect(after).toMatchObject({ headcount: 120, townName: '外冈镇', industryName: '其他' });
    // Moving it to another removed entry is still refused.
    await ws.call('lookups.delete', { id: ws.townId('马陆镇') });
    const error = await ws.refused('companies.update', { id: c.id, name: c.name, townId: ws.townId('马陆镇'), industryId: c.industryId });
    expect(error.issues).toEqual([{ path: ['townId'], key: 'unknownTown' }]);
  });

  it('records changes in the audit trail', async () => {
    const item = await ws.call('lookups.create', { kind: 'industry', name: '人力资源服务' });
    await ws.call('lookups.rename', { id: item.id, name: '人力资源' });
    await ws.call('lookups.delete', { id: item.id });
    expect((await ws.call('audit.list', { entityId: item.id })).map((e) => [e.entity, e.action, e.changes])).toEqual([
      ['industry', 'delete', { name: ['人力资源', null] }],
      ['industry', 'update', { name: ['人力资源服务', '人力资源'] }],
      ['industry', 'create', { name: [null, '人力资源服务'] }],
    ]);
  });
});
