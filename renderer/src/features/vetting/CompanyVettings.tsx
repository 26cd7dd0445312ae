// The vetting section of a company page: its vettings (newest first), starting one,
// comparing two, and the company's open follow-up actions with a done checkbox.
import CompareArrowsOutlined from '@mui/icons-material/CompareArrowsOutlined';
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import { Box, Button, Checkbox, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Action, VettingRow } from '../../../../shared/vetting/schema';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { FormSection } from '../../components/FormSection';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { todayIso, useFormat } from '../../lib/format';
import type { ApiError } from '../../../../shared/result';
import { VettingSummaryButton } from '../reports/VettingSummaryButton';
import { scoreText, useLoc, VerdictChip } from './common';

interface Row extends VettingRow { signedOffByName: string | null }

export function CompanyVettings({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const ws = useWorkspace();
  const navigate = useNavigate();
  const { notify, notifyError } = useNotifier();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [selected, setSelected] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    (async () => {
      const list = await call(api().vettings.listForCompany({ companyId }));
      // Who signed is on the vetting itself; a company has a handful of vettings.
      const signers = await Promise.all(list.map((r) => (r.status === 'signedOff' ? call(api().vettings.get({ id: r.id })).then((v) => v.signedOffByName) : null)));
      if (live) setRows(list.map((r, n) => ({ ...r, signedOffByName: signers[n] ?? null })));
    })().catch((e: unknown) => live && setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' }));
    return () => {
      live = false;
    };
  }, [companyId, ws.version]);

  async function start() {
    try {
      const v = await call(api().vettings.start({ companyId }));
      ws.changed();
      notify(t('vetting.started'));
      navigate(`/vettings/${v.id}`);
    } catch (e) {
      notifyError(e);
    }
  }

  const draft = rows?.find((r) => r.status === 'draft');
  const today = todayIso();
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s.slice(-1), id]));
  function compare() {
    // Earlier on the left, later on the right.
    const when = (r: Row) => `${r.signedOffOn ?? r.vettedOn} ${r.createdAt}`;
    const [a, b] = rows!.filter((r) => selected.includes(r.id)).sort((x, y) => when(x).localeCompare(when(y)));
    navigate(`/vettings/compare?from=${a!.id}&to=${b!.id}`);
  }

  return (
    <Stack spacing={2}>
      <FormSection
        title={t('vetting.title')}
        action={
          <Stack direction="row" spacing={1} sx={{ ml: 'auto' }}>
            {rows?.some((r) => r.status === 'signedOff') && <VettingSummaryButton companyId={companyId} />}
            {rows && rows.length >= 2 && (
              <Tooltip title={t('vetting.compareHint')}>
                <span>
                  <Button size="small" startIcon={<CompareArrowsOutlined />} disabled={selected.length !== 2} onClick={compare}>{t('vetting.compare')}</Button>
                </span>
              </Tooltip>
            )}
            {draft ? (
              <Button size="small" variant="outlined" startIcon={<FactCheckOutlined />} onClick={() => navigate(`/vettings/${draft.id}`)}>{t('vetting.continue')}</Button>
            ) : (
              <Button size="small" variant="outlined" startIcon={<FactCheckOutlined />} onClick={() => void start()}>{t('vetting.start')}</Button>
            )}
          </Stack>
        }
      >
        {error ? (
          <ErrorState error={error} />
        ) : !rows ? (
          <LoadingState />
        ) : rows.length === 0 ? (
          <EmptyState title={t('vetting.empty')} hint={t('vetting.emptyHint')} />
        ) : (
          <Table size="small" aria-label={t('vetting.title')} data-testid="vettings" sx={{ '& th': { whiteSpace: 'nowrap' } }}>
            <TableHead>
              <TableRow>
                {rows.length >= 2 && <TableCell padding="checkbox" />}
                <TableCell>{t('vetting.col.date')} / {t('vetting.col.template')}</TableCell>
                <TableCell align="right">{t('vetting.col.score')}</TableCell>
                <TableCell>{t('vetting.col.verdict')}</TableCell>
                <TableCell>{t('vetting.col.signedBy')} / {t('vetting.col.expires')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => {
                const expired = !!r.expiresOn && r.expiresOn <= today && !r.amendedInId;
                return (
                  <TableRow key={r.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/vettings/${r.id}`)}>
                    {rows.length >= 2 && (
                      <TableCell padding="checkbox" onClick={(e) => e.stopPropagation()}>
                        <Checkbox size="small" checked={selected.includes(r.id)} onChange={() => toggle(r.id)} slotProps={{ input: { 'aria-label': `${t('vetting.col.select')} ${fmt.date(r.signedOffOn ?? r.vettedOn)}` } }} />
                      </TableCell>
                    )}
                    <TableCell sx={{ maxWidth: 0, width: '100%' }}>
                      <Typography variant="body2" noWrap>{fmt.date(r.signedOffOn ?? r.vettedOn)}</Typography>
                      <Typography variant="caption" color="text.secondary" noWrap component="div">{t('vetting.templateVersion', { name: r.templateName, version: r.templateVersion })}</Typography>
                    </TableCell>
                    <TableCell align="right" sx={{ fontWeight: 600 }}>{scoreText(r.overall, fmt)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {r.status === 'draft' ? <Chip size="small" label={t('vetting.draft')} /> : <VerdictChip verdict={r.verdict} />}
                      {r.amendsId && <Chip size="small" variant="outlined" label={t('vetting.amendment')} sx={{ ml: 0.5 }} />}
                      {r.amendedInId && <Chip size="small" variant="outlined" label={t('vetting.amended')} sx={{ ml: 0.5 }} />}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <Typography variant="body2">{r.signedOffByName ?? '—'}</Typography>
                      {r.expiresOn && (
                        <Typography variant="caption" component="div" sx={{ color: expired ? 'error.main' : 'text.secondary' }}>
                          {t('vetting.signOff.expires', { date: fmt.date(r.expiresOn) })}{expired ? ` · ${t('vetting.expired')}` : ''}
                        </Typography>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </FormSection>
      <OpenActions companyId={companyId} />
    </Stack>
  );
}

function OpenActions({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const loc = useLoc();
  const ws = useWorkspace();
  const navigate = useNavigate();
  const { notify, notifyError } = useNotifier();
  const [actions, setActions] = useState<Action[] | null>(null);
  // Ticked boxes stay ticked until the list reloads without them.
  const [closing, setClosing] = useState<string[]>([]);

  useEffect(() => {
    call(api().actions.list({ companyId, scope: 'open' })).then(setActions, () => setActions([]));
  }, [companyId, ws.version]);

  async function done(a: Action) {
    setClosing((c) => [...c, a.id]);
    try {
      await call(api().actions.setDone({ id: a.id, done: true }));
      ws.changed();
      notify(t('vetting.actions.done'));
    } catch (e) {
      setClosing((c) => c.filter((x) => x !== a.id));
      notifyError(e);
    }
  }

  const today = todayIso();
  return (
    <FormSection title={t('vetting.actions.title')}>
      {!actions ? (
        <LoadingState />
      ) : actions.length === 0 ? (
        <Typography variant="body2" color="text.secondary">{t('vetting.actions.none')}</Typography>
      ) : (
        <Stack spacing={0.5} data-testid="open-actions">
          {actions.map((a) => (
            <Stack key={a.id} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
              <Checkbox size="small" sx={{ p: 0.5 }} checked={closing.includes(a.id)} disabled={closing.includes(a.id)} onChange={() => void done(a)} slotProps={{ input: { 'aria-label': `${t('vetting.actions.markDone')}：${a.what}` } }} />
              <Box sx={{ minWidth: 0, flex: 1, pt: 0.5 }}>
                <Typography variant="body2">{a.what}</Typography>
                <Typography variant="caption" color="text.secondary" component="div">
                  <Box component="span" sx={{ cursor: 'pointer', textDecoration: 'underline' }} onClick={() => navigate(`/vettings/${a.vettingId}`)}>{loc(a.itemLabel)}</Box>
                  {a.whoName ? ` · ${a.whoName}` : ''}
                  {a.dueDate && (
                    <Box component="span" sx={{ color: a.dueDate < today ? 'error.main' : 'inherit' }}> · {t('vetting.actions.dueOn', { date: fmt.date(a.dueDate) })}</Box>
                  )}
                </Typography>
              </Box>
            </Stack>
          ))}
        </Stack>
      )}
    </FormSection>
  );
}
