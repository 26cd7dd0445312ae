// Chosen positions side by side, worded for a job seeker: pay against the
// minimum wage, hours, dormitory, meals and what is asked of them.
import ArrowBack from '@mui/icons-material/ArrowBack';
import { Box, Button, Chip, IconButton, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { ApiError } from '../../../../shared/result';
import type { Position } from '../../../../shared/positions/schema';
import { useWorkspace } from '../../app/WorkspaceContext';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { usePositionText } from './common';

export function ComparePositionsPage() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const text = usePositionText();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const ids = (params.get('ids') ?? '').split(',').filter(Boolean);
  const idsKey = ids.join(',');
  const [rows, setRows] = useState<Position[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all(idsKey.split(',').filter(Boolean).map((id) => call(api().positions.get({ id })))).then(
      (v) => live && (setRows(v), setError(null)),
      (e: unknown) => live && setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' }),
    );
    return () => {
      live = false;
    };
  }, [idsKey, ws.version]);

  const back = <IconButton aria-label={t('common.back')} onClick={() => navigate('/positions')}><ArrowBack /></IconButton>;
  if (error) return <ErrorState error={error} />;
  if (ids.length < 2) {
    return (
      <Box>
        <PageHeader back={back} title={t('positions.cmp.title')} />
        <EmptyState title={t('positions.cmp.tooFew')} action={<Button onClick={() => navigate('/positions')}>{t('positions.cmp.back')}</Button>} />
      </Box>
    );
  }
  if (!rows || !ws.settings) return <LoadingState />;
  const wage = ws.settings.minimumWage;

  const wageText = (p: Position): ReactNode => {
    // What a worker can count on: the lower end, or the upper when only that is given.
    const pay = p.payMin ?? p.payMax;
    if (pay === null) return '—';
    const diff = pay - wage;
    if (diff === 0) return <Chip size="small" label={t('positions.cmp.equal')} />;
    return diff > 0 ? (
      <Chip size="small" color="success" variant="outlined" label={t('positions.cmp.above', { amount: fmt.number(diff) })} />
    ) : (
      <Chip size="small" color="error" label={t('positions.cmp.below', { amount: fmt.number(-diff) })} />
    );
  };
  const yesNo = (b: boolean) => (b ? t('positions.cmp.included') : t('positions.cmp.notIncluded'));
  const facts: [string, (p: Position) => ReactNode][] = [
    [t('positions.cmp.pay'), (p) => <Typography sx={{ fontWeight: 600 }}>{text.pay(p)}</Typography>],
    [t('positions.cmp.wage'), wageText],
    [t('positions.cmp.hours'), (p) => [p.hoursPerDay !== null ? t('positions.hoursText', { hours: fmt.number(p.hoursPerDay) }) : null, p.daysPerWeek !== null ? t('positions.daysText', { days: p.daysPerWeek }) : null, p.hoursNote].filter(Boolean).join('，') || '—'],
    [t('positions.cmp.shifts'), (p) => (p.shifts ? t(`positions.shifts.${p.shifts}`) : '—')],
    [t('positions.cmp.dorm'), (p) => yesNo(p.roomIncluded)],
    [t('positions.cmp.meals'), (p) => yesNo(p.boardIncluded)],
    [t('positions.cmp.headcount'), (p) => fmt.number(p.headcount)],
    [t('positions.cmp.age'), (p) => text.age(p)],
    [t('positions.cmp.education'), (p) => (p.education ? t(`positions.education.${p.education}`) : t('positions.notSet'))],
    [t('positions.cmp.skills'), (p) => p.skills ?? '—'],
    [t('positions.cmp.certificates'), (p) => p.certificates ?? '—'],
    [t('positions.cmp.rural'), (p) => (p.suitableForRural ? t('common.yes') : t('common.no'))],
    [t('positions.cmp.town'), (p) => p.townName ?? '—'],
    [t('positions.cmp.valid'), (p) => text.valid(p)],
    [t('positions.cmp.notes'), (p) => p.notes ?? '—'],
  ];

  return (
    <Box sx={{ maxWidth: 1400 }}>
      <PageHeader back={back} title={t('positions.cmp.title')} subtitle={t('positions.cmp.subtitle', { wage: fmt.number(wage) })} />
      <Box sx={{ overflowX: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table aria-label={t('positions.cmp.title')} data-testid="positions-compare" sx={{ tableLayout: 'fixed', minWidth: 160 + rows.length * 220 }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 160 }} />
              {rows.map((p) => (
                <TableCell key={p.id} sx={{ verticalAlign: 'top' }}>
                  <Typography variant="subtitle1" component="div" sx={{ fontWeight: 600 }}>{p.title}</Typography>
                  <Typography variant="body2" color="text.secondary">{p.jobTypeName} · {p.companyName}</Typography>
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {facts.map(([label, value]) => (
              <TableRow key={label}>
                <TableCell component="th" scope="row" sx={{ color: 'text.secondary', verticalAlign: 'top' }}>{label}</TableCell>
                {rows.map((p) => (
                  <TableCell key={p.id} sx={{ verticalAlign: 'top', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{value(p)}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
}
