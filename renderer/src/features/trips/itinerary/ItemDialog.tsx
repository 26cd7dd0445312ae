// Add or edit one itinerary item. Checked with the same schema as the core; the core's
// own refusals (a county not on the trip, a person not in the delegation) land at the field.
import { Box, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItineraryItem, Trip } from '../../../../../shared/trips/contract';
import { ITEM_KINDS, TRAVEL_MODES, itineraryItemInput, type ItemKind, type TravelMode } from '../../../../../shared/trips/schema';
import { toFieldIssues } from '../../../../../shared/result';
import { useNotifier } from '../../../app/Notifier';
import { useWorkspace } from '../../../app/WorkspaceContext';
import { ApiCallError, api, call } from '../../../lib/api';
import { issueMessage } from '../../../lib/formResolver';

interface Form {
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
  mode: TravelMode;
  number: string;
  from: string;
  to: string;
  notes: string;
}

const blank = (day: string): Form => ({
  kind: 'jobFair', title: '', startsAt: `${day}T09:00`, endsAt: `${day}T12:00`, place: '', countyId: '', memberIds: [], companyIds: [],
  localContact: '', localContactPhone: '', track: '', mode: 'flight', number: '', from: '', to: '', notes: '',
});

const fromItem = (i: ItineraryItem): Form => ({
  kind: i.kind, title: i.title ?? '', startsAt: i.startsAt, endsAt: i.endsAt, place: i.place ?? '', countyId: i.countyId ?? '',
  memberIds: i.memberIds, companyIds: i.companyIds, localContact: i.localContact ?? '', localContactPhone: i.localContactPhone ?? '',
  track: i.track ?? '', mode: i.travel?.mode ?? 'flight', number: i.travel?.number ?? '', from: i.travel?.from ?? '', to: i.travel?.to ?? '', notes: i.notes ?? '',
});

const toInput = (f: Form) => ({
  kind: f.kind, title: f.title, startsAt: f.startsAt, endsAt: f.endsAt, place: f.place, countyId: f.countyId || null,
  memberIds: f.memberIds, companyIds: f.companyIds, localContact: f.localContact, localContactPhone: f.localContactPhone, track: f.track,
  travel: f.kind === 'travel' ? { mode: f.mode, number: f.number, from: f.from, to: f.to } : null,
  notes: f.notes,
});

