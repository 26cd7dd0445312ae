import { Alert, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';

export function DraftBanner({ onDiscard }: { onDiscard: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert severity="info" sx={{ mb: 2 }} action={<Button color="inherit" size="small" onClick={onDiscard}>{t('draft.discard')}</Button>} data-testid="draft-banner">
      {t('draft.restored')}
    </Alert>
  );
}
