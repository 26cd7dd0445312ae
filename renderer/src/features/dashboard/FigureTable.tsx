// A table of figures per year, destination or trip; every cell links to its records.
import { Link, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Figures } from '../../../../shared/dashboard/schema';
import { Figure, type FigureValue } from './Figure';
import { type FigureKey, type Scope, recordsOf } from './links';

const COLUMNS: FigureKey[] = [
  'trips', 'companies', 'positionsOffered', 'jobSeekers', 'resumes', 'intentions', 'intentionsPoor', 'hired', 'trainees', 'agreements', 'arrivals', 'stillWorking',
];
/** Counts of records: 0 is "none recorded". */
const ZERO_IS_NONE = new Set<FigureKey>(['trips', 'companies', 'agreements', 'arrivals']);

export interface FigureRow extends Figures {
  key: string;
  label: ReactNode;
  scope: Scope;
  positionsFromHeadcount?: boolean;
}

export function FigureTable({ title, firstColumn, rows, testId, footer }: { title: string; firstColumn: string; rows: FigureRow[]; testId: string; footer?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" sx={{ minWidth: 0 }} data-testid={testId}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, px: 2, pt: 1.5 }}>
        {title}
      </Typography>
      <TableContainer>
        <Table size="small" sx={{ '& th, & td': { px: 1 }, '& th': { whiteSpace: 'nowrap', color: 'text.secondary' } }}>
          <TableHead>
            <TableRow>
              <TableCell>{firstColumn}</TableCell>
              {COLUMNS.map((c) => (
                <TableCell key={c} align="right">
                  {/* The count of trips has its own heading: the by-trip table's first column is 出访 too. */}
                  {c === 'trips' ? t('dashboard.tripCount') : c === 'intentionsPoor' ? t('dashboard.figure.intentionsPoor') : t(`dashboard.figure.${c}`).replace(/（.*）/, '')}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.key} hover>
                <TableCell sx={{ minWidth: 120 }}>{r.label}</TableCell>
                {COLUMNS.map((c) => (
                  <TableCell key={c} align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Figure
                      value={r[c as keyof Figures] as FigureValue}
                      to={recordsOf(c, r.scope, { positionsFromHeadcount: r.positionsFromHeadcount })}
                      zeroIsNone={ZERO_IS_NONE.has(c)}
                      testId={`${testId}-${r.key}-${c}`}
                    />
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {footer && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ px: 2, py: 1 }}>
          {footer}
        </Typography>
      )}
    </Paper>
  );
}

export const TripLink = ({ id, title }: { id: string; title: string }) => (
  <Link component={RouterLink} to={`/trips/${id}`} underline="hover">
    {title}
  </Link>
);
