// Settings › 软件更新 (id="updates"): this version, the intranet address, what the last check
// found, the download and 重启并安装. Opened at this section (帮助 › 检查更新 loads
// #/settings/updates) it checks at once; otherwise it shows the check made at start.
import { Alert, Button, CircularProgress, Stack, Typography } from '@mui/material';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { useFormat } from '../../lib/format';
import { DownloadPanel } from './DownloadPanel';
import { FeedForm } from './FeedForm';
import { findingSeverity, findingText } from './findingText';
import { ReleaseDetails } from './ReleaseDetails';
import { useUpdates } from './useUpdates';

export function UpdatesSection() {
  const { t } = useTranslation();
  const f = useFormat();
  const updates = useUpdates();
  const { status, error, checking, check, load } = updates;
  const openedHere = useParams().section === 'updates';
  // A new location each time the menu sends the window here, even when it is already here.
  const { key } = useLocation();
  useEffect(() => {
    // What is known first (the check at start), then a check of its own while the user watches.
    void load().then(() => (openedHere ? check() : undefined));
  }, [openedHere, key, check, load]);

  if (!status) return error ? <ErrorState error={error} onRetry={() => void load()} /> : <LoadingState />;
  const finding = status.check;
  const offered = !checking && (finding?.kind === 'available' || finding?.kind === 'skipped') ? finding.release : null;
  const configured = finding?.kind !== 'notConfigured';
  // A download under way or done stays in sight whatever a later check found.
  const { download } = status;
  const downloading = download.state === 'downloading' || download.state === 'downloaded' ? { version: download.version, notes: null, date: null, size: null } : null;
  const toDownload = offered ?? downloading;

  return (
    <Stack spacing={2} data-testid="updates-settings">
      <Typography variant="body2" data-testid="update-current">{t('updates.currentVersion', { version: status.currentVersion })}</Typography>
      <FeedForm
        status={status}
        onSaved={(saved) => {
          updates.set(saved);
          if (saved.feedUrl) void check();
        }}
      />
      {status.feedUrlIssue && <Alert severity="warning">{t('updates.feed.invalidStored', { reason: t(`errors.${status.feedUrlIssue}`) })}</Alert>}
      {error && <ErrorState error={error} onRetry={() => void check()} />}
      {checking ? (
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }} role="status">
          <CircularProgress size={18} />
          <Typography variant="body2">{t('updates.checking')}</Typography>
        </Stack>
      ) : finding?.kind === 'notConfigured' ? (
        <EmptyState title={t('updates.finding.notConfigured')} hint={t('updates.finding.notConfiguredHint')} />
      ) : (
        finding && (
          <Alert severity={findingSeverity(finding)} data-testid="update-finding">
            {findingText(t, finding)}
          </Alert>
        )
      )}
      {offered && <ReleaseDetails release={offered} />}
      {toDownload && <DownloadPanel updates={updates} release={toDownload} />}
      {configured && (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Button variant="outlined" onClick={() => void check()} disabled={checking}>{t('updates.check')}</Button>
          <Typography variant="body2" color="text.secondary" data-testid="update-checked-at">
            {status.checkedAt ? t('updates.lastChecked', { when: f.timestamp(status.checkedAt) }) : t('updates.neverChecked')}
          </Typography>
        </Stack>
      )}
    </Stack>
  );
}
