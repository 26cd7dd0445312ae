// Transfer employment (转移就业): the figures the article reports — arrivals, of whom
// registered poor, and who still works as of the latest check-in — above the arrival
// batches and the check-ins they come from. Filters live in the URL so the dashboard
// can link here (?year=&prefectureId=&tripId=).
import Add from '@mui/icons-material/Add';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import { Box, Button, Card, CardContent, Chip, Link, MenuItem, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate } from 'react-router';
import type { CheckIn, PlacementList, PlacementTotals } from '../../../../shared/placements/schema';
import type { ApiError } from '../../../../shared/result';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { OpenRow } from '../../components/OpenRow';
import { PageHeader } from '../../components/PageHeader';
import { ExportButton } from '../exports/ExportButton';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useRegions } from '../trips/common';
import { CheckInDialog } from './CheckInDialog';
import { usePlacementFilters, useTrips } from './common';
import { RowActions } from '../../components/RowActions';

const FIRST_YEAR = 2015;

function Figure({ label, value, lines, testId }: { label: string; value: string; lines: string[]; testId: string }) {
  return (
    <Card variant="outlined" sx={{ flex: 1 }} data-testid={testId}>
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Typography variant="body2" color="text.secondary">{label}</Typography>
        <Typography sx={{ fontSize: 32, fontWeight: 600, lineHeight: 1.3 }}>{value}</Typography>
        {lines.map((l) => <Typography key={l} variant="body2" color="text.secondary">{l}</Typography>)}
      </CardContent>
    </Card>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>{title}</Typography>
      {children}
    </Box>
  );
}

