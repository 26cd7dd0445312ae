import type { HandlerMap } from '../handlerMap';
import { findPerson, removePerson } from './service';

export const peopleHandlers: HandlerMap<'people'> = {
  'people.find': (ref, { session }) => findPerson(session.db, ref),
  'people.remove': (ref, { session }) => removePerson(session.db, ref),
};
