// The company register: instant search, filters and sorts over tens of thousands of
// rows, shown through a virtual list that fetches pages as they scroll into view.
import AddOutlined from '@mui/icons-material/AddOutlined';
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { Box, Button, Chip, InputAdornment, MenuItem, Stack, styled, TextField } from '@mui/material';
import { memo, startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { ChannelOutput } from '../../../../shared/channels';
import { COMPANY_SORTS, type CompanyListInput, type CompanyRow } from '../../../../shared/companies/schema';
import type { LookupItem } from '../../../../shared/lookups/schema';
import { COMPANY_STATUSES, type CompanyStatus, shownStatus } from '../../../../shared/companies/status';
import { useWorkspace } from '../../app/WorkspaceContext';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState } from '../../components/States';
import { OpenExampleButton } from '../dashboard/OpenExampleButton';
import { ListSummariesButton } from '../reports/ListSummariesButton';
import { type Column, VirtualTable } from '../../components/VirtualTable';
import { api, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { PAGE_SIZE, usePagedRows } from '../../lib/usePagedRows';
import { RevettingDueChip, useRevettingDue } from '../vetting/RevettingDue';
import { StatusChip } from './StatusChip';
import { ExportButton } from '../exports/ExportButton';

// The name column is drawn for every row on screen whenever a query's answer arrives: plain
// elements under one style, where MUI's Stack and Typography cost several times as much.
const NameCell = styled('div')(({ theme }) => ({
  minWidth: 0,
  '& .line': { display: 'flex', alignItems: 'center', gap: theme.spacing(1), minWidth: 0 },
  '& .name': { fontWeight: 500, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  '& .tags': { ...theme.typography.caption, color: theme.palette.text.secondary, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
}));

/** How long typing must pause before the query is written into the address. */
const QUERY_TO_URL_MS = 400;

type Sort = (typeof COMPANY_SORTS)[number];
type ListFilter = Omit<CompanyListInput, 'offset' | 'limit'>;
type CompanyPage = ChannelOutput<'companies.list'>;

export function CompanyListPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const navigate = useNavigate();
  // Filters live in the URL so "back" from a company returns to the same list.
  const [params, setParams] = useSearchParams();
  // The query the list shows. The search box keeps its own text and hands it over as a
  // transition, so a key press redraws the box at once and the list when it can.
  const [query, setQuery] = useState(() => params.get('q') ?? '');
  const urlQuery = params.get('q') ?? '';
  const status = (params.get('status') ?? '') as CompanyStatus | '';
  const townId = params.get('town') ?? '';
  const industryId = params.get('industry') ?? '';
  const tag = params.get('tag') ?? '';
  const sort = (params.get('sort') ?? 'name') as Sort;
  const [tags, setTags] = useState<string[]>([]);

  // Stable while the address stays as it is (typing does not change it), so the filter bar is not redrawn.
  const setParam = useCallback(
    (key: string, value: string) =>
      setParams(
        (p) => {
          if (value) p.set(key, value);
          else p.delete(key);
          return p;
        },
        { replace: true },
      ),
    [setParams],
  );

  // Writing the address redraws everything that follows the route (the whole window), so the
  // query goes there once typing pauses, not on every key; opening a company writes it first.
  // Only a query that differs from the address is written, never on mount (that would undo a navigation).
  useEffect(() => {
    if (query === urlQuery) return;
    const timer = window.setTimeout(() => setParam('q', query), QUERY_TO_URL_MS);
    return () => window.clearTimeout(timer);
  }, [query, urlQuery, setParam]);
  const [searchKey, setSearchKey] = useState(0);

  useEffect(() => {
    call(api().companies.tags({})).then(setTags, () => setTags([]));
  }, [ws.version]);

  const filter = useMemo<ListFilter>(
    () => ({ query, status: status || null, townId: townId || null, industryId: industryId || null, tag: tag || null, sort }),
    [query, status, townId, industryId, tag, sort],
  );
  // A new query's first page is asked for in the key handler, so the request travels while
  // React draws; the list takes that answer when it asks for the same page. The handler reads
  // the filter shown (kept after each render) and stays the same function, so the box is not redrawn.
  // An answer asked for before the workspace last changed is never taken.
  const shown = useRef({ filter, version: ws.version });
  useLayoutEffect(() => {
    shown.current = { filter, version: ws.version };
  });
  const early = useRef<{ key: string; page: Promise<CompanyPage> } | null>(null);
  const onQuery = useCallback((q: string) => {
    const input = { ...shown.current.filter, query: q, offset: 0, limit: PAGE_SIZE };
    const page = call(api().companies.list(input));
    page.catch(() => {}); // a request overtaken by the next key is never read; the list reports its own failures
    early.current = { key: JSON.stringify([input, shown.current.version]), page };
    startTransition(() => setQuery(q));
  }, []);
  const version = ws.version;
  const fetchPage = useCallback(
    (offset: number, limit: number) => {
      const input = { ...filter, offset, limit };
      const asked = early.current;
      early.current = null;
      return asked?.key === JSON.stringify([input, version]) ? asked.page : call(api().companies.list(input));
    },
    [filter, version],
  );
  const rows = usePagedRows<CompanyRow>(fetchPage, JSON.stringify([filter, ws.version]));
  const filtered = Boolean(query || status || townId || industryId || tag);
  const due = useRevettingDue();

  const columns = useMemo<Column<CompanyRow>[]>(
    () => [
      {
        key: 'name',
        label: t('company.name'),
        width: 'minmax(220px, 3fr)',
        render: (r) => (
          <NameCell>
            <div className="line">
              <span className="name">{r.name}</span>
              {due.has(r.id) && <RevettingDueChip />}
            </div>
            {r.tags.length > 0 && <div className="tags">{r.tags.join(' · ')}</div>}
          </NameCell>
        ),
      },
      { key: 'status', label: t('company.status'), width: '110px', render: (r) => <StatusChip status={shownStatus(r.status, due.has(r.id))} /> },
      { key: 'town', label: t('company.town'), width: 'minmax(90px, 1fr)', render: (r) => r.townName ?? '—' },
      { key: 'industry', label: t('company.industry'), width: 'minmax(100px, 1.2fr)', render: (r) => r.industryName ?? '—' },
      { key: 'headcount', label: t('company.headcount'), width: '90px', render: (r) => fmt.number(r.headcount) || '—' },
      { key: 'lastVisit', label: t('company.lastVisit'), width: '130px', render: (r) => fmt.date(r.lastVisitDate) || t('company.neverVisited') },
    ],
    [t, fmt, due],
  );

  const openCompany = useCallback(
    (r: CompanyRow) => {
      // The query reaches the address first, so back from the company returns to this list.
      if (query !== urlQuery) setParam('q', query);
      navigate(`/companies/${r.id}`);
    },
    [query, urlQuery, setParam, navigate],
  );
  const clearFilters = () => {
    setQuery('');
    setSearchKey((k) => k + 1);
    setParams(new URLSearchParams(), { replace: true });
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <PageHeader
        title={t('companies.title')}
        subtitle={rows.total === null ? t('common.loading') : t('companies.count', { count: rows.total, formatted: fmt.number(rows.total) })}
        actions={<ListActions filter={filter} total={rows.total} />}
      />
      <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', mb: 1.5 }} useFlexGap>
        <SearchField key={searchKey} initial={query} onQuery={onQuery} />
        <FilterBar status={status} townId={townId} industryId={industryId} tag={tag} sort={sort} tags={tags} towns={ws.towns} industries={ws.industries} setParam={setParam} />
      </Stack>
      {filtered && (
        <Stack direction="row" spacing={1} sx={{ mb: 1 }}>
          <Chip size="small" label={t('companies.clearFilters')} onDelete={clearFilters} />
        </Stack>
      )}
      {rows.error ? (
        <ErrorState error={rows.error} />
      ) : (
        <VirtualTable
          label={t('companies.title')}
          columns={columns}
          rows={rows}
          onOpen={openCompany}
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

/** The search box: its text is its own, so a key press redraws only the box. */
const SearchField = memo(function SearchField({ initial, onQuery }: { initial: string; onQuery: (q: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  return (
    <TextField
      placeholder={t('companies.searchPlaceholder')}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onQuery(e.target.value);
      }}
      sx={{ flex: 1, minWidth: 300 }}
      slotProps={{
        input: { startAdornment: <InputAdornment position="start"><SearchOutlined /></InputAdornment> },
        htmlInput: { 'aria-label': t('companies.search'), 'data-testid': 'company-search' },
      }}
    />
  );
});

interface FilterBarProps {
  status: string;
  townId: string;
  industryId: string;
  tag: string;
  sort: Sort;
  tags: string[];
  towns: LookupItem[];
  industries: LookupItem[];
  setParam: (key: string, value: string) => void;
}

/** The filters and the sort, kept out of the redraws a new query causes. */
const FilterBar = memo(function FilterBar({ status, townId, industryId, tag, sort, tags, towns, industries, setParam }: FilterBarProps) {
  const { t } = useTranslation();
  const select = (label: string, value: string, key: string, options: { value: string; label: string }[], testId: string) => (
    <TextField select label={label} value={value} onChange={(e) => setParam(key, e.target.value)} sx={{ width: 118 }} slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true }, htmlInput: { 'data-testid': testId } }}>
      <MenuItem value="">{t('common.all')}</MenuItem>
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value}>{o.label}</MenuItem>
      ))}
    </TextField>
  );
  return (
    <>
      {select(t('company.status'), status, 'status', COMPANY_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })), 'filter-status')}
      {select(t('company.town'), townId, 'town', towns.map((x) => ({ value: x.id, label: x.name })), 'filter-town')}
      {select(t('company.industry'), industryId, 'industry', industries.map((x) => ({ value: x.id, label: x.name })), 'filter-industry')}
      {select(t('company.tags'), tag, 'tag', tags.map((x) => ({ value: x, label: x })), 'filter-tag')}
      <TextField select label={t('companies.sort')} value={sort} onChange={(e) => setParam('sort', e.target.value === 'name' ? '' : e.target.value)} sx={{ width: 150 }}>
        {COMPANY_SORTS.map((s) => (
          <MenuItem key={s} value={s}>{t(`companies.sortBy.${s}`)}</MenuItem>
        ))}
      </TextField>
    </>
  );
});

/** Export, summaries, import and new: drawn again only when the filter or the count changes. */
const ListActions = memo(function ListActions({ filter, total }: { filter: ListFilter; total: number | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  // There is no list of vettings: the vetting results of the companies listed here.
  const choices = useMemo(() => [{ dataset: 'companies' as const, filter }, { dataset: 'vettings' as const, filter }], [filter]);
  return (
    <>
      <ExportButton choices={choices} />
      <ListSummariesButton filter={filter} total={total} />
      <Button variant="outlined" startIcon={<UploadFileOutlined />} onClick={() => navigate('/imports/companies')}>
        {t('imports.button')}
      </Button>
      <Button variant="contained" startIcon={<AddOutlined />} onClick={() => navigate('/companies/new')}>
        {t('companies.new')}
      </Button>
    </>
  );
});
