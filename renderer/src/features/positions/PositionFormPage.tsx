// Add or edit one position of a company: job type, pay, hours, requirements, room
// and board, validity. Checked with the shared schema; drafts survive leaving.
import ArrowBack from '@mui/icons-material/ArrowBack';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { Box, Button, Checkbox, FormControlLabel, IconButton, InputAdornment, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { EDUCATION_LEVELS, positionInput, type Position, type RoomAndBoardFromVisit, SHIFT_PATTERNS } from '../../../../shared/positions/schema';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormSection } from '../../components/FormSection';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { api, ApiCallError, call } from '../../lib/api';
import { useRecordForm } from '../../lib/useRecordForm';
import { useJobTypes } from './common';
import { emptyPositionForm, formToPositionInput, type PositionForm, positionToForm, withRoomAndBoard } from './positionForm';
import { useFormat } from '../../lib/format';
import { NotesField } from '../../components/NotesField';
import { DateField } from '../../components/DateField';

type NumberField = 'headcount' | 'payMin' | 'payMax' | 'hoursPerDay' | 'daysPerWeek' | 'ageMin' | 'ageMax';
type TextField_ = 'title' | 'hoursNote';

export function PositionFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const ws = useWorkspace();
  const navigate = useNavigate();
  const { notify, notifyError } = useNotifier();
  const jobTypes = useJobTypes();
  const fmt = useFormat();
  const [presetCompanyName, setPresetCompanyName] = useState<string | null>(null);
  // Room and board as the company's latest visit found them; undefined while asking.
  const [fromVisit, setFromVisit] = useState<RoomAndBoardFromVisit | undefined>(undefined);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const presetCompanyId = params.get('companyId') ?? '';
  const { form, record: position, submit, guard, banner, gate, loadFailed } = useRecordForm<Position, PositionForm>({
    id,
    get: (id) => call(api().positions.get({ id })),
    toForm: positionToForm,
    empty: () => withRoomAndBoard(emptyPositionForm(presetCompanyId), fromVisit ?? null),
    schema: positionInput,
    toInput: formToPositionInput,
    draft: id ? `position:${id}` : `position:new:${presetCompanyId}`,
    ready: (!!id || (presetCompanyName !== null && fromVisit !== undefined)) && jobTypes !== null,
    save: (values) => {
      const input = formToPositionInput(values);
      return id ? call(api().positions.update({ id, position: input })) : call(api().positions.create(input));
    },
    onSaved: (saved) => navigate(`/companies/${saved.companyId}`),
  });
  const companyName = position?.companyName ?? presetCompanyName;

  // A new position belongs to the company it was opened from, and starts with room and board
  // as the company's latest visit found them (a draft, restored once ready, still wins).
  useEffect(() => {
    if (id) return;
    if (!presetCompanyId) return loadFailed(new ApiCallError({ code: 'NOT_FOUND', key: 'companyNotFound' }));
    Promise.all([call(api().companies.get({ id: presetCompanyId })), call(api().positions.roomAndBoard({ companyId: presetCompanyId }))]).then(([c, rb]) => {
      form.reset(withRoomAndBoard(emptyPositionForm(presetCompanyId), rb));
      setFromVisit(rb);
      setPresetCompanyName(c.name);
    }, loadFailed);
  }, [id, presetCompanyId, loadFailed, form]);

  async function remove() {
    setConfirmDelete(false);
    try {
      await call(api().positions.delete({ id: id! }));
      ws.changed();
      notify(t('positions.deleted'));
      navigate(`/companies/${position!.companyId}`);
    } catch (e) {
      notifyError(e);
    }
  }

  if (gate) return gate;
  const errors = form.formState.errors;
  const unit = (u: string) => ({ input: { endAdornment: <InputAdornment position="end">{u}</InputAdornment> }, htmlInput: { inputMode: 'decimal' as const } });
  const num = (name: NumberField, width: number, suffix?: string, required = false) => (
    <TextField
      label={t(`positions.field.${name}`)}
      required={required}
      {...form.register(name)}
      error={!!errors[name]}
      helperText={errors[name]?.message}
      sx={{ width }}
      slotProps={suffix ? unit(suffix) : { htmlInput: { inputMode: 'decimal' } }}
    />
  );
  const text = (name: TextField_, required = false) => (
    <TextField label={t(`positions.field.${name}`)} required={required} fullWidth {...form.register(name)} error={!!errors[name]} helperText={errors[name]?.message} />
  );
  const notes = (name: 'skills' | 'certificates' | 'notes') => <NotesField form={form} name={name} label={t(`positions.field.${name}`)} fullWidth multiline minRows={2} />;
  const check = (name: 'roomIncluded' | 'boardIncluded' | 'suitableForRural') => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <FormControlLabel control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} onBlur={field.onBlur} />} label={t(`positions.field.${name}`)} />
      )}
    />
  );
  const date = (name: 'validFrom' | 'validTo') => (
    <DateField control={form.control} name={name} label={t(`positions.field.${name}`)} sx={{ width: 200 }} />
  );

  return (
    <Box component="form" onSubmit={submit} noValidate sx={{ maxWidth: 1100 }}>
      {guard}
      <PageHeader
        back={<IconButton aria-label={t('common.back')} onClick={() => navigate(-1)}><ArrowBack /></IconButton>}
        title={id ? t('positions.editTitle') : t('positions.newTitle')}
        subtitle={companyName}
        actions={
          <>
            {id && <Button color="error" startIcon={<DeleteOutline />} onClick={() => setConfirmDelete(true)}>{t('common.delete')}</Button>}
          </>
        }
      />
      {banner}
      <Stack spacing={2}>
        <FormSection title={t('positions.section.basics')}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
            <Controller
              control={form.control}
              name="jobTypeId"
              render={({ field }) => (
                <TextField select required label={t('positions.field.jobType')} {...field} error={!!errors.jobTypeId} helperText={errors.jobTypeId?.message} sx={{ width: 180, flexShrink: 0 }}>
                  {jobTypes!.map((j) => <MenuItem key={j.id} value={j.id}>{j.name}</MenuItem>)}
                </TextField>
              )}
            />
            <Box sx={{ flex: 1 }}>{text('title', true)}</Box>
            {num('headcount', 140, t('positions.people'), true)}
          </Stack>
        </FormSection>
        <FormSection title={t('positions.section.pay')}>
          <Stack spacing={2}>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              {num('payMin', 200, t('common.yuan'))}
              {num('payMax', 200, t('common.yuan'))}
            </Stack>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              {num('hoursPerDay', 180, t('positions.perDay'))}
              {num('daysPerWeek', 180, t('positions.perWeek'))}
              <Controller
                control={form.control}
                name="shifts"
                render={({ field }) => (
                  <TextField select label={t('positions.field.shifts')} {...field} error={!!errors.shifts} helperText={errors.shifts?.message} sx={{ width: 180 }}>
                    <MenuItem value="">{t('common.notSet')}</MenuItem>
                    {SHIFT_PATTERNS.map((s) => <MenuItem key={s} value={s}>{t(`positions.shifts.${s}`)}</MenuItem>)}
                  </TextField>
                )}
              />
            </Stack>
            {text('hoursNote')}
          </Stack>
        </FormSection>
        <FormSection title={t('positions.section.requirements')}>
          <Stack spacing={2}>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
              {num('ageMin', 160, t('positions.age'))}
              {num('ageMax', 160, t('positions.age'))}
              <Controller
                control={form.control}
                name="education"
                render={({ field }) => (
                  <TextField select label={t('positions.field.education')} {...field} error={!!errors.education} helperText={errors.education?.message} sx={{ width: 200 }}>
                    <MenuItem value="">{t('common.notSet')}</MenuItem>
                    {EDUCATION_LEVELS.map((s) => <MenuItem key={s} value={s}>{t(`positions.education.${s}`)}</MenuItem>)}
                  </TextField>
                )}
              />
            </Stack>
            {notes('skills')}
            {notes('certificates')}
          </Stack>
        </FormSection>
        <FormSection title={t('positions.section.conditions')}>
          <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {check('roomIncluded')}
            {check('boardIncluded')}
            {check('suitableForRural')}
          </Stack>
          {!id && fromVisit !== undefined && (
            <Typography variant="body2" color="text.secondary" data-testid="room-board-source">
              {fromVisit ? t('positions.roomBoardFromVisit', { date: fmt.date(fromVisit.visitDate) }) : t('positions.roomBoardNoVisit')}
            </Typography>
          )}
        </FormSection>
        <FormSection title={t('positions.section.validity')}>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
            {date('validFrom')}
            {date('validTo')}
          </Stack>
        </FormSection>
        <FormSection title={t('positions.section.notes')}>{notes('notes')}</FormSection>
      </Stack>
      <ConfirmDialog open={confirmDelete} title={t('positions.deleteTitle')} body={t('positions.deleteBody', { title: position?.title ?? '' })} confirmLabel={t('common.delete')} danger onConfirm={() => void remove()} onClose={() => setConfirmDelete(false)} />
      <FormActions>
        <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={form.formState.isSubmitting}>{t('common.save')}</Button>
      </FormActions>
    </Box>
  );
}
