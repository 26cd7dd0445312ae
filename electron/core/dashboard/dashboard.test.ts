// The dashboard through the bridge: an empty workspace, opening the example workspace
// (built into the app's folder, rebuilt on request even while open), bad filters refused.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dashboard } from '../../../shared/dashboard/schema';
import { formatCount } from '../../../shared/outcomes/counts';
import { EXAMPLE_FILE_NAME } from '../example/content';
import { type TestWorkspace, createTestWorkspace } from '../testing/workspace';

let ws: TestWorkspace;
afterEach(() => ws?.dispose());

describe('dashboard.get', () => {
  it('shows an empty workspace as empty: nothing counted is not zero', async () => {
    ws = await createTestWorkspace();
    const d = (await ws.call('dashboard.get', { today: '2026-01-05' })) as Dashboard;
    expect(d.hasRecords).toBe(false);
    expect(d.totals).toMatchObject({ trips: 0, companies: 0, positionsOffered: null, intentions: null, arrivals: 0, stillWorking: null });
    expect(d.byTrip).toEqual([]);
    expect(d.funnel.map((f) => f.count)).toEqual([null, null, null, null, { value: 0, about: false }, null]);
  });

  it('refuses a malformed filter', async () => {
    ws = await createTestWorkspace();
    expect((await ws.refused('dashboard.get', { today: '2026-13-40' })).code).toBe('VALIDATION');
    expect((await ws.refused('dashboard.get', { today: '2026-01-05', year: 'last' })).code).toBe('VALIDATION');
  });
});

describe('workspace.openExample', () => {
  it('builds the example in the app folder, opens it, and rebuilds it on request while it is open', async () => {
    ws = await createTestWorkspace();
    const info = (await ws.call('workspace.openExample', {}))!;
    expect(info.name).toBe('示例工作区（嘉定援滇）');
    expect(info.path).toBe(path.join(ws.dir, EXAMPLE_FILE_NAME));
    const d = (await ws.call('dashboard.get', { today: '2018-09-30' })) as Dashboard;
    expect(formatCount(d.totals.intentions, 'zh')).toBe('207');

    // A change to the example, then "rebuild": the article's figures come back.
    const extra = d.byTrip[0]!;
    await ws.call('trips.delete', { id: extra.tripId });
    expect(((await ws.call('dashboard.get', { today: '2018-09-30' })) as Dashboard).totals.trips).toBe(3);
    await ws.call('workspace.openExample', {}); // not rebuilt: the user's change stays
    expect(((await ws.call('dashboard.get', { today: '2018-09-30' })) as Dashboard).totals.trips).toBe(3);
    await ws.call('workspace.openExample', { rebuild: true });
    expect(((await ws.call('dashboard.get', { today: '2018-09-30' })) as Dashboard).totals.trips).toBe(4);
    expect(fs.readdirSync(ws.dir).filter((f) => f.endsWith('.building'))).toEqual([]);
  });
});
