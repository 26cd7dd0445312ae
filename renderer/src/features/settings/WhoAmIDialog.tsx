// First run: the user says who they are once; visits and the audit trail use it.
// In a workspace nobody has used yet there is no one to pick, so the dialog asks for the
// name plainly (one field) and adds that person to the staff list. When there are staff,
// the user picks themselves from the list, or adds themselves when they are not on it.
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { staffInput } from '../../../../shared/staff/schema';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, call } from '../../lib/api';
import { useSchemaForm } from '../../lib/useSchemaForm';

/** The radio that says "I am not on the list": the name field below is used. */
const ADD_ME = 'new';

interface WhoAmIForm {
  /** Someone already on the staff list, ADD_ME to add the name typed, or '' before a choice. */
  staffId: string;
  name: string;
}

// The name the user goes by is checked as the staff list checks names: the one typed, or the
// picked person's (already on the list, so it passes).
const nameSchema = staffInput.pick({ name: true });

export function WhoAmIDialog() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const active = ws.staff.filter((s) => s.active);
  const firstUser = active.length === 0;
  const pickedOf = (f: WhoAmIForm) => active.find((s) => s.id === f.staffId) ?? null;
  const { form, submit, errors, saving } = useSchemaForm<WhoAmIForm, { name: string }>({
    schema: nameSchema,
    toInput: (f) => ({ name: pickedOf(f)?.name ?? f.name }),
    // Whatever the core says about who the user is shows under the name, the one field there is.
    issueAt: (issue) => ({ ...issue, path: ['name'] }),
    defaultValues: { staffId: firstUser ? ADD_ME : '', name: '' },
    mode: 'onSubmit',
    save: async (f) => {
      const staff = pickedOf(f) ?? (await call(api().staff.create({ name: f.name })));
      await call(api().settings.update({ currentStaffId: staff.id }));
      return { name: staff.name };
    },
    // The app greets the person it now knows: the name is what it will write in the records.
    savedMessage: ({ name }) => t('whoAmI.welcome', { name }),
  });
  const [staffId, name] = useWatch({ control: form.control, name: ['staffId', 'name'] });
  const adding = staffId === ADD_ME;
  const ready = adding ? name.trim() !== '' : staffId !== '';

  const nameField = (
    <TextField
      label={t('whoAmI.name')}
      {...form.register('name', { onChange: () => form.clearErrors('name') })}
      error={Boolean(errors.name)}
      helperText={errors.name?.message ?? t('whoAmI.nameHint')}
      autoFocus
      fullWidth
    />
  );

  return (
    <Dialog open aria-labelledby="who-am-i-title" maxWidth="xs" fullWidth>
      <form onSubmit={submit} noValidate>
        <DialogTitle id="who-am-i-title">{t('whoAmI.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t(firstUser ? 'whoAmI.bodyFirst' : 'whoAmI.bodyPick')}</DialogContentText>
          {firstUser ? (
            nameField
          ) : (
            <Stack spacing={1}>
              <Controller
                control={form.control}
                name="staffId"
                render={({ field }) => (
                  <RadioGroup
                    aria-label={t('whoAmI.pick')}
                    value={field.value}
                    onChange={(_, v) => (field.onChange(v), form.clearErrors())}
                    // A team is a handful of people; a long list scrolls inside the dialog.
                    sx={{ maxHeight: 280, overflowY: 'auto', flexWrap: 'nowrap' }}
                  >
                    {active.map((s) => (
                      <FormControlLabel key={s.id} value={s.id} control={<Radio size="small" />} label={s.title ? `${s.name} · ${s.title}` : s.name} />
                    ))}
                    <FormControlLabel value={ADD_ME} control={<Radio size="small" />} label={t('whoAmI.addMe')} />
                  </RadioGroup>
                )}
              />
              {adding && nameField}
            </Stack>
          )}
        </DialogContent>
        <DialogActions>
          <Button type="submit" variant="contained" disabled={saving || !ready}>
            {t('whoAmI.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
