import { done, type HandlerMap } from '../handlerMap';
import * as outcomes from './service';

export const outcomeHandlers: HandlerMap<'outcomes'> = {
  'outcomes.get': ({ itemId }, { session }) => outcomes.getOutcome(session.db, itemId),
  'outcomes.save': ({ itemId, outcome }, { session }) => outcomes.saveOutcome(session.db, itemId, outcome),
  'outcomes.clear': ({ itemId }, { session }) => (outcomes.deleteOutcome(session.db, itemId), done),
  'outcomes.forTrip': ({ tripId }, { session }) => outcomes.getTripOutcomes(session.db, tripId),
  'outcomes.list': (filter, { session }) => outcomes.listOutcomes(session.db, filter),
};
