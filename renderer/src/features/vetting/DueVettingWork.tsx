// Due work from vetting, beside the visits' follow-ups: companies whose vetting has
// expired (or expires within 30 days) and open rectification actions.
import { Checkbox, Chip, Link, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ApiError } from '../../../../shared/result';
import type { ChannelOutput } from '../../../../shared/channels';
import type { Action } from '../../../../shared/vetting/schema';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { todayIso, useFormat } from '../../lib/format';
import { useLoc, VerdictChip } from './common';

const SOON_DAYS = 30;
type DueRow = ChannelOutput<'vettings.due'>[number];

function useLoad<T>(load: () => Promise<T>): { data: T | null; error: ApiError | null } {
  const ws = useWorkspace();
  const [state, setState] = useState<{ data: T | null; error: ApiError | null }>({ data: null, error: null });
  // Loaded again when the workspace changes, not when the caller passes a new closure.
  const run = useEffectEvent(load);
  useEffect(() => {
    run().then(
      (data) => setState({ data, error: null }),
      (e: unknown) => setState({ data: null, error: e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' } }),
    );
  }, [ws.version]);
  return state;
}

export function RevettingDueList() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { data, error } = useLoad(() => call(api().vettings.due({ today: todayIso(), withinDays: SOON_DAYS })));
  if (error) return <ErrorState error={error} />;
  if (!data) return <LoadingState />;
  if (data.length === 0) return <EmptyState title={t('vetting.due.empty')} />;
  return (
    <Table size="small" aria-label={t('vetting.due.title')}>
      <TableHead>
        <TableRow>
          <TableCell>{t('visit.company')}</TableCell>
          <TableCell>{t('vetting.due.verdict')}</TableCell>
          <TableCell>{t('vetting.due.signedOff')}</TableCell>
          <TableCell>{t('vetting.due.expiresOn')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.map((r: DueRow) => (
          <TableRow key={r.vettingId} hover>
            <TableCell><Link component={RouterLink} to={`/companies/${r.companyId}`}>{r.companyName}</Link></TableCell>
            <TableCell><VerdictChip verdict={r.verdict} /></TableCell>
            <TableCell>{fmt.date(r.signedOffOn)}</TableCell>
            <TableCell>
              <Chip size="small" color={r.expired ? 'error' : 'warning'} variant="outlined" label={r.expired ? t('vetting.due.expired', { date: fmt.date(r.expiresOn) }) : t('vetting.due.soon', { date: fmt.date(r.expiresOn) })} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function OpenActionsList() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const ws = useWorkspace();
  const { notifyError } = useNotifier();
  const loc = useLoc();
  const { data, error } = useLoad(() => call(api().actions.list({ scope: 'open' })));
  const today = todayIso();
  if (error) return <ErrorState error={error} />;
  if (!data) return <LoadingState />;
  if (data.length === 0) return <EmptyState title={t('vetting.due.noActions')} />;
  return (
    <Table size="small" aria-label={t('vetting.due.actions')}>
      <TableHead>
        <TableRow>
          <TableCell padding="checkbox" sx={{ whiteSpace: 'nowrap', px: 1 }}>{t('followUp.done')}</TableCell>
          <TableCell>{t('followUp.what')}</TableCell>
          <TableCell>{t('visit.company')}</TableCell>
          <TableCell>{t('vetting.due.item')}</TableCell>
          <TableCell>{t('followUp.who')}</TableCell>
          <TableCell>{t('followUp.dueDate')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.map((a: Action) => {
          const overdue = a.dueDate !== null && a.dueDate < today;
          return (
            <TableRow key={a.id} hover>
              <TableCell padding="checkbox">
                <Checkbox
                  checked={a.done}
                  onChange={async () => {
                    try {
                      await call(api().actions.setDone({ id: a.id, done: true }));
                      ws.changed();
                    } catch (e) {
                      notifyError(e);
                    }
                  }}
                  slotProps={{ input: { 'aria-label': t('followUps.markDone', { what: a.what }) } }}
                />
              </TableCell>
              <TableCell>{a.what}</TableCell>
              <TableCell><Link component={RouterLink} to={`/companies/${a.companyId}`}>{a.companyName}</Link></TableCell>
              <TableCell><Link component={RouterLink} to={`/vettings/${a.vettingId}`}>{loc(a.itemLabel)}</Link></TableCell>
              <TableCell>{a.whoName ?? '—'}</TableCell>
              <TableCell>
                <Typography variant="body2" color={overdue ? 'error' : 'inherit'} sx={{ fontWeight: overdue ? 600 : 400 }}>{fmt.date(a.dueDate) || '—'}</Typography>
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
