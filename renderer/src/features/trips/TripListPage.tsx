// Trips with destination, dates, status, companies and headcount; filtered by status.
import Add from '@mui/icons-material/Add';
import { Box, Button, Link, MenuItem, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { ApiError } from '../../../../shared/result';
import type { TripRow } from '../../../../shared/trips/contract';
import { TRIP_STATUSES, type TripStatus } from '../../../../shared/trips/schema';
import { useWorkspace } from '../../app/WorkspaceContext';
import { OpenRow } from '../../components/OpenRow';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { TripStatusChip, useDateRange } from './common';

export function TripListPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const range = useDateRange();
  const navigate = useNavigate();
  const [status, setStatus] = useState<'' | TripStatus>('');
  const [rows, setRows] = useState<TripRow[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    call(api().trips.list({ status: status || null })).then(
      (v) => live && (setRows(v), setError(null)),
      (e: unknown) => live && setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' }),
    );
    return () => {
      live = false;
    };
  }, [status, ws.version, attempt]);

  const add = <Button variant="contained" startIcon={<Add />} onClick={() => navigate('/trips/new')}>{t('trips.add')}</Button>;
  return (
    <Box sx={{ maxWidth: 1400 }}>
      <PageHeader title={t('trips.title')} subtitle={t('trips.subtitle')} actions={add} />
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        <TextField select size="small" label={t('trips.filter.status')} value={status} onChange={(e) => setStatus(e.target.value as '' | TripStatus)} sx={{ width: 160 }} slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {TRIP_STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`trips.status.${s}`)}</MenuItem>)}
        </TextField>
      </Stack>
      {error ? (
        <ErrorState error={error} onRetry={() => (setError(null), setAttempt((n) => n + 1))} />
      ) : !rows ? (
        <LoadingState />
      ) : rows.length === 0 ? (
        status ? <EmptyState title={t('trips.noMatch')} action={<Button onClick={() => setStatus('')}>{t('common.all')}</Button>} /> : <EmptyState title={t('trips.empty')} hint={t('trips.emptyHint')} action={add} />
      ) : (
        <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <Table size="small" aria-label={t('trips.title')} data-testid="trips-table">
            <TableHead sx={{ '& th': { whiteSpace: 'nowrap' } }}>
              <TableRow>
                <TableCell>{t('trips.col.title')}</TableCell>
                <TableCell>{t('trips.col.destination')}</TableCell>
                <TableCell>{t('trips.col.dates')}</TableCell>
                <TableCell>{t('trips.col.status')}</TableCell>
                <TableCell align="right">{t('trips.col.companies')}</TableCell>
                <TableCell align="right">{t('trips.col.headcount')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <OpenRow key={r.id} onOpen={() => navigate(`/trips/${r.id}`)}>
                  <TableCell>
                    <Link component={RouterLink} to={`/trips/${r.id}`} underline="hover" sx={{ fontWeight: 500 }}>{r.title}</Link>
                  </TableCell>
                  <TableCell>{`${r.prefectureName} ${r.countyNames.join('、')}`}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{range(r.startDate, r.endDate)}</TableCell>
                  <TableCell><TripStatusChip status={r.status} /></TableCell>
                  <TableCell align="right">{fmt.number(r.companies)}</TableCell>
                  <TableCell align="right">{fmt.number(r.headcount)}</TableCell>
                </OpenRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
}
