// The trip's documents through the invoker, as the app asks for them: the .ics file of
// the itinerary and the printable itinerary's HTML. Both are reads, so a workspace
// opened read-only (damaged) can still print and export.
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Trip } from '../../../shared/trips/contract';
import { writesWorkspace } from '../invoke';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';

let ws: TestWorkspace;
let trip: Trip;

beforeEach(async () => {
  ws = await createTestWorkspace();
  const ids = new Map<string, string>();
  for (const p of await ws.call('regions.list', {})) {
    ids.set(p.name, p.id);
    for (const c of p.counties) ids.set(c.name, c.id);
  }
  trip = await ws.call('trips.create', {
    title: '赴迪庆州德钦县开展专场招聘', prefectureId: ids.get('迪庆州')!, countyIds: [ids.get('德钦县')!], startDate: '2018-09-17', endDate: '2018-09-21',
  });
  trip = await ws.call('trips.addMember', { tripId: trip.id, member: { name: '王建国', role: 'bureauStaff', organisation: '嘉定区人社局' } });
  const wang = trip.members[0]!.id;
  trip = await ws.call('itinerary.create', {
    tripId: trip.id,
    item: { kind: 'training', title: '电工技能培训', startsAt: '2018-09-19T14:00', endsAt: '2018-09-19T17:00', place: '德钦县委党校', countyId: ids.get('德钦县')!, memberIds: [wang] },
  });
  trip = await ws.call('itinerary.create', {
    tripId: trip.id,
    item: { kind: 'seminar', title: '座谈会', startsAt: '2018-09-19T09:00', endsAt: '2018-09-19T12:00', place: '德钦县民族广场', countyId: ids.get('德钦县')!, memberIds: [wang] },
  });
});
afterEach(() => ws.dispose());

describe('trips.exportIcs', () => {
  it('saves the calendar where the user picks, suggesting a name; one event per item with stable UIDs', async () => {
    const file = path.join(ws.dir, '行程.ics');
    ws.dialogs.nextSave = file;
    expect(await ws.call('trips.exportIcs', { id: trip.id })).toEqual({ path: file });
    expect(ws.dialogs.suggestedName).toBe('赴迪庆州德钦县开展专场招聘-2018-09-17.ics');
    const text = fs.readFileSync(file, 'utf8');
    const cal = new ICAL.Component(ICAL.parse(text));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.location)).toEqual(['德钦县民族广场', '德钦县委党校']);
    expect(events.map((e) => e.summary)).toEqual(['座谈：座谈会', '技能培训：电工技能培训']);
    const ids = [...trip.items].sort((a, b) => a.startsAt.localeCompare(b.startsAt)).map((i) => `${i.id}@liaison-desk`);
    expect(events.map((e) => e.uid)).toEqual(ids);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    expect(await ws.call('trips.exportIcs', { id: trip.id })).toBeNull();
    expect(fs.readdirSync(ws.dir).filter((n) => n.endsWith('.ics'))).toEqual([]);
    expect((await ws.call('exportLog.list', {})).total).toBe(0);
  });

  it('is logged as a report of its trip', async () => {
    ws.dialogs.nextSave = path.join(ws.dir, '行程.ics');
    await ws.call('trips.exportIcs', { id: trip.id });
    expect((await ws.call('exportLog.list', {})).rows).toMatchObject([{ kind: 'report', what: 'ics', rows: 2, fileName: '行程.ics', filter: { tripId: trip.title } }]);
  });

  it('says so for a trip that does not exist', async () => {
    expect((await ws.refused('trips.exportIcs', { id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' })).key).toBe('tripNotFound');
  });
});

describe('trips.itineraryHtml', () => {
  it('gives the printable document in Chinese by default and in English when asked', async () => {
    const { html } = await ws.call('trips.itineraryHtml', { id: trip.id, lang: 'zh' });
    expect(html).toContain('<html lang="zh-CN">');
    expect(html.match(/<section class="day"/g)).toHaveLength(5);
    expect(html.indexOf('德钦县民族广场')).toBeLessThan(html.indexOf('德钦县委党校'));
    expect((await ws.call('trips.itineraryHtml', { id: trip.id } as never)).html).toContain('<html lang="zh-CN">');
    expect((await ws.call('trips.itineraryHtml', { id: trip.id, lang: 'en' })).html).toContain('<html lang="en">');
  });

  it('refuses an unknown language and an unknown trip', async () => {
    expect((await ws.refused('trips.itineraryHtml', { id: trip.id, lang: 'fr' })).code).toBe('VALIDATION');
    expect((await ws.refused('trips.itineraryHtml', { id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', lang: 'zh' })).key).toBe('tripNotFound');
  });
});

describe('both are reads', () => {
  it('are not counted as writes, next to the real writes of trips', () => {
    expect(writesWorkspace('trips.exportIcs')).toBe(false);
    expect(writesWorkspace('trips.itineraryHtml')).toBe(false);
    expect(writesWorkspace('trips.update')).toBe(true);
  });

  it('work in a workspace opened read-only, which still refuses writes', async () => {
    Object.defineProperty(ws.session, 'writable', { get: () => false, configurable: true });
    ws.dialogs.nextSave = path.join(ws.dir, '只读.ics');
    await ws.call('trips.exportIcs', { id: trip.id });
    expect(fs.readFileSync(path.join(ws.dir, '只读.ics'), 'utf8')).toContain('BEGIN:VEVENT');
    expect(ws.count('SELECT count(*) AS n FROM export_log')).toBe(0); // nowhere to log it
    expect((await ws.call('trips.itineraryHtml', { id: trip.id, lang: 'zh' })).html).toContain('德钦县委党校');
    expect((await ws.refused('trips.delete', { id: trip.id })).key).toBe('workspaceReadOnly');
  });
});
