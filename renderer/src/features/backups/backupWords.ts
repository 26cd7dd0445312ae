// How a backup is described wherever it appears (the list, the damaged-workspace screen,
// the restore question): its time in the user's locale, why it was made, its size and counts.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../../shared/backups/schema';
import { useFormat } from '../../lib/format';

export function useBackupWords() {
  const { t } = useTranslation();
  const fmt = useFormat();
  return useMemo(
    () => ({
      time: (e: Pick<BackupEntry, 'createdAt'>) => fmt.timestamp(e.createdAt),
      reason: (e: BackupEntry) => t(`backups.reason.${e.reason}`),
      size: (e: BackupEntry) => t('backups.megabytes', { size: fmt.megabytes(e.size) }),
      counts: (e: BackupEntry) =>
        e.counts
          ? t('backups.counts', {
              companies: fmt.number(e.counts.companies),
              visits: fmt.number(e.counts.visits),
              vettings: fmt.number(e.counts.vettings),
              trips: fmt.number(e.counts.trips),
            })
          : t('backups.noCounts'),
    }),
    [t, fmt],
  );
}
