// The top bar's 同步: the number of changes not yet sent on its badge, a progress bar while a
// sync runs (by hand or automatic), and the sentence it ended with, with a way to 合并审阅
// when cards wait. Not set up yet: it leads to Settings › 团队同步.
import SyncOutlined from '@mui/icons-material/SyncOutlined';
import { Alert, Badge, Box, Button, LinearProgress, Snackbar, Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorText } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { useSync } from './SyncStatusContext';
import { summarySentence } from './summaryText';

export function SyncButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const ws = useWorkspace();
  const { status, progress, outcome, clearOutcome, start, ready } = useSync();
  if (!status) return null;
  const running = status.running !== null;
  const readOnly = Boolean(ws.info?.readOnly);
  const title = !ready ? t('sync.button.notSetUp') : status.pending > 0 ? t('sync.button.pending', { count: status.pending }) : t('sync.button.nothingPending');
  const stage = progress?.stage ? t(`sync.stage.${progress.stage}`, { defaultValue: '' }) : '';
  const cardsWaiting = outcome && 'summary' in outcome && outcome.summary.cards > 0;

  return (
    <>
      <Tooltip title={running ? stage || t('sync.button.running') : title}>
        <span>
          <Button
            color="inherit"
            variant="outlined"
            size="small"
            disabled={running || readOnly}
            onClick={() => (ready ? void start() : navigate('/settings', { state: { section: 'sync' } }))}
            startIcon={
              <Badge badgeContent={status.pending > 0 ? status.pending : undefined} color="warning" max={9999} data-testid="sync-pending">
                <SyncOutlined sx={running ? { animation: 'spin 1.2s linear infinite', '@keyframes spin': { to: { transform: 'rotate(-360deg)' } } } : undefined} />
              </Badge>
            }
            sx={{ borderColor: 'rgba(255,255,255,.5)', '&.Mui-disabled': { color: 'rgba(255,255,255,.8)', borderColor: 'rgba(255,255,255,.3)' } }}
            data-testid="sync-button"
          >
            {running ? t('sync.button.running') : t('sync.button.label')}
          </Button>
        </span>
      </Tooltip>
      {running && (
        <Box sx={{ position: 'absolute', left: 0, right: 0, bottom: 0 }} role="progressbar" aria-label={stage || t('sync.button.running')}>
          <LinearProgress
            color="warning"
            variant={progress && progress.total > 0 ? 'determinate' : 'indeterminate'}
            value={progress && progress.total > 0 ? (100 * progress.done) / progress.total : undefined}
            data-testid="sync-progress"
          />
        </Box>
      )}
      <Snackbar
        key={outcome?.id}
        open={outcome !== null}
        autoHideDuration={cardsWaiting ? null : 8000}
        onClose={(_, reason) => reason !== 'clickaway' && clearOutcome()}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        {outcome ? (
          <Alert
            variant="filled"
            severity={'error' in outcome ? 'error' : cardsWaiting ? 'warning' : 'success'}
            onClose={clearOutcome}
            role={'error' in outcome ? 'alert' : 'status'}
            data-testid="sync-result"
            action={
              cardsWaiting ? (
                <Button color="inherit" size="small" onClick={() => (clearOutcome(), navigate('/sync/review'))}>
                  {t('sync.result.review')}
                </Button>
              ) : undefined
            }
          >
            {'error' in outcome ? t('sync.result.failed', { message: errorText(t, outcome.error) }) : summarySentence(t, outcome.summary)}
          </Alert>
        ) : undefined}
      </Snackbar>
    </>
  );
}
