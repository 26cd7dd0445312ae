// Record the outcome (成效) of one job fair, campus recruitment or training: the figures the
// kind of event has, each with an "约/余" tick, an optional split by company that warns while
// it doesn't add up, and notes. Checked with the shared schema; drafts survive leaving.
import ArrowBack from '@mui/icons-material/ArrowBack';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import {
  Alert, Box, Button, Checkbox, FormControlLabel, IconButton, InputAdornment, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import { useMemo, useState } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { type Outcome, outcomeInput, splitMismatches } from '../../../../shared/outcomes/schema';
import type { Trip } from '../../../../shared/trips/contract';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormSection } from '../../components/FormSection';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { api, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useRecordForm } from '../../lib/useRecordForm';
import { FIELDS_BY_KIND, useCount } from './common';
import { CountField } from './CountField';
import { formPath, formToOutcomeInput, type OutcomeForm, outcomeToForm, SPLIT_FIELDS } from './outcomeForm';
import { NotesField } from '../../components/NotesField';

/** The companies offered for the split: those on the event in the itinerary, or else every participant. */
function splitCompanies(trip: Trip, itemId: string) {
  const onItem = trip.items.find((i) => i.id === itemId)?.companyIds ?? [];
  const offered = onItem.length > 0 ? trip.participants.filter((p) => onItem.includes(p.companyId)) : trip.participants;
  return offered.map((p) => ({ companyId: p.companyId, companyName: p.companyName }));
}

type Loaded = { outcome: Outcome; trip: Trip };

