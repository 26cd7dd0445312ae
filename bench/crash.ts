// The crash figure: `trials` writer processes killed at random moments (SIGKILL, 100–1500 ms
// after they started working) on real encrypted workspaces, each followed by reopening the
// workspace and checking everything acknowledged (testing/crashTrials.ts). Reported: the
// failures (the target is none) and how long reopening after a crash takes — taking over the
// dead writer's lock, recovering the WAL, the quick check — as the median and p95.
import { runCrashTrials } from '../electron/core/testing/crashTrials';

export interface CrashBenchResult {
  trials: number;
  kills: number;
  failures: number;
  /** The first few failures, for the report (ids and counts only). */
  failureDetails: string[];
  acknowledged: number;
  checks: number;
  killedInFlight: number;
  inFlightLanded: number;
  medianRecoveryOpenMs: number;
  p95RecoveryOpenMs: number;
  maxRecoveryOpenMs: number;
  medianWriterStartMs: number;
  tempFilesLeft: number;
  totalMs: number;
}

function quantile(xs: number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * (s.length - 1) + 0.5))]!;
}

/** Runs the crash trials; a new workspace every 10 trials keeps each check's work bounded. */
export async function crashBench(trials = 100): Promise<CrashBenchResult> {
  const t0 = performance.now();
  const s = await runCrashTrials({ trials, seed: 1, trialsPerWorkspace: 10 });
  return {
    trials: s.trials,
    kills: s.kills,
    failures: s.failures.length,
    failureDetails: s.failures.slice(0, 10).map((f) => `trial ${f.trial}: ${f.detail}`),
    acknowledged: s.acknowledged,
    checks: s.checks,
    killedInFlight: s.killedInFlight,
    inFlightLanded: s.inFlightLanded,
    medianRecoveryOpenMs: quantile(s.recoveryOpenMs, 0.5),
    p95RecoveryOpenMs: quantile(s.recoveryOpenMs, 0.95),
    maxRecoveryOpenMs: s.recoveryOpenMs.length ? Math.max(...s.recoveryOpenMs) : Number.NaN,
    medianWriterStartMs: quantile(s.startMs, 0.5),
    tempFilesLeft: s.tempFiles,
    totalMs: performance.now() - t0,
  };
}

// `npx tsx bench/crash.ts [trials]` runs it alone (bench/run.ts calls crashBench for the full bench).
if (require.main === module) {
  crashBench(Number(process.argv[2] ?? 100)).then(
    (r) => console.log(JSON.stringify(r, null, 2)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
