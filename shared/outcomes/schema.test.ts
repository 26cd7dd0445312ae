// The outcome form and the bridge refuse counts that contradict each other, at the smaller
// figure, with the key the user reads; the per-company split only ever warns.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toFieldIssues } from '../result';
import { contradictionKey, outcomeInput, outcomeListInput, splitMismatches, totalsOf } from './schema';

const A = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const B = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c';
const exact = (value: number) => ({ value, about: false });
const about = (value: number) => ({ value, about: true });

function issuesOf(schema: z.ZodType, input: unknown) {
  const r = schema.safeParse(input, { reportInput: true });
  return r.success ? [] : toFieldIssues(r.error.issues);
}

/** The Deqin job fair as the article reports it. */
const deqin = { jobSeekers: about(400), resumes: exact(36), intentions: exact(12), intentionsPoor: exact(5) };

describe('outcome input', () => {
  it('accepts the Deqin job fair and leaves uncounted figures null', () => {
    const v = outcomeInput.parse(deqin);
    expect(v).toMatchObject({ ...deqin, positionsOffered: null, hired: null, trainees: null, trainingHours: null, notes: null, companies: [] });
  });

  it('names each contradiction at the smaller figure', () => {
    expect(issuesOf(outcomeInput, { ...deqin, intentions: exact(50) })).toEqual([{ path: ['intentions'], key: 'intentionsOverResumes' }]);
    expect(issuesOf(outcomeInput, { ...deqin, intentionsPoor: exact(13) })).toEqual([{ path: ['intentionsPoor'], key: 'poorOverIntentions' }]);
    expect(issuesOf(outcomeInput, { jobSeekers: exact(30), resumes: exact(36) })).toEqual([{ path: ['resumes'], key: 'resumesOverJobSeekers' }]);
    expect(issuesOf(outcomeInput, { jobSeekers: exact(10), intentions: exact(12) })).toEqual([{ path: ['intentions'], key: 'intentionsOverJobSeekers' }]);
    expect(issuesOf(outcomeInput, { jobSeekers: exact(10), hired: exact(11) })).toEqual([{ path: ['hired'], key: 'hiredOverJobSeekers' }]);
  });

  it('lets any figure fit under an approximate one', () => {
    expect(issuesOf(outcomeInput, { jobSeekers: about(400), resumes: exact(450) })).toEqual([]);
  });

  it('refuses negative numbers, fractions and hours not in half hours', () => {
    expect(issuesOf(outcomeInput, { resumes: { value: -1, about: false } })).toEqual([{ path: ['resumes', 'value'], key: 'tooSmall', params: { minimum: 0 } }]);
    expect(issuesOf(outcomeInput, { trainees: { value: 2.5, about: false } })[0]?.path).toEqual(['trainees', 'value']);
    expect(issuesOf(outcomeInput, { trainingHours: 0.2 })[0]?.path).toEqual(['trainingHours']);
    expect(outcomeInput.parse({ trainees: exact(60), trainingHours: 3 })).toMatchObject({ trainees: exact(60), trainingHours: 3 });
  });

  it('checks each company of the split and refuses a company twice', () => {
    const issues = issuesOf(outcomeInput, {
      ...deqin,
      companies: [
        { companyId: A, resumes: exact(5), intentions: exact(6) },
        { companyId: B, intentions: exact(2), intentionsPoor: exact(3) },
        { companyId: A },
      ],
    });
    expect(issues).toEqual([
      { path: ['companies', 0, 'intentions'], key: 'intentionsOverResumes' },
      { path: ['companies', 1, 'intentionsPoor'], key: 'poorOverIntentions' },
      { path: ['companies', 2, 'companyId'], key: 'duplicateCompany' },
    ]);
  });

  it('names keys after the two figures', () => {
    expect(contradictionKey('intentions', 'resumes')).toBe('intentionsOverResumes');
    expect(contradictionKey('intentionsPoor', 'intentions')).toBe('poorOverIntentions');
  });
});

describe('split mismatches (warnings)', () => {
  it('are none without a split or when the split adds up', () => {
    expect(splitMismatches(deqin, [])).toEqual([]);
    const split = [
      { resumes: exact(20), intentions: exact(8), intentionsPoor: exact(3) },
      { resumes: exact(16), intentions: exact(4), intentionsPoor: exact(2) },
    ];
    expect(splitMismatches(deqin, split)).toEqual([]);
  });

  it('name the field, the event figure and the sum of the companies', () => {
    const split = [
      { resumes: exact(20), intentions: exact(8), intentionsPoor: null },
      { resumes: exact(10), intentions: exact(4), intentionsPoor: null },
    ];
    expect(splitMismatches(deqin, split)).toEqual([
      { field: 'resumes', event: exact(36), companies: exact(30) },
      { field: 'intentionsPoor', event: exact(5), companies: null },
    ]);
  });

  it('accept a split at or above an approximate event figure', () => {
    const event = { resumes: about(30), intentions: null, intentionsPoor: null };
    expect(splitMismatches(event, [{ resumes: exact(31), intentions: null, intentionsPoor: null }])).toEqual([]);
    expect(splitMismatches(event, [{ resumes: exact(29), intentions: null, intentionsPoor: null }])).toHaveLength(1);
  });
});

describe('totals and the ledger filter', () => {
  it('sum every field over the events', () => {
    const none = { positionsOffered: null, jobSeekers: null, resumes: null, intentions: null, intentionsPoor: null, hired: null, trainees: null };
    const t = totalsOf([{ ...none, ...deqin }, { ...none, intentions: exact(91), intentionsPoor: exact(29) }, { ...none, trainees: exact(60) }]);
    expect(t).toEqual({ ...none, jobSeekers: about(400), resumes: exact(36), intentions: exact(103), intentionsPoor: exact(34), trainees: exact(60) });
  });

  it('defaults every filter to none and refuses an unknown kind', () => {
    expect(outcomeListInput.parse({})).toEqual({ year: null, prefectureId: null, tripId: null, kind: null });
    expect(issuesOf(outcomeListInput, { kind: 'travel' })[0]?.path).toEqual(['kind']);
  });
});
