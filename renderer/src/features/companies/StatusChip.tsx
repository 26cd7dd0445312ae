import { Chip, type ChipProps } from '@mui/material';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyStatus } from '../../../../shared/companies/status';

const COLOR: Record<CompanyStatus, ChipProps['color']> = {
  candidate: 'default',
  visited: 'info',
  vetting: 'warning',
  approved: 'success',
  conditional: 'secondary',
  rejected: 'error',
  suspended: 'default',
};

// Memoised: long lists draw one per row, and a row's status rarely changes while it is on screen.
export const StatusChip = memo(function StatusChip({ status }: { status: CompanyStatus }) {
  const { t } = useTranslation();
  return <Chip size="small" color={COLOR[status]} variant={status === 'suspended' ? 'outlined' : 'filled'} label={t(`status.${status}`)} />;
});
