// The strip across the app while the open workspace cannot be written, saying why and what
// the user can do: a backup being looked at (back / restore it), a colleague's lock, a
// read-only file or medium, or a damaged file (its screen can be brought back).
import { Alert, Button, Stack } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../../shared/backups/schema';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, call } from '../../lib/api';
import { useBackupWords } from './backupWords';
import { useRestore } from './useRestore';

const strip = { borderRadius: 0, alignItems: 'center' } as const;

export function ReadOnlyBanner({ onShowDamagedHelp }: { onShowDamagedHelp?: () => void }) {
  const { t } = useTranslation();
  const { info } = useWorkspace();
  if (!info?.readOnlyReason) return null;
  switch (info.readOnlyReason) {
    case 'backup':
      return <BackupViewBanner createdAt={info.viewingBackup?.createdAt ?? ''} />;
    case 'locked':
      return (
        <Alert severity="warning" sx={strip} data-testid="read-only-banner">
          {t('backups.banner.locked', { user: info.lockedBy?.user ?? '', computer: info.lockedBy?.computer ?? '' })}
        </Alert>
      );
    case 'readOnlyFile':
      return (
        <Alert severity="warning" sx={strip} data-testid="read-only-banner">
          {t('backups.banner.readOnlyFile')}
        </Alert>
      );
    case 'damaged':
      return (
        <Alert
          severity="error"
          sx={strip}
          data-testid="read-only-banner"
          action={onShowDamagedHelp && <Button color="inherit" size="small" onClick={onShowDamagedHelp}>{t('backups.banner.damagedHelp')}</Button>}
        >
          {t('backups.banner.damaged')}
        </Alert>
      );
  }
}

function BackupViewBanner({ createdAt }: { createdAt: string }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const words = useBackupWords();
  const { notifyError } = useNotifier();
  const restore = useRestore();
  const [entry, setEntry] = useState<BackupEntry | null>(null);
  const [leaving, setLeaving] = useState(false);

  // The info names the backup by its time; its entry (for restoring it) comes from the list.
  useEffect(() => {
    let live = true;
    call(api().backups.list({})).then(
      (entries) => live && setEntry(entries.find((e) => e.createdAt === createdAt) ?? null),
      () => live && setEntry(null),
    );
    return () => {
      live = false;
    };
  }, [createdAt]);

  async function backToWorkspace() {
    setLeaving(true);
    try {
      await call(api().backups.closeView({}));
      ws.changed();
    } catch (e) {
      notifyError(e);
    } finally {
      setLeaving(false);
    }
  }

  return (
    <>
      <Alert
        severity="info"
        variant="filled"
        sx={strip}
        data-testid="read-only-banner"
        action={
          <Stack direction="row" spacing={1}>
            {entry && (
              <Button color="inherit" size="small" variant="outlined" onClick={() => restore.ask(entry)}>
                {t('backups.banner.restoreThis')}
              </Button>
            )}
            <Button color="inherit" size="small" variant="outlined" onClick={() => void backToWorkspace()} loading={leaving}>
              {t('backups.banner.backToWorkspace')}
            </Button>
          </Stack>
        }
      >
        {t('backups.banner.backup', { time: words.time({ createdAt }) })}
      </Alert>
      {restore.dialog}
    </>
  );
}
