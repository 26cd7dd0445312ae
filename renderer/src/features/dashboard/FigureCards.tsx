// The totals as cards, each figure a link to its records.
import { Box, Paper, Stack, Tooltip, Typography } from '@mui/material';
import InfoOutlined from '@mui/icons-material/InfoOutlined';
import { useTranslation } from 'react-i18next';
import type { Figures } from '../../../../shared/dashboard/schema';
import { useFormat } from '../../lib/format';
import { Figure, type FigureValue } from './Figure';
import { type FigureKey, type Scope, recordsOf } from './links';

interface Card {
  key: FigureKey;
  unit: 'trips' | 'companies' | 'people' | 'positions' | 'agreements';
  sub?: { key: FigureKey; value: FigureValue };
  note?: string;
  hint?: string;
}

export function FigureCards({ totals, scope, latestCheckInOn }: { totals: Figures; scope: Scope; latestCheckInOn: string | null }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const cards: Card[] = [
    { key: 'trips', unit: 'trips' },
    { key: 'companies', unit: 'companies' },
    { key: 'positionsOffered', unit: 'positions', hint: t('dashboard.positionsHint') },
    { key: 'jobSeekers', unit: 'people' },
    { key: 'resumes', unit: 'people' },
    { key: 'intentions', unit: 'people', sub: { key: 'intentionsPoor', value: totals.intentionsPoor } },
    { key: 'hired', unit: 'people' },
    { key: 'trainees', unit: 'people', note: totals.trainingHours !== null ? t('dashboard.hoursSuffix', { hours: fmt.number(totals.trainingHours) }) : undefined },
    { key: 'agreements', unit: 'agreements' },
    { key: 'arrivals', unit: 'people', sub: { key: 'arrivalsPoor', value: totals.arrivalsPoor } },
    {
      key: 'stillWorking', unit: 'people', sub: { key: 'stillWorkingPoor', value: totals.stillWorkingPoor },
      note: latestCheckInOn ? t('dashboard.stillWorkingAsOf', { date: fmt.date(latestCheckInOn) }) : undefined,
    },
  ];
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 1.5 }} data-testid="figure-cards">
      {cards.map((c) => (
        <Paper key={c.key} variant="outlined" sx={{ p: 1.5, minWidth: 0 }} data-testid={`card-${c.key}`}>
          <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
            <Typography variant="body2" color="text.secondary" noWrap>
              {t(`dashboard.figure.${c.key}`)}
            </Typography>
            {c.hint && (
              <Tooltip title={c.hint}>
                <InfoOutlined sx={{ fontSize: 16, color: 'text.secondary' }} aria-label={c.hint} />
              </Tooltip>
            )}
          </Stack>
          <Stack direction="row" spacing={0.5} sx={{ alignItems: 'baseline' }}>
            <Figure value={totals[c.key as keyof Figures] as FigureValue} to={recordsOf(c.key, scope)} variant="big" testId={`total-${c.key}`} />
            <Typography variant="body2" color="text.secondary">
              {t(`dashboard.unit.${c.unit}`)}
            </Typography>
          </Stack>
          {c.sub && (
            <Typography variant="caption" color="text.secondary" component="div" noWrap>
              {t(`dashboard.figure.${c.sub.key}`)} <Figure value={c.sub.value} to={recordsOf(c.sub.key, scope)} testId={`total-${c.sub.key}`} />
            </Typography>
          )}
          {c.note && (
            <Typography variant="caption" color="text.secondary" component="div">
              {c.note}
            </Typography>
          )}
        </Paper>
      ))}
    </Box>
  );
}
