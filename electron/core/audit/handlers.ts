import type { HandlerMap } from '../handlerMap';
import { listAudit } from './audit';

export const auditHandlers: HandlerMap<'audit'> = {
  'audit.list': ({ entityId, limit }, { session }) => listAudit(session.db, entityId, limit),
};
