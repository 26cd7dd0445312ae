// Bits shared by the agreement screens: the trips to pick from, a target's state and its
// progress bar.
import { Box, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Target, TargetState } from '../../../../shared/agreements/schema';
import type { TripRow } from '../../../../shared/trips/contract';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, call } from '../../lib/api';
import { useFormat } from '../../lib/format';

export const STATE_COLORS: Record<TargetState, 'success' | 'info' | 'warning' | 'error'> = {
  met: 'success', onTrack: 'info', behind: 'warning', overdue: 'error',
};

export function TargetStateChip({ state }: { state: TargetState }) {
  const { t } = useTranslation();
  return <Chip size="small" color={STATE_COLORS[state]} variant={state === 'met' ? 'filled' : 'outlined'} label={t(`agreements.state.${state}`)} />;
}

/** Every trip, newest first, for the pickers and filters; [] when they cannot be read. */
export function useTripOptions(): TripRow[] | null {
  const ws = useWorkspace();
  const [trips, setTrips] = useState<TripRow[] | null>(null);
  useEffect(() => {
    let live = true;
    call(api().trips.list({ status: null })).then(
      (r) => live && setTrips([...r].sort((a, b) => b.startDate.localeCompare(a.startDate))),
      () => live && setTrips([]),
    );
    return () => {
      live = false;
    };
  }, [ws.version]);
  return trips;
}

/**
 * A target with its progress bar: the bar shows progress against the target in the
 * state's colour, and a tick marks where the straight-line pace says it should be now.
 */
export function TargetProgress({ target }: { target: Target }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const share = (n: number) => Math.min(100, (n / target.target) * 100);
  return (
    <Stack spacing={0.5} data-testid="target" sx={{ minWidth: 0 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="body2" sx={{ fontWeight: 500, flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>{target.description}</Typography>
        <TargetStateChip state={target.state} />
      </Stack>
      <Box sx={{ position: 'relative' }}>
        <LinearProgress
          variant="determinate"
          color={STATE_COLORS[target.state]}
          value={share(target.progress)}
          aria-label={t('agreements.progressOf', { progress: fmt.number(target.progress), target: fmt.number(target.target) })}
          sx={{ height: 10, borderRadius: 5 }}
        />
        {target.state !== 'met' && target.expectedByNow > 0 && (
          <Box
            title={t('agreements.expected', { expected: fmt.number(target.expectedByNow) })}
            sx={{ position: 'absolute', top: -3, bottom: -3, width: 2, bgcolor: 'text.primary', left: `calc(${share(target.expectedByNow)}% - 1px)` }}
          />
        )}
      </Box>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', color: 'text.secondary' }}>
        <Typography variant="caption">{t('agreements.progressOf', { progress: fmt.number(target.progress), target: fmt.number(target.target) })}</Typography>
        <Typography variant="caption">{t(`agreements.metric.${target.metric}`)}</Typography>
        <Typography variant="caption">{t('agreements.due', { date: fmt.date(target.dueDate) })}</Typography>
        {target.state !== 'met' && <Typography variant="caption">{t('agreements.expected', { expected: fmt.number(target.expectedByNow) })}</Typography>}
      </Stack>
    </Stack>
  );
}