export function OutcomeFormPage() {
  const { tripId, itemId } = useParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const fmt = useFormat();
  const count = useCount();
  const navigate = useNavigate();
  const { notify, notifyError } = useNotifier();
  const [confirmClear, setConfirmClear] = useState(false);
  const done = () => navigate(`/trips/${tripId}`);
  const { form, record: loaded, submit, guard, banner, gate, draft } = useRecordForm<Loaded, OutcomeForm>({
    id: itemId,
    get: (itemId) => Promise.all([call(api().outcomes.get({ itemId })), call(api().trips.get({ id: tripId! }))]).then(([outcome, trip]) => ({ outcome, trip })),
    toForm: ({ outcome, trip }) => outcomeToForm(outcome, splitCompanies(trip, itemId!)),
    schema: outcomeInput,
    toInput: (values) => formToOutcomeInput(values).input,
    // The core names split rows by their place among the filled ones; the form shows every
    // offered company, and a contradiction at a count goes on its number box.
    issueAt: (issue, values) => formPath(issue, formToOutcomeInput(values).rows),
    draft: `outcome:${itemId}`,
    save: async (values): Promise<Loaded> => ({ outcome: await call(api().outcomes.save({ itemId: itemId!, outcome: formToOutcomeInput(values).input })), trip: loaded!.trip }),
    onSaved: done,
  });
  const watched = useWatch({ control: form.control }) as OutcomeForm;
  // The split is checked live: a warning while it doesn't add up, never a refusal.
  const warnings = useMemo(() => {
    if (!loaded || !watched?.split) return [];
    const { input } = formToOutcomeInput(watched);
    const ok = (c: unknown) => (c && typeof (c as { value: unknown }).value === 'number' ? (c as { value: number; about: boolean }) : null);
    const companies = (input.companies ?? []).map((c) => ({ resumes: ok(c.resumes), intentions: ok(c.intentions), intentionsPoor: ok(c.intentionsPoor) }));
    return splitMismatches({ resumes: ok(input.resumes), intentions: ok(input.intentions), intentionsPoor: ok(input.intentionsPoor) }, companies);
  }, [watched, loaded]);

  async function clear() {
    setConfirmClear(false);
    try {
      await call(api().outcomes.clear({ itemId: itemId! }));
      draft.clear();
      form.reset(form.getValues());
      ws.changed();
      notify(t('outcomes.cleared'));
      done();
    } catch (e) {
      notifyError(e);
    }
  }

  if (gate) return gate;
  const { outcome, trip } = loaded!;
  const errors = form.formState.errors;
  const fields = FIELDS_BY_KIND[outcome.kind];
  const label = (f: string) => t(`outcomes.field.${f}`);
  const countField = (name: Parameters<typeof CountField>[0]['name'], text: string, compact = false) => (
    <CountField key={name} name={name} label={text} control={form.control} register={form.register} errors={errors} compact={compact} />
  );
  const subtitle = [trip.title, t(`itinerary.kind.${outcome.kind}`), outcome.title, outcome.countyName, fmt.date(outcome.startsAt.slice(0, 10))].filter(Boolean).join(' · ');

  return (
    <Box component="form" onSubmit={submit} noValidate sx={{ maxWidth: 1100 }}>
      {guard}
      <PageHeader
        back={<IconButton aria-label={t('common.back')} onClick={done}><ArrowBack /></IconButton>}
        title={t('outcomes.formTitle')}
        subtitle={subtitle}
        actions={
          <>
            {outcome.recorded && <Button color="error" startIcon={<DeleteOutline />} onClick={() => setConfirmClear(true)}>{t('outcomes.clear')}</Button>}
          </>
        }
      />
      {banner}
      <Alert severity="info" sx={{ mb: 2 }}>{t('outcomes.namesNotNeeded')}</Alert>
      <Stack spacing={2}>
        <FormSection title={outcome.kind === 'training' ? t('outcomes.training') : t('outcomes.figures')}>
          <Stack direction="row" useFlexGap spacing={2} sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
            {fields.map((f) => countField(f, label(f)))}
            {outcome.kind === 'training' && (
              <TextField
                label={label('trainingHours')}
                {...form.register('trainingHours')}
                error={!!errors.trainingHours}
                helperText={errors.trainingHours?.message}
                sx={{ width: 210 }}
                slotProps={{ input: { endAdornment: <InputAdornment position="end">{t('outcomes.unit.hours')}</InputAdornment> }, htmlInput: { inputMode: 'decimal' } }}
              />
            )}
          </Stack>
        </FormSection>
        {outcome.kind !== 'training' && (
          <FormSection title={t('outcomes.split')}>
            <Controller
              control={form.control}
              name="split"
              render={({ field }) => (
                <FormControlLabel control={<Checkbox checked={!!field.value} onChange={(e) => field.onChange(e.target.checked)} />} label={t('outcomes.splitOn')} />
              )}
            />
            {watched?.split && (
              <Stack spacing={1} sx={{ mt: 1 }}>
                {trip.participants.length === 0 && watched.companies.length === 0 ? (
                  <Typography variant="body2" color="text.secondary">{t('outcomes.noCompanies')}</Typography>
                ) : (
                  <>
                    <Typography variant="body2" color="text.secondary">{t('outcomes.splitHint')}</Typography>
                    <Table size="small" data-testid="outcome-split">
                      <TableHead sx={{ '& th': { whiteSpace: 'nowrap' } }}>
                        <TableRow>
                          <TableCell>{label('company')}</TableCell>
                          {SPLIT_FIELDS.map((f) => <TableCell key={f}>{label(f)}</TableCell>)}
                        </TableRow>
                      </TableHead>
                      <TableBody>
                        {watched.companies.map((c, i) => {
                          const rowError = errors.companies?.[i]?.companyId?.message;
                          return (
                            <TableRow key={c.companyId}>
                              <TableCell sx={{ minWidth: 200 }}>
                                {c.companyName}
                                {rowError && <Typography variant="caption" color="error" component="p">{rowError}</Typography>}
                              </TableCell>
                              {SPLIT_FIELDS.map((f) => <TableCell key={f}>{countField(`companies.${i}.${f}`, `${c.companyName} ${label(f)}`, true)}</TableCell>)}
                            </TableRow>
                          );
                        })}
                      </TableBody>
                    </Table>
                  </>
                )}
                {warnings.map((w) => (
                  <Alert key={w.field} severity="warning" data-testid="split-warning">
                    {t('outcomes.splitMismatch', { field: label(w.field), companies: count(w.companies), event: count(w.event) })}
                  </Alert>
                ))}
              </Stack>
            )}
          </FormSection>
        )}
        <FormSection title={t('outcomes.notes')}>
          <NotesField form={form} name="notes" label={t('outcomes.notes')} fullWidth multiline minRows={2} />
        </FormSection>
      </Stack>
      <ConfirmDialog open={confirmClear} title={t('outcomes.clearTitle')} body={t('outcomes.clearBody')} confirmLabel={t('outcomes.clear')} danger onConfirm={() => void clear()} onClose={() => setConfirmClear(false)} />
      <FormActions>
        <Button onClick={done}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>{t('common.save')}</Button>
      </FormActions>
    </Box>
  );
}
