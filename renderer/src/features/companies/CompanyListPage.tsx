// The company register: instant search, filters and sorts over tens of thousands of
// rows, shown through a virtual list that fetches pages as they scroll into view.
import AddOutlined from '@mui/icons-material/AddOutlined';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { Box, Button, Chip, InputAdornment, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useCallback, useDeferredValue, useEffect, useEffectEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { COMPANY_SORTS, type CompanyRow } from '../../../../shared/companies/schema';
import { COMPANY_STATUSES, type CompanyStatus } from '../../../../shared/companies/status';
import { useWorkspace } from '../../app/WorkspaceContext';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/States';
import { OpenExampleButton } from '../dashboard/OpenExampleButton';
import { ListSummariesButton } from '../reports/ListSummariesButton';
import { type Column, VirtualTable } from '../../components/VirtualTable';
import { api, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { usePagedRows } from '../../lib/usePagedRows';
import { RevettingDueChip, useRevettingDue } from '../vetting/RevettingDue';
import { StatusChip } from './StatusChip';
import { ExportButton } from '../exports/ExportButton';

export function CompanyListPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const navigate = useNavigate();
  // Filters live in the URL so "back" from a company returns to the same list.
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const deferredQuery = useDeferredValue(query);
  const status = (params.get('status') ?? '') as CompanyStatus | '';
  const townId = params.get('town') ?? '';
  const industryId = params.get('industry') ?? '';
  const tag = params.get('tag') ?? '';
  const sort = (params.get('sort') ?? 'name') as (typeof COMPANY_SORTS)[number];
  const [tags, setTags] = useState<string[]>([]);

  const setParam = (key: string, value: string) =>
    setParams((p) => {
      if (value) p.set(key, value);
      else p.delete(key);
      return p;
    }, { replace: true });

  // Only write the URL when the query really changed, never on mount (that would undo a navigation).
  const writeQuery = useEffectEvent((q: string) => {
    if ((params.get('q') ?? '') !== q) setParam('q', q);
  });
  useEffect(() => {
    writeQuery(deferredQuery);
  }, [deferredQuery]);

  useEffect(() => {
    call(api().companies.tags({})).then(setTags, () => setTags([]));
  }, [ws.version]);

  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      call(
        api().companies.list({
          query: deferredQuery,
          status: status || null,
          townId: townId || null,
          industryId: industryId || null,
          tag: tag || null,
          sort,
          offset,
          limit,
        }),
      ),
    [deferredQuery, status, townId, industryId, tag, sort],
  );
  const rows = usePagedRows<CompanyRow>(fetchPage, JSON.stringify([deferredQuery, status, townId, industryId, tag, sort, ws.version]));
  const filtered = Boolean(deferredQuery || status || townId || industryId || tag);
  const due = useRevettingDue();

  const columns = useMemo<Column<CompanyRow>[]>(
    () => [
      {
        key: 'name',
        label: t('company.name'),
        width: 'minmax(220px, 3fr)',
        render: (r) => (
          <Box sx={{ minWidth: 0 }}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 0 }}>
              <Typography noWrap sx={{ fontWeight: 500, minWidth: 0 }}>{r.name}</Typography>
              {due.has(r.id) && <RevettingDueChip />}
            </Stack>
            {r.tags.length > 0 && (
              <Typography variant="caption" color="text.secondary" noWrap component="div">{r.tags.join(' · ')}</Typography>
            )}
          </Box>
        ),
      },
      { key: 'status', label: t('company.status'), width: '110px', render: (r) => <StatusChip status={r.status} /> },
      { key: 'town', label: t('company.town'), width: 'minmax(90px, 1fr)', render: (r) => r.townName ?? '—' },
      { key: 'industry', label: t('company.industry'), width: 'minmax(100px, 1.2fr)', render: (r) => r.industryName ?? '—' },
      { key: 'headcount', label: t('company.headcount'), width: '90px', render: (r) => fmt.number(r.headcount) || '—' },
      { key: 'lastVisit', label: t('company.lastVisit'), width: '130px', render: (r) => fmt.date(r.lastVisitDate) || t('company.neverVisited') },
    ],
    [t, fmt, due],
  );

  const select = (label: string, value: string, onChange: (v: string) => void, options: { value: string; label: string }[], testId: string) => (
    <TextField select label={label} value={value} onChange={(e) => onChange(e.target.value)} sx={{ width: 118 }} slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true }, htmlInput: { 'data-testid': testId } }}>
      <MenuItem value="">{t('common.all')}</MenuItem>
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>{o.label}</MenuItem>
      ))}
    </TextField>
  );

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <PageHeader
        title={t('companies.title')}
        subtitle={rows.total === null ? t('common.loading') : t('companies.count', { count: rows.total, formatted: fmt.number(rows.total) })}
        actions={
          <>
            <ExportButton
              choices={[
                { dataset: 'companies', filter: { query: deferredQuery, status: status || null, townId: townId || null, industryId: industryId || null, tag: tag || null, sort } },
                // There is no list of vettings: the vetting results of the companies listed here.
                { dataset: 'vettings', filter: { query: deferredQuery, status: status || null, townId: townId || null, industryId: industryId || null, tag: tag || null, sort } },
              ]}
            />
            <ListSummariesButton filter={{ query: deferredQuery, status: status || null, townId: townId || null, industryId: industryId || null, tag: tag || null, sort }} total={rows.total} />
            <Button variant="outlined" startIcon={<UploadFileOutlined />} onClick={() => navigate('/imports/companies')}>
              {t('imports.button')}
            </Button>
            <Button variant="contained" startIcon={<AddOutlined />} onClick={() => navigate('/companies/new')}>
              {t('companies.new')}
            </Button>
          </>
        }
      />
      <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', mb: 1.5 }} useFlexGap>
        <TextField
          placeholder={t('companies.searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          sx={{ flex: 1, minWidth: 300 }}
          slotProps={{
            input: { startAdornment: <InputAdornment position="start"><SearchOutlined /></InputAdornment> },
            htmlInput: { 'aria-label': t('companies.search'), 'data-testid': 'company-search' },
          }}
        />
        {select(t('company.status'), status, (v) => setParam('status', v), COMPANY_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })), 'filter-status')}
        {select(t('company.town'), townId, (v) => setParam('town', v), ws.towns.map((x) => ({ value: x.id, label: x.name })), 'filter-town')}
        {select(t('company.industry'), industryId, (v) => setParam('industry', v), ws.industries.map((x) => ({ value: x.id, label: x.name })), 'filter-industry')}
        {select(t('company.tags'), tag, (v) => setParam('tag', v), tags.map((x) => ({ value: x, label: x })), 'filter-tag')}
        <TextField select label={t('companies.sort')} value={sort} onChange={(e) => setParam('sort', e.target.value === 'name' ? '' : e.target.value)} sx={{ width: 150 }}>
          {COMPANY_SORTS.map((s) => (
            <MenuItem key={s} value={s}>{t(`companies.sortBy.${s}`)}</MenuItem>
          ))}
        </TextField>
      </Stack>
      {filtered && (
        <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
          <Chip size="small" label={t('companies.clearFilters')} onDelete={() => (setQuery(''), setParams(new URLSearchParams(), { replace: true }))} />
        </Stack>
      )}
      {rows.error ? (
        <ErrorState error={rows.error} />
      ) : (
        <VirtualTable
          label={t('companies.title')}
          columns={columns}
          rows={rows}
          onOpen={(r) => navigate(`/companies/${r.id}`)}
          empty={
            filtered ? (
              <EmptyState title={t('companies.noMatch')} hint={t('companies.noMatchHint')} />
            ) : (
              <EmptyState
                title={t('companies.empty')}
                hint={t('companies.emptyHint')}
                action={
                  <Stack direction="row" spacing={1}>
                    <Button variant="outlined" onClick={() => navigate('/companies/new')}>{t('companies.new')}</Button>
                    <OpenExampleButton variant="text" />
                  </Stack>
                }
              />
            )
          }
        />
      )}
    </Box>
  );
}
