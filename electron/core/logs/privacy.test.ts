// No personal data in the log: the real core in its worker thread (as the app runs it) handles
// companies, contacts, staff, visits and sync settings full of names, phones, ID numbers and
// notes; calls are refused with those values in their inputs; the window reports an error whose
// text quotes them; the core's thread meets an error nobody catches. Then every log file, and
// the diagnostics file made from them, is read: ids and counts, none of those values.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/result';
import { TEST_CORE_BUNDLE, root } from '../../../scripts/bundles.mjs';
import type { TestOps } from '../../../tests/harness/testOps';
import { TestDialogs } from '../testing/workspace';
import { type CoreWorker, remoteOps, startCoreWorker } from '../worker/client';
import type { HostOps } from '../worker/ops';
import { logsDirOf } from './logFiles';

/** Everything personal the run handles; none may reach a log line. */
const PERSONAL = {
  staff: '王建国',
  staffPhone: '13812345678',
  contact: '陈美华',
  contactLatin: 'Chen Meihua',
  contactPhone: '13816012345',
  landline: '021-59991234',
  idCard: '31011419800101123X',
  email: 'chen.mh@example.com',
  company: '嘉定沪工阀门厂',
  note: '陈经理说她母亲住院',
  visitNote: '王建国与陈美华面谈',
  syncUser: '建国',
  syncComputer: 'WANGJG-LAPTOP',
  webdavUser: 'wangjg',
};

let dir: string;
let core: CoreWorker;
const dialogs = new TestDialogs();
const ops = () => remoteOps<HostOps & TestOps>(core);

async function ok<T>(channel: string, input: unknown): Promise<T> {
  const r = (await core.invoke(channel, input)) as Result<T>;
  if (!r.ok) throw new Error(`${channel}: ${JSON.stringify(r.error)}`);
  return r.value;
}
async function refused(channel: string, input: unknown) {
  const r = await core.invoke(channel, input);
  expect(r.ok, `${channel} should be refused`).toBe(false);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liaison-privacy-'));
  core = await startCoreWorker({ script: path.join(root, TEST_CORE_BUNDLE), dataDir: dir, dialogs, checkOutputs: true, host: { app: '0.1.0' } });
  await core.open(path.join(dir, '工作区.sqlite'));
});
afterAll(async () => {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the log after a run with people\'s data', () => {
  it('holds ids, counts and codes, never a name, phone, ID number, e-mail or note', async () => {
    const me = await ok<{ id: string }>('staff.create', { name: PERSONAL.staff, title: '科员', phone: PERSONAL.staffPhone });
    await ok('settings.update', { currentStaffId: me.id });
    const company = await ok<{ id: string }>('companies.create', {
      name: PERSONAL.company,
      address: `嘉定区华亭东路188号 ${PERSONAL.landline}`,
      notes: `${PERSONAL.note}；身份证 ${PERSONAL.idCard}；${PERSONAL.email}`,
      contacts: [
        { name: PERSONAL.contact, role: '人事经理', phone: PERSONAL.contactPhone, note: PERSONAL.email },
        { name: PERSONAL.contactLatin, phone: PERSONAL.landline },
      ],
    });
    await ok('visits.create', { companyId: company.id, visitDate: '2018-09-10', staffIds: [me.id], notes: PERSONAL.visitNote, followUps: [] });
    await ok('sync.setIdentity', { computerName: PERSONAL.syncComputer, userName: PERSONAL.syncUser });
    await ok('sync.setPlace', { kind: 'webdav', url: `https://dav.bureau.local/${PERSONAL.webdavUser}/`, username: PERSONAL.webdavUser });

    // Refused with the values in their inputs: a duplicate, a bad phone, a record that is not there, a wrong type.
    await refused('companies.create', { name: PERSONAL.company, notes: PERSONAL.note });
    await refused('staff.create', { name: PERSONAL.contact, phone: `${PERSONAL.contactPhone}999` });
    await refused('companies.update', { id: '01890a5d-ac96-774b-bcce-000000000999', name: PERSONAL.company, contacts: [{ name: PERSONAL.contact }] });
    await refused('visits.create', { companyId: company.id, visitDate: PERSONAL.idCard, staffIds: [me.id], notes: PERSONAL.visitNote });
    // The window's error, quoting what it was showing.
    await ok('diagnostics.reportError', {
      message: `Cannot read properties of undefined (reading '${PERSONAL.contact} ${PERSONAL.contactPhone}')`,
      stack: `TypeError: ${PERSONAL.company} ${PERSONAL.email}\n    at ContactRow (app://bundle/assets/app-1.js:1:2)`,
      where: '/companies/:id',
    });
    // Errors nobody catches, their messages quoting people too.
    await ops().throwLater(`保存 ${PERSONAL.staff} ${PERSONAL.staffPhone} 失败`);
    await ops().rejectLater(`同步 ${PERSONAL.idCard} 失败`);
    await new Promise((r) => setTimeout(r, 100));
    // The diagnostics file is made from the log and the settings: it must be as clean.
    dialogs.nextSave = path.join(dir, '诊断信息.zip');
    await ok('diagnostics.export', {});

    const text = fs
      .readdirSync(logsDirOf(dir))
      .map((f) => fs.readFileSync(path.join(logsDirOf(dir), f), 'utf8'))
      .join('');
    const zip = unzipSync(fs.readFileSync(path.join(dir, '诊断信息.zip')));
    const zipText = Object.values(zip).map((bytes) => new TextDecoder().decode(bytes)).join('\n');
    for (const [what, value] of Object.entries(PERSONAL)) {
      expect(text, `${what} in the log`).not.toContain(value);
      expect(zipText, `${what} in the diagnostics file`).not.toContain(value);
    }
    // And the run was logged, by event and code.
    expect(text).toMatch(/ INFO core workspace\.opened \{"schemaVersion":\d+,"status":"writable","kind":"raw"\}/);
    expect(text).toMatch(/ INFO core call\.refused \{"channel":"companies\.create","code":"CONFLICT"/);
    expect(text).toMatch(/ INFO core call\.refused \{"channel":"staff\.create","code":"VALIDATION"/);
    expect(text).toMatch(/ ERROR renderer renderer\.error \{"message":"Cannot read properties of undefined \(reading '\[3 han\] \[phone\]'\)"/);
    expect(text).toMatch(/ ERROR core process\.uncaughtException \{"error":\{"name":"Error","message":"\[2 han\] \[3 han\] \[phone\] \[2 han\]"/);
    expect(text).toMatch(/ ERROR core process\.unhandledRejection \{"error":\{"name":"Error","message":"\[2 han\] \[id-card\] \[2 han\]"/);
    // The core still answers after what nobody caught.
    expect(await core.invoke('staff.list', {})).toMatchObject({ ok: true });
  });
});
