import { done, type HandlerMap } from '../handlerMap';
import * as placements from './service';

export const placementHandlers: HandlerMap<'placements'> = {
  'placements.list': (input, { session }) => placements.listPlacements(session.db, input),
  'placements.totals': (input, { session }) => placements.placementTotals(session.db, input),
  'placements.getBatch': ({ id }, { session }) => placements.getBatch(session.db, id),
  'placements.createBatch': (input, { session }) => placements.createBatch(session.db, input),
  'placements.updateBatch': ({ id, batch }, { session }) => placements.updateBatch(session.db, id, batch),
  'placements.deleteBatch': ({ id }, { session }) => (placements.deleteBatch(session.db, id), done),
  'placements.createCheckIn': (input, { session }) => placements.createCheckIn(session.db, input),
  'placements.updateCheckIn': ({ id, checkIn }, { session }) => placements.updateCheckIn(session.db, id, checkIn),
  'placements.deleteCheckIn': ({ id }, { session }) => (placements.deleteCheckIn(session.db, id), done),
};
