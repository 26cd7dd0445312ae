// sync.*: team sync (see service.ts). Every call makes sure the automatic-sync timer runs.
import type { HandlerMap } from '../handlerMap';
import type { CoreContext } from '../context';
import { ensureAutoSync } from './auto';
import * as sync from './service';

/** The handler, after starting the core's automatic-sync timer if it is not running yet. */
const withAuto =
  <I, O>(handler: (input: I, ctx: CoreContext) => O) =>
  (input: I, ctx: CoreContext): O => {
    ensureAutoSync(ctx);
    return handler(input, ctx);
  };

export const syncHandlers: HandlerMap<'sync'> = {
  'sync.status': withAuto((_, ctx) => sync.syncStatus(ctx)),
  'sync.setIdentity': withAuto((input, ctx) => sync.setIdentity(ctx, input)),
  'sync.setPlace': withAuto((input, ctx) => sync.setPlace(ctx, input)),
  'sync.chooseFolder': withAuto((_, ctx) => sync.chooseFolder(ctx)),
  'sync.setAuto': withAuto(({ autoMinutes }, ctx) => sync.setAuto(ctx, autoMinutes)),
  'sync.createTeam': withAuto((input, ctx) => sync.createTeam(ctx, input)),
  'sync.exportTeam': withAuto(({ passphrase }, ctx) => sync.exportTeam(ctx, passphrase)),
  'sync.joinTeam': withAuto((input, ctx) => sync.joinTeam(ctx, input)),
  'sync.run': withAuto((_, ctx) => sync.startSync(ctx)),
  'sync.cards': withAuto((_, ctx) => sync.cards(ctx)),
  'sync.resolve': withAuto((input, ctx) => sync.resolve(ctx, input)),
  'sync.colleagues': withAuto((_, ctx) => sync.colleagues(ctx)),
};
