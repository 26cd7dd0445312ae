// Follow-up actions from visits: overdue first, tick them off as they are done.
import { Box, Checkbox, Link, Tab, Table, TableBody, TableCell, TableHead, TableRow, Tabs, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import type { FollowUpRow } from '../../../../shared/visits/schema';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { OpenRow } from '../../components/OpenRow';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { todayIso, useFormat } from '../../lib/format';
import type { ApiError } from '../../../../shared/result';
import { OpenActionsList, RevettingDueList } from '../vetting/DueVettingWork';

const SCOPES = ['overdue', 'open', 'all', 'revetting', 'actions'] as const;
type Scope = (typeof SCOPES)[number];

export function FollowUpsPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const ws = useWorkspace();
  const { notifyError } = useNotifier();
  // The tab can be given in the URL (?tab=revetting): the dashboard's due work links to it.
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [scope, setScope] = useState<Scope>(() => SCOPES.find((s) => s === params.get('tab')) ?? 'overdue');
  const [rows, setRows] = useState<FollowUpRow[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const today = todayIso();

  useEffect(() => {
    if (scope === 'revetting' || scope === 'actions') return;
    call(api().followUps.list({ scope, today })).then(
      (r) => (setRows(r), setError(null)),
      (e: unknown) => setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' }),
    );
  }, [scope, today, ws.version]);

  async function toggle(row: FollowUpRow) {
    try {
      await call(api().followUps.setDone({ id: row.id, done: !row.done }));
      ws.changed();
    } catch (e) {
      notifyError(e);
    }
  }

  return (
    <Box sx={{ maxWidth: 1200 }}>
      <PageHeader title={t('followUps.title')} subtitle={t('followUps.subtitle')} />
      <Tabs value={scope} onChange={(_, v: Scope) => (setScope(v), setRows(null))} sx={{ mb: 1 }}>
        <Tab value="overdue" label={t('followUps.overdue')} />
        <Tab value="open" label={t('followUps.open')} />
        <Tab value="all" label={t('followUps.all')} />
        <Tab value="revetting" label={t('vetting.due.title')} />
        <Tab value="actions" label={t('vetting.due.actions')} />
      </Tabs>
      {scope === 'revetting' ? (
        <RevettingDueList />
      ) : scope === 'actions' ? (
        <OpenActionsList />
      ) : error ? (
        <ErrorState error={error} />
      ) : !rows ? (
        <LoadingState />
      ) : rows.length === 0 ? (
        <EmptyState title={t(`followUps.empty.${scope}`)} />
      ) : (
        <Table size="small" aria-label={t('followUps.title')}>
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox" sx={{ whiteSpace: "nowrap", px: 1 }}>{t("followUp.done")}</TableCell>
              <TableCell>{t('followUp.what')}</TableCell>
              <TableCell>{t('visit.company')}</TableCell>
              <TableCell>{t('followUp.who')}</TableCell>
              <TableCell>{t('followUp.dueDate')}</TableCell>
              <TableCell>{t('followUps.fromVisit')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => {
              const overdue = !r.done && r.dueDate !== null && r.dueDate < today;
              return (
                // A follow-up is written on its visit: the row opens that visit.
                <OpenRow key={r.id} onOpen={() => navigate(`/visits/${r.visitId}`)}>
                  <TableCell padding="checkbox">
                    <Checkbox checked={r.done} onChange={() => void toggle(r)} slotProps={{ input: { 'aria-label': t('followUps.markDone', { what: r.what }) } }} />
                  </TableCell>
                  <TableCell sx={{ textDecoration: r.done ? 'line-through' : 'none' }}>{r.what}</TableCell>
                  <TableCell><Link component={RouterLink} to={`/companies/${r.companyId}`}>{r.companyName}</Link></TableCell>
                  <TableCell>{r.whoName ?? '—'}</TableCell>
                  <TableCell>
                    <Typography variant="body2" color={overdue ? 'error' : 'inherit'} sx={{ fontWeight: overdue ? 600 : 400 }}>
                      {fmt.date(r.dueDate) || '—'}
                    </Typography>
                  </TableCell>
                  <TableCell><Link component={RouterLink} to={`/visits/${r.visitId}`}>{fmt.date(r.visitDate)}</Link></TableCell>
                </OpenRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
