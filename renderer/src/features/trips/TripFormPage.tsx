// Create or edit a trip: title, destination (prefecture and counties from the region
// list), dates, purpose, status, notes. Checked with the shared schema; the core's
// refusals land at their fields; drafts survive leaving.
import ArrowBack from '@mui/icons-material/ArrowBack';
import { Box, Button, Checkbox, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel, IconButton, MenuItem, Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Trip } from '../../../../shared/trips/contract';
import { TRIP_STATUSES, tripInput } from '../../../../shared/trips/schema';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { DraftBanner } from '../../components/DraftBanner';
import { FormSection } from '../../components/FormSection';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState, LoadingState } from '../../components/States';
import { api, ApiCallError, call } from '../../lib/api';
import { applyApiError } from '../../lib/applyApiError';
import { useDraft } from '../../lib/drafts';
import { schemaResolver } from '../../lib/formResolver';
import { useUnsavedGuard } from '../../lib/useUnsavedGuard';
import { useRegions } from './common';
import { emptyTripForm, formToTripInput, type TripForm, tripToForm } from './tripForm';

export function TripFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const navigate = useNavigate();
  const { notify, notifyError } = useNotifier();
  const regions = useRegions();
  const [trip, setTrip] = useState<Trip | null>(null);
  const [loadError, setLoadError] = useState<ApiCallError | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<TripForm>({ defaultValues: emptyTripForm(), resolver: schemaResolver(tripInput, formToTripInput, t), mode: 'onTouched' });
  const ready = (id ? trip !== null : true) && regions !== null;
  const draft = useDraft(id ? `trip:${id}` : 'trip:new', form, ready);

  useEffect(() => {
    if (!id) return;
    call(api().trips.get({ id })).then(
      (v) => (form.reset(tripToForm(v)), setTrip(v)),
      (e: unknown) => setLoadError(e instanceof ApiCallError ? e : new ApiCallError({ code: 'INTERNAL', key: 'internal' })),
    );
  }, [id, form]);

  const guard = useUnsavedGuard(form.formState.isDirty && !saving, draft.clear, draft.flush);
  const prefectureId = form.watch('prefectureId');
  const counties = regions?.find((p) => p.id === prefectureId)?.counties ?? [];

  const submit = form.handleSubmit(async (values) => {
    setSaving(true);
    try {
      const input = formToTripInput(values);
      const saved = id ? await call(api().trips.update({ id, trip: input })) : await call(api().trips.create(input));
      draft.clear();
      form.reset(tripToForm(saved));
      ws.changed();
      notify(t('common.saved'));
      navigate(`/trips/${saved.id}`, { replace: !id });
    } catch (e) {
      setSaving(false);
      applyApiError(form, e, t, notifyError);
    }
  });

  if (loadError) return <ErrorState error={loadError.error} />;
  if (!ready) return <LoadingState />;
  const errors = form.formState.errors;
  const text = (name: 'title' | 'purpose' | 'notes', multiline = false, required = false) => (
    <TextField label={t(`trips.field.${name}`)} required={required} fullWidth multiline={multiline} minRows={multiline ? 2 : undefined} {...form.register(name)} error={!!errors[name]} helperText={errors[name]?.message} />
  );
  const date = (name: 'startDate' | 'endDate') => (
    <TextField type="date" required label={t(`trips.field.${name}`)} {...form.register(name)} error={!!errors[name]} helperText={errors[name]?.message} sx={{ width: 200 }} slotProps={{ inputLabel: { shrink: true } }} />
  );

  return (
    <Box component="form" onSubmit={submit} noValidate sx={{ maxWidth: 1100 }}>
      {guard}
      <PageHeader
        back={<IconButton aria-label={t('common.back')} onClick={() => navigate(-1)}><ArrowBack /></IconButton>}
        title={id ? t('trips.editTitle') : t('trips.newTitle')}
        subtitle={trip?.title}
        actions={
          <>
            <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>{t('common.save')}</Button>
          </>
        }
      />
      {draft.restored && <DraftBanner onDiscard={() => (draft.clear(), form.reset(trip ? tripToForm(trip) : emptyTripForm()))} />}
      <Stack spacing={2}>
        <FormSection title={t('trips.section.basics')}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
            <Box sx={{ flex: 1 }}>{text('title', false, true)}</Box>
            <Controller
              control={form.control}
              name="status"
              render={({ field }) => (
                <TextField select label={t('trips.field.status')} {...field} error={!!errors.status} helperText={errors.status?.message} sx={{ width: 180, flexShrink: 0 }}>
                  {TRIP_STATUSES.map((s) => <MenuItem key={s} value={s}>{t(`trips.status.${s}`)}</MenuItem>)}
                </TextField>
              )}
            />
          </Stack>
        </FormSection>
        <FormSection title={t('trips.section.destination')}>
          <Stack spacing={2}>
            <Controller
              control={form.control}
              name="prefectureId"
              render={({ field }) => (
                <TextField
                  select
                  required
                  label={t('trips.field.prefecture')}
                  {...field}
                  onChange={(e) => (field.onChange(e.target.value), form.setValue('countyIds', [], { shouldDirty: true }))}
                  error={!!errors.prefectureId}
                  helperText={errors.prefectureId?.message}
                  sx={{ width: 240 }}
                >
                  {regions!.map((p) => <MenuItem key={p.id} value={p.id}>{p.name}</MenuItem>)}
                </TextField>
              )}
            />
            <Controller
              control={form.control}
              name="countyIds"
              render={({ field }) => (
                <FormControl required error={!!errors.countyIds} component="fieldset" disabled={!prefectureId}>
                  <FormLabel component="legend">{t('trips.field.counties')}</FormLabel>
                  <FormGroup row>
                    {counties.map((c) => (
                      <FormControlLabel
                        key={c.id}
                        label={c.name}
                        control={
                          <Checkbox
                            checked={field.value.includes(c.id)}
                            onBlur={field.onBlur}
                            onChange={(e) => field.onChange(e.target.checked ? [...field.value, c.id] : field.value.filter((x) => x !== c.id))}
                          />
                        }
                      />
                    ))}
                  </FormGroup>
                  {errors.countyIds && <FormHelperText>{errors.countyIds.message ?? errors.countyIds.root?.message}</FormHelperText>}
                </FormControl>
              )}
            />
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              {date('startDate')}
              {date('endDate')}
            </Stack>
          </Stack>
        </FormSection>
        <FormSection title={t('trips.section.purpose')}>
          <Stack spacing={2}>
            {text('purpose', true)}
            {text('notes', true)}
          </Stack>
        </FormSection>
      </Stack>
    </Box>
  );
}
