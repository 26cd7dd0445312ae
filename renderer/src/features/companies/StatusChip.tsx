import { Chip, type ChipProps } from '@mui/material';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShownStatus } from '../../../../shared/companies/status';

const COLOR: Record<ShownStatus, ChipProps['color']> = {
  candidate: 'default',
  visited: 'info',
  vetting: 'warning',
  approved: 'success',
  conditional: 'secondary',
  rejected: 'error',
  suspended: 'default',
  expired: 'warning',
};

// Memoised: long lists draw one per row, and a row's status rarely changes while it is on screen.
export const StatusChip = memo(function StatusChip({ status }: { status: ShownStatus }) {
  const { t } = useTranslation();
  const outlined = status === 'suspended' || status === 'expired';
  return <Chip size="small" color={COLOR[status]} variant={outlined ? 'outlined' : 'filled'} label={t(`status.${status}`)} data-testid="status-chip" />;
});
