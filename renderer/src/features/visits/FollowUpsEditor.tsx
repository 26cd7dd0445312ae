import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { Box, Button, Checkbox, FormControlLabel, IconButton, MenuItem, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { Controller, useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/WorkspaceContext';
import { emptyFollowUp, type VisitForm } from './visitForm';
import { DateField } from '../../components/DateField';

export function FollowUpsEditor({ form }: { form: UseFormReturn<VisitForm> }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'followUps', keyName: 'key' });
  const errors = form.formState.errors.followUps;
  return (
    <Stack spacing={1.5}>
      {fields.length === 0 && <Typography variant="body2" color="text.secondary">{t('followUp.none')}</Typography>}
      {fields.map((f, i) => (
        <Stack key={f.key} direction="row" spacing={1} data-testid={`follow-up-${i}`} sx={{ alignItems: 'flex-start' }}>
          <TextField label={t('followUp.what')} required {...form.register(`followUps.${i}.what`)} error={!!errors?.[i]?.what} helperText={errors?.[i]?.what?.message} sx={{ flex: 3 }} />
          <Controller
            control={form.control}
            name={`followUps.${i}.whoStaffId`}
            render={({ field }) => (
              <TextField select label={t('followUp.who')} {...field} sx={{ flex: 1.2 }} error={!!errors?.[i]?.whoStaffId} helperText={errors?.[i]?.whoStaffId?.message}>
                <MenuItem value="">{t('common.notSet')}</MenuItem>
                {ws.staff.filter((s) => s.active || s.id === field.value).map((s) => <MenuItem key={s.id} value={s.id}>{s.name}</MenuItem>)}
              </TextField>
            )}
          />
          <DateField control={form.control} name={`followUps.${i}.dueDate`} label={t('followUp.dueDate')} sx={{ width: 170 }} />
          <Controller
            control={form.control}
            name={`followUps.${i}.done`}
            render={({ field }) => <FormControlLabel control={<Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)} />} label={t('followUp.done')} sx={{ whiteSpace: 'nowrap' }} />}
          />
          <Tooltip title={t('followUp.remove')}>
            <IconButton aria-label={t('followUp.remove')} onClick={() => remove(i)}><DeleteOutline /></IconButton>
          </Tooltip>
        </Stack>
      ))}
      <Box>
        <Button startIcon={<AddOutlined />} onClick={() => append(emptyFollowUp())}>{t('followUp.add')}</Button>
      </Box>
    </Stack>
  );
}
