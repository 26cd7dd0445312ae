import { done, type HandlerMap } from '../handlerMap';
import * as lookups from './service';

export const lookupHandlers: HandlerMap<'lookups'> = {
  'lookups.list': ({ kind }, { session }) => lookups.listLookups(session.db, kind),
  'lookups.create': ({ kind, name }, { session }) => lookups.createLookup(session.db, kind, name),
  'lookups.rename': ({ id, name }, { session }) => lookups.renameLookup(session.db, id, name),
  'lookups.delete': ({ id }, { session }) => (lookups.deleteLookup(session.db, id), done),
};
