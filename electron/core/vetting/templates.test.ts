// Templates change over the years; vettings must not. A template that has been used
// is frozen: editing it makes a new version, and every vetting keeps showing the
// questions it was answered with, scored as it was. Templates travel between
// colleagues as files; a bad file is refused whole.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TemplateContent } from '../../../shared/vetting/template';
import { TEMPLATE_FILE_FORMAT } from '../../../shared/vetting/template';
import { answerAllPassing } from '../testing/vetting';
import { createTestWorkspace, type TestWorkspace } from '../testing/workspace';

let ws: TestWorkspace;
let defaultId: string;
beforeEach(async () => {
  ws = await createTestWorkspace();
  defaultId = (await ws.call('templates.list', {}))[0]!.id;
});
afterEach(() => ws.dispose());

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** The questions as the vetting screen renders them: section titles, item labels, kinds, rules, options. */
const rendered = (t: TemplateContent) =>
  t.sections.map((s) => [s.title.zh, s.items.map((i) => [i.key, i.kind, i.label.zh, i.weight, i.critical, 'rule' in i ? i.rule : null, 'options' in i ? i.options : null])]);

/** An editor's changes: a reworded item, a removed item, a stricter rule, a new item, a new weight. */
function edited(t: TemplateContent): TemplateContent {
  const c = clone(t);
  const lodging = c.sections.find((s) => s.key === 'lodging')!;
  const rooms = lodging.items.find((i) => i.key === 'peoplePerRoom')!;
  rooms.label.zh = '宿舍每间居住人数（含上下铺）';
  if (rooms.kind === 'number' && rooms.rule) rooms.rule.threshold = 6;
  lodging.items = lodging.items.filter((i) => i.key !== 'hotWater');
  lodging.items.push({ kind: 'yesNo', key: 'airConditioning', label: { zh: '宿舍配有空调', en: 'Dormitory rooms air-conditioned' }, guidance: null, weight: 1, required: true, critical: false, showWhen: null, prefill: null });
  c.sections[0]!.items[0]!.weight = 5;
  return c;
}

describe('versions', () => {
  it('a template edited after use leaves old vettings identical: same questions, same scores', async () => {
    const company = await ws.createCompany();
    const signed = await ws.call('vettings.signOff', {
      id: (await answerAllPassing(ws.invoke, await ws.call('vettings.start', { companyId: company.id }), { peoplePerRoom: 7, hotWater: 'no' })).id,
    });
    const other = await ws.createCompany({ name: '大董（上海）餐饮管理有限公司' });
    const draft = await answerAllPassing(ws.invoke, await ws.call('vettings.start', { companyId: other.id }), { peoplePerRoom: 7, hotWater: 'no' });
    const before = { signed: await ws.call('vettings.get', { id: signed.id }), draft: await ws.call('vettings.get', { id: draft.id }) };

    const v1 = await ws.call('templates.get', { id: defaultId });
    expect(v1).toMatchObject({ version: 1, used: true });
    const v2 = await ws.call('templates.saveVersion', { id: defaultId, content: edited(v1.content) });
    expect(v2).toMatchObject({ id: defaultId, version: 2, used: false });
    expect(v2.versionId).not.toBe(v1.versionId);

    for (const v of [before.signed, before.draft]) {
      const after = await ws.call('vettings.get', { id: v.id });
      expect(rendered(after.template)).toEqual(rendered(v.template));
      expect(after.template).toEqual(v.template);
      expect(after.templateVersion).toBe(1);
      expect(after.score).toEqual(v.score);
      expect(after).toEqual(v);
    }
    // Version 1 is still there to look at; new vettings use version 2.
    expect((await ws.call('templates.get', { id: defaultId, version: 1 })).content).toEqual(v1.content);
    const third = await ws.createCompany({ name: '南亚新材料科技股份有限公司' });
    const fresh = await ws.call('vettings.start', { companyId: third.id });
    expect(fresh.templateVersion).toBe(2);
    expect(fresh.template.sections[1]!.items.map((i) => i.key)).toContain('airConditioning');
    expect(await ws.call('templates.list', {})).toEqual([expect.objectContaining({ version: 2, versions: 2, usedBy: 3 })]);
  });

  it('a template not used yet is edited in place, and saving it unchanged does nothing', async () => {
    const t = await ws.call('templates.create', { content: { ...clone((await ws.call('templates.get', { id: defaultId })).content), name: { zh: '餐饮企业审核清单', en: 'Catering employers' } } });
    expect(t.version).toBe(1);
    const saved = await ws.call('templates.saveVersion', { id: t.id, content: edited(t.content) });
    expect(saved).toMatchObject({ version: 1, versionId: t.versionId });
    expect(saved.content.sections[1]!.items.map((i) => i.key)).toContain('airConditioning');
    const audit = ws.counts().audit;
    expect(await ws.call('templates.saveVersion', { id: t.id, content: saved.content })).toEqual(saved);
    expect(ws.counts().audit).toBe(audit);
  });

  it('a template that breaks the rules is refused on the field, nothing stored', async () => {
    const c = clone((await ws.call('templates.get', { id: defaultId })).content) as unknown as { sections: { items: Record<string, unknown>[] }[] };
    c.sections[1]!.items[0]!.key = 'monthlyPay'; // already used in the first section
    c.sections[0]!.items[0]!.kind = 'rating';
    const before = ws.counts();
    const e = await ws.refused('templates.saveVersion', { id: defaultId, content: c });
    expect(e.code).toBe('VALIDATION');
    expect(e.issues).toContainEqual(expect.objectContaining({ path: ['content', 'sections', 0, 'items', 0, 'kind'] }));
    expect(ws.counts()).toEqual(before);
  });
});

