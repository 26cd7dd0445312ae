// A small convergence check of the engine alone (the full property test, 300 seeds over every
// entity, is the workload's: testing/syncWorkload.ts): three computers from one file make
// random offline edits to companies, contacts and visits, exchange packets round by round in a
// random order, then every card is resolved (randomly mine or theirs) until none is left; the
// three workspaces are then identical, table by table.
import { afterEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../testing/crashLog';
import { type Computer, computersFromOneFile, type Packet } from '../testing/syncTeam';
import { creditCodeFor, visitAsInput } from '../testing/workspace';
import { listCards, resolveCard } from './engine';
import { SYNCED_TABLES } from './tables';

let computers: Computer[] = [];
afterEach(() => {
  for (const c of computers) c.dispose();
  computers = [];
});

const random = seededRandom;

const NAMES = ['苏州精密机械有限公司', '昆山新材料有限公司', '上海嘉定汽配有限公司', '太仓物流有限公司'];

async function randomEdit(c: Computer, rnd: () => number, n: number): Promise<void> {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const companies = (await c.ws.call('companies.list', { limit: 100 })).rows;
  const r = rnd();
  try {
    if (r < 0.2 || companies.length === 0) {
      await c.ws.createCompany({ name: pick(NAMES), creditCode: rnd() < 0.3 ? creditCodeFor(Math.floor(rnd() * 3)) : null, contacts: [{ name: '张三', role: null, phone: null }] });
    } else if (r < 0.5) {
      const co = await c.ws.call('companies.get', { id: pick(companies).id });
      const contacts = co.contacts.filter(() => rnd() < 0.8).map((k) => ({ ...k, phone: rnd() < 0.5 ? `1380000${String(n).padStart(4, '0')}` : k.phone }));
      await c.ws.updateCompany(co, { headcount: rnd() < 0.5 ? Math.floor(rnd() * 1000) : co.headcount, notes: rnd() < 0.5 ? `备注${n}` : co.notes, contacts });
    } else if (r < 0.6) {
      await c.ws.call('companies.delete', { id: pick(companies).id });
    } else if (r < 0.8) {
      await c.ws.createVisit(pick(companies).id, { purpose: `走访${n}` });
    } else {
      const visits = (await c.ws.call('visits.list', {})).rows;
      if (visits.length === 0) return;
      const v = await c.ws.call('visits.get', { id: pick(visits).id });
      if (rnd() < 0.2) await c.ws.call('visits.delete', { id: v.id });
      else await c.ws.call('visits.update', { id: v.id, visit: { ...visitAsInput(v), wages: `月薪${n}`, payMin: rnd() < 0.5 ? 4000 + n : v.payMin, payMax: null } });
    }
  } catch (e) {
    // A refusal of the app's own rules (a name already taken here) is a user's typo, not the engine's business.
    if (!(e instanceof Error && /was refused/.test(e.message))) throw e;
  }
}

function exchange(all: Computer[], rnd: () => number): void {
  const packets = all.map((c) => c.send()).filter((p): p is Packet => p !== null);
  for (const c of all) {
    const order = packets.filter((p) => p.origin !== c.id).sort(() => rnd() - 0.5);
    c.receive(...order);
  }
}

const rowsOf = (c: Computer) =>
  Object.fromEntries(SYNCED_TABLES.map((t) => [t.name, c.db.prepare(`SELECT * FROM ${t.name} ORDER BY ${t.pk.map((k) => `"${k}"`).join(', ')}`).all()]));

describe('three computers converge', () => {
  for (const seed of Array.from({ length: Number(process.env.SYNC_SEEDS ?? 12) }, (_, i) => i + 1)) {
    it(`seed ${seed}`, async () => {
      const rnd = random(seed);
      computers = await computersFromOneFile(['A', 'B', 'C'], async (ws) => {
        await ws.createCompany({ name: '上海沪工阀门厂（集团）有限公司' });
      });
      let n = 0;
      for (let round = 0; round < 4; round++) {
        for (const c of computers) for (let i = 0; i < 4; i++) await randomEdit(c, rnd, n++);
        exchange(computers, rnd);
      }
      for (let guard = 0; guard < 20; guard++) {
        const withCards = computers.filter((c) => listCards(c.db).length > 0);
        if (withCards.length === 0) break;
        const c = withCards[Math.floor(rnd() * withCards.length)]!;
        for (const card of listCards(c.db)) {
          if (!listCards(c.db).some((x) => x.id === card.id)) continue;
          const choice = card.kind === 'duplicate' ? (rnd() < 0.5 ? 'keepMine' : 'keepTheirs') : card.kind === 'deleted' ? (rnd() < 0.5 ? 'restore' : 'keepDeleted') : rnd() < 0.5 ? 'mine' : 'theirs';
          try {
            resolveCard(c.db, { id: card.id, choice });
          } catch (e) {
            // Restoring a company whose name a live one has taken meanwhile is refused: keep it deleted then.
            if (!(e instanceof Error && /syncValueRejected/.test(e.message))) throw e;
            resolveCard(c.db, { id: card.id, choice: 'keepDeleted' });
          }
        }
        exchange(computers, rnd);
      }
      for (const c of computers) expect(listCards(c.db), `cards left on ${c.id}`).toEqual([]);
      const [a, ...rest] = computers.map(rowsOf);
      for (const other of rest) for (const t of SYNCED_TABLES) expect(other![t.name], `${t.name} (seed ${seed})`).toEqual(a![t.name]);
    });
  }
});
