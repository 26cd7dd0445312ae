// Test helper (not a test): the process the crash trials kill. It opens a workspace the way
// the app does (WorkspaceSession + the real invoker) and does real work through the channels
// until it is killed: companies with contacts, visits with follow-ups, vettings and their
// answers, a CSV import committed through the import jobs, and company exports through the
// export job. Each piece of work is announced in the acknowledgement log before the call and
// acknowledged (fsync'd) after it returned ok — see crashLog.ts.
//
// Run as: node crashWriter.cjs '<WriterArgs as JSON>' (crashTrials.ts bundles it first).
// It never stops by itself; a refused call prints the error and exits with code 2, which
// the driver reports as a failure (the work itself must never be refused).
import fs from 'node:fs';
import path from 'node:path';
import type { ChannelOutput } from '../../../shared/channels';
import type { ImportOpened, ImportResult, ImportSummary } from '../../../shared/imports/schema';
import type { JobStatus } from '../../../shared/jobs/schema';
import type { AnswerValue } from '../../../shared/vetting/answers';
import { passingAnswer } from '../../../shared/vetting/passingAnswer';
import type { Vetting } from '../../../shared/vetting/schema';
import { type TemplateItem, templateItems } from '../../../shared/vetting/template';
import { localSessionOptions } from '../workspace/localKeys';
import { WorkspaceSession } from '../workspace/session';
import { type AckLine, type Facts, seededRandom, STARTED, type WriterArgs } from './crashLog';
import { sampleCompany, sampleVisit, TestWorkspace } from './workspace';

/** Appends log lines; an ack is flushed to the disk before the next piece of work starts. */
class AckLog {
  private readonly fd: number;
  constructor(
    file: string,
    private readonly run: string,
  ) {
    this.fd = fs.openSync(file, 'a');
  }

  begin(seq: number, facts: Facts): void {
    // Not flushed: a begin line only says what was in flight; a kill does not lose the page cache.
    fs.writeSync(this.fd, `${JSON.stringify({ t: 'begin', run: this.run, seq, facts })}\n`);
  }

