// The sync run between real workspace files through a real folder: what one sync sends and
// takes, nothing new, relay between two places, refused packets (tampered, cut short, another
// team's) applying nothing, a newer program's packet waiting, and a crash before the copy.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../db/migrations';
import { type Computer, computersFromOneFile } from '../testing/syncTeam';
import { syncThrough } from '../testing/syncRun';
import { tempDir } from '../testing/workspace';
import { FolderPlace } from './place/folder';
import { createTeam, type Team } from './team';

let computers: Computer[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const c of computers) c.dispose();
  computers = [];
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const newDir = () => {
  const d = tempDir('liaison-sync-');
  dirs.push(d);
  return d;
};

async function team(names = ['A', 'B']) {
  computers = await computersFromOneFile(names, async (ws) => {
    await ws.createCompany({ name: '上海沪工阀门厂（集团）有限公司', headcount: 850 });
  });
  const companyId = (await computers[0]!.ws.call('companies.list', {})).rows[0]!.id;
  return { t: createTeam('德钦组'), companyId };
}

const sync = (c: Computer, t: Team, place: string, schemaVersion = LATEST_VERSION) => syncThrough(c, t, new FolderPlace(place), { schemaVersion });

const headcount = async (c: Computer, id: string) => (await c.ws.call('companies.get', { id })).headcount;
const packetsIn = (place: string, t: Team, who: string) => fs.readdirSync(path.join(place, t.id, who));

