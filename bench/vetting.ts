// The vetting figures, measured at the API in the benchmark workspace:
// a vetting of 60 items with 40 photos (~200 KB each, as the renderer sends them after
// downscaling) opens with vettings.get in < 300 ms and saves each answer in < 10 ms.
// `prepareVetting` builds the vetting (untimed); the bench times `get` and `answer` calls,
// alternating between the plain and the encrypted workspace.
import { pngImage } from '../electron/core/testing/images';
import type { Channel, ChannelInput, ChannelOutput } from '../shared/channels';
import type { AnswerValue } from '../shared/vetting/answers';
import type { TemplateContent, TemplateItemInput } from '../shared/vetting/template';

type Call = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

export interface PreparedVetting {
  /** Opens the whole vetting (items, answers, 40 photos). */
  get: () => Promise<void>;
  /** Saves the `i`-th answer of a round of re-answering (each item in turn, its value flipping). */
  answer: (i: number) => Promise<void>;
  note: string;
}

/** The default checklist grown to 60 items: a sixth section of 13 yes/no and 8 photo items. */
function sixtyItems(base: TemplateContent): TemplateContent {
  const have = base.sections.reduce((n, s) => n + s.items.length, 0);
  const extra: TemplateItemInput[] = Array.from({ length: 60 - have }, (_, i) =>
    i < 8
      ? { kind: 'photo', key: `sitePhoto${i}`, label: { zh: `现场照片 ${i + 1}`, en: `Site photo ${i + 1}` }, required: false }
      : { kind: 'yesNo', key: `extraCheck${i}`, label: { zh: `补充核查项 ${i + 1}`, en: `Extra check ${i + 1}` } },
  );
  return { ...base, name: { zh: '审核清单（60 项）', en: 'Checklist (60 items)' }, sections: [...base.sections, { key: 'site', title: { zh: '现场记录', en: 'On site' }, items: extra as never }] };
}

export async function prepareVetting(call: Call, companyId: string): Promise<PreparedVetting> {
  const [defaultTemplate] = await call('templates.list', {});
  const base = await call('templates.get', { id: defaultTemplate!.id });
  const template = await call('templates.create', { content: sixtyItems(base.content) });
  let v = await call('vettings.start', { companyId, templateId: template.id });
  const items = v.template.sections.flatMap((s) => s.items);
  if (items.length !== 60) throw new Error(`expected 60 items, got ${items.length}`);

  // 40 photos of random noise: 260 × 260 RGB does not compress, so each PNG is ~200 KB.
  const photoItems = items.filter((i) => i.kind === 'photo');
  let photoBytes = 0;
  for (let i = 0; i < 40; i++) {
    const png = pngImage(260, 260);
    photoBytes += png.length;
    await call('vettings.attachPhoto', { vettingId: v.id, itemKey: photoItems[i % photoItems.length]!.key, data: png.toString('base64') });
  }

  // Answer every item once, as a reviewer would, so the vetting is full.
  const answerFor = (kind: string, flip: boolean): AnswerValue | null =>
    ({ yesNo: flip ? 'no' : 'yes', passFail: flip ? 'fail' : 'pass', number: flip ? 9 : 4, date: '2018-09-19', text: flip ? '需整改。' : '情况良好。' })[kind] ?? null;
  const answerable = items.filter((i) => answerFor(i.kind, false) !== null && !i.showWhen);
  for (const item of answerable) v = await call('vettings.answer', { vettingId: v.id, itemKey: item.key, value: answerFor(item.kind, false)! });
  for (const item of items) {
    if (item.kind === 'singleChoice') v = await call('vettings.answer', { vettingId: v.id, itemKey: item.key, value: item.options[0]!.key });
    if (item.kind === 'multiChoice') v = await call('vettings.answer', { vettingId: v.id, itemKey: item.key, value: [item.options[0]!.key] });
  }

  const vettingId = v.id;
  return {
    get: async () => {
      const full = await call('vettings.get', { id: vettingId });
      if (full.photos.length !== 40) throw new Error('photos missing');
    },
    answer: async (i) => {
      const item = answerable[i % answerable.length]!;
      await call('vettings.answer', { vettingId, itemKey: item.key, value: answerFor(item.kind, i % 2 === 0)! });
    },
    note: `60 items, ${answerable.length} answered and re-answered, 40 photos (${(photoBytes / 40 / 1024).toFixed(0)} KB each)`,
  };
}
