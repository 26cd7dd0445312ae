// The agreement register: agreements with parties, the trip and event where they were
// signed, targets measured from the records (placement batches, event outcomes), and
// scanned documents checked by their own bytes. Refusals leave every row as it was.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgreementInput } from '../../../shared/agreements/schema';
import type { ItineraryItemInput } from '../../../shared/trips/schema';
import { newId, nowIso } from '../ids';
import { jpegImage, pngImage } from '../testing/images';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';
import * as agreements from './service';

let ws: TestWorkspace;
let regions: Map<string, string>;
const TODAY = '2019-01-01';

const TABLES = ['agreements', 'agreement_targets', 'agreement_documents', 'audit'];
const counts = () => Object.fromEntries(TABLES.map((t) => [t, ws.count(`SELECT count(*) AS n FROM ${t}`)]));

beforeEach(async () => {
  ws = await createTestWorkspace();
  regions = await ws.regionIds();
});
afterEach(() => ws.dispose());

const labourExport = (overrides: Partial<AgreementInput> = {}): AgreementInput => ({
  type: 'labourExport',
  title: '劳务输出协议',
  parties: ['上海市嘉定区人力资源和社会保障局', '楚雄金泰人力资源和社会保障事务有限公司'],
  signedOn: '2017-11-20',
  prefectureId: regions.get('楚雄州')!,
  targets: [{ description: '2019 年转移就业 100 人', metric: 'arrivals', target: 100, dueDate: '2019-12-31' }],
  ...overrides,
});

async function chuxiongTrip(start = '2017-11-18', end = '2017-11-22', prefecture = '楚雄州') {
  const county = prefecture === '楚雄州' ? '楚雄市' : '德钦县';
  return ws.call('trips.create', { title: `赴${prefecture}专场招聘`, prefectureId: regions.get(prefecture)!, countyIds: [regions.get(county)!], startDate: start, endDate: end });
}

async function addItem(tripId: string, item: Partial<ItineraryItemInput>) {
  const t = await ws.call('itinerary.create', { tripId, item: { kind: 'jobFair', startsAt: '2017-11-20T09:00', endsAt: '2017-11-20T12:00', ...item } });
  return t.items[t.items.length - 1]!;
}

