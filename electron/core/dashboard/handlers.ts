import type { HandlerMap } from '../handlerMap';
import { dashboard } from './service';

export const dashboardHandlers: HandlerMap<'dashboard'> = {
  'dashboard.get': (input, { session }) => dashboard(session.db, input),
};
