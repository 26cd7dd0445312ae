// The example workspace is a place to look around: its invented staff say they are invented,
// and opening it neither takes over nor changes who the user is in their own workspace.
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';
import { EXAMPLE_USER } from './content';

let ws: TestWorkspace;
afterEach(() => {
  ws?.session.close();
  if (ws) fs.rmSync(ws.dir, { recursive: true, force: true });
});

const me = async () => {
  const [settings, staff] = await Promise.all([ws.call('settings.get', {}), ws.call('staff.list', { includeInactive: true })]);
  return staff.find((s) => s.id === settings.currentStaffId)?.name ?? null;
};

describe('the example workspace and who the user is', () => {
  it('tags every invented staff member （示例）, as other invented names are', async () => {
    ws = await createTestWorkspace();
    await ws.call('workspace.openExample', {});
    const staff = await ws.call('staff.list', { includeInactive: true });
    const invented = staff.filter((s) => s.name !== EXAMPLE_USER.name);
    expect(invented.map((s) => s.name).sort()).toEqual(['张立新（示例）', '李慧敏（示例）', '王建国（示例）', '陈晓东（示例）'].sort());
    // The delegations name them as the staff list does.
    const trips = await ws.call('trips.list', {});
    const deqin = await ws.call('trips.get', { id: trips.find((t) => t.title.includes('德钦'))!.id });
    const bureau = deqin.members.filter((m) => m.role === 'bureauStaff').map((m) => m.name);
    expect(bureau.length).toBeGreaterThan(0);
    expect(bureau.every((n) => n.endsWith('（示例）'))).toBe(true);
  });

  it('is used as 示例用户, not as one of the invented group, and the user is themselves again back in their own workspace', async () => {
    ws = await createTestWorkspace();
    expect(await me()).toBe('王建国');
    const own = ws.file;
    await ws.call('workspace.openExample', {});
    expect(await me()).toBe(EXAMPLE_USER.name);
    // The invented work stays the invented group's: the vettings were signed by its leader.
    const signer = ws.db.prepare('SELECT s.name FROM vettings v JOIN staff s ON s.id = v.signed_off_by LIMIT 1').get() as { name: string };
    expect(signer.name).toBe('王建国（示例）');
    ws.session.open(own);
    expect(await me()).toBe('王建国');
    // Opened again (not rebuilt), the example still does not claim to be anyone.
    await ws.call('workspace.openExample', {});
    expect(await me()).toBe(EXAMPLE_USER.name);
  });
});
