// "修改记录" on a company's page: who changed what and when, each change from → to, with the
// company's visits and vettings (logged, signed off, deleted) linked to where they can be read.
import { Box, Link, List, ListItem, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { CompanyHistory as History, CompanyHistoryEntry } from '../../../../shared/audit/schema';
import type { ApiError } from '../../../../shared/result';
import { useWorkspace } from '../../app/WorkspaceContext';
import { ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { historyChange } from './historyValues';

export function CompanyHistory({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const ws = useWorkspace();
  const [history, setHistory] = useState<History | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    let live = true;
    call(api().audit.companyHistory({ companyId, limit: 100 })).then(
      (h) => live && (setHistory(h), setError(null)),
      (e: unknown) => live && setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' }),
    );
    return () => {
      live = false;
    };
  }, [companyId, ws.version]);
  if (error) return <ErrorState error={error} />;
  if (!history) return <LoadingState />;
  if (history.entries.length === 0) return <Typography color="text.secondary" variant="body2">{t('audit.empty')}</Typography>;

  /** What the entry says happened, and to which visit or vetting (a link while it can be opened). */
  function headline(e: CompanyHistoryEntry) {
    const who = e.staffName ?? t('audit.unknownUser');
    if (e.subject === 'company') return <>{t(`audit.action.${e.action}`, { who })}</>;
    const signedOff = e.subject === 'vetting' && e.action === 'update';
    const verdict = e.changes.verdict?.[1];
    const text =
      e.subject === 'visit'
        ? t(`audit.visit.${e.action}`, { who })
        : signedOff
          ? t('audit.vetting.signedOff', { who, verdict: typeof verdict === 'string' ? t(`vetting.verdict.${verdict}`) : '' })
          : t(e.changes.amendsId ? 'audit.vetting.amend' : 'audit.vetting.create', { who });
    const what = t(`audit.${e.subject}.of`, { date: fmt.date(e.subjectDate) });
    const to = e.subject === 'visit' ? `/visits/${e.entityId}` : `/vettings/${e.entityId}`;
    return (
      <>
        {text} ·{' '}
        {e.subjectOpen ? <Link component={RouterLink} to={to} underline="hover">{what}</Link> : <span>{what}</span>}
      </>
    );
  }

  /** The fields a change touched: the company's from → to; a visit's by name (its values hold ids and observations). */
  function details(e: CompanyHistoryEntry): string[] {
    if (e.action !== 'update' || e.subject === 'vetting') return [];
    const fields = Object.entries(e.changes);
    if (e.subject === 'company') return fields.map(([f, values]) => historyChange(f, values, history!.names, t, fmt));
    return [t('audit.fieldsChanged', { fields: fields.map(([f]) => t(`audit.field.${f}`, { defaultValue: f })).join('、') })];
  }

  return (
    <List dense disablePadding data-testid="audit-history">
      {history.entries.map((e) => (
        <ListItem key={e.id} disableGutters sx={{ display: 'block' }} data-testid={`history-${e.subject}`}>
          <Typography variant="body2">{headline(e)}</Typography>
          <Typography variant="caption" color="text.secondary" component="div">{fmt.dateTime(e.at)}</Typography>
          {details(e).map((line) => (
            <Box key={line} sx={{ typography: 'body2', color: 'text.secondary', pl: 1, borderLeft: 2, borderColor: 'divider', wordBreak: 'break-all' }}>{line}</Box>
          ))}
        </ListItem>
      ))}
    </List>
  );
}
