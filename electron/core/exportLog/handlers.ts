import type { HandlerMap } from '../handlerMap';
import { listExportLog } from './log';

export const exportLogHandlers: HandlerMap<'exportLog'> = {
  'exportLog.list': ({ offset, limit }, { session }) => listExportLog(session.db, offset, limit),
};
