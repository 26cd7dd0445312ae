// Settings › 导出记录: what has left the workspace, newest first, a page at a time, and the
// log itself as an export (which adds its own entry).
import { Box, Stack, Table, TableBody, TableCell, TableHead, TablePagination, TableRow } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ExportLogEntry, type ExportLogPage, FILE_KEYS } from '../../../../shared/exportLog/schema';
import type { ApiError } from '../../../../shared/result';
import { useWorkspace } from '../../app/WorkspaceContext';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { ExportButton } from '../exports/ExportButton';

const isFileKey = (what: string) => (FILE_KEYS as readonly string[]).includes(what);

type Listing = { phase: 'loading' } | { phase: 'failed'; error: ApiError } | { phase: 'ready'; page: ExportLogPage };

const PAGE_SIZES = [20, 50, 100];

export function ExportLogSection() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const f = useFormat();
  const [listing, setListing] = useState<Listing>({ phase: 'loading' });
  const [page, setPage] = useState(0);
  const [size, setSize] = useState(PAGE_SIZES[0]!);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    call(api().exportLog.list({ offset: page * size, limit: size })).then(
      (p) => live && setListing({ phase: 'ready', page: p }),
      (e) => live && setListing({ phase: 'failed', error: e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' } }),
    );
    return () => {
      live = false;
    };
  }, [ws.version, attempt, page, size]);

  const what = (e: ExportLogEntry) =>
    e.kind === 'report' ? t(`exportLog.report.${e.what}`)
    : e.kind !== 'export' ? t('exportLog.workspace')
    : isFileKey(e.what) ? t(`exportLog.file.${e.what}`) // a scanned agreement or a template file
    : t(`exports.dataset.${e.what}`);

  const filter = (e: ExportLogEntry) => {
    const parts = Object.entries(e.filter).map(([key, v]) => {
      const field = t(`exportLog.field.${key}`, { defaultValue: key });
      if (v === true) return field;
      const value =
        v === null ? t('exportLog.gone')
        : key === 'status' ? t(`status.${v}`) // a company's status
        : key === 'kind' ? t(`itinerary.kind.${v}`) // an outcome's event kind
        : typeof v === 'number' && key !== 'year' ? f.number(v)
        : String(v);
      return t('exportLog.fieldValue', { field, value });
    });
    return parts.length ? parts.join(t('exportLog.fieldSep')) : t('exportLog.noFilter');
  };

  return (
    <Stack spacing={1.5} data-testid="export-log">
      <Box>
        <ExportButton choices={[{ dataset: 'exportLog', filter: {} }]} onDone={() => setAttempt((n) => n + 1)} />
      </Box>
      {listing.phase === 'loading' ? (
        <LoadingState />
      ) : listing.phase === 'failed' ? (
        <ErrorState error={listing.error} onRetry={() => setAttempt((n) => n + 1)} />
      ) : listing.page.total === 0 ? (
        <EmptyState title={t('exportLog.empty')} hint={t('exportLog.emptyHint')} />
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" aria-label={t('exportLog.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('exportLog.column.at')}</TableCell>
                <TableCell>{t('exportLog.column.kind')}</TableCell>
                <TableCell>{t('exportLog.column.what')}</TableCell>
                <TableCell>{t('exportLog.column.filter')}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{t('exportLog.column.rows')}</TableCell>
                <TableCell>{t('exportLog.column.fileName')}</TableCell>
                <TableCell>{t('exportLog.column.staff')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {listing.page.rows.map((e) => (
                <TableRow key={e.id} hover data-testid="export-log-row">
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{f.timestamp(e.at)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{t(`exportLog.kind.${e.kind}`)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{what(e)}</TableCell>
                  <TableCell>{filter(e)}</TableCell>
                  <TableCell align="right">{f.number(e.rows)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{e.fileName || t('exportLog.noFile')}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{e.staffName ?? t('exportLog.noStaff')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <TablePagination
            component="div"
            count={listing.page.total}
            page={page}
            onPageChange={(_, p) => setPage(p)}
            rowsPerPage={size}
            rowsPerPageOptions={PAGE_SIZES}
            onRowsPerPageChange={(ev) => {
              setSize(Number(ev.target.value));
              setPage(0);
            }}
            labelRowsPerPage={t('exportLog.perPage')}
            labelDisplayedRows={({ from, to, count }) => t('exportLog.pageRange', { from, to, count })}
          />
        </Box>
      )}
    </Stack>
  );
}
