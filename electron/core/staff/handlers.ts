import type { HandlerMap } from '../handlerMap';
import * as staff from './service';

export const staffHandlers: HandlerMap<'staff'> = {
  'staff.list': (input, { session }) => staff.listStaff(session.db, input.includeInactive),
  'staff.create': (input, { session }) => staff.createStaff(session.db, input),
  'staff.update': ({ id, ...v }, { session }) => staff.updateStaff(session.db, id, v),
  'staff.deactivate': ({ id }, { session }) => staff.setStaffActive(session.db, id, false),
  'staff.reactivate': ({ id }, { session }) => staff.setStaffActive(session.db, id, true),
};
