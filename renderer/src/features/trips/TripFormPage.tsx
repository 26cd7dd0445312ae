// Create or edit a trip: title, destination (prefecture and counties from the region
// list), dates, purpose, status, notes. Checked with the shared schema; the core's
// refusals land at their fields; drafts survive leaving.
import ArrowBack from '@mui/icons-material/ArrowBack';
import { Box, Button, Checkbox, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel, IconButton, MenuItem, Stack, TextField } from '@mui/material';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { Trip } from '../../../../shared/trips/contract';
import { TRIP_STATUSES, tripInput } from '../../../../shared/trips/schema';
import { FormSection } from '../../components/FormSection';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { api, call } from '../../lib/api';
import { useRecordForm } from '../../lib/useRecordForm';
import { useRegions } from './common';
import { emptyTripForm, formToTripInput, type TripForm, tripToForm } from './tripForm';
import { NotesField } from '../../components/NotesField';
import { DateField } from '../../components/DateField';

export function TripFormPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const regions = useRegions();
  const { form, record: trip, submit, guard, banner, gate } = useRecordForm<Trip, TripForm>({
    id,
    get: (id) => call(api().trips.get({ id })),
    toForm: tripToForm,
    empty: emptyTripForm,
    schema: tripInput,
    toInput: formToTripInput,
    draft: id ? `trip:${id}` : 'trip:new',
    ready: regions !== null,
    save: (values) => {
      const input = formToTripInput(values);
      return id ? call(api().trips.update({ id, trip: input })) : call(api().trips.create(input));
    },
    onSaved: (saved) => navigate(`/trips/${saved.id}`, { replace: !id }),
  });
  const prefectureId = form.watch('prefectureId');
  const counties = regions?.find((p) => p.id === prefectureId)?.counties ?? [];

  if (gate) return gate;
  const errors = form.formState.errors;
  const text = (name: 'title', required = false) => (
    <TextField label={t(`trips.field.${name}`)} required={required} fullWidth {...form.register(name)} error={!!errors[name]} helperText={errors[name]?.message} />
  );
  const notes = (name: 'purpose' | 'notes') => <NotesField form={form} name={name} label={t(`trips.field.${name}`)} fullWidth multiline minRows={2} />;
  const date = (name: 'startDate' | 'endDate') => (
    <DateField control={form.control} name={name} required label={t(`trips.field.${name}`)} sx={{ width: 200 }} />
  );

  return (
    <Box component="form" onSubmit={submit} noValidate sx={{ maxWidth: 1100 }}>
      {guard}
      <PageHeader
        back={<IconButton aria-label={t('common.back')} onClick={() => navigate(-1)}><ArrowBack /></IconButton>}
        title={id ? t('trips.editTitle') : t('trips.newTitle')}
        subtitle={trip?.title}
      />
      {banner}
      <Stack spacing={2}>
        <FormSection title={t('trips.section.basics')}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
            <Box sx={{ flex: 1 }}>{text('title', true)}</Box>
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
            {notes('purpose')}
            {notes('notes')}
          </Stack>
        </FormSection>
      </Stack>
      <FormActions>
        <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>{t('common.save')}</Button>
      </FormActions>
    </Box>
  );
}
