// The staff list: who works in the group. Someone who leaves is deactivated, not deleted,
// so old visits and the audit trail still show their name; "who am I" must be a current member.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await createTestWorkspace();
});
afterEach(() => ws.dispose());

describe('the staff list', () => {
  it('adds members and lists them in pinyin order', async () => {
    await ws.call('staff.create', { name: '赵丽', title: '科员' });
    await ws.call('staff.create', { name: '陈刚', phone: '13801234567' });
    const staff = await ws.call('staff.list', {});
    expect(staff.map((s) => s.name)).toEqual(['陈刚', '王建国', '赵丽']);
    expect(staff.find((s) => s.name === '陈刚')).toMatchObject({ title: null, phone: '13801234567', active: true });
  });

  it('refuses to deactivate the person using the app', async () => {
    const error = await ws.refused('staff.deactivate', { id: ws.me.id });
    expect(error).toMatchObject({ code: 'CONFLICT', key: 'cannotDeactivateSelf' });
    expect((await ws.call('staff.list', {})).map((s) => s.name)).toContain('王建国');
  });

  it('edits a member', async () => {
    const s = await ws.call('staff.update', { id: ws.me.id, name: '王建国', title: '副科长', phone: '' });
    expect(s).toMatchObject({ title: '副科长', phone: null });
    const [, update] = (await ws.call('audit.list', { entityId: ws.me.id })).reverse();
    expect(update!.changes).toEqual({ title: ['科长', '副科长'], phone: [{ changed: true }, null] });
  });

  it('deactivates someone who left; they stay on old visits and can come back', async () => {
    const li = await ws.call('staff.create', { name: '李娜' });
    const c = await ws.createCompany();
    const v = await ws.createVisit(c.id, { staffIds: [li.id] });
    expect((await ws.call('staff.deactivate', { id: li.id })).active).toBe(false);
    expect((await ws.call('staff.list', {})).map((s) => s.name)).toEqual(['王建国']);
    expect((await ws.call('staff.list', { includeInactive: true })).map((s) => [s.name, s.active])).toEqual([
      ['李娜', false],
      ['王建国', true],
    ]);
    expect((await ws.call('visits.get', { id: v.id })).staff.map((s) => s.name)).toEqual(['李娜']);
    expect((await ws.call('staff.reactivate', { id: li.id })).active).toBe(true);
    await ws.createVisit(c.id, { staffIds: [li.id] });
  });

  it('says "not found" for someone who is not on the list', async () => {
    const c = await ws.createCompany();
    expect(await ws.refused('staff.deactivate', { id: c.id })).toEqual({ code: 'NOT_FOUND', key: 'staffNotFound' });
    expect(await ws.refused('staff.update', { id: c.id, name: '某人' })).toEqual({ code: 'NOT_FOUND', key: 'staffNotFound' });
  });
});

describe('who am I', () => {
  it('is remembered in the workspace', async () => {
    expect(await ws.call('settings.get', {})).toMatchObject({ currentStaffId: ws.me.id });
    expect(await ws.call('settings.update', { currentStaffId: null })).toMatchObject({ currentStaffId: null });
    expect(await ws.call('settings.update', {})).toMatchObject({ currentStaffId: null });
  });

  it('must be a current member of staff', async () => {
    const li = await ws.call('staff.create', { name: '李娜' });
    await ws.call('staff.deactivate', { id: li.id });
    const error = await ws.refused('settings.update', { currentStaffId: li.id });
    expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ path: ['currentStaffId'], key: 'unknownStaff' }] });
    const c = await ws.createCompany();
    expect((await ws.refused('settings.update', { currentStaffId: c.id })).issues).toEqual([{ path: ['currentStaffId'], key: 'unknownStaff' }]);
    expect(await ws.call('settings.get', {})).toMatchObject({ currentStaffId: ws.me.id });
  });

  it('is the author of new visits', async () => {
    const li = await ws.call('staff.create', { name: '李娜' });
    await ws.call('settings.update', { currentStaffId: li.id });
    const c = await ws.createCompany();
    expect((await ws.createVisit(c.id)).createdBy).toBe(li.id);
  });
});
