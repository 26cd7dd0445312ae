// 概览: the working group's figures added up from the records, filtered by year, partner
// region and trip (in the URL, so a view can be bookmarked and linked), every figure a link
// to the records behind it.
import { Box, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Dashboard } from '../../../../shared/dashboard/schema';
import type { ApiError } from '../../../../shared/result';
import { useWorkspace } from '../../app/WorkspaceContext';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { todayIso, useFormat } from '../../lib/format';
import { DueWork } from './DueWork';
import { FigureCards } from './FigureCards';
import { FigureTable, TripLink } from './FigureTable';
import { Funnel } from './Funnel';
import type { Scope } from './links';
import { OpenExampleButton } from './OpenExampleButton';
import { YearChart } from './YearChart';

export function DashboardPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const [data, setData] = useState<Dashboard | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  const yearText = params.get('year') ?? '';
  const scope: Scope = {
    year: /^\d{4}$/.test(yearText) ? Number(yearText) : null,
    prefectureId: params.get('prefectureId') || null,
    tripId: params.get('tripId') || null,
  };
  const filtered = scope.year !== null || scope.prefectureId !== null || scope.tripId !== null;

  useEffect(() => {
    let live = true;
    call(api().dashboard.get({ year: scope.year, prefectureId: scope.prefectureId, tripId: scope.tripId, today: todayIso() })).then(
      (v) => live && (setData(v), setError(null)),
      (e: unknown) => live && setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' }),
    );
    return () => {
      live = false;
    };
  }, [scope.year, scope.prefectureId, scope.tripId, ws.version, attempt]);

  const setFilter = (key: keyof Scope, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const header = <PageHeader title={t('dashboard.title')} subtitle={t('dashboard.subtitle')} />;
  if (error) return <Box>{header}<ErrorState error={error} onRetry={() => (setError(null), setAttempt((a) => a + 1))} /></Box>;
  if (!data) return <Box>{header}<LoadingState /></Box>;
  if (!data.hasRecords) {
    return (
      <Box sx={{ maxWidth: 1200 }}>
        {header}
        <Paper variant="outlined">
          <EmptyState
            title={t('dashboard.empty.title')}
            hint={t('dashboard.empty.hint')}
            action={<OpenExampleButton />}
          />
        </Paper>
      </Box>
    );
  }

  const o = data.options;
  const select = (key: keyof Scope, label: string, value: string | null, options: { value: string; label: string }[], width: number) => (
    <TextField
      select
      size="small"
      label={label}
      value={value !== null && options.some((x) => x.value === value) ? value : ''}
      onChange={(e) => setFilter(key, e.target.value)}
      sx={{ width }}
      slotProps={{
        inputLabel: { shrink: true },
        select: {
          displayEmpty: true,
          // Closed, a long trip name ends in … (whole on hover); open, every name shows whole,
          // wrapping in a menu at least as wide as the field.
          SelectDisplayProps: { title: options.find((x) => x.value === value)?.label },
          MenuProps: { slotProps: { paper: { sx: { maxWidth: 560 } } } },
        },
      }}
      data-testid={`filter-${key}`}
    >
      <MenuItem value="">{t('dashboard.filter.all')}</MenuItem>
      {options.map((x) => (
        <MenuItem key={x.value} value={x.value} sx={{ whiteSpace: 'normal', overflowWrap: 'anywhere' }}>
          {x.label}
        </MenuItem>
      ))}
    </TextField>
  );
  const trips = o.trips.filter((x) => !scope.prefectureId || x.prefectureId === scope.prefectureId);
  const nothing = filtered && data.byTrip.length === 0 && data.byYear.length === 0;

  return (
    <Box sx={{ maxWidth: 1200 }}>
      {header}
      <Stack direction="row" spacing={1.5} sx={{ mb: 2, alignItems: 'center', flexWrap: 'wrap', rowGap: 1.5 }}>
        {select('year', t('dashboard.filter.year'), scope.year === null ? null : String(scope.year), o.years.map((y) => ({ value: String(y), label: String(y) })), 120)}
        {select('prefectureId', t('dashboard.filter.destination'), scope.prefectureId, o.prefectures.map((p) => ({ value: p.id, label: p.name })), 160)}
        {select('tripId', t('dashboard.filter.trip'), scope.tripId, trips.map((x) => ({ value: x.id, label: x.title })), 360)}
        {filtered && <Button onClick={() => setParams(new URLSearchParams(), { replace: true })}>{t('dashboard.filter.clear')}</Button>}
      </Stack>
      {nothing ? (
        <Paper variant="outlined">
          <EmptyState title={t('dashboard.empty.filtered')} />
        </Paper>
      ) : (
        <Stack spacing={2}>
          <FigureCards totals={data.totals} scope={scope} latestCheckInOn={data.latestCheckInOn} />
          <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(240px, 1fr)', gap: 2, alignItems: 'start' }}>
            <Funnel data={data} scope={scope} />
            <DueWork due={data.dueWork} />
          </Box>
          {data.byYear.length > 0 && <YearChart rows={data.byYear} scope={scope} />}
          <FigureTable
            title={t('dashboard.byYear.title')}
            firstColumn={t('dashboard.byYear.year')}
            testId="by-year"
            rows={data.byYear.map((r) => ({ ...r, key: String(r.year), label: String(r.year), scope: { ...scope, year: r.year } }))}
          />
          <FigureTable
            title={t('dashboard.byDestination.title')}
            firstColumn={t('dashboard.byDestination.destination')}
            testId="by-destination"
            rows={data.byDestination.map((r) => ({ ...r, key: r.prefectureId, label: r.prefectureName, scope: { ...scope, prefectureId: r.prefectureId } }))}
          />
          <FigureTable
            title={t('dashboard.byTrip.title')}
            firstColumn={t('dashboard.byTrip.trip')}
            testId="by-trip"
            footer={t('dashboard.positionsHint')}
            rows={data.byTrip.map((r) => ({
              ...r,
              key: r.tripId,
              label: (
                <>
                  <TripLink id={r.tripId} title={r.title} />
                  <Typography variant="caption" color="text.secondary" component="div">
                    {r.prefectureName} · {fmt.date(r.startDate)}
                    {r.positionsFrom !== 'none' && ` · ${t(r.positionsFrom === 'headcount' ? 'dashboard.byTrip.fromHeadcount' : 'dashboard.byTrip.fromEvents')}`}
                  </Typography>
                </>
              ),
              scope: { year: scope.year, prefectureId: null, tripId: r.tripId },
              positionsFromHeadcount: r.positionsFrom === 'headcount',
            }))}
          />
        </Stack>
      )}
    </Box>
  );
}
