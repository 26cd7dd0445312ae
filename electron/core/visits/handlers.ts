// visits.* and followUps.* (the follow-up actions written on visits).
import { done, type HandlerMap } from '../handlerMap';
import { listFollowUps, listVisits } from './repository';
import * as visits from './service';

export const visitHandlers: HandlerMap<'visits' | 'followUps'> = {
  'visits.list': (input, { session }) => listVisits(session.db, input),
  'visits.get': ({ id }, { session }) => visits.getVisit(session.db, id),
  'visits.create': (input, { session }) => visits.createVisit(session.db, input),
  'visits.update': ({ id, visit }, { session }) => visits.updateVisit(session.db, id, visit),
  'visits.delete': ({ id }, { session }) => (visits.deleteVisit(session.db, id), done),

  'followUps.list': ({ scope, today }, { session }) => listFollowUps(session.db, scope, today),
  'followUps.setDone': ({ id, done: d }, { session }) => visits.setFollowUpDone(session.db, id, d),
};
