// workspace.* (which file is open, its key) and settings.* (the workspace's own settings).
import { safeFileName } from '../../../shared/fileNames';
import { done, type HandlerMap, switched } from '../handlerMap';
import { openExampleWorkspace } from '../example/open';
import { recordExport } from '../exportLog/log';
import { assertActiveStaff } from '../staff/service';
import { getLogo, getSettings, removeLogo, setLogo, updateSettings } from './settings';

export const workspaceHandlers: HandlerMap<'workspace' | 'settings'> = {
  'workspace.info': (_, { session }) => session.info(),
  'workspace.create': async (_, ctx) => {
    const path = await ctx.dialogs.chooseNewWorkspace();
    return path ? switched(ctx, ctx.session.create(path)) : null;
  },
  'workspace.open': async (_, ctx) => {
    const path = await ctx.dialogs.chooseWorkspaceToOpen();
    return path ? switched(ctx, ctx.session.open(path)) : null;
  },
  'workspace.saveCopy': async (_, { session, dialogs, dataDir }) => {
    const path = await dialogs.chooseCopyDestination(safeFileName(`${session.info().name}-副本`, 'sqlite'));
    if (!path) return null;
    await session.saveCopy(path, dataDir);
    recordExport(session, { kind: 'copy', what: 'workspace', path });
    return { path };
  },
  'workspace.unlock': ({ passphrase }, ctx) => switched(ctx, ctx.session.unlock(passphrase)),
  'workspace.cancelUnlock': (_, { session }) => session.cancelUnlock(),
  'workspace.encrypt': (_, { session }) => session.encrypt(),
  'workspace.setPassphrase': ({ passphrase }, { session }) => session.setPassphrase(passphrase),
  'workspace.openExample': ({ rebuild }, ctx) => switched(ctx, openExampleWorkspace(ctx.session, ctx.dataDir, rebuild)),

  'settings.get': (_, { session }) => getSettings(session.db),
  'settings.update': (input, { session }) => {
    if (input.currentStaffId) assertActiveStaff(session.db, [input.currentStaffId], 'currentStaffId');
    return updateSettings(session.db, input);
  },
  'settings.logo': (_, { session }) => {
    const dataUrl = getLogo(session.db);
    return dataUrl ? { dataUrl } : null;
  },
  'settings.setLogo': ({ data }, { session }) => setLogo(session.db, data),
  'settings.removeLogo': (_, { session }) => (removeLogo(session.db), done),
};