describe('sharing templates as files', () => {
  /** Exports the template's current version through the save dialog and reads the file back. */
  async function exported(name = '模板.json'): Promise<string> {
    const file = path.join(ws.dir, name);
    ws.dialogs.nextSave = file;
    expect(await ws.call('templates.export', { id: defaultId })).toEqual({ path: file });
    return fs.readFileSync(file, 'utf8');
  }

  it('export then import gives a new template with the same questions', async () => {
    const text = await exported();
    expect(ws.dialogs.suggestedName).toBe('用工企业审核清单（标准版）-v1.json');
    expect(JSON.parse(text)).toMatchObject({ format: TEMPLATE_FILE_FORMAT, formatVersion: 1 });
    const imported = await ws.call('templates.import', { text });
    expect(imported.id).not.toBe(defaultId);
    expect(imported).toMatchObject({ version: 1, used: false });
    expect(imported.content).toEqual((await ws.call('templates.get', { id: defaultId })).content);
    expect(await ws.call('templates.list', {})).toHaveLength(2);
  });

  it.each([
    ['not JSON', () => '审核清单', 'templateFileNotJson', ['text']],
    ['JSON of something else', () => JSON.stringify({ companies: [] }), 'templateFileInvalid', ['text', 'format']],
    ['a template from a newer format', (t: string) => t.replace('"formatVersion": 1', '"formatVersion": 2'), 'templateFileInvalid', ['text', 'formatVersion']],
    ['a template with a follow-up whose parent is missing', (t: string) => t.replace('"parentItemKey": "overtimePaidByLaw"', '"parentItemKey": "nothingLikeThis"'), 'templateFileInvalid', ['text', 'template', 'sections', 0, 'items', 5, 'showWhen', 'parentItemKey']],
  ])('a file that is %s is refused, nothing stored', async (_, make, key, path) => {
    const good = await exported();
    const before = ws.counts();
    const e = await ws.refused('templates.import', { text: make(good) });
    expect(e).toMatchObject({ code: 'VALIDATION', key });
    expect(e.issues).toContainEqual(expect.objectContaining({ path }));
    expect(ws.counts()).toEqual(before);
  });

  it('an export is logged: the template file, its version, the file name chosen', async () => {
    await exported('共享模板.json');
    expect((await ws.call('exportLog.list', {})).rows).toEqual([
      expect.objectContaining({ kind: 'export', what: 'template', filter: { version: 1 }, rows: null, fileName: '共享模板.json' }),
    ]);
  });

  it('a cancelled save dialog writes nothing and logs nothing', async () => {
    const before = fs.readdirSync(ws.dir);
    expect(await ws.call('templates.export', { id: defaultId })).toBeNull();
    expect(fs.readdirSync(ws.dir)).toEqual(before);
    expect((await ws.call('exportLog.list', {})).total).toBe(0);
  });
});
