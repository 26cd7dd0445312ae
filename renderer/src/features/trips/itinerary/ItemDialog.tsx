// Add or edit one itinerary item. Checked with the same schema as the core; the core's
// own refusals (a county not on the trip, a person not in the delegation) land at the field.
import { Box, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useEffect } from 'react';
import { Controller, type FieldError, get, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ItineraryItem, Trip } from '../../../../../shared/trips/contract';
import { ITEM_KINDS, TRAVEL_MODES, itineraryItemInput, type ItemKind, type TravelMode } from '../../../../../shared/trips/schema';
import { api, call } from '../../../lib/api';
import { inside } from '../../../lib/formResolver';
import { useSchemaForm } from '../../../lib/useSchemaForm';
import { NotesField } from '../../../components/NotesField';
import { DateTimeField } from '../../../components/DateTimeField';
import { MemberPicker } from './MemberPicker';

interface ItemForm {
  kind: ItemKind;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string;
  countyId: string;
  memberIds: string[];
  companyIds: string[];
  localContact: string;
  localContactPhone: string;
  track: string;
  /** Shaped as the input's, so its issues land at its fields; sent only for a travel leg. */
  travel: { mode: TravelMode; number: string; from: string; to: string };
  notes: string;
}

const blank = (day: string): ItemForm => ({
  kind: 'jobFair', title: '', startsAt: `${day}T09:00`, endsAt: `${day}T12:00`, place: '', countyId: '', memberIds: [], companyIds: [],
  localContact: '', localContactPhone: '', track: '', travel: { mode: 'flight', number: '', from: '', to: '' }, notes: '',
});

const fromItem = (i: ItineraryItem): ItemForm => ({
  kind: i.kind, title: i.title ?? '', startsAt: i.startsAt, endsAt: i.endsAt, place: i.place ?? '', countyId: i.countyId ?? '',
  memberIds: i.memberIds, companyIds: i.companyIds, localContact: i.localContact ?? '', localContactPhone: i.localContactPhone ?? '',
  track: i.track ?? '', travel: { mode: i.travel?.mode ?? 'flight', number: i.travel?.number ?? '', from: i.travel?.from ?? '', to: i.travel?.to ?? '' },
  notes: i.notes ?? '',
});

const toInput = (f: ItemForm) => ({ ...f, countyId: f.countyId || null, travel: f.kind === 'travel' ? f.travel : null });

