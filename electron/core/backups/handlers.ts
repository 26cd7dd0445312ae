// backups.*: Settings › 备份与恢复.
import { localDay } from '../../../shared/dates';
import { safeFileName } from '../../../shared/fileNames';
import { recordExport } from '../exportLog/log';
import { type HandlerMap, switched } from '../handlerMap';
import { readRetention, writeRetention } from './policy';

export const backupHandlers: HandlerMap<'backups'> = {
  'backups.list': (_, { session }) => session.listBackups(),
  'backups.create': (_, { session }) => session.backupInBackground('manual'),
  'backups.saveTo': async (_, { session, dialogs, dataDir }) => {
    const path = await dialogs.chooseCopyDestination(safeFileName(`${session.info().name}-备份-${localDay()}`, 'sqlite'));
    if (!path) return null;
    await session.saveCopy(path, dataDir);
    recordExport(session, { kind: 'backup', what: 'workspace', path });
    return { path };
  },
  'backups.newestGood': (_, { session }) => session.newestGoodBackup(),
  'backups.restore': ({ id }, ctx) => switched(ctx, ctx.session.restore(id)),
  'backups.openReadOnly': ({ id }, ctx) => switched(ctx, ctx.session.openBackup(id)),
  'backups.closeView': (_, ctx) => switched(ctx, ctx.session.closeBackup()),
  'backups.retention': (_, { dataDir }) => readRetention(dataDir),
  'backups.setRetention': (policy, { dataDir }) => writeRetention(dataDir, policy),
};
