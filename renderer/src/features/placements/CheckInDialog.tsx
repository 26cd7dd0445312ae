// Record or edit a retention check-in: on a date, how many are still working or
// interning — for a whole prefecture ("284 from Chuxiong to date") or one batch.
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, InputAdornment, MenuItem, Stack, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { type Batch, type CheckIn, type CheckInValues, checkInInput } from '../../../../shared/placements/schema';
import type { Prefecture } from '../../../../shared/trips/contract';
import { api, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { inside, numberOrNull } from '../../lib/formResolver';
import { useSchemaForm } from '../../lib/useSchemaForm';
import { NotesField } from '../../components/NotesField';
import { DateField } from '../../components/DateField';

interface CheckInForm {
  checkedOn: string;
  stillWorking: string;
  poor: string;
  prefectureId: string;
  batchId: string;
  notes: string;
}

const toForm = (c: CheckIn | null, prefectureId: string): CheckInForm =>
  c
    ? { checkedOn: c.checkedOn, stillWorking: String(c.stillWorking), poor: String(c.poor), prefectureId: c.prefectureId, batchId: c.batchId ?? '', notes: c.notes ?? '' }
    : { checkedOn: '', stillWorking: '', poor: '', prefectureId, batchId: '', notes: '' };

const toInput = (f: CheckInForm) => ({
  checkedOn: f.checkedOn,
  stillWorking: (numberOrNull(f.stillWorking) ?? undefined) as number,
  poor: (numberOrNull(f.poor) ?? 0) as number,
  prefectureId: f.prefectureId,
  batchId: f.batchId || null,
  notes: f.notes,
});

export function CheckInDialog(props: {
  open: boolean;
  /** The check-in to edit, or null for a new one. */
  checkIn: CheckIn | null;
  defaultPrefectureId: string;
  regions: Prefecture[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { form, submit, errors, saving } = useSchemaForm<CheckInForm>({
    schema: checkInInput,
    toInput,
    // An edit sends { id, checkIn }: the core names its fields under `checkIn.`.
    issueAt: inside('checkIn'),
    defaultValues: toForm(null, ''),
    save: (values) => {
      const input = toInput(values) as CheckInValues;
      return call(props.checkIn ? api().placements.updateCheckIn({ id: props.checkIn.id, checkIn: input }) : api().placements.createCheckIn(input));
    },
    onSaved: props.onSaved,
  });
  const prefectureId = useWatch({ control: form.control, name: 'prefectureId' });
  const [loaded, setLoaded] = useState<{ prefectureId: string; batches: Batch[] } | null>(null);

  useEffect(() => {
    if (props.open) form.reset(toForm(props.checkIn, props.defaultPrefectureId));
  }, [props.open, props.checkIn, props.defaultPrefectureId, form]);

  // The batches the check-in may be about: those from the chosen prefecture.
  useEffect(() => {
    if (!props.open || !prefectureId) return;
    let live = true;
    call(api().placements.list({ prefectureId })).then(
      (r) => live && setLoaded({ prefectureId, batches: r.batches }),
      () => live && setLoaded({ prefectureId, batches: [] }),
    );
    return () => {
      live = false;
    };
  }, [props.open, prefectureId]);
  const batches = props.open && loaded?.prefectureId === prefectureId ? loaded.batches : [];

  const people = { input: { endAdornment: <InputAdornment position="end">{t('placements.people')}</InputAdornment> }, htmlInput: { inputMode: 'numeric' as const } };
  return (
    <Dialog open={props.open} onClose={props.onClose} maxWidth="sm" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle>{props.checkIn ? t('placements.editCheckInTitle') : t('placements.checkInTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText variant="body2" sx={{ mb: 2 }}>{t('placements.checkInHint')}</DialogContentText>
          <Stack spacing={2}>
            <DateField control={form.control} name="checkedOn" required label={t('placements.field.checkedOn')} sx={{ width: 200 }} />
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <Controller
                control={form.control}
                name="prefectureId"
                render={({ field }) => (
                  <TextField
                    select
                    required
                    label={t('placements.field.prefecture')}
                    {...field}
                    onChange={(e) => (field.onChange(e.target.value), form.setValue('batchId', ''))}
                    error={!!errors.prefectureId}
                    helperText={errors.prefectureId?.message}
                    sx={{ width: 180 }}
                  >
                    {props.regions.map((p) => <MenuItem key={p.id} value={p.id}>{p.name}</MenuItem>)}
                  </TextField>
                )}
              />
              <Controller
                control={form.control}
                name="batchId"
                render={({ field }) => (
                  <TextField
                    select
                    label={t('placements.field.batch')}
                    {...field}
                    error={!!errors.batchId}
                    helperText={errors.batchId?.message}
                    sx={{ flex: 1 }}
                    slotProps={{ inputLabel: { shrink: true }, select: { displayEmpty: true } }}
                  >
                    <MenuItem value="">{t('placements.wholePrefectureOption')}</MenuItem>
                    {batches.map((b) => (
                      <MenuItem key={b.id} value={b.id}>{`${t('placements.batchOf', { date: fmt.date(b.arrivedOn) })} · ${fmt.number(b.workers)} ${t('placements.people')}`}</MenuItem>
                    ))}
                  </TextField>
                )}
              />
            </Stack>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              <TextField label={t('placements.field.stillWorking')} required {...form.register('stillWorking')} error={!!errors.stillWorking} helperText={errors.stillWorking?.message} sx={{ flex: 1 }} slotProps={people} />
              <TextField label={t('placements.field.poor')} {...form.register('poor')} error={!!errors.poor} helperText={errors.poor?.message} sx={{ flex: 1 }} slotProps={people} />
            </Stack>
            <NotesField form={form} name="notes" label={t('placements.field.notes')} fullWidth multiline minRows={2} />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={saving}>{t('common.save')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
