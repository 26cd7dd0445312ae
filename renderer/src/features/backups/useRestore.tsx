// Restoring a backup, from the list, the banner of a backup being viewed or the damaged-
// workspace screen: one question first, then the same steps everywhere.
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../../shared/backups/schema';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { api, ApiCallError, call } from '../../lib/api';
import { useBackupWords } from './backupWords';

/** Whether a backup can replace the open workspace: not over a file someone else has, or one that cannot be written. */
export const canRestoreOver = (reason: string | null | undefined) => reason !== 'locked' && reason !== 'readOnlyFile';

export function useRestore(): { ask: (entry: BackupEntry) => void; dialog: ReactNode } {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const words = useBackupWords();
  const { notify, notifyError } = useNotifier();
  // The entry stays after the question closes, so its title does not go blank while it fades.
  const [entry, setEntry] = useState<BackupEntry | null>(null);
  const [open, setOpen] = useState(false);
  const damaged = ws.info?.readOnlyReason === 'damaged';

  async function restore(chosen: BackupEntry) {
    setOpen(false);
    try {
      // While a backup is being looked at, the workspace itself is not open, and the core
      // backs up only an open, writable workspace before restoring: go back to it first, so
      // its current state is kept as the question promised.
      if (ws.info?.readOnlyReason === 'backup') {
        const back = await call(api().backups.closeView({}));
        if (!canRestoreOver(back.readOnlyReason)) {
          ws.changed();
          throw new ApiCallError(
            back.readOnlyReason === 'locked'
              ? { code: 'WORKSPACE', key: 'workspaceLocked', params: { user: back.lockedBy?.user ?? '', computer: back.lockedBy?.computer ?? '' } }
              : { code: 'WORKSPACE', key: 'workspaceReadOnlyFile' },
          );
        }
      }
      await call(api().backups.restore({ id: chosen.id }));
      ws.changed();
      notify(t('backups.restored', { time: words.time(chosen) }));
    } catch (e) {
      ws.changed();
      notifyError(e);
    }
  }

  return {
    ask: (e) => (setEntry(e), setOpen(true)),
    dialog: (
      <ConfirmDialog
        open={open}
        title={entry ? t('backups.restoreTitle', { time: words.time(entry) }) : ''}
        body={damaged ? t('backups.restoreDamagedBody') : t('backups.restoreBody')}
        confirmLabel={t('backups.restoreConfirm')}
        danger={damaged}
        onConfirm={() => entry && void restore(entry)}
        onClose={() => setOpen(false)}
      />
    ),
  };
}
