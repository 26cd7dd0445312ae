import type { HandlerMap } from '../handlerMap';
import { listAudit } from './audit';
import { companyHistory } from './companyHistory';

export const auditHandlers: HandlerMap<'audit'> = {
  'audit.list': ({ entityId, limit }, { session }) => listAudit(session.db, entityId, limit),
  'audit.companyHistory': ({ companyId, limit }, { session }) => companyHistory(session.db, companyId, limit),
};