/** `item`: the item to edit; `day`: a new item on that day; neither: closed. */
export function ItemDialog({ trip, open, item, day, onClose }: { trip: Trip; open: boolean; item: ItineraryItem | null; day: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { form, submit, errors, saving } = useSchemaForm<ItemForm, Trip>({
    schema: itineraryItemInput,
    toInput,
    // The item is sent inside { tripId, item } or { id, item }: the core names its fields under `item.`.
    issueAt: inside('item'),
    defaultValues: blank(day),
    mode: 'onSubmit',
    save: (values) => call(item ? api().itinerary.update({ id: item.id, item: toInput(values) }) : api().itinerary.create({ tripId: trip.id, item: toInput(values) })),
    savedMessage: t('itinerary.saved'),
    onSaved: onClose,
  });

  useEffect(() => {
    if (open) form.reset(item ? fromItem(item) : blank(day));
  }, [open, item, day, form]);

  const travel = useWatch({ control: form.control, name: 'kind' }) === 'travel';
  type TextName = 'title' | 'place' | 'localContact' | 'localContactPhone' | 'track' | 'notes' | 'travel.number' | 'travel.from' | 'travel.to';
  const text = (name: TextName) => {
    const error = get(errors, name) as FieldError | undefined;
    return { ...form.register(name), error: !!error, helperText: error?.message };
  };
  const select = <N extends 'kind' | 'countyId' | 'travel.mode'>(name: N, render: (field: { value: string; onChange: (v: string) => void }, error?: string) => React.ReactElement) => (
    <Controller control={form.control} name={name} render={({ field, fieldState }) => render({ value: field.value as string, onChange: field.onChange }, fieldState.error?.message)} />
  );
  const ticks = (name: 'companyIds', label: string, none: string, options: { id: string; name: string }[]) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <FormControl error={!!fieldState.error} component="fieldset">
          <FormLabel component="legend">{label}</FormLabel>
          {options.length === 0 ? <FormHelperText>{none}</FormHelperText> : (
            <FormGroup row>
              {options.map((o) => (
                <FormControlLabel
                  key={o.id}
                  label={o.name}
                  control={<Checkbox size="small" checked={field.value.includes(o.id)} onChange={() => field.onChange(field.value.includes(o.id) ? field.value.filter((x) => x !== o.id) : [...field.value, o.id])} />}
                />
              ))}
            </FormGroup>
          )}
          {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
        </FormControl>
      )}
    />
  );

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md" aria-labelledby="item-dialog-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="item-dialog-title">{t(item ? 'itinerary.form.editTitle' : 'itinerary.form.newTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Stack direction="row" spacing={2}>
              {select('kind', (f) => (
                <TextField select label={t('itinerary.form.kind')} value={f.value} onChange={(e) => f.onChange(e.target.value)} sx={{ width: 180 }}>
                  {ITEM_KINDS.map((k) => <MenuItem key={k} value={k}>{t(`itinerary.kind.${k}`)}</MenuItem>)}
                </TextField>
              ))}
              <TextField label={t('itinerary.form.title')} sx={{ flex: 1 }} {...text('title')} />
            </Stack>
            <Stack direction="row" spacing={2}>
              <DateTimeField control={form.control} name="startsAt" label={t(travel ? 'itinerary.form.startsAtTravel' : 'itinerary.form.startsAt')} sx={{ flex: 1 }} />
              <DateTimeField control={form.control} name="endsAt" label={t(travel ? 'itinerary.form.endsAtTravel' : 'itinerary.form.endsAt')} sx={{ flex: 1 }} />
            </Stack>
            {travel && (
              <Stack direction="row" spacing={2}>
                {select('travel.mode', (f, error) => (
                  <TextField select label={t('itinerary.form.travelMode')} value={f.value} onChange={(e) => f.onChange(e.target.value)} sx={{ width: 140 }} error={!!error} helperText={error}>
                    {TRAVEL_MODES.map((m) => <MenuItem key={m} value={m}>{t(`itinerary.mode.${m}`)}</MenuItem>)}
                  </TextField>
                ))}
                <TextField label={t('itinerary.form.travelNumber')} sx={{ width: 160 }} {...text('travel.number')} />
                <TextField label={t('itinerary.form.travelFrom')} sx={{ flex: 1 }} {...text('travel.from')} />
                <TextField label={t('itinerary.form.travelTo')} sx={{ flex: 1 }} {...text('travel.to')} />
              </Stack>
            )}
            {errors.travel?.message && <Typography color="error" variant="body2">{errors.travel.message}</Typography>}
            <Stack direction="row" spacing={2}>
              <TextField label={t('itinerary.form.place')} sx={{ flex: 1 }} {...text('place')} />
              {select('countyId', (f, error) => (
                <TextField select label={t('itinerary.form.county')} value={f.value} onChange={(e) => f.onChange(e.target.value)} sx={{ width: 200 }} error={!!error} helperText={error}>
                  <MenuItem value="">{t('itinerary.form.noCounty')}</MenuItem>
                  {trip.counties.map((c) => <MenuItem key={c.id} value={c.id}>{c.name}</MenuItem>)}
                </TextField>
              ))}
              <TextField label={t('itinerary.form.track')} sx={{ width: 200 }} {...text('track')} />
            </Stack>
            <Controller
              control={form.control}
              name="memberIds"
              render={({ field, fieldState }) => <MemberPicker members={trip.members} value={field.value} onChange={field.onChange} label={t('itinerary.form.members')} error={fieldState.error?.message} />}
            />
            {ticks('companyIds', t('itinerary.form.companies'), t('itinerary.form.noCompanies'), trip.participants.map((p) => ({ id: p.companyId, name: p.companyName })))}
            <Stack direction="row" spacing={2}>
              <TextField label={t('itinerary.form.localContact')} sx={{ flex: 1 }} {...text('localContact')} />
              <TextField label={t('itinerary.form.localContactPhone')} sx={{ flex: 1 }} {...text('localContactPhone')} />
            </Stack>
            <NotesField form={form} name="notes" label={t('itinerary.form.notes')} multiline minRows={2} />
            <Box />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={saving}>{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