/** Rows the placements and outcomes screens would write, inserted plainly so this test depends only on the tables. */
function arrival(arrivedOn: string, workers: number, poor: number, prefecture = '楚雄州', deleted = false) {
  const at = nowIso();
  ws.db
    .prepare('INSERT INTO placement_batches (id, arrived_on, workers, poor, prefecture_id, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(newId(), arrivedOn, workers, poor, regions.get(prefecture)!, at, at, deleted ? at : null);
}
function outcome(itemId: string, figures: { positions?: number; seekers?: number; intentions?: number; trainees?: number }) {
  const at = nowIso();
  ws.db
    .prepare('INSERT INTO event_outcomes (item_id, positions_offered, job_seekers, intentions, trainees, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(itemId, figures.positions ?? null, figures.seekers ?? null, figures.intentions ?? null, figures.trainees ?? null, at, at);
}

describe('registering agreements', () => {
  it('stores the labour-export agreement of 2017-11 with its trip, event and target, and audits it', async () => {
    const trip = await chuxiongTrip();
    const signing = await addItem(trip.id, { kind: 'signing', title: '劳务输出协议签约仪式', startsAt: '2017-11-20T15:00', endsAt: '2017-11-20T16:00' });
    const a = await ws.call('agreements.create', { agreement: labourExport({ tripId: trip.id, itemId: signing.id }), today: TODAY });
    expect(a).toMatchObject({
      type: 'labourExport', parties: ['上海市嘉定区人力资源和社会保障局', '楚雄金泰人力资源和社会保障事务有限公司'], copies: 1, signedOn: '2017-11-20',
      prefectureName: '楚雄州', tripTitle: '赴楚雄州专场招聘', itemTitle: '2017-11-20 劳务输出协议签约仪式', documents: [],
      targets: [{ description: '2019 年转移就业 100 人', metric: 'arrivals', target: 100, dueDate: '2019-12-31', progress: 0 }],
    });
    expect(await ws.call('agreements.get', { id: a.id, today: TODAY })).toEqual(a);
    expect(ws.count("SELECT count(*) AS n FROM audit WHERE entity = 'agreement' AND entity_id = ? AND action = 'create'", a.id)).toBe(1);
  });

  it('lists newest signed first, filtered by year, type, trip and prefecture', async () => {
    const trip = await chuxiongTrip();
    await ws.call('agreements.create', { agreement: labourExport({ tripId: trip.id }), today: TODAY });
    await ws.call('agreements.create', {
      agreement: { type: 'schoolEnterprise', title: '校企合作框架协议', parties: ['楚雄技师学院'], copies: 23, signedOn: '2017-11-21', tripId: trip.id }, today: TODAY,
    });
    await ws.call('agreements.create', { agreement: { type: 'framework', title: '对口帮扶合作框架', parties: ['迪庆州人社局'], signedOn: '2018-09-18', prefectureId: regions.get('迪庆州')! }, today: TODAY });
    const titles = async (f: object) => (await ws.call('agreements.list', { today: TODAY, ...f })).map((r) => r.title);
    expect(await titles({})).toEqual(['对口帮扶合作框架', '校企合作框架协议', '劳务输出协议']);
    expect(await titles({ year: 2017 })).toEqual(['校企合作框架协议', '劳务输出协议']);
    expect(await titles({ type: 'labourExport' })).toEqual(['劳务输出协议']);
    expect(await titles({ tripId: trip.id })).toEqual(['校企合作框架协议', '劳务输出协议']);
    expect(await titles({ prefectureId: regions.get('迪庆州')! })).toEqual(['对口帮扶合作框架']);
    const [row] = await ws.call('agreements.list', { today: TODAY, type: 'schoolEnterprise' });
    expect(row).toMatchObject({ copies: 23, documents: 0, targets: 0, targetsBehind: 0, tripTitle: '赴楚雄州专场招聘' });
  });

  it('updates targets by id: kept ones keep their id, new ones are added, missing ones deleted', async () => {
    const a = await ws.call('agreements.create', {
      agreement: labourExport({ targets: [
        { description: '2018 年转移就业 50 人', metric: 'arrivals', target: 50, dueDate: '2018-12-31' },
        { description: '2019 年转移就业 100 人', metric: 'arrivals', target: 100, dueDate: '2019-12-31' },
      ] }), today: TODAY,
    });
    const [first, second] = a.targets;
    const b = await ws.call('agreements.update', {
      id: a.id, today: TODAY,
      agreement: labourExport({ title: '劳务输出合作协议', targets: [
        { id: second!.id, description: '2019 年转移就业 120 人', metric: 'arrivals', target: 120, dueDate: '2019-12-31' },
        { description: '举办培训 3 期', metric: 'manual', target: 3, dueDate: '2019-06-30', achieved: 2 },
      ] }),
    });
    expect(b.title).toBe('劳务输出合作协议');
    expect(b.targets.map((t) => [t.description, t.progress])).toEqual([['2019 年转移就业 120 人', 0], ['举办培训 3 期', 2]]);
    expect(b.targets[0]!.id).toBe(second!.id);
    expect(ws.count('SELECT count(*) AS n FROM agreement_targets WHERE id = ?', first!.id)).toBe(0);
  });

  it('deleting moves it to the trash, out of the list; restoring brings it back; purging removes its targets and documents', async () => {
    const a = await ws.call('agreements.create', { agreement: labourExport(), today: TODAY });
    await ws.call('agreements.attachDocument', { agreementId: a.id, fileName: '协议.pdf', data: PDF.toString('base64') });
    await ws.call('agreements.delete', { id: a.id });
    expect(await ws.call('agreements.list', { today: TODAY })).toEqual([]);
    expect((await ws.refused('agreements.get', { id: a.id, today: TODAY })).code).toBe('NOT_FOUND');
    expect(await ws.call('trash.list', {})).toEqual([expect.objectContaining({ kind: 'agreement', id: a.id, title: '劳务输出协议', detail: '2017-11-20' })]);
    await ws.call('trash.restore', { kind: 'agreement', id: a.id });
    expect((await ws.call('agreements.list', { today: TODAY })).map((r) => r.id)).toEqual([a.id]);
    await ws.call('agreements.delete', { id: a.id });
    await ws.call('trash.purge', { kind: 'agreement', id: a.id });
    expect(counts()).toMatchObject({ agreements: 0, agreement_targets: 0, agreement_documents: 0 });
  });
});

describe('refusals change nothing', () => {
  it('a target due before signing, an unknown prefecture, a deleted trip, an event of another trip', async () => {
    const trip = await chuxiongTrip();
    const other = await chuxiongTrip('2018-06-25', '2018-06-29');
    const otherItem = await addItem(other.id, { kind: 'signing', startsAt: '2018-06-27T15:00', endsAt: '2018-06-27T16:00' });
    const gone = await chuxiongTrip('2016-01-01', '2016-01-02');
    await ws.call('trips.delete', { id: gone.id });
    const before = counts();
    const cases: [Partial<AgreementInput>, (string | number)[], string][] = [
      [{ targets: [{ description: '签约前', metric: 'arrivals', target: 10, dueDate: '2017-01-01' }] }, ['agreement', 'targets', 0, 'dueDate'], 'targetDueBeforeSigning'],
      [{ prefectureId: newId() }, ['prefectureId'], 'unknownPrefecture'],
      [{ tripId: gone.id }, ['tripId'], 'unknownTrip'],
      [{ tripId: trip.id, itemId: otherItem.id }, ['itemId'], 'itemNotOnTrip'],
      [{ itemId: otherItem.id }, ['agreement', 'itemId'], 'itemWithoutTrip'],
    ];
    for (const [overrides, path, key] of cases) {
      const error = await ws.refused('agreements.create', { agreement: labourExport(overrides), today: TODAY });
      expect(error).toMatchObject({ code: 'VALIDATION', issues: [{ path, key }] });
    }
    expect(counts()).toEqual(before);
  });

  it('an update refused leaves the agreement and its targets as they were', async () => {
    const a = await ws.call('agreements.create', { agreement: labourExport(), today: TODAY });
    const before = counts();
    const error = await ws.refused('agreements.update', {
      id: a.id, today: TODAY, agreement: labourExport({ title: '改名', targets: [{ id: a.targets[0]!.id, description: '签约前', metric: 'arrivals', target: 10, dueDate: '2017-01-01' }] }),
    });
    expect(error.issues).toEqual([{ path: ['agreement', 'targets', 0, 'dueDate'], key: 'targetDueBeforeSigning' }]);
    expect(counts()).toEqual(before);
    expect(await ws.call('agreements.get', { id: a.id, today: TODAY })).toEqual(a);
  });
});

describe('targets measured from the records', () => {
  it('arrivals and registered poor from placement batches between signing and due date, in the agreement’s prefecture', async () => {
    const a = await ws.call('agreements.create', {
      agreement: labourExport({ targets: [
        { description: '2019 年转移就业 100 人', metric: 'arrivals', target: 100, dueDate: '2019-12-31' },
        { description: '其中建档立卡 20 人', metric: 'arrivalsPoor', target: 20, dueDate: '2019-12-31' },
      ] }), today: TODAY,
    });
    arrival('2018-07-07', 26, 11); // the first batch of the article
    arrival('2019-12-31', 4, 1); // on the due date: counted
    arrival('2017-11-19', 50, 5); // before signing
    arrival('2020-01-01', 50, 5); // after the due date
    arrival('2018-09-25', 30, 3, '迪庆州'); // another prefecture
    arrival('2018-08-01', 40, 4, '楚雄州', true); // deleted
    const got = await ws.call('agreements.get', { id: a.id, today: '2019-06-30' });
    expect(got.targets.map((t) => [t.progress, t.state])).toEqual([[30, 'behind'], [12, 'behind']]);
    // 587 of 771 days gone: 77 of 100 expected by now.
    expect(got.targets[0]!.expectedByNow).toBe(77);
  });

  it('positions, job seekers, intentions and trainees from event outcomes on live trips in the period', async () => {
    const trip = await chuxiongTrip('2018-06-25', '2018-06-29');
    const fair = await addItem(trip.id, { startsAt: '2018-06-27T09:00', endsAt: '2018-06-27T12:00' });
    const training = await addItem(trip.id, { kind: 'training', startsAt: '2018-06-28T09:00', endsAt: '2018-06-28T12:00' });
    outcome(fair.id, { positions: 2025, seekers: 3000, intentions: 91 });
    outcome(training.id, { trainees: 300 });
    const gone = await chuxiongTrip('2018-07-01', '2018-07-02');
    outcome((await addItem(gone.id, { startsAt: '2018-07-01T09:00', endsAt: '2018-07-01T12:00' })).id, { intentions: 500 });
    await ws.call('trips.delete', { id: gone.id });
    const deqin = await chuxiongTrip('2018-09-17', '2018-09-21', '迪庆州');
    outcome((await addItem(deqin.id, { startsAt: '2018-09-19T09:00', endsAt: '2018-09-19T12:00' })).id, { intentions: 12 });
    const target = (metric: 'positionsOffered' | 'jobSeekers' | 'intentions' | 'trainees', n: number) => ({ description: metric, metric, target: n, dueDate: '2018-12-31' });
    const a = await ws.call('agreements.create', {
      agreement: labourExport({ signedOn: '2018-01-01', targets: [target('positionsOffered', 2000), target('jobSeekers', 5000), target('intentions', 100), target('trainees', 200)] }),
      today: '2018-12-01',
    });
    expect(a.targets.map((t) => [t.metric, t.progress, t.state])).toEqual([
      ['positionsOffered', 2025, 'met'], ['jobSeekers', 3000, 'behind'], ['intentions', 91, 'behind'], ['trainees', 300, 'met'],
    ]);
    // Without a prefecture every region counts: Deqin's 12 intentions join Chuxiong's 91.
    const anywhere = await ws.call('agreements.create', { agreement: labourExport({ signedOn: '2018-01-01', prefectureId: null, targets: [target('intentions', 100)] }), today: '2018-12-01' });
    expect(anywhere.targets[0]).toMatchObject({ progress: 103, state: 'met' });
  });

  it('targetsBehind lists behind and overdue targets of live agreements, not met or on-track ones', async () => {
    const a = await ws.call('agreements.create', {
      agreement: labourExport({ targets: [
        { description: '2018 年转移就业 20 人', metric: 'arrivals', target: 20, dueDate: '2018-12-31' },
        { description: '2019 年转移就业 100 人', metric: 'arrivals', target: 100, dueDate: '2019-12-31' },
        { description: '举办培训 3 期', metric: 'manual', target: 3, dueDate: '2019-12-31', achieved: 3 },
      ] }), today: TODAY,
    });
    arrival('2018-07-07', 26, 11);
    const behind = await ws.call('agreements.targetsBehind', { today: '2019-10-01' });
    expect(behind).toEqual([{ agreementId: a.id, title: '劳务输出协议', targetId: a.targets[1]!.id, description: '2019 年转移就业 100 人', dueDate: '2019-12-31', target: 100, progress: 26, state: 'behind' }]);
    expect((await ws.call('agreements.targetsBehind', { today: '2020-01-02' })).map((t) => t.state)).toEqual(['overdue']);
    await ws.call('agreements.delete', { id: a.id });
    expect(await ws.call('agreements.targetsBehind', { today: '2020-01-02' })).toEqual([]);
  });
});

// A minimal PDF: header, one empty page, cross-reference table and trailer.
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n' +
    '3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
  'latin1',
);

describe('scanned documents', () => {
  it('a PDF, a JPEG and a PNG are stored with the type read from their bytes and come back byte for byte', async () => {
    const a = await ws.call('agreements.create', { agreement: labourExport(), today: TODAY });
    const jpeg = jpegImage(1200, 1600);
    const png = pngImage(300, 200);
    const pdf = await ws.call('agreements.attachDocument', { agreementId: a.id, fileName: '劳务输出协议.pdf', data: `data:application/pdf;base64,${PDF.toString('base64')}` });
    // The name says PDF but the bytes are a JPEG: the bytes decide.
    const scan = await ws.call('agreements.attachDocument', { agreementId: a.id, fileName: '扫描件.pdf', data: jpeg.toString('base64') });
    const photo = await ws.call('agreements.attachDocument', { agreementId: a.id, fileName: '签约合影.png', data: png.toString('base64') });
    expect([pdf.mime, scan.mime, photo.mime]).toEqual(['application/pdf', 'image/jpeg', 'image/png']);
    expect(pdf.bytes).toBe(PDF.length);
    const back = await ws.call('agreements.document', { id: scan.id });
    expect(Buffer.from(back.data, 'base64').equals(jpeg)).toBe(true);
    expect((await ws.call('agreements.get', { id: a.id, today: TODAY })).documents.map((d) => d.fileName)).toEqual(['劳务输出协议.pdf', '扫描件.pdf', '签约合影.png']);
    expect((await ws.call('agreements.list', { today: TODAY }))[0]!.documents).toBe(3);
    await ws.call('agreements.removeDocument', { id: photo.id });
    expect((await ws.call('agreements.get', { id: a.id, today: TODAY })).documents).toHaveLength(2);
    expect(ws.count("SELECT count(*) AS n FROM audit WHERE entity = 'agreementDocument' AND action = 'delete'")).toBe(1);
  });

  it('a text file renamed .pdf, bytes that are not base64 and a 21 MB file are refused with nothing stored', async () => {
    const a = await ws.call('agreements.create', { agreement: labourExport(), today: TODAY });
    const before = counts();
    const text = Buffer.from('这不是扫描件，只是一份改了扩展名的文本。\n', 'utf8').toString('base64');
    expect(await ws.refused('agreements.attachDocument', { agreementId: a.id, fileName: '协议.pdf', data: text })).toMatchObject({
      code: 'VALIDATION', key: 'notPdfOrImage', issues: [{ path: ['data'], key: 'notPdfOrImage' }],
    });
    expect((await ws.refused('agreements.attachDocument', { agreementId: a.id, fileName: '协议.pdf', data: '%%%not base64%%%' })).key).toBe('notPdfOrImage');
    const big = Buffer.alloc(21 * 1024 * 1024);
    PDF.copy(big);
    expect(await ws.refused('agreements.attachDocument', { agreementId: a.id, fileName: '大文件.pdf', data: big.toString('base64') })).toMatchObject({
      code: 'VALIDATION', key: 'documentTooLarge', params: { maxMb: 20 },
    });
    expect(counts()).toEqual(before);
  });

  it('saving a document writes its stored bytes where the user picks and logs it by its agreement and the name chosen', async () => {
    const a = await ws.call('agreements.create', { agreement: labourExport(), today: TODAY });
    const jpeg = jpegImage(400, 300);
    const scan = await ws.call('agreements.attachDocument', { agreementId: a.id, fileName: '扫描件.pdf', data: jpeg.toString('base64') });
    const file = path.join(ws.dir, '协议第一页.jpg');
    ws.dialogs.nextSave = file;
    expect(await ws.call('agreements.saveDocument', { id: scan.id })).toEqual({ path: file });
    // The bytes decided the type, so the name suggested ends as a JPEG does.
    expect(ws.dialogs.suggestedName).toBe('扫描件.jpg');
    expect(fs.readFileSync(file).equals(jpeg)).toBe(true);
    expect((await ws.call('exportLog.list', {})).rows).toEqual([
      expect.objectContaining({ kind: 'export', what: 'agreementDocument', filter: { agreementId: a.title }, rows: null, fileName: '协议第一页.jpg' }),
    ]);
  });

  it('a cancelled save dialog writes nothing and logs nothing; a document that is gone is refused', async () => {
    const a = await ws.call('agreements.create', { agreement: labourExport(), today: TODAY });
    const pdf = await ws.call('agreements.attachDocument', { agreementId: a.id, fileName: '劳务输出协议.pdf', data: PDF.toString('base64') });
    expect(await ws.call('agreements.saveDocument', { id: pdf.id })).toBeNull();
    expect(ws.dialogs.suggestedName).toBe('劳务输出协议.pdf');
    expect(fs.readdirSync(ws.dir).filter((n) => n.endsWith('.pdf'))).toEqual([]);
    await ws.call('agreements.removeDocument', { id: pdf.id });
    ws.dialogs.nextSave = path.join(ws.dir, '协议.pdf');
    expect((await ws.refused('agreements.saveDocument', { id: pdf.id })).key).toBe('documentNotFound');
    expect(fs.existsSync(path.join(ws.dir, '协议.pdf'))).toBe(false);
    expect((await ws.call('exportLog.list', {})).total).toBe(0);
  });

  it('a document for a deleted agreement is refused', async () => {
    const a = await ws.call('agreements.create', { agreement: labourExport(), today: TODAY });
    await ws.call('agreements.delete', { id: a.id });
    expect((await ws.refused('agreements.attachDocument', { agreementId: a.id, fileName: '协议.pdf', data: PDF.toString('base64') })).code).toBe('NOT_FOUND');
  });
});

describe('at the bridge', () => {
  it('refuses bad shapes before the core: a missing today, an unknown type, a text target', async () => {
    expect((await ws.refused('agreements.list', {})).issues).toEqual([{ path: ['today'], key: 'required' }]);
    expect((await ws.refused('agreements.create', { agreement: { ...labourExport(), type: 'contract' }, today: TODAY })).issues![0]!.path).toEqual(['agreement', 'type']);
    const textTarget = { ...labourExport(), targets: [{ description: '转移', metric: 'arrivals', target: '100人', dueDate: '2019-12-31' }] };
    expect((await ws.refused('agreements.create', { agreement: textTarget, today: TODAY })).issues).toEqual([
      { path: ['agreement', 'targets', 0, 'target'], key: 'invalidType', params: { expected: 'number' } },
    ]);
    expect(counts().agreements).toBe(0);
  });

  it('the direct service call works the same as the channel, for the example builder', () => {
    const a = agreements.createAgreement(ws.db, { ...labourExport(), copies: 1, tripId: null, itemId: null, notes: null, prefectureId: null, targets: [] } as never, TODAY);
    expect(agreements.listAgreements(ws.db, { year: 2017 }, TODAY).map((r) => r.id)).toEqual([a.id]);
  });
});
