// What the window shows until the workspace is open. Opening is quick, except the first time a
// new version opens a workspace: then its upgrade can rewrite the whole file (minutes for a big
// one), and a spinner alone would look like a hang. After a moment it says what is going on.
import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const SAY_WHY_AFTER_MS = 2000;

export function OpeningWorkspace() {
  const { t } = useTranslation();
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SAY_WHY_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 2, p: 6, color: 'text.secondary' }} role="status" data-testid="opening-workspace">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <CircularProgress size={24} />
        <Typography>{t('app.opening')}</Typography>
      </Box>
      {slow && (
        <Alert severity="info" sx={{ maxWidth: 560 }}>
          {t('app.openingSlow')}
        </Alert>
      )}
    </Box>
  );
}
