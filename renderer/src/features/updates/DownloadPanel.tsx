// The offered version's download (electron-updater's, in the main process, as a job of the core):
// 下载 and 跳过此版本, the bytes coming in with 取消下载, then 重启并安装 — or why not.
import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOWNLOAD_FAILURE_KEYS, type UpdateRelease } from '../../../../shared/updates/schema';
import { errorText, useNotifier } from '../../app/Notifier';
import { api, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import type { Updates } from './useUpdates';

export function DownloadPanel({ updates, release }: { updates: Updates; release: UpdateRelease }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { notify, notifyError } = useNotifier();
  const [installing, setInstalling] = useState(false);
  const status = updates.status!;
  const { download } = status;
  const skipped = status.check?.kind === 'skipped';

  const act = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (e) {
      notifyError(e);
    }
  };
  const start = () =>
    act(async () => {
      await call(api().updates.download({ version: release.version }));
      await updates.load();
    });
  const skip = (version: string | null) =>
    act(async () => {
      updates.set(await call(api().updates.skip({ version })));
      if (version) notify(t('updates.skippedSaved', { version }));
    });
  const install = () =>
    act(async () => {
      setInstalling(true);
      try {
        await call(api().updates.install({}));
      } catch (e) {
        setInstalling(false);
        throw e;
      }
    });

  if (download.state === 'downloading') {
    const job = updates.job;
    const known = job !== null && job.total > 0;
    const percent = known ? Math.floor((job.done / job.total) * 100) : 0;
    return (
      <Stack spacing={1} data-testid="update-download">
        <Typography variant="body2">
          {known
            ? t('updates.downloading', { version: download.version, percent, done: f.megabytes(job.done), total: f.megabytes(job.total) })
            : t('updates.downloadStarting', { version: download.version })}
        </Typography>
        <LinearProgress variant={known ? 'determinate' : 'indeterminate'} value={percent} aria-label={t('updates.download')} />
        <Box>
          <Button variant="outlined" onClick={() => void api().jobs.cancel({ id: download.jobId })}>{t('updates.cancelDownload')}</Button>
        </Box>
      </Stack>
    );
  }

  if (download.state === 'downloaded') {
    return (
      <Stack spacing={1} data-testid="update-download">
        <Alert severity="success">{t('updates.downloaded', { version: download.version })}</Alert>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Button variant="contained" onClick={() => void install()} loading={installing}>{t('updates.install')}</Button>
          <Typography variant="body2" color="text.secondary">{installing ? t('updates.installing') : t('updates.installHint')}</Typography>
        </Stack>
      </Stack>
    );
  }

  return (
    <Stack spacing={1} data-testid="update-download">
      {download.state === 'failed' && (
        <Alert severity="error">
          {updates.downloadError ? errorText(t, updates.downloadError) : t(`errors.${DOWNLOAD_FAILURE_KEYS[download.reason]}`)}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button variant="contained" onClick={() => void start()} disabled={!status.canInstall}>
          {download.state === 'failed' ? t('updates.downloadAgain') : t('updates.download')}
        </Button>
        {skipped ? (
          <Button onClick={() => void skip(null)}>{t('updates.unskip')}</Button>
        ) : (
          <Button onClick={() => void skip(release.version)}>{t('updates.skip')}</Button>
        )}
        {!status.canInstall && <Typography variant="body2" color="text.secondary">{t('updates.desktopOnly')}</Typography>}
      </Stack>
    </Stack>
  );
}

