// The funnel positions → job seekers → résumés → intentions → arrivals → still working, with
// the gap between positions offered and people placed said in words, not left to the bars.
import { Box, Paper, Stack, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Dashboard } from '../../../../shared/dashboard/schema';
import { useCount } from '../outcomes/common';
import { Figure } from './Figure';
import { type Scope, recordsOf } from './links';

export function Funnel({ data, scope }: { data: Dashboard; scope: Scope }) {
  const { t } = useTranslation();
  const count = useCount();
  const navigate = useNavigate();
  const stages = data.funnel.map((f) => ({ ...f, label: t(`dashboard.funnel.${f.stage}`), value: f.count?.value ?? 0 }));
  const positions = data.totals.positionsOffered;
  const still = data.totals.stillWorking;
  const gap =
    positions || data.totals.arrivals > 0
      ? t('dashboard.funnel.gap', { positions: count(positions, '0'), arrivals: count({ value: data.totals.arrivals, about: false }) })
      : t('dashboard.funnel.gapNone');

  return (
    <Paper variant="outlined" sx={{ p: 2, minWidth: 0 }} data-testid="funnel">
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {t('dashboard.funnel.title')}
      </Typography>
      <Typography variant="body1" sx={{ mt: 0.5 }} data-testid="funnel-gap">
        {gap}
      </Typography>
      {still !== null && still > data.totals.arrivals && (
        <Typography variant="body2" color="text.secondary" data-testid="funnel-still-note">
          {t('dashboard.funnel.stillAboveArrivals', { still: count({ value: still, about: false }), arrivals: count({ value: data.totals.arrivals, about: false }) })}
        </Typography>
      )}
      <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 1, rowGap: 0.5, mt: 1, alignItems: 'baseline' }} data-testid="funnel-stages">
        {stages.map((s, i) => (
          <Fragment key={s.stage}>
            {i > 0 && <Typography color="text.disabled">→</Typography>}
            <Typography variant="body2" component="span" sx={{ whiteSpace: 'nowrap' }}>
              {s.label}{' '}
              <Figure value={s.count} to={recordsOf(s.stage, scope)} />
            </Typography>
          </Fragment>
        ))}
      </Stack>
      <Box sx={{ height: 200, mt: 1 }} aria-label={t('dashboard.funnel.chartLabel')} role="img">
        <BarChart
          layout="horizontal"
          dataset={stages}
          yAxis={[{ scaleType: 'band', dataKey: 'label', width: 116 }]}
          // The bars carry their figures; an x scale would only repeat them.
          // Room to the right of the longest bar for its label ("3,400余").
          xAxis={[{ position: 'none', min: 0, max: Math.max(1, ...stages.map((s) => s.value)) * 1.18 }]}
          series={[
            {
              dataKey: 'value',
              barLabel: (item) => (item.value ? count(stages[item.dataIndex]!.count) : null),
              barLabelPlacement: 'outside',
              valueFormatter: (_v, { dataIndex }) => count(stages[dataIndex]!.count, t('dashboard.funnel.notCounted')),
            },
          ]}
          hideLegend
          onItemClick={(_e, item) => navigate(recordsOf(stages[item.dataIndex]!.stage, scope))}
        />
      </Box>
    </Paper>
  );
}
