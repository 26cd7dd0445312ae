// Deleted companies and visits wait here; restore them, or delete them for good.
import { Box, Button, Chip, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/result';
import type { TrashItem } from '../../../../shared/trash/schema';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { PageHeader } from '../../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { useFormat } from '../../lib/format';

export function TrashPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const ws = useWorkspace();
  const { notify, notifyError } = useNotifier();
  const [items, setItems] = useState<TrashItem[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [purging, setPurging] = useState<TrashItem | null>(null);

  useEffect(() => {
    call(api().trash.list({})).then(
      (r) => (setItems(r), setError(null)),
      (e: unknown) => setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' }),
    );
  }, [ws.version]);

  async function restore(item: TrashItem) {
    try {
      await call(api().trash.restore({ kind: item.kind, id: item.id }));
      ws.changed();
      notify(t('trash.restored', { title: item.title }));
    } catch (e) {
      notifyError(e);
    }
  }

  async function purge(item: TrashItem) {
    setPurging(null);
    try {
      await call(api().trash.purge({ kind: item.kind, id: item.id }));
      ws.changed();
      notify(t('trash.purged', { title: item.title }));
    } catch (e) {
      notifyError(e);
    }
  }

  return (
    <Box sx={{ maxWidth: 1100 }}>
      <PageHeader title={t('trash.title')} subtitle={t('trash.subtitle')} />
      {error ? (
        <ErrorState error={error} />
      ) : !items ? (
        <LoadingState />
      ) : items.length === 0 ? (
        <EmptyState title={t('trash.empty')} />
      ) : (
        <Table size="small" aria-label={t('trash.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('trash.kind')}</TableCell>
              <TableCell>{t('trash.what')}</TableCell>
              <TableCell>{t('trash.deletedAt')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((item) => (
              <TableRow key={`${item.kind}:${item.id}`} hover>
                <TableCell><Chip size="small" label={t(`trash.kinds.${item.kind}`)} /></TableCell>
                <TableCell>
                  {item.title}
                  {item.detail && <Box component="span" sx={{ color: 'text.secondary', ml: 1 }}>{item.detail}</Box>}
                </TableCell>
                <TableCell>{fmt.dateTime(item.deletedAt)}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Button size="small" variant="outlined" onClick={() => void restore(item)}>{t('trash.restore')}</Button>
                  <Button size="small" color="error" onClick={() => setPurging(item)} sx={{ ml: 1 }}>{t('trash.purge')}</Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <ConfirmDialog
        open={purging !== null}
        title={t('trash.purgeTitle')}
        body={t('trash.purgeBody', { title: purging?.title ?? '' })}
        confirmLabel={t('trash.purge')}
        danger
        onConfirm={() => purging && void purge(purging)}
        onClose={() => setPurging(null)}
      />
    </Box>
  );
}
