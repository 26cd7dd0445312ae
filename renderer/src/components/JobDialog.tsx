// The dialog of a long job: progress "done / total" with the stage, a cancel button while it
// runs, then what came of it (the file written, with 打开文件 / 打开所在文件夹; cancelled; or why it failed).
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { errorText } from '../app/Notifier';
import { SavedFileActions } from './SavedFileActions';
import type { JobView } from '../lib/jobs';
import { useFormat } from '../lib/format';

export function JobDialog(props: {
  title: string;
  view: JobView;
  describe?: ((result: Record<string, unknown>) => string) | undefined;
  onCancel: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { view } = props;
  const running = view.phase === 'starting' || view.phase === 'running';
  const status = view.phase === 'running' || view.phase === 'finished' ? view.status : null;
  const percent = status && status.total > 0 ? Math.min(100, (status.done / status.total) * 100) : 0;

  const outcome = (() => {
    if (view.phase === 'refused') return <Alert severity="error">{t('jobs.failed', { message: errorText(t, view.error) })}</Alert>;
    if (view.phase !== 'finished') return null;
    const s = view.status;
    if (s.state === 'cancelled') return <Alert severity="info">{t('jobs.cancelled')}</Alert>;
    if (s.state === 'failed') return <Alert severity="error">{t('jobs.failed', { message: errorText(t, s.error ?? { code: 'INTERNAL', key: 'internal' }) })}</Alert>;
    const result = s.result ?? {};
    const text = props.describe
      ? props.describe(result)
      : typeof result.path === 'string' && typeof result.rows === 'number'
        ? t('jobs.exported', { rows: fmt.number(result.rows), path: result.path })
        : typeof result.path === 'string'
          ? t('jobs.saved', { path: result.path })
          : t('jobs.done');
    return (
      <Alert severity="success" sx={{ wordBreak: 'break-all' }}>
        {text}
        {typeof result.path === 'string' && <SavedFileActions path={result.path} color="primary" />}
      </Alert>
    );
  })();

  return (
    <Dialog open onClose={running ? undefined : props.onClose} fullWidth maxWidth="sm" aria-labelledby="job-dialog-title">
      <DialogTitle id="job-dialog-title">{props.title}</DialogTitle>
      <DialogContent>
        {running ? (
          <Box role="status" aria-live="polite" sx={{ py: 1 }}>
            <LinearProgress
              variant={status && status.total > 0 ? 'determinate' : 'indeterminate'}
              value={percent}
              aria-label={props.title}
              // Polled every 200 ms: MUI's 0.4 s glide would leave the bar behind the figures beside it.
              sx={{ '& .MuiLinearProgress-bar': { transitionDuration: '150ms' } }}
            />
            <Box sx={{ display: 'flex', justifyContent: 'space-between', mt: 1, gap: 2 }}>
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {view.phase === 'running' && view.cancelling
                  ? t('jobs.cancelling')
                  : status?.stage
                    ? t(`jobs.stage.${status.stage}`, { defaultValue: '' })
                    : t('jobs.starting')}
              </Typography>
              {status && status.total > 0 && (
                <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                  {t('jobs.progress', { done: fmt.number(status.done), total: fmt.number(status.total) })}
                </Typography>
              )}
            </Box>
          </Box>
        ) : (
          outcome
        )}
      </DialogContent>
      <DialogActions>
        {running ? (
          <Button onClick={props.onCancel} disabled={view.phase !== 'running' || view.cancelling}>
            {t('jobs.cancel')}
          </Button>
        ) : (
          <Button variant="contained" onClick={props.onClose} autoFocus>
            {t('jobs.close')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
