// The screen of a workspace that failed its integrity check: what is wrong, the newest backup
// that passes its check (to restore), and the exports of what can still be read. It is never a
// dead end: every way out is on it, and the user may also look around read-only first.
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import ExpandMore from '@mui/icons-material/ExpandMore';
import RestoreOutlined from '@mui/icons-material/RestoreOutlined';
import { Box, Button, Card, CardContent, Collapse, Stack, Typography } from '@mui/material';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { BackupEntry } from '../../../../shared/backups/schema';
import type { ApiError } from '../../../../shared/result';
import { useWorkspace } from '../../app/WorkspaceContext';
import { ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { ExportButton } from '../exports/ExportButton';
import { useBackupWords } from './backupWords';
import { useRestore } from './useRestore';

type Newest = { phase: 'loading' } | { phase: 'failed'; error: ApiError } | { phase: 'ready'; entry: BackupEntry | null };

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h3" sx={{ fontSize: 16, fontWeight: 600, mb: 1 }}>{title}</Typography>
        {children}
      </CardContent>
    </Card>
  );
}

export function DamagedWorkspace({ onBrowse }: { onBrowse: () => void }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const navigate = useNavigate();
  const words = useBackupWords();
  const restore = useRestore();
  const path = ws.info?.path;
  const [answer, setAnswer] = useState<{ path: string | undefined; newest: Newest } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [details, setDetails] = useState(false);

  useEffect(() => {
    let live = true;
    call(api().backups.newestGood({})).then(
      (entry) => live && setAnswer({ path, newest: { phase: 'ready', entry } }),
      (e) => live && setAnswer({ path, newest: { phase: 'failed', error: e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' } } }),
    );
    return () => {
      live = false;
    };
  }, [path, attempt]);
  // The newest backup of another workspace file is never offered for this one.
  const newest: Newest = answer && answer.path === path ? answer.newest : { phase: 'loading' };

  const allBackups = () => {
    onBrowse();
    navigate('/settings', { state: { section: 'backups' } });
  };

  return (
    <Stack spacing={2} sx={{ maxWidth: 880 }} data-testid="damaged-workspace">
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
        <ErrorOutline color="error" sx={{ fontSize: 36 }} />
        <Typography variant="h5" component="h2" sx={{ fontSize: 21, fontWeight: 600 }}>{t('backups.damaged.title')}</Typography>
      </Stack>
      <Box>
        <Typography>{t('backups.damaged.body')}</Typography>
        {ws.info?.problem && (
          <>
            <Button size="small" onClick={() => setDetails((d) => !d)} aria-expanded={details} endIcon={<ExpandMore sx={{ transform: details ? 'rotate(180deg)' : 'none', transition: 'transform .2s' }} />} sx={{ mt: 0.5, ml: '-5px' }}>
              {t('backups.damaged.details')}
            </Button>
            <Collapse in={details}>
              <Box component="pre" sx={{ m: 0, p: 1.5, bgcolor: 'action.hover', borderRadius: 1, fontSize: 13, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }} data-testid="damage-problem">
                {ws.info.problem}
              </Box>
            </Collapse>
          </>
        )}
      </Box>

      <Part title={t('backups.damaged.goodBackup')}>
        {newest.phase === 'loading' ? (
          <LoadingState />
        ) : newest.phase === 'failed' ? (
          <ErrorState error={newest.error} onRetry={() => (setAnswer(null), setAttempt((n) => n + 1))} />
        ) : newest.entry ? (
          <Stack spacing={1.5} data-testid="newest-good-backup">
            <Box>
              <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
                {words.time(newest.entry)} · {words.reason(newest.entry)}
              </Typography>
              <Typography variant="body2">{words.counts(newest.entry)} · {words.size(newest.entry)}</Typography>
              <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>{t('backups.damaged.goodBackupHint')}</Typography>
            </Box>
            <Stack direction="row" spacing={1}>
              <Button variant="contained" startIcon={<RestoreOutlined />} onClick={() => newest.entry && restore.ask(newest.entry)}>
                {t('backups.banner.restoreThis')}
              </Button>
              <Button onClick={allBackups}>{t('backups.damaged.allBackups')}</Button>
            </Stack>
          </Stack>
        ) : (
          <Stack spacing={1} useFlexGap sx={{ alignItems: 'flex-start' }} data-testid="no-good-backup">
            <Typography sx={{ fontWeight: 600 }}>{t('backups.damaged.noGoodBackup')}</Typography>
            <Typography variant="body2" color="text.secondary">{t('backups.damaged.noGoodBackupHint')}</Typography>
            <Button onClick={allBackups} sx={{ ml: -1 }}>{t('backups.damaged.allBackups')}</Button>
          </Stack>
        )}
      </Part>

      <Part title={t('backups.damaged.export')}>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>{t('backups.damaged.exportHint')}</Typography>
        <ExportButton choices={[{ dataset: 'companies' }, { dataset: 'visits' }]} />
      </Part>

      <Box>
        <Button variant="outlined" onClick={onBrowse}>{t('backups.damaged.browse')}</Button>
      </Box>
      {restore.dialog}
    </Stack>
  );
}
