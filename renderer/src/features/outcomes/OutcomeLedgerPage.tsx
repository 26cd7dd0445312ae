// The ledger (成效台账): every job fair, campus recruitment and training across trips with its
// figures and a totals row. Filters live in the URL (?year=2018&prefectureId=…&tripId=…&kind=…)
// so the dashboard can link to the records behind a figure.
import { Box, Button, Link, MenuItem, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { OUTCOME_KINDS, type OutcomeKind, type OutcomeRow, hasOutcome, totalsOf } from '../../../../shared/outcomes/schema';
import type { ApiError } from '../../../../shared/result';
import type { Prefecture, TripRow } from '../../../../shared/trips/contract';
import { useWorkspace } from '../../app/WorkspaceContext';
import { OpenRow } from '../../components/OpenRow';
import { PageHeader } from '../../components/PageHeader';
import { ExportButton } from '../exports/ExportButton';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { TABLE_FIELDS, useCount } from './common';

/** The filters, kept in the address. */
type FilterKey = 'year' | 'prefectureId' | 'tripId' | 'kind';

export function OutcomeLedgerPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const count = useCount();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [rows, setRows] = useState<OutcomeRow[] | null>(null);
  const [trips, setTrips] = useState<TripRow[]>([]);
  const [regions, setRegions] = useState<Prefecture[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  const yearText = params.get('year') ?? '';
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const prefectureId = params.get('prefectureId') || null;
  const tripId = params.get('tripId') || null;
  const kindText = params.get('kind') ?? '';
  const kind: OutcomeKind | null = hasOutcome(kindText) ? kindText : null;
  const filtered = year !== null || prefectureId !== null || tripId !== null || kind !== null;

  useEffect(() => {
    let live = true;
    call(api().outcomes.list({ year, prefectureId, tripId, kind })).then(
      (v) => live && (setRows(v), setError(null)),
      (e: unknown) => live && setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' }),
    );
    return () => {
      live = false;
    };
  }, [year, prefectureId, tripId, kind, ws.version, attempt]);

  useEffect(() => {
    // The filter choices; the ledger works without them, so a failure here only empties the menus.
    call(api().trips.list({ status: null })).then(setTrips, () => setTrips([]));
    call(api().regions.list({})).then(setRegions, () => setRegions([]));
  }, [ws.version]);

  const years = useMemo(() => {
    const set = new Set(trips.flatMap((x) => [Number(x.startDate.slice(0, 4)), Number(x.endDate.slice(0, 4))]));
    if (year !== null) set.add(year);
    return [...set].sort((a, b) => b - a);
  }, [trips, year]);

  const setFilter = (key: FilterKey, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const select = (key: FilterKey, label: string, value: string, options: { value: string; label: string }[], width: number) => (
    <TextField
      select
      size="small"
      label={label}
      value={options.some((o) => o.value === value) ? value : ''}
      onChange={(e) => setFilter(key, e.target.value)}
      sx={{ width }}
      slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
    >
      <MenuItem value="">{t('outcomes.filter.all')}</MenuItem>
      {options.map((o) => <MenuItem key={o.value} value={o.value}>{o.label}</MenuItem>)}
    </TextField>
  );
  const clear = <Button onClick={() => setParams(new URLSearchParams(), { replace: true })}>{t('outcomes.filter.clear')}</Button>;

  let body;
  if (error) body = <ErrorState error={error} onRetry={() => (setError(null), setAttempt((n) => n + 1))} />;
  else if (!rows) body = <LoadingState />;
  else if (rows.length === 0) body = filtered ? <EmptyState title={t('outcomes.noMatch')} action={clear} /> : <EmptyState title={t('outcomes.empty')} hint={t('outcomes.emptyHint')} />;
  else {
    const totals = totalsOf(rows);
    body = (
      <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" aria-label={t('outcomes.title')} data-testid="outcome-ledger">
          <TableHead sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <TableRow>
              <TableCell>{t('outcomes.col.date')}</TableCell>
              <TableCell>{t('outcomes.col.trip')}</TableCell>
              <TableCell>{t('outcomes.col.title')}</TableCell>
              {TABLE_FIELDS.map((f) => <TableCell key={f} align="right">{t(`outcomes.short.${f}`)}</TableCell>)}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <OpenRow key={r.itemId} onOpen={() => navigate(`/trips/${r.tripId}/outcomes/${r.itemId}`)}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{fmt.date(r.date)}</TableCell>
                <TableCell sx={{ minWidth: 160 }}>
                  <Link component={RouterLink} to={`/trips/${r.tripId}`} underline="hover">{r.tripTitle}</Link>
                </TableCell>
                <TableCell sx={{ minWidth: 160 }}>
                  <Link component={RouterLink} to={`/trips/${r.tripId}/outcomes/${r.itemId}`} underline="hover">{r.title ?? r.place ?? t('outcomes.untitled')}</Link>
                  {/* Kind and county under the event's name keep the figures on screen at 1280 px. */}
                  <Typography variant="caption" color="text.secondary" component="p">
                    {[t(`itinerary.kind.${r.kind}`), r.countyName ?? r.prefectureName, r.recorded ? null : t('outcomes.notRecorded')].filter(Boolean).join(' · ')}
                  </Typography>
                </TableCell>
                {TABLE_FIELDS.map((f) => <TableCell key={f} align="right" sx={{ whiteSpace: 'nowrap' }}>{count(r[f], '')}</TableCell>)}
              </OpenRow>
            ))}
            <TableRow data-testid="ledger-totals" sx={{ '& td': { fontWeight: 600, borderBottom: 0 } }}>
              <TableCell colSpan={3}>{t('outcomes.totalsRow', { count: rows.length })}</TableCell>
              {TABLE_FIELDS.map((f) => <TableCell key={f} align="right" sx={{ whiteSpace: 'nowrap' }}>{count(totals[f], '')}</TableCell>)}
            </TableRow>
          </TableBody>
        </Table>
      </TableContainer>
    );
  }

  return (
    <Box sx={{ maxWidth: 1400 }}>
      <PageHeader title={t('outcomes.title')} subtitle={t('outcomes.subtitle')} actions={<ExportButton choices={[{ dataset: 'outcomes', filter: { year, prefectureId, tripId, kind } }]} />} />
      <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        {select('year', t('outcomes.filter.year'), year === null ? '' : String(year), years.map((y) => ({ value: String(y), label: String(y) })), 120)}
        {select('prefectureId', t('outcomes.filter.prefecture'), prefectureId ?? '', regions.map((p) => ({ value: p.id, label: p.name })), 160)}
        {select('tripId', t('outcomes.filter.trip'), tripId ?? '', trips.map((x) => ({ value: x.id, label: x.title })), 280)}
        {select('kind', t('outcomes.filter.kind'), kind ?? '', OUTCOME_KINDS.map((k) => ({ value: k, label: t(`itinerary.kind.${k}`) })), 140)}
        {filtered && clear}
        {rows && rows.length > 0 && <Typography variant="body2" color="text.secondary">{t('outcomes.count', { count: rows.length })}</Typography>}
      </Stack>
      {body}
    </Box>
  );
}
