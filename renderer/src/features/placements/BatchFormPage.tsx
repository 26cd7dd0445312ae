// Record or edit an arrival batch: date, how many arrived and how many of them are
// registered poor, where they come from, the trip that recruited them, and the employers
// with how many each took (a live "已分配 x / y 人" line). Checked with the shared schema;
// the core's refusals land at their fields; drafts survive leaving.
import Add from '@mui/icons-material/Add';
import ArrowBack from '@mui/icons-material/ArrowBack';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { Alert, Box, Button, IconButton, InputAdornment, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Controller, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { type Batch, batchInput } from '../../../../shared/placements/schema';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormSection } from '../../components/FormSection';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { api, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useRecordForm } from '../../lib/useRecordForm';
import { useRegions } from '../trips/common';
import { CompanyPicker } from '../visits/CompanyPicker';
import { type BatchForm, batchToForm, emptyBatchForm, formToBatchInput, takenBy } from './batchForm';
import { useTrips } from './common';
import { NotesField } from '../../components/NotesField';
import { DateField } from '../../components/DateField';

export function BatchFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const ws = useWorkspace();
  const navigate = useNavigate();
  const { notify, notifyError } = useNotifier();
  const regions = useRegions();
  const trips = useTrips();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const preset = { prefectureId: params.get('prefectureId'), tripId: params.get('tripId') };
  // Back to the list as the user left it (its filters live in the URL); to the plain list when opened directly.
  const back = () => ((window.history.state as { idx?: number } | null)?.idx ? navigate(-1) : navigate('/placements'));
  const { form, record: batch, setSaving, submit, guard, banner, gate, draft } = useRecordForm<Batch, BatchForm>({
    id,
    get: (id) => call(api().placements.getBatch({ id })),
    toForm: batchToForm,
    empty: () => emptyBatchForm(preset),
    schema: batchInput,
    toInput: formToBatchInput,
    draft: id ? `placementBatch:${id}` : 'placementBatch:new',
    ready: regions !== null && trips !== null,
    save: (values) => {
      const input = formToBatchInput(values);
      return id ? call(api().placements.updateBatch({ id, batch: input })) : call(api().placements.createBatch(input));
    },
    onSaved: back,
  });
  const employers = useFieldArray({ control: form.control, name: 'employers' });
  const prefectureId = form.watch('prefectureId');
  const counties = regions?.find((p) => p.id === prefectureId)?.counties ?? [];
  const rows = form.watch('employers');
  const workers = Number(form.watch('workers')) || 0;
  const taken = takenBy(rows);
  // The sum across rows is checked on the list as a whole: re-check it as rows change once the user has tried to save.
  const submitted = form.formState.isSubmitted;
  useEffect(() => {
    if (submitted) void form.trigger('employers');
  }, [taken, workers, submitted, form]);

  async function remove() {
    setConfirmDelete(false);
    try {
      await call(api().placements.deleteBatch({ id: id! }));
      draft.clear();
      ws.changed();
      notify(t('placements.batchDeleted'));
      setSaving(true);
      back();
    } catch (e) {
      notifyError(e);
    }
  }

  if (gate) return gate;
  const errors = form.formState.errors;
  const people = { input: { endAdornment: <InputAdornment position="end">{t('placements.people')}</InputAdornment> }, htmlInput: { inputMode: 'numeric' as const } };
  const num = (name: 'workers' | 'poor', width: number, required = false) => (
    <TextField label={t(`placements.field.${name}`)} required={required} {...form.register(name)} error={!!errors[name]} helperText={errors[name]?.message} sx={{ width }} slotProps={people} />
  );
  const employersError = errors.employers?.message ?? errors.employers?.root?.message;
  // The schema and the core name the company field `companyId`; the form holds the picked company.
  const employerCompanyError = (i: number) => {
    const row = errors.employers?.[i] as Record<string, { message?: string } | undefined> | undefined;
    return row?.companyId?.message ?? row?.company?.message;
  };

  return (
    <Box component="form" onSubmit={submit} noValidate sx={{ maxWidth: 1100 }}>
      {guard}
      <PageHeader
        back={<IconButton aria-label={t('common.back')} onClick={back}><ArrowBack /></IconButton>}
        title={id ? t('placements.editBatch') : t('placements.newBatch')}
        subtitle={batch ? t('placements.batchOf', { date: fmt.date(batch.arrivedOn) }) : undefined}
        actions={
          <>
            {id && <Button color="error" startIcon={<DeleteOutline />} onClick={() => setConfirmDelete(true)}>{t('common.delete')}</Button>}
          </>
        }
      />
      {banner}
      <Stack spacing={2}>
        <FormSection title={t('placements.section.arrival')}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
            <DateField control={form.control} name="arrivedOn" required label={t('placements.field.arrivedOn')} sx={{ width: 200 }} />
            {num('workers', 160, true)}
            {num('poor', 300)}
          </Stack>
        </FormSection>
        <FormSection title={t('placements.section.origin')}>
          <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
            <Controller
              control={form.control}
              name="prefectureId"
              render={({ field }) => (
                <TextField
                  select
                  required
                  label={t('placements.field.prefecture')}
                  {...field}
                  onChange={(e) => (field.onChange(e.target.value), form.setValue('countyId', '', { shouldDirty: true }))}
                  error={!!errors.prefectureId}
                  helperText={errors.prefectureId?.message}
                  sx={{ width: 200 }}
                >
                  {regions!.map((p) => <MenuItem key={p.id} value={p.id}>{p.name}</MenuItem>)}
                </TextField>
              )}
            />
            <Controller
              control={form.control}
              name="countyId"
              render={({ field }) => (
                <TextField
                  select
                  label={t('placements.field.county')}
                  {...field}
                  disabled={!prefectureId}
                  error={!!errors.countyId}
                  helperText={errors.countyId?.message}
                  sx={{ width: 200 }}
                  slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
                >
                  <MenuItem value="">{t('placements.noCounty')}</MenuItem>
                  {counties.map((c) => <MenuItem key={c.id} value={c.id}>{c.name}</MenuItem>)}
                </TextField>
              )}
            />
            <Controller
              control={form.control}
              name="tripId"
              render={({ field }) => (
                <TextField
                  select
                  label={t('placements.field.trip')}
                  {...field}
                  error={!!errors.tripId}
                  helperText={errors.tripId?.message}
                  sx={{ width: 400 }}
                  slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
                >
                  <MenuItem value="">{t('placements.noTrip')}</MenuItem>
                  {/* A trip deleted since stays selectable for the batch that already names it. */}
                  {batch?.tripId && !trips!.some((x) => x.id === batch.tripId) && <MenuItem value={batch.tripId}>{batch.tripTitle}</MenuItem>}
                  {trips!.map((x) => <MenuItem key={x.id} value={x.id}>{`${x.title}（${fmt.date(x.startDate)}）`}</MenuItem>)}
                </TextField>
              )}
            />
          </Stack>
        </FormSection>
        <FormSection title={t('placements.section.employers')}>
          <Stack spacing={1.5}>
            {employers.fields.length === 0 && <Typography variant="body2" color="text.secondary">{t('placements.noEmployers')}</Typography>}
            {employers.fields.map((f, i) => (
              <Stack key={f.id} direction="row" spacing={2} sx={{ alignItems: 'flex-start' }} data-testid="employer-row">
                <Box sx={{ flex: 1 }}>
                  <Controller
                    control={form.control}
                    name={`employers.${i}.company`}
                    render={({ field }) => (
                      <CompanyPicker
                        label={t('placements.field.company')}
                        required
                        value={field.value}
                        onChange={(v) => field.onChange(v)}
                        error={employerCompanyError(i)}
                      />
                    )}
                  />
                </Box>
                <TextField
                  label={t('placements.field.employerWorkers')}
                  required
                  {...form.register(`employers.${i}.workers`)}
                  error={!!errors.employers?.[i]?.workers}
                  helperText={errors.employers?.[i]?.workers?.message}
                  sx={{ width: 160 }}
                  slotProps={people}
                />
                <IconButton aria-label={t('placements.removeEmployer')} onClick={() => employers.remove(i)} sx={{ mt: 1 }}>
                  <DeleteOutline />
                </IconButton>
              </Stack>
            ))}
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Button startIcon={<Add />} onClick={() => employers.append({ company: null, workers: '' })}>{t('placements.addEmployer')}</Button>
              <Typography variant="body2" color={taken > workers ? 'error' : 'text.secondary'} data-testid="assigned-line">
                {t(taken > workers ? 'placements.assignedOver' : 'placements.assigned', { taken: fmt.number(taken), workers: fmt.number(workers) })}
              </Typography>
            </Stack>
            {employersError && <Alert severity="error" data-testid="employers-error">{employersError}</Alert>}
          </Stack>
        </FormSection>
        <FormSection title={t('placements.section.notes')}>
          <NotesField form={form} name="notes" label={t('placements.field.notes')} fullWidth multiline minRows={2} />
        </FormSection>
      </Stack>
      <ConfirmDialog
        open={confirmDelete}
        title={t('placements.deleteBatchTitle')}
        body={t('placements.deleteBatchBody', { date: batch ? fmt.date(batch.arrivedOn) : '', workers: batch?.workers ?? '' })}
        confirmLabel={t('common.delete')}
        danger
        onConfirm={() => void remove()}
        onClose={() => setConfirmDelete(false)}
      />
      <FormActions>
        <Button onClick={back}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>{t('common.save')}</Button>
      </FormActions>
    </Box>
  );
}