  ack(seq: number, facts: Facts, extra: Pick<AckLine, 'id' | 'rows'> = {}): void {
    // One write of the whole line, then fsync: the record counts once this returns.
    fs.writeSync(this.fd, `${JSON.stringify({ t: 'ack', run: this.run, seq, facts, ...extra })}\n`);
    fs.fsyncSync(this.fd);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

class Writer {
  private seq = 0;
  /** Companies this run created, for visits and vettings. */
  private readonly companies: string[] = [];
  private readonly vetted = new Set<string>();
  private vetting: Vetting | null = null;

  constructor(
    private readonly ws: TestWorkspace,
    private readonly log: AckLog,
    private readonly random: () => number,
    private readonly args: WriterArgs,
  ) {}

  private int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  private pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.random() * xs.length)]!;
  }

  async step(): Promise<void> {
    const r = this.random();
    if (this.companies.length === 0 || r < 0.3) return this.company();
    if (r < 0.55) return this.visit();
    if (r < 0.85) return this.vettingWork();
    if (r < 0.93) return this.import();
    return this.export();
  }

  private async company(): Promise<void> {
    const seq = this.seq++;
    const name = `崩溃测试企业-${this.args.run}-${seq}`;
    const contacts = Array.from({ length: this.int(0, 3) }, (_, k) => ({ name: `联系人${k + 1}`, role: '人事专员' }));
    const facts: Facts = { kind: 'company', name, contacts: contacts.length };
    this.log.begin(seq, facts);
    const c = await this.ws.call('companies.create', { ...sampleCompany(), name, contacts });
    this.log.ack(seq, facts, { id: c.id });
    this.companies.push(c.id);
  }

  private async visit(): Promise<void> {
    const seq = this.seq++;
    const companyId = this.pick(this.companies);
    const purpose = `崩溃测试走访-${this.args.run}-${seq}`;
    const followUps = Array.from({ length: this.int(0, 4) }, (_, k) => ({ what: `跟进事项${k + 1}`, whoStaffId: this.ws.me.id, dueDate: '2030-01-15', done: false }));
    const facts: Facts = { kind: 'visit', companyId, purpose, followUps: followUps.length };
    this.log.begin(seq, facts);
    const v = await this.ws.call('visits.create', { ...sampleVisit(companyId, [this.ws.me.id]), purpose, followUps });
    this.log.ack(seq, facts, { id: v.id });
  }

  /** Answers the next open item of the current vetting, or starts a vetting when there is none left to answer. */
  private async vettingWork(): Promise<void> {
    const item = this.vetting && this.nextItem(this.vetting);
    if (this.vetting && item) {
      const seq = this.seq++;
      const value = this.answerFor(item, this.vetting);
      const facts: Facts = { kind: 'answer', vettingId: this.vetting.id, itemKey: item.key, value };
      this.log.begin(seq, facts);
      this.vetting = await this.ws.call('vettings.answer', { vettingId: this.vetting.id, itemKey: item.key, value, note: null });
      this.log.ack(seq, facts);
      return;
    }
    const companyId = this.companies.find((id) => !this.vetted.has(id));
    if (!companyId) return this.company();
    const seq = this.seq++;
    const facts: Facts = { kind: 'vetting', companyId };
    this.log.begin(seq, facts);
    this.vetted.add(companyId);
    this.vetting = await this.ws.call('vettings.start', { companyId });
    this.log.ack(seq, facts, { id: this.vetting.id });
  }

  /** A visible item not answered yet (photo items are answered with photos: left out). Each item is answered once, so an ack names the value that must be there. */
  private nextItem(v: Vetting): TemplateItem | null {
    const open = new Set(v.score.items.filter((i) => i.visible && !i.answered).map((i) => i.key));
    return templateItems(v.template).find((i) => open.has(i.key) && i.kind !== 'photo') ?? null;
  }

  private answerFor(item: TemplateItem, v: Vetting): AnswerValue {
    // Some 'no'/'fail' answers too: they make other items visible, as a reviewer's would.
    if (item.kind === 'yesNo') return this.random() < 0.75 ? 'yes' : 'no';
    if (item.kind === 'passFail') return this.random() < 0.75 ? 'pass' : 'fail';
    if (item.kind === 'singleChoice') return this.pick(item.options).key;
    return passingAnswer(item, v)!;
  }

  private async import(): Promise<void> {
    const seq = this.seq++;
    const prefix = `崩溃导入-${this.args.run}-${seq}-`;
    const contacts = Array.from({ length: this.int(3, 20) }, () => this.int(1, 3));
    // Rows naming the same company add its contacts, as the staff's lists do.
    const rows = contacts.flatMap((n, i) => Array.from({ length: n }, (_, k) => `${prefix}${i + 1},联系人${k + 1},人事专员`));
    const file = path.join(this.args.importsDir, `导入-${this.args.run}-${seq}.csv`);
    fs.writeFileSync(file, ['企业名称,联系人,职务', ...rows].join('\r\n') + '\r\n');
    const facts: Facts = { kind: 'import', prefix, contacts };
    this.log.begin(seq, facts);
    this.ws.dialogs.nextFile = file;
    const opened = (await this.job(await this.ws.call('imports.open', { target: 'companies' }))).result as unknown as ImportOpened;
    const sheet = opened.sheets[0]!;
    const run = { importId: opened.importId, sheet: sheet.name, mapping: sheet.guessedMapping, duplicates: 'skip' as const };
    const preview = (await this.job(await this.ws.call('imports.preview', run))).result as unknown as ImportSummary;
    if (preview.ok !== contacts.length || preview.problemCount > 0) throw new Error(`import preview: ${preview.ok} of ${contacts.length} ok, ${preview.problemCount} problems`);
    const result = (await this.job(await this.ws.call('imports.commit', run))).result as unknown as ImportResult;
    if (result.created !== contacts.length) throw new Error(`import commit created ${result.created} of ${contacts.length}`);
    this.log.ack(seq, facts);
    fs.rmSync(file, { force: true });
  }

  private async export(): Promise<void> {
    const seq = this.seq++;
    const format = this.random() < 0.5 ? 'xlsx' : 'csv';
    const dest = path.join(this.args.exportsDir, `企业名录-${this.args.run}-${seq}.${format}`);
    const facts: Facts = { kind: 'export', path: dest, format };
    this.log.begin(seq, facts);
    this.ws.dialogs.nextSave = dest;
    const done = await this.job(await this.ws.call('exports.start', { dataset: 'companies', format, lang: 'zh', filter: {} }));
    this.log.ack(seq, facts, { rows: (done.result as { rows: number }).rows });
  }

  /** Polls a job as the renderer does (only faster) until it is no longer running; anything but done is a failure. */
  private async job(started: { jobId: string } | null): Promise<JobStatus> {
    if (!started) throw new Error('the job did not start (no file chosen)');
    for (;;) {
      const s: ChannelOutput<'jobs.status'> = await this.ws.call('jobs.status', { id: started.jobId });
      if (s.state === 'done') return s;
      if (s.state !== 'running') throw new Error(`job ${s.kind} ${s.state}: ${JSON.stringify(s.error)}`);
      await sleep(2);
    }
  }
}

async function main(): Promise<void> {
  const args = JSON.parse(process.argv[2] ?? '') as WriterArgs;
  const session = new WorkspaceSession(args.workspace, localSessionOptions(args.dataDir));
  // The trial before left its lock behind: a writable session here means it was taken over as stale.
  if (!session.writable) throw new Error(`the workspace opened read-only (${session.info().readOnlyReason})`);
  const ws = new TestWorkspace(args.dataDir, args.workspace, session);
  const staff = await ws.call('staff.list', { includeInactive: false });
  ws.me = staff[0] ?? (await ws.call('staff.create', { name: '崩溃测试员', title: null, phone: null }));
  if ((await ws.call('settings.get', {})).currentStaffId !== ws.me.id) await ws.call('settings.update', { currentStaffId: ws.me.id });
  const writer = new Writer(ws, new AckLog(args.acks, args.run), seededRandom(args.seed), args);
  // Never left running: the driver holds our stdin, so it ends when the driver is gone (a test
  // run torn down mid-trial); and a kill that never comes ends us too.
  process.stdin.on('end', () => process.exit(5)).resume();
  setTimeout(() => {
    console.error(`crash-writer: not killed within ${args.maxLifeMs} ms`);
    process.exit(4);
  }, args.maxLifeMs);
  process.stdout.write(`${STARTED}\n`);
  for (;;) await writer.step();
}

main().catch((e: unknown) => {
  // The message names the channel and the error code; the records' texts are never printed.
  console.error(`crash-writer: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(2);
});
