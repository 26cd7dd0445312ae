// Register or edit an agreement: type, title, parties, copies, the signing date, the
// partner region, the trip and the event where it was signed, notes, and the targets.
// Checked with the shared schema (a target due before signing is caught at its field);
// drafts survive leaving the page.
import Add from '@mui/icons-material/Add';
import ArrowBack from '@mui/icons-material/ArrowBack';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { Box, Button, IconButton, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Controller, useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { AGREEMENT_TYPES, type Agreement, agreementInput, LIMITS_AGREEMENT, TARGET_METRICS } from '../../../../shared/agreements/schema';
import type { Trip } from '../../../../shared/trips/contract';
import { FormSection } from '../../components/FormSection';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { api, call } from '../../lib/api';
import { inside } from '../../lib/formResolver';
import { useFormat, todayIso } from '../../lib/format';
import { useRecordForm } from '../../lib/useRecordForm';
import { useRegions } from '../trips/common';
import { type AgreementForm, agreementToForm, emptyAgreementForm, emptyTarget, formToAgreementInput } from './agreementForm';
import { useTripOptions } from './common';
import { NotesField } from '../../components/NotesField';
import { DateField } from '../../components/DateField';

// Events where agreements are signed come first in the picker; travel and lodging are not events.
const EVENT_ORDER = ['signing', 'seminar'];
const NOT_EVENTS = ['travel', 'lodging'];

export function AgreementFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const navigate = useNavigate();
  const regions = useRegions();
  const trips = useTripOptions();
  const [loadedTrip, setLoadedTrip] = useState<Trip | null>(null);
  const presetTripId = params.get('tripId') ?? '';
  const { form, record: agreement, submit, guard, banner, gate } = useRecordForm<Agreement, AgreementForm>({
    id,
    get: (id) => call(api().agreements.get({ id, today: todayIso() })),
    toForm: agreementToForm,
    empty: () => emptyAgreementForm(presetTripId),
    schema: agreementInput,
    toInput: formToAgreementInput,
    // Checked on save, then as the user corrects: with 'onTouched' react-hook-form checks a
    // field array as soon as a row is added, and a fresh target row would open in red.
    mode: 'onSubmit',
    draft: id ? `agreement:${id}` : `agreement:new:${presetTripId}`,
    ready: regions !== null && trips !== null,
    save: (values) => {
      const input = formToAgreementInput(values);
      const today = todayIso();
      return id ? call(api().agreements.update({ id, agreement: input, today })) : call(api().agreements.create({ agreement: input, today }));
    },
    onSaved: (saved) => navigate(`/agreements/${saved.id}`, { replace: !id }),
    savedMessage: t('agreements.saved'),
    // The core names the fields under `agreement.`; the form holds them at its top level.
    issueAt: inside('agreement'),
  });
  const targets = useFieldArray({ control: form.control, name: 'targets' });

  // The chosen trip's itinerary, for the event picker; its region fills an empty one.
  const tripId = form.watch('tripId');
  useEffect(() => {
    let live = true;
    if (!tripId) return;
    call(api().trips.get({ id: tripId })).then(
      (v) => {
        if (!live) return;
        setLoadedTrip(v);
        if (!form.getValues('prefectureId')) form.setValue('prefectureId', v.prefectureId, { shouldDirty: true });
      },
      () => live && setLoadedTrip(null),
    );
    return () => {
      live = false;
    };
  }, [tripId, form]);
  // Another trip's events are never offered while the chosen one loads.
  const trip = tripId && loadedTrip?.id === tripId ? loadedTrip : null;

  if (gate) return gate;
  const errors = form.formState.errors;
  const parties = form.watch('parties');
  const events = (trip?.items ?? [])
    .filter((i) => !NOT_EVENTS.includes(i.kind))
    .sort((a, b) => rank(a.kind) - rank(b.kind) || a.startsAt.localeCompare(b.startsAt));
  const partyError = (i: number) => (errors.parties?.[i] as { message?: string } | undefined)?.message ?? (i === 0 ? errors.parties?.message : undefined);

  return (
    <Box component="form" onSubmit={submit} noValidate sx={{ maxWidth: 1100 }}>
      {guard}
      <PageHeader
        back={<IconButton aria-label={t('common.back')} onClick={() => navigate(-1)}><ArrowBack /></IconButton>}
        title={id ? t('agreements.editTitle') : t('agreements.newTitle')}
        subtitle={agreement?.title}
      />
      {banner}
      <Stack spacing={2}>
        <FormSection title={t('agreements.section.basics')}>
          <Stack spacing={2}>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <Controller
                control={form.control}
                name="type"
                render={({ field }) => (
                  <TextField select required label={t('agreements.field.type')} {...field} error={!!errors.type} helperText={errors.type?.message} sx={{ width: 220, flexShrink: 0 }}>
                    {AGREEMENT_TYPES.map((k) => <MenuItem key={k} value={k}>{t(`agreements.type.${k}`)}</MenuItem>)}
                  </TextField>
                )}
              />
              <TextField required fullWidth label={t('agreements.field.title')} {...form.register('title')} error={!!errors.title} helperText={errors.title?.message} />
            </Stack>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <DateField control={form.control} name="signedOn" required label={t('agreements.field.signedOn')} sx={{ width: 200, flexShrink: 0 }} />
              <TextField
                required label={t('agreements.field.copies')} {...form.register('copies')} error={!!errors.copies} helperText={errors.copies?.message ?? t('agreements.field.copiesHint')}
                sx={{ width: 360 }} slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              />
            </Stack>
          </Stack>
        </FormSection>

        <FormSection
          title={t('agreements.section.parties')}
          action={parties.length < LIMITS_AGREEMENT.parties && <Button size="small" startIcon={<Add />} sx={{ ml: 'auto' }} onClick={() => form.setValue('parties', [...parties, ''], { shouldDirty: true })}>{t('agreements.addParty')}</Button>}
        >
          <Stack spacing={1.5}>
            {parties.map((_, i) => (
              <Stack key={i} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
                <Controller
                  control={form.control}
                  name={`parties.${i}`}
                  render={({ field }) => (
                    <TextField {...field} required fullWidth size="small" label={`${t('agreements.field.party')} ${i + 1}`} error={!!partyError(i)} helperText={partyError(i)} />
                  )}
                />
                <IconButton
                  aria-label={t('agreements.removeParty', { n: i + 1 })}
                  disabled={parties.length === 1}
                  onClick={() => form.setValue('parties', parties.filter((__, j) => j !== i), { shouldDirty: true, shouldValidate: form.formState.isSubmitted })}
                >
                  <DeleteOutline />
                </IconButton>
              </Stack>
            ))}
          </Stack>
        </FormSection>

        <FormSection title={t('agreements.section.where')}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
            <Controller
              control={form.control}
              name="prefectureId"
              render={({ field }) => (
                <TextField select label={t('agreements.field.prefecture')} {...field} error={!!errors.prefectureId} helperText={errors.prefectureId?.message} sx={{ width: 180, flexShrink: 0 }} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
                  <MenuItem value="">{t('agreements.none')}</MenuItem>
                  {regions!.map((p) => <MenuItem key={p.id} value={p.id}>{p.name}</MenuItem>)}
                </TextField>
              )}
            />
            <Controller
              control={form.control}
              name="tripId"
              render={({ field }) => (
                <TextField
                  select label={t('agreements.field.trip')} {...field}
                  onChange={(e) => (field.onChange(e.target.value), form.setValue('itemId', '', { shouldDirty: true }))}
                  error={!!errors.tripId} helperText={errors.tripId?.message} sx={{ flex: 1, minWidth: 0 }}
                  slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
                >
                  <MenuItem value="">{t('agreements.none')}</MenuItem>
                  {trips!.map((r) => <MenuItem key={r.id} value={r.id}>{`${r.title}（${fmt.date(r.startDate)}）`}</MenuItem>)}
                  {/* A stored trip deleted since is still named, so the agreement can be saved as it was. */}
                  {field.value && !trips!.some((r) => r.id === field.value) && <MenuItem value={field.value}>{agreement?.tripTitle ?? field.value}</MenuItem>}
                </TextField>
              )}
            />
            <Controller
              control={form.control}
              name="itemId"
              render={({ field }) => (
                <TextField
                  select label={t('agreements.field.item')} {...field} disabled={!tripId}
                  error={!!errors.itemId} helperText={errors.itemId?.message ?? (!tripId ? t('agreements.pickTripFirst') : events.length === 0 && trip ? t('agreements.noEvents') : undefined)}
                  sx={{ flex: 1, minWidth: 0 }} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
                >
                  <MenuItem value="">{t('agreements.none')}</MenuItem>
                  {events.map((i) => (
                    <MenuItem key={i.id} value={i.id}>{`${i.startsAt.replace('T', ' ')} ${t(`itinerary.kind.${i.kind}`)} ${i.title ?? i.place ?? ''}`.trim()}</MenuItem>
                  ))}
                  {/* A stored event that left the trip's itinerary still shows its name. */}
                  {field.value && !events.some((i) => i.id === field.value) && <MenuItem value={field.value}>{agreement?.itemTitle ?? field.value}</MenuItem>}
                </TextField>
              )}
            />
          </Stack>
        </FormSection>

        <FormSection
          title={t('agreements.section.targets')}
          action={targets.fields.length < LIMITS_AGREEMENT.targets && <Button size="small" startIcon={<Add />} sx={{ ml: 'auto' }} onClick={() => targets.append(emptyTarget())}>{t('agreements.addTarget')}</Button>}
        >
          {targets.fields.length === 0 ? (
            <Stack spacing={0.5} sx={{ color: 'text.secondary' }}>
              <Typography variant="body2">{t('agreements.noTargets')}</Typography>
              <Typography variant="caption">{t('agreements.noTargetsHint')}</Typography>
            </Stack>
          ) : (
            <Stack spacing={2}>
              <Typography variant="caption" color="text.secondary">{t('agreements.metricHint')}</Typography>
              {targets.fields.map((f, i) => <TargetRow key={f.id} i={i} form={form} onRemove={() => targets.remove(i)} />)}
            </Stack>
          )}
        </FormSection>

        <FormSection title={t('agreements.section.notes')}>
          <NotesField form={form} name="notes" fullWidth multiline minRows={2} label={t('agreements.field.notes')} />
        </FormSection>
      </Stack>
      <FormActions>
        <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>{t('common.save')}</Button>
      </FormActions>
    </Box>
  );
}

