import { done, type HandlerMap } from '../handlerMap';
import { listTrash, purgeFromTrash, restoreFromTrash } from './service';

export const trashHandlers: HandlerMap<'trash'> = {
  'trash.list': (_, { session }) => listTrash(session.db),
  'trash.restore': ({ kind, id }, { session }) => (restoreFromTrash(session.db, kind, id), done),
  'trash.purge': ({ kind, id }, { session }) => (purgeFromTrash(session.db, kind, id), done),
};
