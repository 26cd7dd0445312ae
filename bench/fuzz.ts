// The contract fuzz of issue 12 at bench size: 10,000 generated payloads across every channel,
// in this process on the example workspace (electron/core/contractFuzz.test.ts runs a few
// thousand in the suite). Reports how many were sent, refused and accepted, the failures by
// group ('rules' are the shared text and date rule's payloads) and how long it took.
import { openFuzzWorkspace } from '../electron/core/testing/fuzz/fuzzWorkspace';
import { describeFailures, runFuzz } from '../electron/core/testing/fuzz/runFuzz';

export async function fuzzBench(payloads: number, seed: number, log: (line: string) => void): Promise<{ failures: number }> {
  const ws = await openFuzzWorkspace();
  try {
    const r = await runFuzz(ws.target, { seed, payloads, ids: ws.ids, gone: ws.gone });
    const core = r.failures.filter((f) => f.group === 'core');
    const rules = r.failures.filter((f) => f.group === 'rules');
    log(
      `  payloads ${r.payloads.toLocaleString()} (seed ${seed}), refused ${r.refused.toLocaleString()}, accepted ${r.accepted.toLocaleString()}; ` +
        `failures ${core.length}${core.length ? ' FAIL' : ' PASS'} (and ${rules.length} of the text and date rule's payloads); ` +
        `${(r.ms / 1000).toFixed(1)} s, ${((r.ms / r.payloads) * 1000).toFixed(0)} µs a payload; slowest ${r.slowest.channel} (${r.slowest.mutation}) ${r.slowest.ms.toFixed(0)} ms`,
    );
    if (core.length) log(describeFailures(core, 20));
    if (ws.logged.length) log(`  unexpected errors logged: ${ws.logged.length}, first: ${ws.logged[0]}`);
    return { failures: core.length };
  } finally {
    ws.dispose();
  }
}