describe('a sync through a folder', () => {
  it('sends, takes and says how much; a sync with nothing new does nothing', async () => {
    const { t, companyId } = await team();
    const [a, b] = computers as [Computer, Computer];
    const place = newDir();
    await a.ws.updateCompany(await a.ws.call('companies.get', { id: companyId }), { headcount: 900 });
    const sent = await sync(a, t, place);
    expect(sent).toMatchObject({ received: 0, cards: 0 });
    expect(sent.sent).toBeGreaterThan(0); // the company's row and its audit row
    const got = await sync(b, t, place);
    expect(got).toMatchObject({ sent: 0, received: sent.sent, fromColleagues: 1, refused: [], waiting: 0, needsUpgrade: 0 });
    expect(await headcount(b, companyId)).toBe(900);
    expect(await sync(b, t, place)).toMatchObject({ sent: 0, received: 0 });
    expect(await sync(a, t, place)).toMatchObject({ sent: 0, received: 0 });
    expect(packetsIn(place, t, 'A')).toEqual(['A-00000001.pkt']);
    expect(fs.existsSync(path.join(place, t.id, 'B'))).toBe(true);
  });

  it('relays: a change reaches a computer that never meets its maker, and is applied once', async () => {
    const { t, companyId } = await team(['A', 'B', 'C']);
    const [a, b, c] = computers as [Computer, Computer, Computer];
    const stick1 = newDir();
    const stick2 = newDir();
    await a.ws.updateCompany(await a.ws.call('companies.get', { id: companyId }), { headcount: 910 });
    await sync(a, t, stick1);
    await sync(b, t, stick1);
    await sync(b, t, stick2); // B passes A's packet on to the second stick
    expect(packetsIn(stick2, t, 'B')).toContain('A-00000001.pkt');
    expect(await sync(c, t, stick2)).toMatchObject({ fromColleagues: 1 });
    expect(await headcount(c, companyId)).toBe(910);
    // The original on the first stick changes nothing on C.
    expect(await sync(c, t, stick1)).toMatchObject({ received: 0 });
    // C's edit goes back along the same path.
    await c.ws.updateCompany(await c.ws.call('companies.get', { id: companyId }), { address: '嘉定区安亭镇' });
    await sync(c, t, stick2);
    await sync(b, t, stick2);
    await sync(b, t, stick1);
    await sync(a, t, stick1);
    expect((await a.ws.call('companies.get', { id: companyId })).address).toBe('嘉定区安亭镇');
  });

  it.each([
    ['tampered', (bytes: Buffer) => (bytes[bytes.length - 40]! ^= 0x01, bytes)],
    ['damaged', (bytes: Buffer) => bytes.subarray(0, bytes.length - 100)],
  ] as const)('a %s packet is refused with nothing applied, and its later packets wait', async (reason, spoil) => {
    const { t, companyId } = await team();
    const [a, b] = computers as [Computer, Computer];
    const place = newDir();
    await a.ws.updateCompany(await a.ws.call('companies.get', { id: companyId }), { headcount: 900 });
    await sync(a, t, place);
    await a.ws.updateCompany(await a.ws.call('companies.get', { id: companyId }), { headcount: 901 });
    await sync(a, t, place);
    const file = path.join(place, t.id, 'A', 'A-00000001.pkt');
    fs.writeFileSync(file, spoil(fs.readFileSync(file)));
    const before = b.ws.counts();
    const got = await sync(b, t, place);
    expect(got.refused).toEqual([{ file: 'A-00000001.pkt', reason }]);
    expect(got.received).toBe(0);
    expect(got.waiting).toBe(1);
    expect(await headcount(b, companyId)).toBe(850);
    expect(b.ws.counts()).toEqual(before);
  });

  it("another team's packet is refused", async () => {
    const { t } = await team();
    const [a, b] = computers as [Computer, Computer];
    const place = newDir();
    await a.ws.createCompany({ name: '嘉定物流有限公司' });
    // A's packet for another team lands in our team's folder (copied there by mistake).
    const other = createTeam('别的组');
    await sync(a, other, place);
    fs.mkdirSync(path.join(place, t.id));
    fs.renameSync(path.join(place, other.id, 'A'), path.join(place, t.id, 'A'));
    const got = await sync(b, t, place);
    expect(got.refused).toEqual([{ file: 'A-00000001.pkt', reason: 'otherTeam' }]);
    expect(got.received).toBe(0);
  });

  it('a packet of a newer program waits, unapplied, until this one is upgraded', async () => {
    const { t, companyId } = await team();
    const [a, b] = computers as [Computer, Computer];
    const place = newDir();
    await a.ws.updateCompany(await a.ws.call('companies.get', { id: companyId }), { headcount: 990 });
    await sync(a, t, place, LATEST_VERSION + 1);
    expect(await sync(b, t, place)).toMatchObject({ needsUpgrade: 1, received: 0 });
    expect(await headcount(b, companyId)).toBe(850);
    expect(await sync(b, t, place, LATEST_VERSION + 1)).toMatchObject({ needsUpgrade: 0, fromColleagues: 1 });
    expect(await headcount(b, companyId)).toBe(990);
  });

  it('a packet made but not copied (the place went away) is copied by the next sync, once', async () => {
    const { t, companyId } = await team();
    const [a, b] = computers as [Computer, Computer];
    const place = newDir();
    await a.ws.updateCompany(await a.ws.call('companies.get', { id: companyId }), { headcount: 920 });
    await sync(a, t, place);
    fs.rmSync(path.join(place, t.id, 'A', 'A-00000001.pkt'));
    await sync(a, t, place);
    expect(packetsIn(place, t, 'A')).toEqual(['A-00000001.pkt']);
    await sync(b, t, place);
    expect(await headcount(b, companyId)).toBe(920);
  });

  it('a workspace put back from before its last sent packet is refused rather than reusing its numbers', async () => {
    const { t, companyId } = await team();
    const [a] = computers as [Computer];
    const place = newDir();
    await a.ws.updateCompany(await a.ws.call('companies.get', { id: companyId }), { headcount: 920 });
    await sync(a, t, place);
    a.db.prepare('UPDATE sync_state SET sent_seq = 0').run();
    await expect(sync(a, t, place)).rejects.toMatchObject({ error: { key: 'syncBehindOwnPackets' } });
  });
});
