// The positions section of a company page: what the company offers, with add/edit/delete.
import AddOutlined from '@mui/icons-material/AddOutlined';
import { Box, Button, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ApiError } from '../../../../shared/result';
import type { Position } from '../../../../shared/positions/schema';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormSection } from '../../components/FormSection';
import { ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { usePositionText } from './common';
import { RowActions } from '../../components/RowActions';

export function CompanyPositions({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const text = usePositionText();
  const ws = useWorkspace();
  const navigate = useNavigate();
  const { notify, notifyError } = useNotifier();
  const [rows, setRows] = useState<Position[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [deleting, setDeleting] = useState<Position | null>(null);

  useEffect(() => {
    let live = true;
    call(api().positions.list({ companyId })).then(
      (v) => live && (setRows(v), setError(null)),
      (e: unknown) => live && setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' }),
    );
    return () => {
      live = false;
    };
  }, [companyId, ws.version]);

  async function remove(p: Position) {
    setDeleting(null);
    try {
      await call(api().positions.delete({ id: p.id }));
      ws.changed();
      notify(t('positions.deleted'));
    } catch (e) {
      notifyError(e);
    }
  }

  return (
    <FormSection
      title={t('positions.title')}
      action={
        <Button size="small" variant="outlined" startIcon={<AddOutlined />} sx={{ ml: 'auto' }} onClick={() => navigate(`/positions/new?companyId=${companyId}`)}>
          {t('positions.add')}
        </Button>
      }
    >
      {error ? (
        <ErrorState error={error} />
      ) : !rows ? (
        <LoadingState />
      ) : rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">{t('positions.emptyCompany')}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          {/* Narrow cells: the table sits in half the page and its edit/delete buttons must stay in view at 1280 px. */}
          <Table size="small" aria-label={t('positions.title')} data-testid="company-positions" sx={{ '& td, & th': { px: 1 } }}>
            <TableHead sx={{ '& th': { whiteSpace: 'nowrap' } }}>
              <TableRow>
                <TableCell>{t('positions.col.title')}</TableCell>
                <TableCell align="right">{t('positions.col.headcount')}</TableCell>
                <TableCell>{t('positions.col.payHours')}</TableCell>
                <TableCell>{t('positions.col.roomBoard')}</TableCell>
                <TableCell>{t('positions.col.valid')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((p) => (
                <TableRow key={p.id} hover sx={{ '& td': { verticalAlign: 'top' } }}>
                  <TableCell sx={{ minWidth: 120 }}>
                    <Typography variant="body2" sx={{ fontWeight: 500 }}>{p.title}</Typography>
                    <Typography variant="caption" color="text.secondary">{p.jobTypeName}</Typography>
                    {p.suitableForRural && <Chip size="small" variant="outlined" label={t('positions.field.suitableForRural')} sx={{ mt: 0.5, display: 'flex', width: 'fit-content' }} />}
                  </TableCell>
                  <TableCell align="right">{fmt.number(p.headcount)}</TableCell>
                  <TableCell>
                    <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>{text.pay(p)}</Typography>
                    <Typography variant="caption" color="text.secondary">{text.hours(p)}</Typography>
                  </TableCell>
                  <TableCell>
                    <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>{text.roomBoard(p)}</Typography>
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    {p.validFrom && p.validTo ? (
                      <>
                        <Typography variant="body2">{fmt.date(p.validFrom)}</Typography>
                        <Typography variant="body2">{t('positions.validTo', { to: fmt.date(p.validTo) })}</Typography>
                      </>
                    ) : (
                      <Typography variant="body2">{text.valid(p)}</Typography>
                    )}
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <RowActions name={p.title} onEdit={() => navigate(`/positions/${p.id}`)} onDelete={() => setDeleting(p)} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('positions.deleteTitle')}
        body={t('positions.deleteBody', { title: deleting?.title ?? '' })}
        confirmLabel={t('common.delete')}
        danger
        onConfirm={() => void remove(deleting!)}
        onClose={() => setDeleting(null)}
      />
    </FormSection>
  );
}
