// positions.* and jobTypes.* (the editable list of job types positions pick from).
import { done, type HandlerMap } from '../handlerMap';
import { listJobTypes, listPositions, roomAndBoardFromVisit } from './repository';
import * as positions from './service';

export const positionHandlers: HandlerMap<'positions' | 'jobTypes'> = {
  'jobTypes.list': (_, { session }) => listJobTypes(session.db),
  'jobTypes.create': ({ name }, { session }) => positions.createJobType(session.db, name),
  'jobTypes.rename': ({ id, name }, { session }) => positions.renameJobType(session.db, id, name),
  'jobTypes.delete': ({ id }, { session }) => (positions.deleteJobType(session.db, id), done),

  'positions.list': (input, { session }) => listPositions(session.db, input),
  'positions.get': ({ id }, { session }) => positions.getPosition(session.db, id),
  'positions.roomAndBoard': ({ companyId }, { session }) => roomAndBoardFromVisit(session.db, companyId),
  'positions.create': (input, { session }) => positions.createPosition(session.db, input),
  'positions.update': ({ id, position }, { session }) => positions.updatePosition(session.db, id, position),
  'positions.delete': ({ id }, { session }) => (positions.deletePosition(session.db, id), done),
};
