// One company: its facts, contacts, the timeline of visits and its change history.
import AddOutlined from '@mui/icons-material/AddOutlined';
import ArrowBack from '@mui/icons-material/ArrowBack';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import PersonRemoveOutlined from '@mui/icons-material/PersonRemoveOutlined';
import { Box, Button, Card, CardContent, Chip, IconButton, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Company } from '../../../../shared/companies/schema';
import { shownStatus } from '../../../../shared/companies/status';
import type { ApiError } from '../../../../shared/result';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormSection } from '../../components/FormSection';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { CompanyHistory } from '../audit/CompanyHistory';
import { RemovePersonDialog } from '../people/RemovePersonDialog';
import { CompanyPositions } from '../positions/CompanyPositions';
import { CompanyVettings } from '../vetting/CompanyVettings';
import { useRevettingDue } from '../vetting/RevettingDue';
import { VisitTimeline } from '../visits/VisitTimeline';
import { StatusChip } from './StatusChip';

export function CompanyDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const ws = useWorkspace();
  const navigate = useNavigate();
  const { notify, notifyError } = useNotifier();
  const [company, setCompany] = useState<Company | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [erasing, setErasing] = useState<string | null>(null);
  // The header marks an expired approval as the list does (vettings.due).
  const due = useRevettingDue();

  useEffect(() => {
    call(api().companies.get({ id })).then(
      (c) => (setCompany(c), setError(null)),
      (e: unknown) => setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' }),
    );
  }, [id, ws.version]);

  if (error) return <ErrorState error={error} />;
  if (!company) return <LoadingState />;

  async function remove() {
    setConfirmDelete(false);
    try {
      await call(api().companies.delete({ id }));
      ws.changed();
      notify(t('companyDetail.deleted', { name: company!.name }));
      navigate('/companies');
    } catch (e) {
      notifyError(e);
    }
  }

  const facts: [string, React.ReactNode][] = [
    [t('company.creditCode'), company.creditCode ? <Box component="span" sx={{ fontFamily: 'monospace' }}>{company.creditCode}</Box> : '—'],
    [t('company.town'), company.townName ?? '—'],
    [t('company.industry'), company.industryName ?? '—'],
    [t('company.headcount'), fmt.number(company.headcount) || '—'],
    [t('company.address'), company.address ?? '—'],
    [t('company.lastVisit'), fmt.date(company.lastVisitDate) || t('company.neverVisited')],
  ];

  return (
    <Box sx={{ maxWidth: 1200 }}>
      <PageHeader
        back={<IconButton aria-label={t('common.back')} onClick={() => navigate('/companies')}><ArrowBack /></IconButton>}
        title={<Stack direction="row" spacing={1.5} component="span" sx={{ alignItems: 'center' }}><span>{company.name}</span><StatusChip status={shownStatus(company.status, due.has(id))} /></Stack>}
        actions={
          <>
            <Button startIcon={<DeleteOutline />} color="error" onClick={() => setConfirmDelete(true)}>{t('common.delete')}</Button>
            <Button startIcon={<EditOutlined />} variant="outlined" onClick={() => navigate(`/companies/${id}/edit`)}>{t('common.edit')}</Button>
            <Button startIcon={<AddOutlined />} variant="contained" onClick={() => navigate(`/visits/new?companyId=${id}`)}>{t('companyDetail.logVisit')}</Button>
          </>
        }
      />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Stack spacing={2} sx={{ width: 400, flexShrink: 0 }}>
          <Card variant="outlined">
            <CardContent>
              <Table size="small" aria-label={t('companyDetail.facts')}>
                <TableBody>
                  {facts.map(([k, v]) => (
                    <TableRow key={k}>
                      <TableCell component="th" sx={{ color: 'text.secondary', whiteSpace: 'nowrap', border: 0, pl: 0 }}>{k}</TableCell>
                      <TableCell sx={{ border: 0, wordBreak: 'break-all' }}>{v}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
              {company.tags.length > 0 && (
                <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
                  {company.tags.map((tag) => <Chip key={tag} size="small" label={tag} onClick={() => navigate(`/companies?tag=${encodeURIComponent(tag)}`)} />)}
                </Stack>
              )}
              {company.notes && <Typography variant="body2" sx={{ mt: 1.5, whiteSpace: 'pre-wrap' }}>{company.notes}</Typography>}
            </CardContent>
          </Card>
          <FormSection title={t('company.contacts')}>
            {company.contacts.length === 0 ? (
              <Typography variant="body2" color="text.secondary">{t('company.noContacts')}</Typography>
            ) : (
              <Stack spacing={1} data-testid="contacts">
                {company.contacts.map((c) => (
                  <Box key={c.id} sx={{ position: 'relative', pr: 5 }}>
                    <IconButton size="small" aria-label={`${t('people.action')} ${c.name}`} title={t('people.action')} onClick={() => setErasing(c.id)} sx={{ position: 'absolute', right: 0, top: 0 }}>
                      <PersonRemoveOutlined fontSize="small" />
                    </IconButton>
                    <Typography sx={{ fontWeight: 500 }}>{c.name} {c.role && <Typography component="span" variant="body2" color="text.secondary">· {c.role}</Typography>}</Typography>
                    {c.phone && <Typography variant="body2">{c.phone}</Typography>}
                    {c.note && <Typography variant="body2" color="text.secondary">{c.note}</Typography>}
                  </Box>
                ))}
              </Stack>
            )}
          </FormSection>
          <FormSection title={t('audit.title')}>
            <CompanyHistory companyId={id} />
          </FormSection>
        </Stack>
        <Stack spacing={2} sx={{ flex: 1, minWidth: 0 }}>
          <CompanyVettings companyId={id} />
          <CompanyPositions companyId={id} />
          <FormSection title={t('timeline.title')}>
            <VisitTimeline companyId={id} />
          </FormSection>
        </Stack>
      </Stack>
      <ConfirmDialog
        open={confirmDelete}
        title={t('companyDetail.deleteTitle')}
        body={t('companyDetail.deleteBody', { name: company.name })}
        confirmLabel={t('common.delete')}
        danger
        onConfirm={() => void remove()}
        onClose={() => setConfirmDelete(false)}
      />
      {erasing && <RemovePersonDialog person={{ kind: 'contact', id: erasing }} onClose={() => setErasing(null)} />}
    </Box>
  );
}