export function PlacementsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const ws = useWorkspace();
  const navigate = useNavigate();
  const { notify, notifyError } = useNotifier();
  const regions = useRegions();
  const trips = useTrips();
  const [filters, setFilters] = usePlacementFilters();
  const [data, setData] = useState<{ list: PlacementList; totals: PlacementTotals } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [checkInDialog, setCheckInDialog] = useState<{ checkIn: CheckIn | null } | null>(null);
  const [deleting, setDeleting] = useState<{ kind: 'batch'; id: string; body: string } | { kind: 'checkIn'; id: string; body: string } | null>(null);

  useEffect(() => {
    let live = true;
    const f = { year: filters.year, prefectureId: filters.prefectureId, tripId: filters.tripId };
    Promise.all([call(api().placements.list(f)), call(api().placements.totals(f))]).then(
      ([list, totals]) => live && (setData({ list, totals }), setError(null)),
      (e: unknown) => live && setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' }),
    );
    return () => {
      live = false;
    };
  }, [filters.year, filters.prefectureId, filters.tripId, ws.version, attempt]);

  async function confirmDelete() {
    const d = deleting!;
    setDeleting(null);
    try {
      if (d.kind === 'batch') await call(api().placements.deleteBatch({ id: d.id }));
      else await call(api().placements.deleteCheckIn({ id: d.id }));
      ws.changed();
      notify(t(d.kind === 'batch' ? 'placements.batchDeleted' : 'placements.checkInDeleted'));
    } catch (e) {
      notifyError(e);
    }
  }

  const filtered = filters.year !== null || filters.prefectureId !== null || filters.tripId !== null;
  const newBatchUrl = `/placements/batches/new${filters.prefectureId || filters.tripId ? `?${new URLSearchParams({ ...(filters.prefectureId ? { prefectureId: filters.prefectureId } : {}), ...(filters.tripId ? { tripId: filters.tripId } : {}) })}` : ''}`;
  const addBatch = <Button variant="contained" startIcon={<Add />} onClick={() => navigate(newBatchUrl)}>{t('placements.addBatch')}</Button>;
  const addCheckIn = <Button variant="outlined" startIcon={<Add />} onClick={() => setCheckInDialog({ checkIn: null })} disabled={!regions}>{t('placements.addCheckIn')}</Button>;
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: Math.max(thisYear, filters.year ?? 0) - FIRST_YEAR + 2 }, (_, i) => Math.max(thisYear, filters.year ?? 0) + 1 - i);
  const select = (label: string, value: string, onChange: (v: string) => void, options: { value: string; label: string }[], width: number, testId: string) => (
    <TextField select size="small" label={label} value={value} onChange={(e) => onChange(e.target.value)} sx={{ width }} slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true }, htmlInput: { 'data-testid': testId } }}>
      <MenuItem value="">{t('placements.filter.all')}</MenuItem>
      {options.map((o) => <MenuItem key={o.value} value={o.value}>{o.label}</MenuItem>)}
    </TextField>
  );

  const empty = data && data.list.batches.length === 0 && data.list.checkIns.length === 0 && data.totals.stillWorking === 0;
  const totals = data?.totals;
  return (
    <Box sx={{ maxWidth: 1400 }}>
      <PageHeader
        title={t('placements.title')}
        subtitle={t('placements.subtitle')}
        actions={<><ExportButton choices={[{ dataset: 'placements', filter: { year: filters.year, prefectureId: filters.prefectureId, tripId: filters.tripId } }]} />{addCheckIn}{addBatch}</>}
      />
      <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
        {select(t('placements.filter.year'), filters.year ? String(filters.year) : '', (v) => setFilters({ year: v ? Number(v) : null }), years.map((y) => ({ value: String(y), label: String(y) })), 120, 'filter-year')}
        {select(t('placements.filter.prefecture'), filters.prefectureId ?? '', (v) => setFilters({ prefectureId: v || null }), (regions ?? []).map((p) => ({ value: p.id, label: p.name })), 160, 'filter-prefecture')}
        {select(t('placements.filter.trip'), filters.tripId ?? '', (v) => setFilters({ tripId: v || null }), (trips ?? []).map((x) => ({ value: x.id, label: x.title })), 320, 'filter-trip')}
      </Stack>
      {error ? (
        <ErrorState error={error} onRetry={() => (setError(null), setAttempt((n) => n + 1))} />
      ) : !data || !totals ? (
        <LoadingState />
      ) : empty ? (
        filtered ? (
          <EmptyState title={t('placements.noMatch')} action={<Button onClick={() => setFilters({ year: null, prefectureId: null, tripId: null })}>{t('placements.clearFilters')}</Button>} />
        ) : (
          <EmptyState title={t('placements.empty')} hint={t('placements.emptyHint')} action={<Stack direction="row" spacing={1}>{addBatch}{addCheckIn}</Stack>} />
        )
      ) : (
        <Stack spacing={3}>
          <Stack direction="row" spacing={2}>
            <Figure
              testId="figure-arrivals"
              label={t('placements.sum.arrivals')}
              value={fmt.number(totals.arrivals)}
              lines={[t('placements.sum.arrivalsPoor', { poor: fmt.number(totals.arrivalsPoor) }), t('placements.sum.batches', { count: totals.batches })]}
            />
            <Figure
              testId="figure-still-working"
              label={t('placements.sum.stillWorking')}
              value={fmt.number(totals.stillWorking)}
              lines={
                totals.latestCheckInOn
                  ? [t('placements.sum.stillWorkingPoor', { poor: fmt.number(totals.stillWorkingPoor) }), t('placements.sum.asOf', { date: fmt.date(totals.latestCheckInOn) })]
                  : [t('placements.sum.noCheckIn')]
              }
            />
          </Stack>
          <Section title={t('placements.batches')}>
            {data.list.batches.length === 0 ? (
              <Typography variant="body2" color="text.secondary">{t('placements.noBatches')}</Typography>
            ) : (
              <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
                <Table size="small" aria-label={t('placements.batches')} data-testid="batches-table">
                  <TableHead sx={{ '& th': { whiteSpace: 'nowrap' } }}>
                    <TableRow>
                      <TableCell>{t('placements.col.arrivedOn')}</TableCell>
                      <TableCell align="right">{t('placements.col.workers')}</TableCell>
                      <TableCell align="right">{t('placements.col.poor')}</TableCell>
                      <TableCell>{t('placements.col.origin')}</TableCell>
                      <TableCell>{t('placements.col.trip')}</TableCell>
                      <TableCell>{t('placements.col.employers')}</TableCell>
                      <TableCell align="right">{t('placements.col.actions')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.list.batches.map((b) => (
                      <OpenRow key={b.id} onOpen={() => navigate(`/placements/batches/${b.id}`)}>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>
                          <Link component={RouterLink} to={`/placements/batches/${b.id}`} underline="hover" sx={{ fontWeight: 500 }}>{fmt.date(b.arrivedOn)}</Link>
                        </TableCell>
                        <TableCell align="right">{fmt.number(b.workers)}</TableCell>
                        <TableCell align="right">{fmt.number(b.poor)}</TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{[b.prefectureName, b.countyName].filter(Boolean).join(' ')}</TableCell>
                        <TableCell>{b.tripId ? <Link component={RouterLink} to={`/trips/${b.tripId}`} underline="hover">{b.tripTitle}</Link> : '—'}</TableCell>
                        <TableCell>
                          <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
                            {b.employers.map((e) => (
                              <Chip key={e.companyId} size="small" variant="outlined" label={t('placements.employerShare', { name: e.companyName, workers: fmt.number(e.workers) })} onClick={() => navigate(`/companies/${e.companyId}`)} />
                            ))}
                            {b.unassigned > 0 && (
                              <Chip size="small" color="warning" icon={<WarningAmberOutlined />} label={t('placements.unassigned', { count: b.unassigned })} />
                            )}
                          </Stack>
                        </TableCell>
                        <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                          <RowActions onEdit={() => navigate(`/placements/batches/${b.id}`)} onDelete={() => setDeleting({ kind: 'batch', id: b.id, body: t('placements.deleteBatchBody', { date: fmt.date(b.arrivedOn), workers: b.workers }) })} />
                        </TableCell>
                      </OpenRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            )}
          </Section>
          <Section title={t('placements.checkIns')}>
            {data.list.checkIns.length === 0 ? (
              <Typography variant="body2" color="text.secondary">{t('placements.noCheckIns')}</Typography>
            ) : (
              <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
                <Table size="small" aria-label={t('placements.checkIns')} data-testid="checkins-table">
                  <TableHead sx={{ '& th': { whiteSpace: 'nowrap' } }}>
                    <TableRow>
                      <TableCell>{t('placements.col.checkedOn')}</TableCell>
                      <TableCell>{t('placements.col.scope')}</TableCell>
                      <TableCell align="right">{t('placements.col.stillWorking')}</TableCell>
                      <TableCell align="right">{t('placements.col.poor')}</TableCell>
                      <TableCell>{t('placements.col.notes')}</TableCell>
                      <TableCell align="right">{t('placements.col.actions')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {data.list.checkIns.map((c) => (
                      <OpenRow key={c.id} onOpen={() => setCheckInDialog({ checkIn: c })}>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>{fmt.date(c.checkedOn)}</TableCell>
                        <TableCell>
                          {c.batchArrivedOn
                            ? `${c.prefectureName} · ${t('placements.batchOf', { date: fmt.date(c.batchArrivedOn) })}`
                            : t('placements.wholePrefecture', { prefecture: c.prefectureName })}
                        </TableCell>
                        <TableCell align="right">{fmt.number(c.stillWorking)}</TableCell>
                        <TableCell align="right">{fmt.number(c.poor)}</TableCell>
                        <TableCell sx={{ color: 'text.secondary' }}>{c.notes}</TableCell>
                        <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                          <RowActions onEdit={() => setCheckInDialog({ checkIn: c })} onDelete={() => setDeleting({ kind: 'checkIn', id: c.id, body: t('placements.deleteCheckInBody', { date: fmt.date(c.checkedOn), working: c.stillWorking }) })} />
                        </TableCell>
                      </OpenRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            )}
          </Section>
        </Stack>
      )}
      {regions && (
        <CheckInDialog
          open={checkInDialog !== null}
          checkIn={checkInDialog?.checkIn ?? null}
          defaultPrefectureId={filters.prefectureId ?? regions[0]?.id ?? ''}
          regions={regions}
          onClose={() => setCheckInDialog(null)}
          onSaved={() => (setCheckInDialog(null), ws.changed())}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t(deleting?.kind === 'checkIn' ? 'placements.deleteCheckInTitle' : 'placements.deleteBatchTitle')}
        body={deleting?.body ?? ''}
        confirmLabel={t('common.delete')}
        danger
        onConfirm={() => void confirmDelete()}
        onClose={() => setDeleting(null)}
      />
    </Box>
  );
}
