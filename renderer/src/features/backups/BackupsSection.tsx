// Settings › 备份与恢复: the workspace's backups, newest first, with back up now / to a place
// the user picks, and per backup restore (after a question) or a read-only look inside.
import BackupOutlined from '@mui/icons-material/BackupOutlined';
import SaveAltOutlined from '@mui/icons-material/SaveAltOutlined';
import { Box, Button, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { BackupEntry } from '../../../../shared/backups/schema';
import type { ApiError } from '../../../../shared/result';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { useBackupWords } from './backupWords';
import { RetentionRule } from './RetentionRule';
import { canRestoreOver, useRestore } from './useRestore';

type Listing = { phase: 'loading' } | { phase: 'failed'; error: ApiError } | { phase: 'ready'; entries: BackupEntry[] };

export function BackupsSection() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const navigate = useNavigate();
  const words = useBackupWords();
  const { notify, notifySaved, notifyError } = useNotifier();
  const restore = useRestore();
  const [listing, setListing] = useState<Listing>({ phase: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState<'now' | 'to' | null>(null);
  const reason = ws.info?.readOnlyReason ?? null;
  // The core cannot copy a file that fails its check, nor back up a backup being looked at.
  const canBackUp = reason !== 'damaged' && reason !== 'backup';

  // Re-read after every change of the workspace (a restore adds "恢复前", closing adds "关闭时").
  useEffect(() => {
    let live = true;
    call(api().backups.list({})).then(
      (entries) => live && setListing({ phase: 'ready', entries }),
      (e) => live && setListing({ phase: 'failed', error: e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' } }),
    );
    return () => {
      live = false;
    };
  }, [ws.version, attempt]);

  async function backUp(where: 'now' | 'to') {
    setBusy(where);
    try {
      if (where === 'now') {
        const entry = await call(api().backups.create({}));
        notify(t('backups.backedUp', { counts: words.counts(entry) }));
        setAttempt((n) => n + 1);
      } else {
        const saved = await call(api().backups.saveTo({}));
        if (saved) notifySaved(t('backups.savedTo', { path: saved.path }), saved.path);
      }
    } catch (e) {
      notifyError(e);
    } finally {
      setBusy(null);
    }
  }

  async function view(entry: BackupEntry) {
    try {
      await call(api().backups.openReadOnly({ id: entry.id }));
      ws.changed();
      notify(t('backups.opened', { time: words.time(entry) }), 'info');
      navigate('/');
    } catch (e) {
      notifyError(e);
    }
  }

  return (
    <Stack spacing={1.5} data-testid="backups">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button variant="contained" startIcon={<BackupOutlined />} onClick={() => void backUp('now')} loading={busy === 'now'} disabled={!canBackUp}>
          {t('backups.backUpNow')}
        </Button>
        <Button variant="outlined" startIcon={<SaveAltOutlined />} onClick={() => void backUp('to')} loading={busy === 'to'} disabled={!canBackUp}>
          {t('backups.backUpTo')}
        </Button>
        {!canBackUp && <Typography variant="body2" color="text.secondary">{t('backups.readOnlyNote')}</Typography>}
      </Stack>
      <RetentionRule />
      {listing.phase === 'loading' ? (
        <LoadingState />
      ) : listing.phase === 'failed' ? (
        <ErrorState error={listing.error} onRetry={() => setAttempt((n) => n + 1)} />
      ) : listing.entries.length === 0 ? (
        <EmptyState title={t('backups.empty')} hint={t('backups.emptyHint')} />
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={t('backups.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('backups.column.time')}</TableCell>
                <TableCell>{t('backups.column.reason')}</TableCell>
                <TableCell align="right">{t('backups.column.size')}</TableCell>
                <TableCell>{t('backups.column.counts')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {listing.entries.map((e) => {
                const time = words.time(e);
                const viewing = ws.info?.viewingBackup?.createdAt === e.createdAt;
                return (
                  <TableRow key={e.id} hover selected={viewing}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {time}
                      {viewing && <Chip size="small" color="info" label={t('backups.viewing')} sx={{ ml: 1 }} />}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{words.reason(e)}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{words.size(e)}</TableCell>
                    <TableCell>{words.counts(e)}</TableCell>
                    <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                      <Button size="small" onClick={() => void view(e)} disabled={viewing} aria-label={t('backups.viewRow', { time })}>
                        {t('backups.view')}
                      </Button>
                      <Button size="small" onClick={() => restore.ask(e)} disabled={!canRestoreOver(reason)} aria-label={t('backups.restoreRow', { time })}>
                        {t('backups.restore')}
                      </Button>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </Box>
      )}
      {restore.dialog}
    </Stack>
  );
}
