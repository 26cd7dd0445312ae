// Placements: who counts as still working, and batches or check-ins whose numbers
// contradict each other, refused with a message key at the field.
import { describe, expect, it } from 'vitest';
import { toFieldIssues } from '../result';
import { batchInput, checkInInput, stillWorking } from './schema';

const CHUXIONG = '0190a3b4-0000-7000-8000-000000000001';
const DIQING = '0190a3b4-0000-7000-8000-000000000002';
const BATCH_A = '0190a3b4-0000-7000-8000-00000000000a';
const BATCH_B = '0190a3b4-0000-7000-8000-00000000000b';
const COMPANY_1 = '0190a3b4-0000-7000-8000-0000000000c1';
const COMPANY_2 = '0190a3b4-0000-7000-8000-0000000000c2';

const ci = (checkedOn: string, working: number, poor: number, prefectureId = CHUXIONG, batchId: string | null = null) => ({
  checkedOn, stillWorking: working, poor, prefectureId, batchId,
});

describe('stillWorking', () => {
  it('is nobody without check-ins', () => {
    expect(stillWorking([])).toEqual({ stillWorking: 0, poor: 0 });
  });

  it('takes the latest prefecture-wide check-in: the article’s 284 of whom 12 registered poor', () => {
    expect(stillWorking([ci('2018-08-01', 40, 11), ci('2018-10-31', 284, 12), ci('2018-09-15', 120, 11)])).toEqual({ stillWorking: 284, poor: 12 });
  });

  it('adds up the latest check-in of each batch when the prefecture has no prefecture-wide one', () => {
    expect(
      stillWorking([ci('2018-08-01', 26, 11, CHUXIONG, BATCH_A), ci('2018-10-01', 24, 10, CHUXIONG, BATCH_A), ci('2018-10-01', 30, 2, CHUXIONG, BATCH_B)]),
    ).toEqual({ stillWorking: 54, poor: 12 });
  });

  it('lets a prefecture-wide check-in win over the batch ones of that prefecture, whatever their dates', () => {
    const checkIns = [ci('2018-10-01', 284, 12), ci('2018-12-01', 24, 10, CHUXIONG, BATCH_A)];
    expect(stillWorking(checkIns)).toEqual({ stillWorking: 284, poor: 12 });
  });

  it('keeps prefectures apart: batch check-ins of another prefecture still count', () => {
    const checkIns = [ci('2018-10-01', 284, 12), ci('2018-12-01', 5, 1, DIQING, BATCH_B)];
    expect(stillWorking(checkIns)).toEqual({ stillWorking: 289, poor: 13 });
  });
});

const batch = (overrides: Record<string, unknown> = {}) => ({
  arrivedOn: '2018-07-07',
  workers: 26,
  poor: 11,
  prefectureId: CHUXIONG,
  employers: [{ companyId: COMPANY_1, workers: 16 }, { companyId: COMPANY_2, workers: 10 }],
  ...overrides,
});

const issuesOf = (schema: typeof batchInput | typeof checkInInput, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? [] : toFieldIssues(r.error.issues);
};

describe('batchInput', () => {
  it('takes the first batch of 2018-07-07 with defaults for what was left out', () => {
    expect(batchInput.parse(batch())).toMatchObject({ workers: 26, poor: 11, countyId: null, tripId: null, notes: null });
    expect(batchInput.parse(batch({ poor: undefined, employers: undefined }))).toMatchObject({ poor: 0, employers: [] });
  });

  it('refuses more registered poor than workers', () => {
    expect(issuesOf(batchInput, batch({ poor: 30 }))).toEqual([{ path: ['poor'], key: 'poorOverWorkers' }]);
  });

  it('refuses employers taking more workers than arrived, saying how many', () => {
    const employers = [{ companyId: COMPANY_1, workers: 20 }, { companyId: COMPANY_2, workers: 10 }];
    expect(issuesOf(batchInput, batch({ employers }))).toEqual([{ path: ['employers'], key: 'employersOverWorkers', params: { taken: 30, workers: 26 } }]);
  });

  it('refuses the same employer twice', () => {
    const employers = [{ companyId: COMPANY_1, workers: 10 }, { companyId: COMPANY_1, workers: 6 }];
    expect(issuesOf(batchInput, batch({ employers }))).toEqual([{ path: ['employers', 1, 'companyId'], key: 'duplicateCompany' }]);
  });

  it('refuses no workers, negative or fractional counts and a bad date', () => {
    expect(issuesOf(batchInput, batch({ workers: 0, poor: 0, employers: [] }))[0]).toMatchObject({ path: ['workers'], key: 'tooSmall' });
    expect(issuesOf(batchInput, batch({ poor: -1 }))[0]).toMatchObject({ path: ['poor'], key: 'tooSmall' });
    expect(issuesOf(batchInput, batch({ workers: 2.5 }))[0]).toMatchObject({ path: ['workers'] });
    expect(issuesOf(batchInput, batch({ arrivedOn: '2018-02-30' }))[0]).toMatchObject({ path: ['arrivedOn'] });
  });
});

describe('checkInInput', () => {
  it('takes a prefecture-wide check-in', () => {
    expect(checkInInput.parse(ci('2018-10-31', 284, 12))).toMatchObject({ stillWorking: 284, poor: 12, batchId: null });
  });

  it('refuses more registered poor than people still working', () => {
    expect(issuesOf(checkInInput, ci('2018-10-31', 10, 12))).toEqual([{ path: ['poor'], key: 'poorOverStillWorking' }]);
  });
});
