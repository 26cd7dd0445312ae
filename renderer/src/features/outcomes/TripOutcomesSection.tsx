// The 成效 section of a trip page: its job fairs, campus recruitment and trainings with their
// figures ("400余"), the trip's totals, the warnings of splits that don't add up, and a way to
// record or edit each event's outcome.
import EditOutlined from '@mui/icons-material/EditOutlined';
import PostAddOutlined from '@mui/icons-material/PostAddOutlined';
import { Alert, Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { TripOutcomes } from '../../../../shared/outcomes/schema';
import type { ApiError } from '../../../../shared/result';
import { useWorkspace } from '../../app/WorkspaceContext';
import { FormSection } from '../../components/FormSection';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { TABLE_FIELDS, useCount } from './common';

export function TripOutcomesSection({ tripId }: { tripId: string }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const count = useCount();
  const [data, setData] = useState<TripOutcomes | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    call(api().outcomes.forTrip({ tripId })).then(
      (v) => live && (setData(v), setError(null)),
      (e: unknown) => live && setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' }),
    );
    return () => {
      live = false;
    };
  }, [tripId, ws.version, attempt]);

  const eventName = (e: TripOutcomes['events'][number]) => e.title ?? e.place ?? t(`itinerary.kind.${e.kind}`);

  let body;
  if (error) body = <ErrorState error={error} onRetry={() => (setError(null), setAttempt((n) => n + 1))} />;
  else if (!data) body = <LoadingState />;
  else if (data.events.length === 0) body = <EmptyState title={t('outcomes.noEvents')} hint={t('outcomes.noEventsHint')} />;
  else {
    const warnings = data.events.flatMap((e) => e.warnings.map((w) => ({ event: e, w })));
    body = (
      <Stack spacing={1}>
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="trip-outcomes">
            <TableHead sx={{ '& th': { whiteSpace: 'nowrap' } }}>
              <TableRow>
                <TableCell>{t('outcomes.col.date')}</TableCell>
                <TableCell>{t('outcomes.col.title')}</TableCell>
                {TABLE_FIELDS.map((f) => <TableCell key={f} align="right">{t(`outcomes.short.${f}`)}</TableCell>)}
                <TableCell align="right">{t('outcomes.col.actions')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.events.map((e) => (
                <TableRow key={e.itemId} data-testid={`outcome-${e.itemId}`}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{fmt.date(e.startsAt.slice(0, 10))}</TableCell>
                  <TableCell sx={{ minWidth: 180 }}>
                    <Typography variant="body2">{eventName(e)}</Typography>
                    <Typography variant="caption" color="text.secondary">
                      {[t(`itinerary.kind.${e.kind}`), e.countyName, e.trainingHours !== null ? t('outcomes.hoursValue', { hours: fmt.number(e.trainingHours) }) : null, e.recorded ? null : t('outcomes.notRecorded')]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography>
                  </TableCell>
                  {TABLE_FIELDS.map((f) => <TableCell key={f} align="right" sx={{ whiteSpace: 'nowrap' }}>{count(e[f], '')}</TableCell>)}
                  <TableCell align="right">
                    <Button size="small" component={RouterLink} to={`/trips/${tripId}/outcomes/${e.itemId}`} startIcon={e.recorded ? <EditOutlined /> : <PostAddOutlined />} sx={{ whiteSpace: 'nowrap' }}>
                      {e.recorded ? t('outcomes.edit') : t('outcomes.record')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
              <TableRow data-testid="trip-outcomes-totals" sx={{ '& td': { fontWeight: 600, borderBottom: 0 } }}>
                <TableCell colSpan={2}>{t('outcomes.totals')}</TableCell>
                {TABLE_FIELDS.map((f) => <TableCell key={f} align="right" sx={{ whiteSpace: 'nowrap' }}>{count(data.totals[f], '')}</TableCell>)}
                <TableCell />
              </TableRow>
            </TableBody>
          </Table>
        </Box>
        {warnings.map(({ event, w }) => (
          <Alert key={`${event.itemId}-${w.field}`} severity="warning" data-testid="split-warning">
            {t('outcomes.eventWarning', { event: eventName(event), text: t('outcomes.splitMismatch', { field: t(`outcomes.field.${w.field}`), companies: count(w.companies), event: count(w.event) }) })}
          </Alert>
        ))}
      </Stack>
    );
  }
  return (
    <FormSection title={t('outcomes.section')}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('outcomes.sectionHint')}</Typography>
      {body}
      <Box sx={{ mt: 1 }}>
        <Button size="small" component={RouterLink} to={`/outcomes?tripId=${tripId}`}>{t('outcomes.title')}</Button>
      </Box>
    </FormSection>
  );
}
