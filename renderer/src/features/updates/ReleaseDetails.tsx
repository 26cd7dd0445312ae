// The offered version's date, size and release notes (plain text, as the feed gives them).
import { Box, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { UpdateRelease } from '../../../../shared/updates/schema';
import { useFormat } from '../../lib/format';

export function ReleaseDetails({ release }: { release: UpdateRelease }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Stack spacing={0.5} data-testid="update-release">
      <Stack direction="row" spacing={3}>
        {release.date && <Typography variant="body2">{t('updates.finding.released', { date: f.dateTime(release.date) })}</Typography>}
        {release.size !== null && <Typography variant="body2">{t('updates.finding.size', { size: f.megabytes(release.size) })}</Typography>}
      </Stack>
      {release.notes && (
        <Box>
          <Typography variant="subtitle2">{t('updates.finding.notes')}</Typography>
          <Typography
            variant="body2"
            component="div"
            sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: 180, overflow: 'auto', bgcolor: 'action.hover', borderRadius: 1, p: 1 }}
            data-testid="update-notes"
          >
            {release.notes}
          </Typography>
        </Box>
      )}
    </Stack>
  );
}