const rank = (kind: string) => {
  const i = EVENT_ORDER.indexOf(kind);
  return i === -1 ? EVENT_ORDER.length : i;
};

function TargetRow({ i, form, onRemove }: { i: number; form: UseFormReturn<AgreementForm>; onRemove: () => void }) {
  const { t } = useTranslation();
  const errors = form.formState.errors.targets?.[i];
  const metric = form.watch(`targets.${i}.metric`);
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }} data-testid="target-row">
      <TextField
        required size="small" label={t('agreements.field.description')} {...form.register(`targets.${i}.description`)}
        error={!!errors?.description} helperText={errors?.description?.message} sx={{ flex: 1, minWidth: 0 }}
      />
      <Controller
        control={form.control}
        name={`targets.${i}.metric`}
        render={({ field }) => (
          <TextField
            select size="small" label={t('agreements.field.metric')} {...field}
            onChange={(e) => (field.onChange(e.target.value), e.target.value !== 'manual' && form.setValue(`targets.${i}.achieved`, ''))}
            error={!!errors?.metric} helperText={errors?.metric?.message} sx={{ width: 210, flexShrink: 0 }}
          >
            {TARGET_METRICS.map((m) => <MenuItem key={m} value={m}>{t(`agreements.metric.${m}`)}</MenuItem>)}
          </TextField>
        )}
      />
      <TextField
        required size="small" label={t('agreements.field.target')} {...form.register(`targets.${i}.target`)}
        error={!!errors?.target} helperText={errors?.target?.message} sx={{ width: 100, flexShrink: 0 }} slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
      <DateField control={form.control} name={`targets.${i}.dueDate`} required label={t('agreements.field.dueDate')} sx={{ width: 170, flexShrink: 0 }} />
      <TextField
        size="small" label={t('agreements.field.achieved')} {...form.register(`targets.${i}.achieved`)} disabled={metric !== 'manual'}
        error={!!errors?.achieved} helperText={errors?.achieved?.message} sx={{ width: 100, flexShrink: 0 }} slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
      <IconButton aria-label={t('agreements.removeTarget', { n: i + 1 })} onClick={onRemove}><DeleteOutline /></IconButton>
    </Stack>
  );
}
