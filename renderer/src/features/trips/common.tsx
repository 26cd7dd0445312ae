// Bits shared by the trip screens: the status chip, the region list, the date range.
import { Chip } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Prefecture } from '../../../../shared/trips/contract';
import type { TripStatus } from '../../../../shared/trips/schema';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { tripDays } from './tripForm';

const COLORS: Record<TripStatus, 'default' | 'info' | 'success' | 'warning' | 'error'> = {
  planning: 'default', confirmed: 'info', underway: 'warning', done: 'success', cancelled: 'error',
};

export function TripStatusChip({ status }: { status: TripStatus }) {
  const { t } = useTranslation();
  return <Chip size="small" variant="outlined" color={COLORS[status]} label={t(`trips.status.${status}`)} />;
}

export function useRegions(): Prefecture[] | null {
  const ws = useWorkspace();
  const [regions, setRegions] = useState<Prefecture[] | null>(null);
  useEffect(() => {
    let live = true;
    call(api().regions.list({})).then((r) => live && setRegions(r), () => live && setRegions([]));
    return () => {
      live = false;
    };
  }, [ws.version]);
  return regions;
}

export function useDateRange() {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (start: string, end: string) => t('trips.dateRange', { start: fmt.date(start), end: fmt.date(end), days: tripDays(start, end) ?? '?' });
}
