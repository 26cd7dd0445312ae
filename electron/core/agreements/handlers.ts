import { recordExport } from '../exportLog/log';
import { done, type HandlerMap } from '../handlerMap';
import { saveReport } from '../reports/print';
import * as agreements from './service';

export const agreementHandlers: HandlerMap<'agreements'> = {
  'agreements.list': ({ today, ...filter }, { session }) => agreements.listAgreements(session.db, filter, today),
  'agreements.get': ({ id, today }, { session }) => agreements.getAgreement(session.db, id, today),
  'agreements.create': ({ agreement, today }, { session }) => agreements.createAgreement(session.db, agreement, today),
  'agreements.update': ({ id, agreement, today }, { session }) => agreements.updateAgreement(session.db, id, agreement, today),
  'agreements.delete': ({ id }, { session }) => (agreements.deleteAgreement(session.db, id), done),
  'agreements.attachDocument': ({ agreementId, fileName, data }, { session }) => agreements.attachDocument(session.db, agreementId, fileName, data),
  'agreements.document': ({ id }, { session }) => agreements.getDocument(session.db, id),
  'agreements.saveDocument': async ({ id }, ctx) => {
    const d = agreements.documentFile(ctx.session.db, id);
    const path = await ctx.dialogs.chooseSaveDestination(d.suggestedName, d.filters);
    if (!path) return null;
    await saveReport(ctx, path, d.bytes);
    recordExport(ctx.session, { kind: 'export', what: 'agreementDocument', filter: { agreementId: d.agreementId }, path });
    return { path };
  },
  'agreements.removeDocument': ({ id }, { session }) => (agreements.removeDocument(session.db, id), done),
  'agreements.targetsBehind': ({ today }, { session }) => agreements.targetsBehind(session.db, today),
};
