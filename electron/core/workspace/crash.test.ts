// Acknowledged work survives a crash at any moment. Real writer processes do real work on
// real encrypted workspace files through the invoker and are SIGKILLed at random moments;
// after each kill the workspace is opened again here and everything acknowledged must be
// there whole, the work in flight all there or not at all (see testing/crashTrials.ts for
// the checks). The seed fixes the delays and the work chosen; where the kills land within
// the work depends on the machine's speed, so what they hit is asserted only loosely.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AckLine, type Facts, parseLog } from '../testing/crashLog';
import { recheckWorkspace, runCrashTrials } from '../testing/crashTrials';
import { rawDb } from '../testing/workspace';

const TRIALS = 10;

describe('a crash at any moment', () => {
  it(
    'keeps every acknowledged record whole, writes in flight all or nothing, and the workspace reopens writable',
    async () => {
      const summary = await runCrashTrials({ trials: TRIALS, seed: 20261204, trialsPerWorkspace: 5 });
      // Shown in the test output: what the kills hit (counts only).
      console.log(
        `crash trials: ${summary.trials} trials, ${summary.kills} kills, ${summary.acknowledged} records acknowledged ` +
          `(${JSON.stringify(summary.acknowledgedByKind)}), ${summary.checks} checks; killed in flight ${summary.killedInFlight} times ` +
          `(${JSON.stringify(summary.inFlightByKind)}), ${summary.inFlightLanded} of them written; ` +
          `${summary.perTrial.filter((t) => t.walBytes > 0).length} kills left a WAL to recover; ${summary.tempFiles} temporary files left`,
      );
      expect(summary.failures, summary.dir ? `workspaces kept in ${summary.dir}` : undefined).toEqual([]);
      expect(summary.trials).toBe(TRIALS);
      // Every trial ended by SIGKILL, never by the writer stopping on its own.
      expect(summary.kills).toBe(TRIALS);
      // The kills landed while work went on: records were acknowledged and piled up across
      // the trials on each workspace, and some kills came between a call and its acknowledgement.
      for (const ws of new Set(summary.perTrial.map((t) => t.workspace))) {
        const trials = summary.perTrial.filter((t) => t.workspace === ws);
        expect(trials.at(-1)!.ackedSoFar).toBeGreaterThan(trials[0]!.ackedSoFar);
      }
      expect(summary.killedInFlight).toBeGreaterThan(0);
    },
    60_000,
  );

  it(
    'the checks notice a record cut short, half an import, a changed answer, a cut export and an acknowledged record that is not there',
    async () => {
      // One long trial, so that the seeded work reaches an import and an export (seed 2: the 5th and 10th piece of work).
      const summary = await runCrashTrials({ trials: 1, seed: 2, minDelayMs: 3000, maxDelayMs: 3000, keep: true });
      const base = path.join(summary.dir!, 'w1');
      try {
        expect(summary.failures).toEqual([]);
        expect(await recheckWorkspace(base)).toEqual([]);
        const { acks } = parseLog(fs.readFileSync(path.join(base, 'acks.jsonl'), 'utf8'));
        const first = <K extends Facts['kind']>(kind: K, ok: (f: Extract<Facts, { kind: K }>) => boolean = () => true) =>
          acks.find((a): a is AckLine & { facts: Extract<Facts, { kind: K }> } => a.facts.kind === kind && ok(a.facts as Extract<Facts, { kind: K }>));
        const expected: string[] = [];
        const db = rawDb(path.join(base, '崩溃测试.sqlite'), path.join(base, 'data'));
        try {
          const visit = first('visit', (f) => f.followUps > 0);
          if (visit) {
            db.prepare('DELETE FROM follow_ups WHERE visit_id = ?').run(visit.id);
            expected.push(`visit ${visit.id}: 0 of ${visit.facts.followUps} follow-ups`);
          }
          const company = first('company', (f) => f.contacts > 1);
          if (company) {
            db.prepare('DELETE FROM contacts WHERE company_id = ? AND sort_order = (SELECT max(sort_order) FROM contacts WHERE company_id = ?)').run(company.id, company.id);
            expected.push(`company ${company.id}: ${company.facts.contacts - 1} of ${company.facts.contacts} contacts`);
          }
          const answer = first('answer');
          if (answer) {
            db.prepare('UPDATE vetting_answers SET value = ? WHERE vetting_id = ? AND item_key = ?').run('"changed"', answer.facts.vettingId, answer.facts.itemKey);
            expected.push(`answer ${answer.facts.vettingId}/${answer.facts.itemKey}: "changed" instead of`);
          }
          const imported = first('import');
          if (imported) {
            // Gone under its name (deleting it would take its search and audit rows along).
            db.prepare("UPDATE companies SET name = name || '（已改名）' WHERE name = ?").run(`${imported.facts.prefix}1`);
            expected.push(`${imported.facts.contacts.length - 1} of ${imported.facts.contacts.length} companies (half an import)`);
          }
        } finally {
          db.close();
        }
        const exported = first('export');
        if (exported) {
          fs.truncateSync(exported.facts.path, Math.floor(fs.statSync(exported.facts.path).size / 2));
          expected.push(`export ${path.basename(exported.facts.path)}`);
        }
        // An acknowledgement whose record never made it to the file.
        const ghost = { t: 'ack', run: 'T9', seq: 0, facts: { kind: 'company', name: '崩溃测试企业-T9-0', contacts: 0 }, id: '00000000-0000-7000-8000-000000000000' };
        fs.appendFileSync(path.join(base, 'acks.jsonl'), `${JSON.stringify(ghost)}\n`);
        expected.push('acknowledged company (T9/0) is missing');
        // Enough kinds of damage to mean something, however slow the machine was.
        expect(expected.length).toBeGreaterThanOrEqual(5);

        const failures = await recheckWorkspace(base);
        console.log(`damaged ${expected.length} ways; the checks reported:\n  ${failures.join('\n  ')}`);
        for (const e of expected) expect(failures, e).toContainEqual(expect.stringContaining(e));
      } finally {
        fs.rmSync(summary.dir!, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
