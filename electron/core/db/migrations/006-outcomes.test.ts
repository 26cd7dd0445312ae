// Migration 6 on a version-5 file with a trip, its job fair and a participating company:
// they come through, and outcomes, agreements, placements and check-ins can refer to them.
import { afterEach, describe, expect, it } from 'vitest';
import { changedTables, migrateOneStep, OLD_AT as at, oldId as id } from '../../testing/migrations';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

const DIQING = "(SELECT id FROM prefectures WHERE name = '迪庆州')";

describe('migration 6 (5 → 6)', () => {
  it("adds outcomes, agreements, placements and check-ins; they refer to an old trip's event and company", () => {
    const step = migrateOneStep(
      5,
      `
INSERT INTO companies (id, name, name_key, name_core, name_sort, tags, status, created_at, updated_at)
  VALUES ('${id(2)}', '南亚新材料科技股份有限公司', 'k', '南亚新材料', 's', '[]', 'approved', '${at}', '${at}');
INSERT INTO trips (id, title, prefecture_id, start_date, end_date, status, created_at, updated_at)
  VALUES ('${id(10)}', '赴迪庆州德钦县开展专场招聘', ${DIQING}, '2018-09-17', '2018-09-21', 'done', '${at}', '${at}');
INSERT INTO trip_companies (trip_id, company_id, sort_order, created_at, updated_at) VALUES ('${id(10)}', '${id(2)}', 0, '${at}', '${at}');
INSERT INTO itinerary_items (id, trip_id, kind, place, starts_at, ends_at, created_at, updated_at)
  VALUES ('${id(13)}', '${id(10)}', 'jobFair', '德钦县民族广场', '2018-09-19T09:00', '2018-09-19T12:00', '${at}', '${at}');
INSERT INTO itinerary_item_companies (item_id, trip_id, company_id) VALUES ('${id(13)}', '${id(10)}', '${id(2)}');
`,
    );
    cleanups.push(step.dispose);
    const db = step.db;
    expect(changedTables(step.before, db)).toEqual([]);

    db.exec(`
INSERT INTO event_outcomes (item_id, positions_offered, job_seekers, job_seekers_about, resumes, intentions, created_at, updated_at)
  VALUES ('${id(13)}', 120, 400, 1, 85, 32, '${at}', '${at}');
INSERT INTO event_outcome_companies (item_id, company_id, resumes, intentions, sort_order) VALUES ('${id(13)}', '${id(2)}', 40, 12, 0);
INSERT INTO agreements (id, type, title, parties, signed_on, prefecture_id, trip_id, item_id, created_at, updated_at)
  VALUES ('${id(20)}', 'labourMechanism', '劳务协作协议', '["嘉定区人社局","德钦县人社局"]', '2018-09-19', ${DIQING}, '${id(10)}', '${id(13)}', '${at}', '${at}');
INSERT INTO agreement_targets (id, agreement_id, description, metric, target, due_date, sort_order, created_at, updated_at)
  VALUES ('${id(21)}', '${id(20)}', '转移就业', 'arrivals', 50, '2019-06-30', 0, '${at}', '${at}');
INSERT INTO agreement_documents (id, agreement_id, file_name, mime, bytes, data, created_at)
  VALUES ('${id(22)}', '${id(20)}', '协议.pdf', 'application/pdf', 4, x'25504446', '${at}');
INSERT INTO placement_batches (id, arrived_on, workers, poor, prefecture_id, county_id, trip_id, created_at, updated_at)
  VALUES ('${id(30)}', '2018-10-08', 12, 5, ${DIQING}, (SELECT id FROM counties WHERE name = '德钦县'), '${id(10)}', '${at}', '${at}');
INSERT INTO placement_employers (batch_id, company_id, workers, sort_order) VALUES ('${id(30)}', '${id(2)}', 12, 0);
INSERT INTO retention_checkins (id, checked_on, still_working, poor, prefecture_id, batch_id, created_at, updated_at)
  VALUES ('${id(31)}', '2019-01-08', 10, 4, ${DIQING}, '${id(30)}', '${at}', '${at}');
`);
    expect(db.prepare('SELECT job_seekers, job_seekers_about, hired FROM event_outcomes').get()).toEqual({ job_seekers: 400, job_seekers_about: 1, hired: null });
    expect(() => db.prepare(`UPDATE placement_batches SET poor = 13 WHERE id = '${id(30)}'`).run()).toThrow(/CHECK/); // more poor than workers
    // Deleting the old trip's event takes its figures, and leaves the agreement without it.
    db.prepare(`DELETE FROM itinerary_items WHERE id = '${id(13)}'`).run();
    expect(db.prepare('SELECT count(*) FROM event_outcome_companies').pluck().get()).toBe(0);
    expect(db.prepare(`SELECT trip_id, item_id FROM agreements WHERE id = '${id(20)}'`).get()).toEqual({ trip_id: id(10), item_id: null });
  });
});
