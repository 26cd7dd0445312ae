// One figure as a link to the records behind it; "—" when nothing was recorded.
import { Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import type { ReportedCount } from '../../../../shared/outcomes/counts';
import { useCount } from '../outcomes/common';

export type FigureValue = ReportedCount | number | null;

export const asCount = (v: FigureValue): ReportedCount | null => (v === null ? null : typeof v === 'number' ? { value: v, about: false } : v);

/** `zeroIsNone`: a count of records that is 0 means "none recorded" and shows as "—". */
export function Figure({ value, to, zeroIsNone = false, testId, variant }: { value: FigureValue; to: string; zeroIsNone?: boolean; testId?: string; variant?: 'big' }) {
  const count = useCount();
  const c = asCount(value);
  const big = variant === 'big' ? { fontSize: 26, fontWeight: 600, lineHeight: 1.2 } : {};
  if (c === null || (zeroIsNone && c.value === 0)) {
    return (
      <Typography component="span" color="text.disabled" sx={{ ...big }} data-testid={testId}>
        —
      </Typography>
    );
  }
  return (
    <Link component={RouterLink} to={to} underline="hover" sx={{ ...big, fontVariantNumeric: 'tabular-nums' }} data-testid={testId}>
      {count(c)}
    </Link>
  );
}
