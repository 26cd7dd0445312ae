// One trip: its facts and totals as the article reports them ("24 家企业，2025 个岗位"),
// the delegation, the participating companies and their positions, a way to the
// itinerary, copying as a new trip, and deleting.
import ArrowBack from '@mui/icons-material/ArrowBack';
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import EventNoteOutlined from '@mui/icons-material/EventNoteOutlined';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, IconButton, Stack, TextField, Typography } from '@mui/material';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import type { ApiError } from '../../../../shared/result';
import { type Trip, tripCopyInput } from '../../../../shared/trips/contract';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormSection } from '../../components/FormSection';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useSchemaForm } from '../../lib/useSchemaForm';
import { TripStatusChip, useDateRange } from './common';
import { Delegation } from './Delegation';
import { Participants } from './Participants';
import { TripAgreements } from '../agreements/TripAgreements';
import { TripOutcomesSection } from '../outcomes/TripOutcomesSection';
import { TripReportMenu } from '../tripReport/TripReportMenu';
import { DateField } from '../../components/DateField';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack direction="row" spacing={2}>
      <Typography variant="body2" color="text.secondary" sx={{ width: 96, flexShrink: 0 }}>{label}</Typography>
      <Typography variant="body2" component="div" sx={{ minWidth: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{children}</Typography>
    </Stack>
  );
}

export function TripDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const range = useDateRange();
  const navigate = useNavigate();
  const { notify, notifyError } = useNotifier();
  const [trip, setTrip] = useState<Trip | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [copying, setCopying] = useState(false);

  useEffect(() => {
    let live = true;
    call(api().trips.get({ id: id! })).then(
      (v) => live && setTrip(v),
      (e: unknown) => live && setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' }),
    );
    return () => {
      live = false;
    };
  }, [id, ws.version]);

  const changed = (v: Trip) => {
    setTrip(v);
    ws.changed();
  };

  async function remove() {
    setConfirmDelete(false);
    try {
      await call(api().trips.delete({ id: id! }));
      ws.changed();
      notify(t('trips.deleted'));
      navigate('/trips');
    } catch (e) {
      notifyError(e);
    }
  }

  if (error) return <ErrorState error={error} />;
  if (!trip) return <LoadingState />;
  const totals = trip.totals;
  return (
    <Box sx={{ maxWidth: 1200 }}>
      <PageHeader
        back={<IconButton aria-label={t('common.back')} onClick={() => navigate('/trips')}><ArrowBack /></IconButton>}
        title={trip.title}
        subtitle={`${trip.prefectureName} ${trip.counties.map((c) => c.name).join('、')} · ${range(trip.startDate, trip.endDate)}`}
        actions={
          <>
            <Button variant="contained" startIcon={<EventNoteOutlined />} component={RouterLink} to={`/trips/${trip.id}/itinerary`}>{t('trips.itinerary')}</Button>
            <TripReportMenu tripId={trip.id} />
            <Button startIcon={<EditOutlined />} onClick={() => navigate(`/trips/${trip.id}/edit`)}>{t('common.edit')}</Button>
            <Button startIcon={<ContentCopyOutlined />} onClick={() => setCopying(true)}>{t('trips.copy')}</Button>
            <IconButton color="error" aria-label={t('common.delete')} onClick={() => setConfirmDelete(true)}><DeleteOutline /></IconButton>
          </>
        }
      />
      <Stack spacing={2}>
        <FormSection title={t('trips.facts')}>
          <Stack direction="row" spacing={3} sx={{ alignItems: 'flex-start' }}>
            <Stack spacing={1} sx={{ flex: 1, minWidth: 0 }}>
              <Fact label={t('trips.field.status')}><TripStatusChip status={trip.status} /></Fact>
              <Fact label={t('trips.field.prefecture')}>{trip.prefectureName}</Fact>
              <Fact label={t('trips.field.counties')}>{trip.counties.map((c) => c.name).join('、')}</Fact>
              <Fact label={t('trips.col.dates')}>{range(trip.startDate, trip.endDate)}</Fact>
              {trip.purpose && <Fact label={t('trips.field.purpose')}>{trip.purpose}</Fact>}
              {trip.notes && <Fact label={t('trips.field.notes')}>{trip.notes}</Fact>}
              {trip.copiedFromId && (
                <Fact label="">
                  <RouterLink to={`/trips/${trip.copiedFromId}`}>{t('trips.copiedFrom')}</RouterLink>
                </Fact>
              )}
            </Stack>
            <Box data-testid="trip-totals" sx={{ p: 2, borderRadius: 1, bgcolor: 'action.hover', minWidth: 260, flexShrink: 0 }}>
              <Typography variant="h6" component="p" sx={{ fontWeight: 600 }}>
                {t('trips.totals', { companies: fmt.number(totals.companies), headcount: fmt.number(totals.headcount) })}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {t('trips.totalsDetail', { positions: fmt.number(totals.positions), withPositions: fmt.number(totals.companiesWithPositions) })}
              </Typography>
              <Typography variant="body2" color="text.secondary">{t('trips.itineraryCount', { count: trip.items.length })}</Typography>
            </Box>
          </Stack>
        </FormSection>
        <Delegation trip={trip} onChange={changed} />
        <Participants trip={trip} onChange={changed} />
        <TripAgreements tripId={trip.id} />
        <TripOutcomesSection tripId={trip.id} />
      </Stack>
      {copying && <CopyDialog trip={trip} onClose={() => setCopying(false)} />}
      <ConfirmDialog open={confirmDelete} title={t('trips.deleteTitle')} body={t('trips.deleteBody', { title: trip.title })} confirmLabel={t('common.delete')} danger onConfirm={() => void remove()} onClose={() => setConfirmDelete(false)} />
    </Box>
  );
}

interface CopyForm {
  newStartDate: string;
  title: string;
}

function CopyDialog({ trip, onClose }: { trip: Trip; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toInput = (f: CopyForm) => ({ id: trip.id, newStartDate: f.newStartDate, title: f.title.trim() || null });
  const { form, submit, errors, saving } = useSchemaForm<CopyForm, Trip>({
    schema: tripCopyInput,
    // No date yet reads "required", not "invalid date".
    toInput: (f) => ({ ...toInput(f), newStartDate: f.newStartDate || null }),
    defaultValues: { newStartDate: '', title: '' },
    mode: 'onSubmit',
    save: (values) => call(api().trips.copy(toInput(values))),
    savedMessage: t('trips.copied'),
    onSaved: (copied) => {
      onClose();
      navigate(`/trips/${copied.id}`);
    },
  });

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{t('trips.copyTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('trips.copyHint')}</DialogContentText>
          <Stack spacing={2}>
            <DateField control={form.control} name="newStartDate" required label={t('trips.copyStart')} />
            <TextField label={t('trips.copyName')} {...form.register('title')} error={!!errors.title} helperText={errors.title?.message} placeholder={trip.title} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={saving}>{t('trips.copy')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