/** `item`: the item to edit; `day`: a new item on that day; neither: closed. */
export function ItemDialog({ trip, open, item, day, onClose }: { trip: Trip; open: boolean; item: ItineraryItem | null; day: string; onClose: () => void }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { notify, notifyError } = useNotifier();
  const [f, setF] = useState<Form>(() => (item ? fromItem(item) : blank(day)));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  // Each opening starts from the item (or a blank one on the day), not from the last one's edits.
  const [shown, setShown] = useState({ open, item, day });
  if (shown.open !== open || shown.item !== item || shown.day !== day) {
    setShown({ open, item, day });
    if (open) {
      setF(item ? fromItem(item) : blank(day));
      setErrors({});
    }
  }

  const set = <K extends keyof Form>(k: K, v: Form[K]) => setF((p) => ({ ...p, [k]: v }));
  const toggle = (k: 'memberIds' | 'companyIds', id: string) =>
    setF((p) => ({ ...p, [k]: p[k].includes(id) ? p[k].filter((x) => x !== id) : [...p[k], id] }));
  const err = (path: string) => errors[path] ?? (path.startsWith('travel.') ? undefined : undefined);

  function showIssues(issues: { path: (string | number)[]; key: string; params?: Record<string, unknown> }[]) {
    const next: Record<string, string> = {};
    for (const issue of issues) {
      // Issues of the whole input (itinerary.create wraps the item) come back as ['item', …].
      const path = (issue.path[0] === 'item' ? issue.path.slice(1) : issue.path).join('.') || 'title';
      next[path] ??= issueMessage(t, issue as never);
    }
    setErrors(next);
  }

  async function submit() {
    const input = toInput(f);
    const parsed = itineraryItemInput.safeParse(input);
    if (!parsed.success) {
      showIssues(toFieldIssues(parsed.error.issues));
      return;
    }
    setBusy(true);
    try {
      if (item) await call(api().itinerary.update({ id: item.id, item: input }));
      else await call(api().itinerary.create({ tripId: trip.id, item: input }));
      ws.changed();
      notify(t('itinerary.saved'));
      onClose();
    } catch (e) {
      const issues = e instanceof ApiCallError ? (e.error.issues ?? []).filter((i) => i.path.length > 0) : [];
      if (issues.length) showIssues(issues);
      else notifyError(e);
    } finally {
      setBusy(false);
    }
  }

  const travel = f.kind === 'travel';
  const dt = { inputLabel: { shrink: true } } as const;
  const fieldErr = (k: string) => ({ error: !!err(k), helperText: err(k) });

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md" aria-labelledby="item-dialog-title">
      <DialogTitle id="item-dialog-title">{t(item ? 'itinerary.form.editTitle' : 'itinerary.form.newTitle')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Stack direction="row" spacing={2}>
            <TextField select label={t('itinerary.form.kind')} value={f.kind} onChange={(e) => set('kind', e.target.value as ItemKind)} sx={{ width: 180 }}>
              {ITEM_KINDS.map((k) => <MenuItem key={k} value={k}>{t(`itinerary.kind.${k}`)}</MenuItem>)}
            </TextField>
            <TextField label={t('itinerary.form.title')} value={f.title} onChange={(e) => set('title', e.target.value)} sx={{ flex: 1 }} {...fieldErr('title')} />
          </Stack>
          <Stack direction="row" spacing={2}>
            <TextField type="datetime-local" label={t(travel ? 'itinerary.form.startsAtTravel' : 'itinerary.form.startsAt')} value={f.startsAt} onChange={(e) => set('startsAt', e.target.value)} slotProps={dt} sx={{ flex: 1 }} {...fieldErr('startsAt')} />
            <TextField type="datetime-local" label={t(travel ? 'itinerary.form.endsAtTravel' : 'itinerary.form.endsAt')} value={f.endsAt} onChange={(e) => set('endsAt', e.target.value)} slotProps={dt} sx={{ flex: 1 }} {...fieldErr('endsAt')} />
          </Stack>
          {travel && (
            <Stack direction="row" spacing={2}>
              <TextField select label={t('itinerary.form.travelMode')} value={f.mode} onChange={(e) => set('mode', e.target.value as TravelMode)} sx={{ width: 140 }} {...fieldErr('travel.mode')}>
                {TRAVEL_MODES.map((m) => <MenuItem key={m} value={m}>{t(`itinerary.mode.${m}`)}</MenuItem>)}
              </TextField>
              <TextField label={t('itinerary.form.travelNumber')} value={f.number} onChange={(e) => set('number', e.target.value)} sx={{ width: 160 }} {...fieldErr('travel.number')} />
              <TextField label={t('itinerary.form.travelFrom')} value={f.from} onChange={(e) => set('from', e.target.value)} sx={{ flex: 1 }} {...fieldErr('travel.from')} />
              <TextField label={t('itinerary.form.travelTo')} value={f.to} onChange={(e) => set('to', e.target.value)} sx={{ flex: 1 }} {...fieldErr('travel.to')} />
            </Stack>
          )}
          {err('travel') && <Typography color="error" variant="body2">{err('travel')}</Typography>}
          <Stack direction="row" spacing={2}>
            <TextField label={t('itinerary.form.place')} value={f.place} onChange={(e) => set('place', e.target.value)} sx={{ flex: 1 }} {...fieldErr('place')} />
            <TextField select label={t('itinerary.form.county')} value={f.countyId} onChange={(e) => set('countyId', e.target.value)} sx={{ width: 200 }} {...fieldErr('countyId')}>
              <MenuItem value="">{t('itinerary.form.noCounty')}</MenuItem>
              {trip.counties.map((c) => <MenuItem key={c.id} value={c.id}>{c.name}</MenuItem>)}
            </TextField>
            <TextField label={t('itinerary.form.track')} value={f.track} onChange={(e) => set('track', e.target.value)} sx={{ width: 200 }} {...fieldErr('track')} />
          </Stack>
          <FormControl error={!!err('memberIds')} component="fieldset">
            <FormLabel component="legend">{t('itinerary.form.members')}</FormLabel>
            {trip.members.length === 0 ? <FormHelperText>{t('itinerary.form.noMembers')}</FormHelperText> : (
              <FormGroup row>
                {trip.members.map((m) => (
                  <FormControlLabel key={m.id} label={m.name} control={<Checkbox size="small" checked={f.memberIds.includes(m.id)} onChange={() => toggle('memberIds', m.id)} />} />
                ))}
              </FormGroup>
            )}
            {err('memberIds') && <FormHelperText>{err('memberIds')}</FormHelperText>}
          </FormControl>
          <FormControl error={!!err('companyIds')} component="fieldset">
            <FormLabel component="legend">{t('itinerary.form.companies')}</FormLabel>
            {trip.participants.length === 0 ? <FormHelperText>{t('itinerary.form.noCompanies')}</FormHelperText> : (
              <FormGroup row>
                {trip.participants.map((p) => (
                  <FormControlLabel key={p.companyId} label={p.companyName} control={<Checkbox size="small" checked={f.companyIds.includes(p.companyId)} onChange={() => toggle('companyIds', p.companyId)} />} />
                ))}
              </FormGroup>
            )}
            {err('companyIds') && <FormHelperText>{err('companyIds')}</FormHelperText>}
          </FormControl>
          <Stack direction="row" spacing={2}>
            <TextField label={t('itinerary.form.localContact')} value={f.localContact} onChange={(e) => set('localContact', e.target.value)} sx={{ flex: 1 }} {...fieldErr('localContact')} />
            <TextField label={t('itinerary.form.localContactPhone')} value={f.localContactPhone} onChange={(e) => set('localContactPhone', e.target.value)} sx={{ flex: 1 }} {...fieldErr('localContactPhone')} />
          </Stack>
          <TextField label={t('itinerary.form.notes')} value={f.notes} onChange={(e) => set('notes', e.target.value)} multiline minRows={2} {...fieldErr('notes')} />
          <Box />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" disabled={busy} onClick={() => void submit()}>{t('common.save')}</Button>
      </DialogActions>
    </Dialog>
  );
}
