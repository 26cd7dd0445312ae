// One reported count: the number, and an "约/余" tick for figures known only roughly
// ("400余"). Its error (a negative number, a contradiction) shows under the number.
import { Checkbox, FormControlLabel, Stack, TextField } from '@mui/material';
import { Controller, type Control, type FieldErrors, get, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { OutcomeForm } from './outcomeForm';

type CountPath = `${'positionsOffered' | 'jobSeekers' | 'resumes' | 'intentions' | 'intentionsPoor' | 'hired' | 'trainees'}` | `companies.${number}.${'resumes' | 'intentions' | 'intentionsPoor'}`;

export function CountField(props: {
  name: CountPath;
  label: string;
  control: Control<OutcomeForm>;
  register: UseFormRegister<OutcomeForm>;
  errors: FieldErrors<OutcomeForm>;
  /** In a table row: no visible label (the column says it), a narrower box. */
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const { name, label, control, register, errors, compact } = props;
  const error = (get(errors, `${name}.value`) ?? get(errors, name)) as { message?: string } | undefined;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'flex-start' }} data-testid={`count-${name}`}>
      <TextField
        label={compact ? undefined : label}
        size={compact ? 'small' : 'medium'}
        {...register(`${name}.value`)}
        error={!!error}
        helperText={error?.message}
        sx={{ width: compact ? 96 : 210 }}
        slotProps={{ htmlInput: { inputMode: 'numeric', 'aria-label': label } }}
      />
      <Controller
        control={control}
        name={`${name}.about`}
        render={({ field }) => (
          <FormControlLabel
            sx={{ mr: 0, mt: compact ? 0 : 1, whiteSpace: 'nowrap' }}
            control={<Checkbox size="small" checked={!!field.value} onChange={(e) => field.onChange(e.target.checked)} onBlur={field.onBlur} slotProps={{ input: { 'aria-label': t('outcomes.aboutLabel', { field: label }) } }} />}
            label={t('outcomes.about')}
          />
        )}
      />
    </Stack>
  );
}
