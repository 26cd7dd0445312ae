// The position form refuses what cannot be right (a headcount of -3, pay or ages upside
// down) with the same message keys the renderer shows.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toFieldIssues } from '../result';
import { positionInput } from './schema';

const A = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const B = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c';

function issuesOf(schema: z.ZodType, input: unknown) {
  const r = schema.safeParse(input, { reportInput: true });
  return r.success ? [] : toFieldIssues(r.error.issues);
}

describe('position input', () => {
  const base = { companyId: A, jobTypeId: B, title: '数控车床操作工', headcount: 20, payMin: 5000, payMax: 7000 };

  it('accepts a position and fills the defaults', () => {
    const v = positionInput.parse(base);
    expect(v).toMatchObject({ headcount: 20, roomIncluded: false, boardIncluded: false, suitableForRural: true, education: null, ageMin: null, validFrom: null });
  });

  it('refuses a headcount of -3 or 0 and a fraction', () => {
    expect(issuesOf(positionInput, { ...base, headcount: -3 })).toEqual([{ path: ['headcount'], key: 'tooSmall', params: { minimum: 1 } }]);
    expect(issuesOf(positionInput, { ...base, headcount: 0 })[0]?.key).toBe('tooSmall');
    expect(issuesOf(positionInput, { ...base, headcount: 2.5 })[0]?.path).toEqual(['headcount']);
  });

  it('refuses a pay range upside down, on the upper limit', () => {
    expect(issuesOf(positionInput, { ...base, payMin: 7000, payMax: 5000 })).toEqual([{ path: ['payMax'], key: 'payRangeUpsideDown' }]);
    expect(issuesOf(positionInput, { ...base, payMin: 6000, payMax: 6000 })).toEqual([]);
    expect(issuesOf(positionInput, { ...base, payMin: 6000, payMax: null })).toEqual([]);
  });

  it('refuses an age range upside down and an age under 16', () => {
    expect(issuesOf(positionInput, { ...base, ageMin: 45, ageMax: 18 })).toEqual([{ path: ['ageMax'], key: 'ageRangeUpsideDown' }]);
    expect(issuesOf(positionInput, { ...base, ageMin: 15 })[0]).toMatchObject({ path: ['ageMin'], key: 'tooSmall' });
  });

  it('refuses valid-to before valid-from', () => {
    expect(issuesOf(positionInput, { ...base, validFrom: '2018-09-01', validTo: '2018-08-31' })).toEqual([{ path: ['validTo'], key: 'dateRangeUpsideDown' }]);
  });
});
