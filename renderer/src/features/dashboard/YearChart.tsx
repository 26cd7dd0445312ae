// Bars per year: positions offered, job seekers, intentions and arrivals side by side, so the
// distance from offers to people who came shows at a glance. A bar opens its records.
import { Box, Paper, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Dashboard } from '../../../../shared/dashboard/schema';
import { useCount } from '../outcomes/common';
import { asCount } from './Figure';
import { type Scope, recordsOf } from './links';

const SERIES = ['positionsOffered', 'jobSeekers', 'intentions', 'arrivals'] as const;

export function YearChart({ rows, scope }: { rows: Dashboard['byYear']; scope: Scope }) {
  const { t } = useTranslation();
  const count = useCount();
  const navigate = useNavigate();
  const dataset = rows.map((r) => ({ year: String(r.year), ...Object.fromEntries(SERIES.map((s) => [s, asCount(r[s])?.value ?? 0])) }));
  return (
    <Paper variant="outlined" sx={{ p: 2, minWidth: 0 }} data-testid="year-chart">
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {t('dashboard.byYear.chartTitle')}
      </Typography>
      <Box sx={{ height: 260 }}>
        <BarChart
          dataset={dataset}
          // The default axis height (25 px) is too short for our CJK font stack: MUI X then drops the tick labels.
          xAxis={[{ scaleType: 'band', dataKey: 'year', height: 36 }]}
          yAxis={[{ width: 48 }]}
          series={SERIES.map((s) => ({
            id: s,
            dataKey: s,
            label: t(`dashboard.figure.${s}`),
            valueFormatter: (_v: number | null, { dataIndex }: { dataIndex: number }) => count(asCount(rows[dataIndex]![s]), '—'),
          }))}
          slotProps={{ legend: { position: { vertical: 'top', horizontal: 'center' } } }}
          onItemClick={(_e, item) => {
            const s = SERIES.find((x) => x === item.seriesId);
            const row = rows[item.dataIndex ?? -1];
            if (s && row) navigate(recordsOf(s, { ...scope, year: row.year }));
          }}
        />
      </Box>
    </Paper>
  );
}
