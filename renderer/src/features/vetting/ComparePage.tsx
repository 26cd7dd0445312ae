// Two vettings of one company side by side: per section and item, what got better
// or worse, what is new or no longer asked, and how the scores moved.
import ArrowBack from '@mui/icons-material/ArrowBack';
import { Box, Card, Chip, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import type { ApiError } from '../../../../shared/result';
import type { Vetting, VettingComparison } from '../../../../shared/vetting/schema';
import { templateItems } from '../../../../shared/vetting/template';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { answerText, scoreText, useLoc, VerdictChip } from './common';

const CHANGE_STYLE = {
  better: { color: 'success', bg: 'rgba(46,125,50,0.08)' },
  worse: { color: 'error', bg: 'rgba(211,47,47,0.08)' },
  same: { color: 'default', bg: 'transparent' },
  changed: { color: 'info', bg: 'rgba(2,136,209,0.06)' },
  new: { color: 'secondary', bg: 'rgba(156,39,176,0.06)' },
  removed: { color: 'default', bg: 'rgba(0,0,0,0.04)' },
} as const;

export function ComparePage() {
  const [params] = useSearchParams();
  const fromId = params.get('from') ?? '';
  const toId = params.get('to') ?? '';
  const { t } = useTranslation();
  const fmt = useFormat();
  const loc = useLoc();
  const navigate = useNavigate();
  const [data, setData] = useState<{ cmp: VettingComparison; from: Vetting; to: Vetting } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    Promise.all([call(api().vettings.compare({ fromId, toId })), call(api().vettings.get({ id: fromId })), call(api().vettings.get({ id: toId }))]).then(
      ([cmp, from, to]) => (setData({ cmp, from, to }), setError(null)),
      (e: unknown) => setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' }),
    );
  }, [fromId, toId]);

  if (error) return <ErrorState error={error} />;
  // The comparison of two other vettings is not shown while this one loads.
  if (!data || data.from.id !== fromId || data.to.id !== toId) return <LoadingState />;
  const { cmp, from, to } = data;
  const fromItems = new Map(templateItems(from.template).map((i) => [i.key, i]));
  const toItems = new Map(templateItems(to.template).map((i) => [i.key, i]));
  const day = (v: Vetting) => fmt.date(v.signedOffOn ?? v.vettedOn);
  const delta = (d: number | null) => (d === null ? '' : d > 0 ? `+${fmt.number(d)}` : fmt.number(d));
  const deltaColor = (d: number | null) => (d === null || d === 0 ? 'text.secondary' : d > 0 ? 'success.main' : 'error.main');

  return (
    <Box sx={{ maxWidth: 1240 }}>
      <PageHeader
        back={<IconButton aria-label={t('vetting.back')} onClick={() => navigate(`/companies/${to.companyId}`)}><ArrowBack /></IconButton>}
        title={t('vetting.compareTitle', { company: to.companyName })}
        subtitle={t('vetting.compareSub', { from: day(from), to: day(to) })}
      />
      <Card variant="outlined" sx={{ mb: 2 }}>
        <Table size="small" aria-label={t('vetting.score.sections')} data-testid="compare-scores">
          <TableHead>
            <TableRow>
              <TableCell />
              <TableCell align="right">{t('vetting.compareCol.from', { date: day(from) })}</TableCell>
              <TableCell align="right">{t('vetting.compareCol.to', { date: day(to) })}</TableCell>
              <TableCell align="right">{t('vetting.compareCol.change')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            <TableRow>
              <TableCell sx={{ fontWeight: 600 }}>{t('vetting.score.overall')}</TableCell>
              <TableCell align="right" sx={{ fontWeight: 600 }}>{scoreText(cmp.overall.from, fmt)} <VerdictChip verdict={from.verdict ?? from.score.suggestedVerdict} variant="outlined" /></TableCell>
              <TableCell align="right" sx={{ fontWeight: 600 }}>{scoreText(cmp.overall.to, fmt)} <VerdictChip verdict={to.verdict ?? to.score.suggestedVerdict} variant="outlined" /></TableCell>
              <TableCell align="right" sx={{ fontWeight: 600, color: deltaColor(cmp.overall.delta) }} data-testid="overall-delta">{delta(cmp.overall.delta)}</TableCell>
            </TableRow>
            {cmp.sections.map((s) => (
              <TableRow key={s.key}>
                <TableCell>{loc(s.title)}</TableCell>
                <TableCell align="right">{scoreText(s.from, fmt)}</TableCell>
                <TableCell align="right">{scoreText(s.to, fmt)}</TableCell>
                <TableCell align="right" sx={{ color: deltaColor(s.delta) }}>{delta(s.delta)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
      <Stack spacing={2}>
        {cmp.sections.map((s) => {
          const items = cmp.items.filter((i) => i.sectionKey === s.key);
          if (!items.length) return null;
          return (
            <Card key={s.key} variant="outlined">
              <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, px: 2, py: 1.25, bgcolor: 'grey.50' }}>{loc(s.title)}</Typography>
              <Table size="small" sx={{ tableLayout: 'fixed' }}>
                <TableHead>
                  <TableRow>
                    <TableCell sx={{ width: '40%' }}>{t('vetting.compareCol.item')}</TableCell>
                    <TableCell>{t('vetting.compareCol.from', { date: day(from) })}</TableCell>
                    <TableCell>{t('vetting.compareCol.to', { date: day(to) })}</TableCell>
                    <TableCell sx={{ width: 100 }}>{t('vetting.compareCol.change')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {items.map((i) => {
                    const style = CHANGE_STYLE[i.change];
                    const side = (x: typeof i.from, item: typeof fromItems extends Map<string, infer I> ? I | undefined : never) =>
                      x === null ? '—' : (
                        <Box component="span" sx={{ color: x.outcome === 'fail' ? 'error.main' : 'inherit' }}>
                          {answerText(item, x.value, t, fmt, loc)}
                        </Box>
                      );
                    return (
                      <TableRow key={i.itemKey} sx={{ bgcolor: style.bg }} data-testid={`cmp-${i.itemKey}`}>
                        <TableCell sx={{ wordBreak: 'break-word' }}>{loc(i.label)}</TableCell>
                        <TableCell sx={{ wordBreak: 'break-word' }}>{side(i.from, fromItems.get(i.itemKey))}</TableCell>
                        <TableCell sx={{ wordBreak: 'break-word' }}>{side(i.to, toItems.get(i.itemKey))}</TableCell>
                        <TableCell>
                          {i.change === 'same' ? (
                            <Typography variant="body2" color="text.secondary">{t('vetting.change.same')}</Typography>
                          ) : (
                            <Chip size="small" color={style.color} variant={i.change === 'removed' ? 'outlined' : 'filled'} label={t(`vetting.change.${i.change}`)} />
                          )}
                        </TableCell>
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </Card>
          );
        })}
      </Stack>
    </Box>
  );
}
