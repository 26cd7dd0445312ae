// The figures the vetting rules read: the local minimum wage (number rules can use it),
// how long a signed-off vetting stays valid, and the scores for the suggested verdicts.
// Checked with the same schema the core applies to settings.update.
import { Box, Button, InputAdornment, Stack, TextField } from '@mui/material';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type Settings, vettingSettings } from '../../../../shared/workspace/schema';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, call } from '../../lib/api';
import { numberOrNull } from '../../lib/formResolver';
import { useSchemaForm } from '../../lib/useSchemaForm';

interface RulesForm {
  minimumWage: string;
  vettingValidityMonths: string;
  verdictThresholds: { approved: string; conditional: string };
}

const rulesSchema = z.object(vettingSettings);

const toForm = (s: Settings): RulesForm => ({
  minimumWage: String(s.minimumWage),
  vettingValidityMonths: String(s.vettingValidityMonths),
  verdictThresholds: { approved: String(s.verdictThresholds.approved), conditional: String(s.verdictThresholds.conditional) },
});

const toInput = (f: RulesForm) => ({
  minimumWage: numberOrNull(f.minimumWage),
  vettingValidityMonths: numberOrNull(f.vettingValidityMonths),
  verdictThresholds: { approved: numberOrNull(f.verdictThresholds.approved), conditional: numberOrNull(f.verdictThresholds.conditional) },
});

export function VettingRulesSection() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const settings = ws.settings;
  const { form, submit, errors, saving } = useSchemaForm<RulesForm, Settings>({
    schema: rulesSchema,
    toInput,
    defaultValues: { minimumWage: '', vettingValidityMonths: '', verdictThresholds: { approved: '', conditional: '' } },
    save: (values) => call(api().settings.update(rulesSchema.parse(toInput(values)))),
    toForm,
    savedMessage: t('settings.vettingRules.saved'),
  });

  useEffect(() => {
    if (settings && !form.formState.isDirty) form.reset(toForm(settings));
  }, [settings, form]);

  const numeric = { htmlInput: { inputMode: 'numeric' as const } };
  return (
    <Box component="form" onSubmit={submit} noValidate data-testid="vetting-rules">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 2 }}>
        <TextField
          label={t('settings.vettingRules.minimumWage')}
          {...form.register('minimumWage')}
          error={!!errors.minimumWage}
          helperText={errors.minimumWage?.message ?? t('settings.vettingRules.minimumWageHint')}
          sx={{ width: 220 }}
          slotProps={{ ...numeric, input: { endAdornment: <InputAdornment position="end">{t('settings.vettingRules.yuanPerMonth')}</InputAdornment> } }}
        />
        <TextField
          label={t('settings.vettingRules.validity')}
          {...form.register('vettingValidityMonths')}
          error={!!errors.vettingValidityMonths}
          helperText={errors.vettingValidityMonths?.message ?? t('settings.vettingRules.validityHint')}
          sx={{ width: 200 }}
          slotProps={{ ...numeric, input: { endAdornment: <InputAdornment position="end">{t('settings.vettingRules.months')}</InputAdornment> } }}
        />
        <TextField
          label={t('settings.vettingRules.approved')}
          {...form.register('verdictThresholds.approved')}
          error={!!errors.verdictThresholds?.approved}
          helperText={errors.verdictThresholds?.approved?.message ?? t('settings.vettingRules.approvedHint')}
          sx={{ width: 200 }}
          slotProps={{ ...numeric, input: { endAdornment: <InputAdornment position="end">{t('settings.vettingRules.points')}</InputAdornment> } }}
        />
        <TextField
          label={t('settings.vettingRules.conditional')}
          {...form.register('verdictThresholds.conditional')}
          error={!!errors.verdictThresholds?.conditional}
          helperText={errors.verdictThresholds?.conditional?.message ?? t('settings.vettingRules.conditionalHint')}
          sx={{ width: 220 }}
          slotProps={{ ...numeric, input: { endAdornment: <InputAdornment position="end">{t('settings.vettingRules.points')}</InputAdornment> } }}
        />
      </Stack>
      <Stack direction="row" spacing={1} sx={{ mt: 2 }}>
        <Button type="submit" variant="contained" disabled={!form.formState.isDirty || saving}>{t('common.save')}</Button>
        <Button disabled={!form.formState.isDirty} onClick={() => settings && form.reset(toForm(settings))}>{t('common.cancel')}</Button>
      </Stack>
    </Box>
  );
}
