// The same sentence for the same mistake: toFieldIssues turns zod's issues into the
// message keys the renderer translates (errors.<key>), for form checks and bridge refusals alike.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { companyInput, companyListInput } from './companies/schema';
import { toFieldIssues } from './result';
import { staffListInput } from './staff/schema';
import { visitInput } from './visits/schema';
import { empty } from './workspace/schema';

/** Parses like the bridge and the form resolver do (reportInput: true) and returns the issues. */
function issuesOf(schema: z.ZodType, input: unknown) {
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success) throw new Error('expected the input to be refused');
  return toFieldIssues(r.error.issues);
}

const issueAt = (schema: z.ZodType, input: unknown, path: (string | number)[]) =>
  issuesOf(schema, input).find((i) => JSON.stringify(i.path) === JSON.stringify(path));

describe('field issues carry message keys', () => {
  it('a missing or empty required field is "required"', () => {
    expect(issueAt(companyInput, {}, ['name'])).toEqual({ path: ['name'], key: 'required' });
    expect(issueAt(companyInput, { name: null }, ['name'])?.key).toBe('required');
    // Only spaces: trimmed to nothing.
    expect(issueAt(companyInput, { name: '   ' }, ['name'])?.key).toBe('required');
  });

  it('a value of the wrong type is "invalidType" with what was expected', () => {
    expect(issueAt(companyInput, { name: 42 }, ['name'])).toEqual({ path: ['name'], key: 'invalidType', params: { expected: 'string' } });
    expect(issueAt(companyInput, { name: '某公司', headcount: '800' }, ['headcount'])).toMatchObject({ key: 'invalidType', params: { expected: 'number' } });
    expect(issueAt(staffListInput, { includeInactive: 'yes' }, ['includeInactive'])?.key).toBe('invalidType');
  });

  it('text over its limit is "tooLong" with the limit', () => {
    expect(issueAt(companyInput, { name: '嘉'.repeat(121) }, ['name'])).toEqual({ path: ['name'], key: 'tooLong', params: { maximum: 120 } });
    expect(issueAt(companyInput, { name: '某公司', notes: '好'.repeat(5001) }, ['notes'])?.params).toEqual({ maximum: 5000 });
  });

  it('a number under its minimum is "tooSmall", a fraction "invalidType" (int), too many "tooBig"', () => {
    expect(issueAt(companyInput, { name: '某公司', headcount: -1 }, ['headcount'])).toEqual({ path: ['headcount'], key: 'tooSmall', params: { minimum: 0 } });
    // zod 4 reports a non-integer as invalid_type with expected "int".
    expect(issueAt(companyInput, { name: '某公司', headcount: 12.5 }, ['headcount'])).toMatchObject({ key: 'invalidType', params: { expected: 'int' } });
    expect(issueAt(companyInput, { name: '某公司', headcount: 2_000_000 }, ['headcount'])).toMatchObject({ key: 'tooBig', params: { maximum: 1_000_000 } });
  });

  it('lists that are too short or too long say so', () => {
    const visit = { companyId: '0190a000-0000-7000-8000-000000000000', visitDate: '2018-09-10' };
    expect(issueAt(visitInput, { ...visit, staffIds: [] }, ['staffIds'])).toEqual({ path: ['staffIds'], key: 'tooFewItems', params: { minimum: 1 } });
    expect(issueAt(companyInput, { name: '某公司', tags: Array.from({ length: 21 }, (_, i) => `标签${i}`) }, ['tags'])?.key).toBe('tooManyItems');
  });

  const visitBase = { companyId: '0190a000-0000-7000-8000-000000000000', staffIds: ['0190a000-0000-7000-8000-000000000001'] };

  it('a malformed id is "invalidFormat", a date that does not exist is "invalidDate"', () => {
    expect(issueAt(companyInput, { name: '某公司', townId: 'anting' }, ['townId'])?.key).toBe('invalidFormat');
    expect(issueAt(visitInput, { ...visitBase, visitDate: '2018-02-30' }, ['visitDate'])?.key).toBe('invalidDate');
  });

  it('a date in the wrong shape is "invalidDate" too', () => {
    expect(issueAt(visitInput, { ...visitBase, visitDate: '2018/09/10' }, ['visitDate'])?.key).toBe('invalidDate');
  });

  it('a value outside a list of choices is "invalidValue"', () => {
    expect(issueAt(companyInput, { name: '某公司', status: 'approvedd' }, ['status'])?.key).toBe('invalidValue');
    expect(issueAt(companyListInput, { sort: 'random' }, ['sort'])?.key).toBe('invalidValue');
  });

  it('unknown keys on a strict input are "unknownField" naming them', () => {
    expect(issuesOf(empty, { path: '/etc/passwd' })).toEqual([{ path: [], key: 'unknownField', params: { keys: 'path' } }]);
  });

  it('our own rules put their key in the message and the issue on the right field', () => {
    const base = { companyId: '0190a000-0000-7000-8000-000000000000', staffIds: ['0190a000-0000-7000-8000-000000000001'], visitDate: '2018-09-10' };
    expect(issueAt(visitInput, { ...base, payMin: 7000, payMax: 5000 }, ['payMax'])).toEqual({ path: ['payMax'], key: 'payRangeUpsideDown' });
    expect(issueAt(companyInput, { name: '某公司', creditCode: '91350100M000100Y44' }, ['creditCode'])?.key).toBe('creditCodeChecksum');
  });

  it('every issue of a form comes back, each on its own path', () => {
    const issues = issuesOf(companyInput, { name: '', headcount: -5, contacts: [{ name: '' }] });
    expect(issues.map((i) => [i.path.join('.'), i.key])).toEqual(
      expect.arrayContaining([
        ['name', 'required'],
        ['headcount', 'tooSmall'],
        ['contacts.0.name', 'required'],
      ]),
    );
  });
});
