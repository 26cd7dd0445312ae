// Empty, loading and error states, so no screen is ever just blank.
import InboxOutlined from '@mui/icons-material/InboxOutlined';
import { Alert, Box, Button, CircularProgress, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/result';
import { errorText } from '../app/Notifier';

export function EmptyState({ title, hint, action }: { title: string; hint?: string; action?: ReactNode }) {
  return (
    <Stack spacing={1} sx={{ alignItems: 'center', color: 'text.secondary', textAlign: 'center', py: 4 }} data-testid="empty-state">
      <InboxOutlined fontSize="large" />
      <Typography variant="subtitle1">{title}</Typography>
      {hint && <Typography variant="body2">{hint}</Typography>}
      {action}
    </Stack>
  );
}

export function LoadingState() {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'center', gap: 2, p: 6, color: 'text.secondary' }} role="status">
      <CircularProgress size={24} />
      <Typography>{t('common.loading')}</Typography>
    </Box>
  );
}

export function ErrorState({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      severity="error"
      sx={{ m: 2 }}
      action={onRetry ? <Button color="inherit" onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    >
      {errorText(t, error)}
    </Alert>
  );
}
