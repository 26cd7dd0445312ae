// The agreement register: newest signed first, filtered by year, type, trip and partner
// region from the URL query (?year=&type=&tripId=&prefectureId=), so the dashboard can
// link straight to the agreements behind a figure.
import Add from '@mui/icons-material/Add';
import { Box, Button, Chip, Link, MenuItem, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { AGREEMENT_TYPES, type AgreementRow, type AgreementType } from '../../../../shared/agreements/schema';
import type { ApiError } from '../../../../shared/result';
import { useWorkspace } from '../../app/WorkspaceContext';
import { OpenRow } from '../../components/OpenRow';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { todayIso, useFormat } from '../../lib/format';
import { useRegions } from '../trips/common';
import { useTripOptions } from './common';

const FILTERS = ['year', 'type', 'tripId', 'prefectureId'] as const;

export function AgreementListPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const regions = useRegions();
  const trips = useTripOptions();
  const [rows, setRows] = useState<AgreementRow[] | null>(null);
  const [years, setYears] = useState<number[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  const year = Number(params.get('year')) || null;
  const type = (AGREEMENT_TYPES as readonly string[]).includes(params.get('type') ?? '') ? (params.get('type') as AgreementType) : null;
  const tripId = params.get('tripId') || null;
  const prefectureId = params.get('prefectureId') || null;
  const filtered = FILTERS.some((f) => params.get(f));

  useEffect(() => {
    let live = true;
    const today = todayIso();
    call(api().agreements.list({ year, type, tripId, prefectureId, today })).then(
      (v) => live && (setRows(v), setError(null)),
      (e: unknown) => live && setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' }),
    );
    // The year filter offers the years that have agreements.
    call(api().agreements.list({ today })).then((all) => live && setYears([...new Set(all.map((r) => Number(r.signedOn.slice(0, 4))))].sort((a, b) => b - a)), () => undefined);
    return () => {
      live = false;
    };
  }, [year, type, tripId, prefectureId, ws.version, attempt]);

  const setFilter = (name: (typeof FILTERS)[number], value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  const yearOptions = useMemo(() => [...new Set([...years, ...(year ? [year] : [])])].sort((a, b) => b - a), [years, year]);

  const add = <Button variant="contained" startIcon={<Add />} onClick={() => navigate('/agreements/new')}>{t('agreements.add')}</Button>;
  const select = (name: (typeof FILTERS)[number], label: string, value: string, options: { value: string; label: string }[], width: number) => (
    <TextField
      select size="small" label={label} value={value} onChange={(e) => setFilter(name, e.target.value)} sx={{ width }}
      slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
    >
      <MenuItem value="">{t('common.all')}</MenuItem>
      {options.map((o) => <MenuItem key={o.value} value={o.value}>{o.label}</MenuItem>)}
    </TextField>
  );

  return (
    <Box sx={{ maxWidth: 1400 }}>
      <PageHeader title={t('agreements.title')} subtitle={t('agreements.subtitle')} actions={add} />
      <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        {select('year', t('agreements.filter.year'), year ? String(year) : '', yearOptions.map((y) => ({ value: String(y), label: String(y) })), 120)}
        {select('type', t('agreements.filter.type'), type ?? '', AGREEMENT_TYPES.map((k) => ({ value: k, label: t(`agreements.type.${k}`) })), 200)}
        {select('tripId', t('agreements.filter.trip'), tripId ?? '', (trips ?? []).map((r) => ({ value: r.id, label: r.title })), 280)}
        {select('prefectureId', t('agreements.filter.prefecture'), prefectureId ?? '', (regions ?? []).map((p) => ({ value: p.id, label: p.name })), 160)}
        {filtered && <Button onClick={() => setParams(new URLSearchParams(), { replace: true })}>{t('agreements.filter.clear')}</Button>}
      </Stack>
      {error ? (
        <ErrorState error={error} onRetry={() => (setError(null), setAttempt((n) => n + 1))} />
      ) : !rows ? (
        <LoadingState />
      ) : rows.length === 0 ? (
        filtered ? (
          <EmptyState title={t('agreements.noMatch')} action={<Button onClick={() => setParams(new URLSearchParams(), { replace: true })}>{t('agreements.filter.clear')}</Button>} />
        ) : (
          <EmptyState title={t('agreements.empty')} hint={t('agreements.emptyHint')} action={add} />
        )
      ) : (
        <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <Table size="small" aria-label={t('agreements.title')} data-testid="agreements-table">
            <TableHead sx={{ '& th': { whiteSpace: 'nowrap' } }}>
              <TableRow>
                <TableCell>{t('agreements.col.signedOn')}</TableCell>
                <TableCell>{t('agreements.col.type')}</TableCell>
                <TableCell>{t('agreements.col.title')}</TableCell>
                <TableCell>{t('agreements.col.parties')}</TableCell>
                <TableCell align="right">{t('agreements.col.copies')}</TableCell>
                <TableCell>{t('agreements.col.trip')}</TableCell>
                <TableCell>{t('agreements.col.progress')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <OpenRow key={r.id} onOpen={() => navigate(`/agreements/${r.id}`)}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{fmt.date(r.signedOn)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{t(`agreements.type.${r.type}`)}</TableCell>
                  <TableCell sx={{ minWidth: 180 }}>
                    <Link component={RouterLink} to={`/agreements/${r.id}`} underline="hover" sx={{ fontWeight: 500 }}>{r.title}</Link>
                  </TableCell>
                  <TableCell sx={{ minWidth: 200, maxWidth: 320 }}>
                    <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>{r.parties.join('、')}</Typography>
                  </TableCell>
                  <TableCell align="right">{fmt.number(r.copies)}</TableCell>
                  <TableCell sx={{ minWidth: 160 }}>
                    {r.tripId ? <Link component={RouterLink} to={`/trips/${r.tripId}`} underline="hover">{r.tripTitle}</Link> : (r.prefectureName ?? '')}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {r.targets === 0 ? (
                      t('agreements.noTargetsShort')
                    ) : (
                      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                        <Typography variant="body2">{t('agreements.targetsSummary', { count: r.targets })}</Typography>
                        <Chip
                          size="small" variant="outlined" color={r.targetsBehind > 0 ? 'warning' : 'success'}
                          label={r.targetsBehind > 0 ? t('agreements.targetsBehind', { count: r.targetsBehind }) : t('agreements.allOnTrack')}
                        />
                      </Stack>
                    )}
                  </TableCell>
                </OpenRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
}
