// sync.*: team sync (see service.ts; the automatic runs are the core's own timer, auto.ts).
import type { HandlerMap } from '../handlerMap';
import * as sync from './service';

export const syncHandlers: HandlerMap<'sync'> = {
  'sync.status': (_, ctx) => sync.syncStatus(ctx),
  'sync.setIdentity': (input, ctx) => sync.setIdentity(ctx, input),
  'sync.setPlace': (input, ctx) => sync.setPlace(ctx, input),
  'sync.chooseFolder': (_, ctx) => sync.chooseFolder(ctx),
  'sync.setAuto': ({ autoMinutes }, ctx) => sync.setAuto(ctx, autoMinutes),
  'sync.createTeam': (input, ctx) => sync.createTeam(ctx, input),
  'sync.exportTeam': ({ passphrase }, ctx) => sync.exportTeam(ctx, passphrase),
  'sync.joinTeam': (input, ctx) => sync.joinTeam(ctx, input),
  'sync.run': (_, ctx) => sync.startSync(ctx),
  'sync.cards': (_, ctx) => sync.cards(ctx),
  'sync.resolve': (input, ctx) => sync.resolve(ctx, input),
  'sync.colleagues': (_, ctx) => sync.colleagues(ctx),
};
