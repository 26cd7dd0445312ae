// templates.* (checklists), vettings.* and actions.* (rectification actions from failed items).
import { recordExport } from '../exportLog/log';
import { done, type HandlerMap } from '../handlerMap';
import { saveReport } from '../reports/print';
import * as actions from './actions';
import * as vettings from './service';
import * as templates from './templates';

export const vettingHandlers: HandlerMap<'templates' | 'vettings' | 'actions'> = {
  'templates.list': (_, { session }) => templates.listTemplates(session.db),
  'templates.get': ({ id, version }, { session }) => templates.getTemplate(session.db, id, version ?? null),
  'templates.create': ({ content }, { session }) => templates.createTemplate(session.db, content),
  'templates.saveVersion': ({ id, content }, { session }) => templates.saveTemplateVersion(session.db, id, content),
  'templates.export': async ({ id, version }, ctx) => {
    const file = templates.templateToShare(ctx.session.db, id, version ?? null);
    const path = await ctx.dialogs.chooseSaveDestination(file.fileName, [{ name: 'JSON', extensions: ['json'] }]);
    if (!path) return null;
    await saveReport(ctx, path, Buffer.from(file.text, 'utf8'));
    recordExport(ctx.session, { kind: 'export', what: 'template', filter: { version: file.version }, path });
    return { path };
  },
  'templates.import': ({ text }, { session }) => templates.importTemplate(session.db, text),

  'vettings.start': (input, { session }) => vettings.startVetting(session.db, input),
  'vettings.get': ({ id }, { session }) => vettings.getVetting(session.db, id),
  'vettings.answer': (input, { session }) => vettings.answerItem(session.db, input),
  'vettings.passSection': (input, { session }) => vettings.passSection(session.db, input),
  'vettings.attachPhoto': (input, { session }) => vettings.attachPhoto(session.db, input),
  'vettings.photo': ({ id }, { session }) => vettings.getPhoto(session.db, id),
  'vettings.removePhoto': ({ id }, { session }) => (vettings.removePhoto(session.db, id), done),
  'vettings.override': (input, { session }) => vettings.overrideVerdict(session.db, input),
  'vettings.signOff': ({ id, signedOffOn }, { session }) => vettings.signOffVetting(session.db, id, signedOffOn),
  'vettings.setDate': (input, { session }) => vettings.setVettingDate(session.db, input),
  'vettings.amend': ({ id }, { session }) => vettings.amendVetting(session.db, id),
  'vettings.compare': ({ fromId, toId }, { session }) => vettings.compareVettings(session.db, fromId, toId),
  'vettings.listForCompany': ({ companyId }, { session }) => vettings.listForCompany(session.db, companyId),
  'vettings.due': ({ today, withinDays }, { session }) => vettings.dueForRevetting(session.db, today, withinDays),

  'actions.create': (input, { session }) => actions.createAction(session.db, input),
  'actions.list': ({ companyId, scope }, { session }) => actions.listActions(session.db, companyId ?? null, scope),
  'actions.setDone': ({ id, done: d }, { session }) => actions.setActionDone(session.db, id, d),
};
