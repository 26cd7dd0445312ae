// Positions across all companies, with filters, and a tick per row to choose
// positions for a side-by-side comparison a job seeker can read.
import CompareArrowsOutlined from '@mui/icons-material/CompareArrowsOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { Box, Button, Checkbox, FormControlLabel, InputAdornment, Link, MenuItem, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Tooltip } from '@mui/material';
import { useDeferredValue, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, Link as RouterLink } from 'react-router';
import type { ApiError } from '../../../../shared/result';
import type { Position } from '../../../../shared/positions/schema';
import { useWorkspace } from '../../app/WorkspaceContext';
import { OpenRow } from '../../components/OpenRow';
import { PageHeader } from '../../components/PageHeader';
import { ExportButton } from '../exports/ExportButton';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useJobTypes, usePositionText } from './common';

export function PositionListPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const text = usePositionText();
  const navigate = useNavigate();
  const jobTypes = useJobTypes();
  const [jobTypeId, setJobTypeId] = useState('');
  const [townId, setTownId] = useState('');
  const [minPayText, setMinPayText] = useState('');
  const minPayDeferred = useDeferredValue(minPayText);
  const [roomAndBoard, setRoomAndBoard] = useState(false);
  const [rows, setRows] = useState<Position[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const minPay = /^\d+$/.test(minPayDeferred.trim()) ? Number(minPayDeferred.trim()) : null;
  const minPayWrong = minPayText.trim() !== '' && !/^\d+$/.test(minPayText.trim());

  useEffect(() => {
    let live = true;
    call(api().positions.list({ jobTypeId: jobTypeId || null, townId: townId || null, minPay, roomAndBoard })).then(
      (v) => live && (setRows(v), setError(null)),
      (e: unknown) => live && setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' }),
    );
    return () => {
      live = false;
    };
  }, [jobTypeId, townId, minPay, roomAndBoard, ws.version, attempt]);

  const filtered = Boolean(jobTypeId || townId || minPay !== null || roomAndBoard);
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  const clear = () => (setJobTypeId(''), setTownId(''), setMinPayText(''), setRoomAndBoard(false));

  return (
    <Box sx={{ maxWidth: 1400 }}>
      <PageHeader
        title={t('positions.title')}
        subtitle={t('positions.subtitle')}
        actions={
          <>
            <ExportButton choices={[{ dataset: 'positions', filter: { jobTypeId: jobTypeId || null, townId: townId || null, minPay, roomAndBoard } }]} />
            <Button variant="outlined" startIcon={<UploadFileOutlined />} onClick={() => navigate('/imports/positions')}>
              {t('imports.button')}
            </Button>
            <Tooltip title={t('positions.compareHint')}>
              <span>
                <Button variant="contained" startIcon={<CompareArrowsOutlined />} disabled={selected.length < 2} onClick={() => navigate(`/positions/compare?ids=${selected.join(',')}`)}>
                  {t('positions.compare', { count: selected.length })}
                </Button>
              </span>
            </Tooltip>
          </>
        }
      />
      <Stack direction="row" spacing={2} useFlexGap sx={{ mb: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <TextField select size="small" label={t('positions.filter.jobType')} value={jobTypeId} onChange={(e) => setJobTypeId(e.target.value)} sx={{ width: 160 }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {(jobTypes ?? []).map((j) => <MenuItem key={j.id} value={j.id}>{j.name}</MenuItem>)}
        </TextField>
        <TextField
          size="small"
          label={t('positions.filter.minPay')}
          value={minPayText}
          onChange={(e) => setMinPayText(e.target.value)}
          error={minPayWrong}
          helperText={minPayWrong ? t('errors.invalidValue') : undefined}
          sx={{ width: 180 }}
          slotProps={{ input: { endAdornment: <InputAdornment position="end">{t('common.yuan')}</InputAdornment> }, htmlInput: { inputMode: 'numeric' } }}
        />
        <TextField select size="small" label={t('positions.filter.town')} value={townId} onChange={(e) => setTownId(e.target.value)} sx={{ width: 160 }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {ws.towns.map((town) => <MenuItem key={town.id} value={town.id}>{town.name}</MenuItem>)}
        </TextField>
        <FormControlLabel control={<Checkbox checked={roomAndBoard} onChange={(e) => setRoomAndBoard(e.target.checked)} />} label={t('positions.filter.roomAndBoard')} />
        {filtered && <Button onClick={clear}>{t('positions.filter.clear')}</Button>}
      </Stack>
      {error ? (
        <ErrorState error={error} onRetry={() => (setError(null), setAttempt((n) => n + 1))} />
      ) : !rows ? (
        <LoadingState />
      ) : rows.length === 0 ? (
        <EmptyState
          title={filtered ? t('positions.noMatch') : t('positions.empty')}
          hint={filtered ? undefined : t('positions.emptyHint')}
          action={filtered ? <Button onClick={clear}>{t('positions.filter.clear')}</Button> : undefined}
        />
      ) : (
        <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <Table size="small" aria-label={t('positions.title')} data-testid="positions-table">
            <TableHead sx={{ '& th': { whiteSpace: 'nowrap' } }}>
              <TableRow>
                <TableCell padding="checkbox" />
                <TableCell>{t('positions.col.jobType')}</TableCell>
                <TableCell>{t('positions.col.title')}</TableCell>
                <TableCell>{t('positions.col.company')}</TableCell>
                <TableCell>{t('positions.field.town')}</TableCell>
                <TableCell align="right">{t('positions.col.headcount')}</TableCell>
                <TableCell>{t('positions.col.pay')}</TableCell>
                <TableCell>{t('positions.col.hours')}</TableCell>
                <TableCell>{t('positions.col.roomBoard')}</TableCell>
                <TableCell>{t('positions.col.valid')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((p) => (
                <OpenRow key={p.id} selected={selected.includes(p.id)} onOpen={() => navigate(`/positions/${p.id}`)}>
                  <TableCell padding="checkbox">
                    <Checkbox checked={selected.includes(p.id)} onChange={() => toggle(p.id)} slotProps={{ input: { 'aria-label': t('positions.select', { title: `${p.companyName} ${p.title}` }) } }} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{p.jobTypeName}</TableCell>
                  <TableCell>
                    <Link component={RouterLink} to={`/positions/${p.id}`} underline="hover" sx={{ fontWeight: 500, whiteSpace: 'nowrap' }}>{p.title}</Link>
                  </TableCell>
                  <TableCell>
                    <Link component={RouterLink} to={`/companies/${p.companyId}`} underline="hover" color="inherit">{p.companyName}</Link>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{p.townName ?? '—'}</TableCell>
                  <TableCell align="right">{fmt.number(p.headcount)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{text.pay(p)}</TableCell>
                  <TableCell>{text.hours(p)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{text.roomBoard(p)}</TableCell>
                  <TableCell>{text.valid(p)}</TableCell>
                </OpenRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
}
