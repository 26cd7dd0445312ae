// The convergence test's workload and comparer, on their own: the workload's edits go through
// the real channels and are accepted (a refusal caused by the workload's input would make the
// property test weaker without anyone noticing), its log names what changed, and the comparer
// sees exactly the differences between two copies of one workspace.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkspaceSession } from '../workspace/session';
import { localSessionOptions } from '../workspace/localKeys';
import { KEYRING_NAME } from '../crypto/keyring';
import { FILE_KEYSTORE_NAME } from '../crypto/fileKeyStore';
import { mulberry32 } from './syncRandom';
import { compareWorkspaces, comparedTables, describeDifferences, nonLocalTables } from './syncCompare';
import { collisionPlan, seedSharedRecords, syncWorkload, syncWorkloadWeek } from './syncWorkload';
import { TestWorkspace, createTestWorkspace, tempDir } from './workspace';

const open: TestWorkspace[] = [];
afterEach(() => {
  for (const ws of open.splice(0)) ws.dispose();
});

/** A copy of a workspace file with its keyring, opened as another computer would. */
async function copyOf(ws: TestWorkspace): Promise<TestWorkspace> {
  const dir = tempDir();
  const file = path.join(dir, path.basename(ws.file));
  ws.db.pragma('wal_checkpoint(TRUNCATE)');
  fs.copyFileSync(ws.file, file);
  for (const name of [KEYRING_NAME, FILE_KEYSTORE_NAME]) fs.copyFileSync(path.join(ws.dir, name), path.join(dir, name));
  const copy = new TestWorkspace(dir, file, new WorkspaceSession(file, localSessionOptions(dir, { dataDir: undefined })));
  copy.me = ws.me;
  await copy.loadLookups();
  open.push(copy);
  return copy;
}

describe('sync workload', () => {
  it('seeds shared records and makes random edits of every kind, refused only by rules of the data', async () => {
    const ws = await createTestWorkspace();
    open.push(ws);
    const rng = mulberry32(7);
    await seedSharedRecords(ws, rng);
    const plan = collisionPlan(ws.db, rng);
    const ops = new Set<string>();
    const refusals: string[] = [];
    for (let seed = 1; seed <= 12; seed++) {
      const r = await syncWorkload(ws, mulberry32(seed), { computer: 'A', edits: 40, plan, log: true });
      for (const e of r.log) ops.add(e.op);
      refusals.push(...r.refusals);
    }
    // Every kind the issue lists was written at least once.
    const tables = new Set<string>();
    for (const t of comparedTables(ws.db)) if (ws.count(`SELECT count(*) AS n FROM "${t.name}"`) > 0) tables.add(t.name);
    for (const t of ['companies', 'contacts', 'visits', 'follow_ups', 'vettings', 'vetting_answers', 'vetting_photos', 'positions', 'trips', 'trip_members', 'itinerary_items', 'event_outcomes', 'agreements', 'agreement_documents', 'placement_batches', 'placement_employers', 'trip_companies', 'audit']) {
      expect(tables, t).toContain(t);
    }
    expect([...ops]).toEqual(expect.arrayContaining(['collide.twin', 'collide.sameField', 'collide.editDelete', 'trash', 'lists']));
    // No refusal for bad input, only the data's own rules (the twin company already here, a
    // company with placements cannot be purged, a member still on an itinerary item).
    expect(refusals.filter((r) => !/: (CONFLICT|NOT_FOUND) /.test(r))).toEqual([]);
  });

  it('logs what each edit wrote, and the comparer finds exactly those rows different from an untouched copy', async () => {
    const ws = await createTestWorkspace();
    open.push(ws);
    await seedSharedRecords(ws, mulberry32(3));
    const plan = collisionPlan(ws.db, mulberry32(3));
    const other = await copyOf(ws);
    expect(compareWorkspaces([ws.db, other.db])).toEqual([]);

    const { log } = await syncWorkload(ws, mulberry32(11), { computer: 'A', edits: 15, plan, log: true });
    const diffs = compareWorkspaces([ws.db, other.db]);
    expect(diffs.length).toBeGreaterThan(0);
    const written = new Set(log.flatMap((e) => e.writes.map((w) => `${w.table} ${JSON.stringify(w.pk)}`)));
    // (The audit trail is left out of the per-edit log: it only grows, one row per edit.)
    for (const d of diffs.filter((x) => x.table !== 'audit')) expect(written, describeDifferences([d])).toContain(`${d.table} ${JSON.stringify(d.pk)}`);
    // The last write of each field is what the workspace holds.
    const last = new Map<string, unknown>();
    for (const e of log) for (const w of e.writes) last.set(`${w.table} ${JSON.stringify(w.pk)} ${w.column}`, w.value);
    for (const d of diffs.filter((x) => x.column !== '*')) expect(last.get(`${d.table} ${JSON.stringify(d.pk)} ${d.column}`)).toBe(d.values[0]);
  });

  it('compares exactly the synced tables: every table of the schema but the local-only ones', async () => {
    const ws = await createTestWorkspace();
    open.push(ws);
    const names = comparedTables(ws.db).map((t) => t.name);
    expect([...names].sort()).toEqual(nonLocalTables(ws.db));
    expect(names).toContain('companies');
    expect(names).toContain('audit');
    for (const local of ['settings', 'export_log', 'company_search', 'visit_search_bi', 'visit_counts', 'open_follow_up_counts', 'company_tag_counts', 'vetting_photo_thumbs']) {
      expect(names).not.toContain(local);
    }
  });

  it('the week: thirty staff, seven days, about 200 photos', async () => {
    const ws = await createTestWorkspace();
    open.push(ws);
    const week = await syncWorkloadWeek(ws, mulberry32(1), { staff: 30, days: 1, photos: 8 });
    expect(week.photos).toBe(8);
    expect(ws.count(`SELECT count(*) AS n FROM staff`)).toBe(30);
    expect(week.refusals).toEqual([]);
  }, 60_000);
});
