// Every visit across the register, newest first, with filters and instant search.
import AddOutlined from '@mui/icons-material/AddOutlined';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import { Badge, Box, Button, InputAdornment, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { VisitRow } from '../../../../shared/visits/schema';
import { useWorkspace } from '../../app/WorkspaceContext';
import { PageHeader } from '../../components/PageHeader';
import { ExportButton } from '../exports/ExportButton';
import { EmptyState, ErrorState } from '../../components/States';
import { type Column, VirtualTable } from '../../components/VirtualTable';
import { api, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { type PageAnchor, usePagedRows } from '../../lib/usePagedRows';
import { CompanyPicker } from './CompanyPicker';
import { DateInput } from '../../components/DateInput';
import { INCOMPLETE } from '../../lib/dateInput';
import { DATE_RANGE, inDateRange } from '../../../../shared/validation';

export function VisitListPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [staffId, setStaffId] = useState('');
  const [townId, setTownId] = useState('');
  const [company, setCompany] = useState<{ id: string; name: string } | null>(null);
  // A date still being typed (2018年__月__日) or outside the workspace's years (a year 0002) is
  // marked at its field (the picker marks a half-typed one itself) and the list waits,
  // instead of the core refusing the query.
  const incomplete = from === INCOMPLETE || to === INCOMPLETE;
  const fromOutside = Boolean(from && from !== INCOMPLETE && !inDateRange(from));
  const toOutside = Boolean(to && to !== INCOMPLETE && !inDateRange(to));
  const rangeWrong = Boolean(from && to && !incomplete && from > to);
  const noQuery = rangeWrong || fromOutside || toOutside || incomplete;

  const fetchPage = useCallback(
    (offset: number, limit: number, anchor: PageAnchor<VisitRow> | null) =>
      call(
        api().visits.list({
          query: deferredQuery, from: from || null, to: to || null, staffId: staffId || null, townId: townId || null, companyId: company?.id ?? null,
          // From the last row of a page already shown when there is one: one seek, however far down.
          ...(anchor ? { after: { visitDate: anchor.after.visitDate, id: anchor.after.id }, offset: anchor.skip } : { offset }),
          limit,
        }),
      ),
    [deferredQuery, from, to, staffId, townId, company],
  );
  const key = JSON.stringify([deferredQuery, from, to, staffId, townId, company?.id, ws.version, noQuery]);
  const rows = usePagedRows<VisitRow>(noQuery ? async () => ({ total: 0, rows: [] }) : fetchPage, key);
  const filtered = Boolean(deferredQuery || from || to || staffId || townId || company);

  const columns = useMemo<Column<VisitRow>[]>(
    () => [
      { key: 'date', label: t('visit.date'), width: '120px', render: (r) => fmt.date(r.visitDate) },
      { key: 'company', label: t('visit.company'), width: 'minmax(200px, 2.5fr)', render: (r) => <Typography noWrap sx={{ fontWeight: 500 }}>{r.companyName}</Typography> },
      { key: 'town', label: t('company.town'), width: 'minmax(90px, 1fr)', render: (r) => r.townName ?? '—' },
      { key: 'staff', label: t('visit.staff'), width: 'minmax(110px, 1.2fr)', render: (r) => r.staffNames.join('、') },
      { key: 'purpose', label: t('visit.purpose'), width: 'minmax(140px, 2fr)', render: (r) => r.purpose ?? '' },
      {
        key: 'open',
        label: t('visits.openFollowUps'),
        width: '90px',
        render: (r) => (r.openFollowUps > 0 ? <Badge color="warning" badgeContent={r.openFollowUps} sx={{ ml: 1.5 }} /> : '—'),
      },
    ],
    [t, fmt],
  );

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <PageHeader
        title={t('visits.title')}
        subtitle={rows.total === null ? t('common.loading') : t('visits.count', { count: rows.total, formatted: fmt.number(rows.total) })}
        actions={
          <>
            <ExportButton choices={[{ dataset: 'visits', filter: { query: deferredQuery, from: from || null, to: to || null, staffId: staffId || null, townId: townId || null, companyId: company?.id ?? null } }]} />
            <Button variant="contained" startIcon={<AddOutlined />} onClick={() => navigate('/visits/new')}>{t('visits.new')}</Button>
          </>
        }
      />
      <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', mb: 1.5 }} useFlexGap>
        <TextField
          placeholder={t('visits.searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          sx={{ flex: 1, minWidth: 200 }}
          slotProps={{ input: { startAdornment: <InputAdornment position="start"><SearchOutlined /></InputAdornment> }, htmlInput: { 'aria-label': t('visits.search') } }}
        />
        <DateInput label={t('visits.from')} value={from} onChange={setFrom} sx={{ width: 170 }} error={fromOutside} helperText={fromOutside ? t('errors.dateOutOfRange', DATE_RANGE) : undefined} />
        <DateInput label={t('visits.to')} value={to} onChange={setTo} sx={{ width: 170 }} error={rangeWrong || toOutside} helperText={toOutside ? t('errors.dateOutOfRange', DATE_RANGE) : rangeWrong ? t('errors.dateRangeUpsideDown') : undefined} />
        <TextField select label={t('visit.staff')} value={staffId} onChange={(e) => setStaffId(e.target.value)} sx={{ width: 110 }} slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {ws.staff.map((s) => <MenuItem key={s.id} value={s.id}>{s.name}</MenuItem>)}
        </TextField>
        <TextField select label={t('company.town')} value={townId} onChange={(e) => setTownId(e.target.value)} sx={{ width: 110 }} slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}>
          <MenuItem value="">{t('common.all')}</MenuItem>
          {ws.towns.map((x) => <MenuItem key={x.id} value={x.id}>{x.name}</MenuItem>)}
        </TextField>
        <Box sx={{ width: 200 }}>
          <CompanyPicker label={t('visit.company')} value={company} onChange={setCompany} />
        </Box>
      </Stack>
      {rows.error ? (
        <ErrorState error={rows.error} />
      ) : (
        <VirtualTable
          label={t('visits.title')}
          columns={columns}
          rows={rows}
          onOpen={(r) => navigate(`/visits/${r.id}`)}
          empty={filtered ? <EmptyState title={t('visits.noMatch')} /> : <EmptyState title={t('visits.empty')} hint={t('visits.emptyHint')} />}
        />
      )}
    </Box>
  );
}
