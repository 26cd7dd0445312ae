// The fuzz's own judge, against cores that misbehave on purpose: if it did not see these, a
// green fuzz run would mean nothing.
import { describe, expect, it } from 'vitest';
import { contract } from '../../../../shared/channels';
import { type Result, toFieldIssues } from '../../../../shared/result';
import { type FuzzTarget, runFuzz } from './runFuzz';

const ids = { companies: ['0190a000-0000-7000-8000-000000000001'], staff: ['0190a000-0000-7000-8000-000000000002'] };
const options = { seed: 5, payloads: 200, ids, gone: { deleted: [], purged: [] }, channels: ['companies.create', 'staff.update'] as const };
const refused: Result<never> = { ok: false, error: { code: 'VALIDATION', key: 'validation', issues: [{ path: [], key: 'invalidValue' }] } };
const core = (invoke: FuzzTarget['invoke'], fingerprint: FuzzTarget['fingerprint'] = () => 'same'): FuzzTarget => ({ invoke, fingerprint, sessionState: () => 'open' });
const problems = async (target: FuzzTarget) => new Set((await runFuzz(target, options)).failures.map((f) => f.problem.replace(/[:(].*/, '').trim()));

describe('the fuzz sees', () => {
  it('a core that accepts everything', async () => {
    expect(await problems(core(async () => ({ ok: true, value: null })))).toContain('accepted');
  });

  it('an exception, an INTERNAL error and an answer that is not a Result', async () => {
    let n = 0;
    const found = await problems(
      core(async () => {
        n++;
        if (n % 3 === 0) throw new TypeError('boom');
        if (n % 3 === 1) return { ok: false, error: { code: 'INTERNAL', key: 'internal' } };
        return 'ok' as never;
      }),
    );
    expect([...found].sort()).toEqual(['INTERNAL', 'exception', 'the answer is not a Result']);
  });

  it('a refusal that changed the workspace', async () => {
    let writes = 0;
    const found = await problems(core(async () => (writes++, refused), () => String(writes)));
    expect(found).toContain('refused');
  });

  it('a refusal that does not name the field', async () => {
    const wrongField: Result<never> = { ok: false, error: { code: 'VALIDATION', key: 'validation', issues: [{ path: ['nowhere'], key: 'required' }] } };
    expect(await problems(core(async () => wrongField))).toContain('refused without naming the field');
  });

  it('nothing in a core that refuses everything with the contract’s own check', async () => {
    const report = await runFuzz(
      core(async (channel, input) => {
        const parsed = contract[channel as 'companies.create'].input.safeParse(input, { reportInput: true });
        return parsed.success ? { ok: false, error: { code: 'NOT_FOUND', key: 'companyNotFound' } } : { ok: false, error: { code: 'VALIDATION', key: 'validation', issues: toFieldIssues(parsed.error.issues) } };
      }),
      options,
    );
    expect(report.failures.filter((f) => f.group === 'core')).toEqual([]);
    expect(report.payloads).toBe(200);
  });
});
