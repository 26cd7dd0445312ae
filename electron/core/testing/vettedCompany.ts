// Test and bench helper (not a test): a company as the staff leave it after vetting it — a
// visit with pay and lodging facts, every item answered (one failed with a note, one not
// applicable), evidence photos (with or without the thumbnail the renderer makes), an open
// follow-up action, and the vetting signed off.
import type { Vetting } from '../../../shared/vetting/schema';
import { answerAllPassing } from './vetting';
import { pngImage } from './images';
import type { TestWorkspace } from './workspace';

export const FAILED_NOTE = '近三个月加班费按基本工资计算，低于法定标准；已要求整改。';
export const NA_NOTE = '宿舍免费提供，不收费用。';
export const ACTION_WHAT = '补发加班差额并提交工资发放记录';

export interface VettedOptions {
  name: string;
  /** Evidence photos with a renderer-made thumbnail (the dormitory item). */
  thumbs?: number;
  /** Fail 加班费 with a note and mark 宿舍费用 not applicable (default true). */
  problems?: boolean;
  /** Photo-sized evidence (~200 KB noise PNGs with ~20 KB thumbnails) instead of tiny flat images: for the bench. */
  realPhotos?: boolean;
}

export async function createVettedCompany(ws: TestWorkspace, o: VettedOptions): Promise<{ companyId: string; vetting: Vetting }> {
  const company = await ws.createCompany({ name: o.name, creditCode: null });
  const visit = await ws.createVisit(company.id);
  let v = await ws.call('vettings.start', { companyId: company.id, visitId: visit.id });
  const problems = o.problems ?? true;
  v = await answerAllPassing(ws.invoke, v, problems ? { overtimePaidByLaw: 'no', dormRent: 'na' } : {});
  if (problems) {
    v = await ws.call('vettings.answer', { vettingId: v.id, itemKey: 'overtimePaidByLaw', value: 'no', note: FAILED_NOTE });
    v = await ws.call('vettings.answer', { vettingId: v.id, itemKey: 'dormRent', value: 'na', note: NA_NOTE });
    v = await ws.call('vettings.answer', { vettingId: v.id, itemKey: 'overtimeCorrection', value: '当月起按法定标准支付。', note: null });
    await ws.call('actions.create', { vettingId: v.id, itemKey: 'overtimePaidByLaw', what: ACTION_WHAT, whoStaffId: ws.me.id, dueDate: '2018-10-31' });
  }
  for (let i = 0; i < (o.thumbs ?? 0); i++) {
    await ws.call('vettings.attachPhoto', {
      vettingId: v.id, itemKey: 'dormitoryPhoto', caption: `宿舍${i + 1}`,
      data: (o.realPhotos ? pngImage(260, 260) : pngImage(200, 150, { noise: false })).toString('base64'),
      thumb: `data:image/png;base64,${(o.realPhotos ? pngImage(96, 72) : pngImage(160, 120, { noise: false })).toString('base64')}`,
    });
  }
  v = await ws.call('vettings.get', { id: v.id });
  if (!v.score.suggestedVerdict) v = await ws.call('vettings.override', { id: v.id, verdict: 'conditional', reason: '加班费待整改' });
  v = await ws.call('vettings.signOff', { id: v.id });
  return { companyId: company.id, vetting: v };
}
