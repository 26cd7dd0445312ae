// First run: the user says who they are once; visits and the audit trail use it.
import { Autocomplete, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { staffInput } from '../../../../shared/staff/schema';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, call } from '../../lib/api';
import { useSchemaForm } from '../../lib/useSchemaForm';

interface WhoAmIForm {
  /** Someone already on the staff list, or '' to add the name below. */
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
  const pickedOf = (f: WhoAmIForm) => active.find((s) => s.id === f.staffId) ?? null;
  const { form, submit, errors, saving } = useSchemaForm<WhoAmIForm>({
    schema: nameSchema,
    toInput: (f) => ({ name: pickedOf(f)?.name ?? f.name }),
    // Whatever the core says about who the user is shows under the name, the one field there is.
    issueAt: (issue) => ({ ...issue, path: ['name'] }),
    defaultValues: { staffId: '', name: '' },
    mode: 'onSubmit',
    save: async (f) => {
      const staff = pickedOf(f) ?? (await call(api().staff.create({ name: f.name })));
      return call(api().settings.update({ currentStaffId: staff.id }));
    },
    savedMessage: null,
  });
  const [staffId, name] = useWatch({ control: form.control, name: ['staffId', 'name'] });
  const picked = active.find((s) => s.id === staffId) ?? null;

  return (
    <Dialog open aria-labelledby="who-am-i-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="who-am-i-title">{t('whoAmI.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('whoAmI.body')}</DialogContentText>
          <Stack spacing={2}>
            {active.length > 0 && (
              <Autocomplete
                options={active}
                getOptionLabel={(s) => s.name}
                value={picked}
                onChange={(_, v) => (form.setValue('staffId', v?.id ?? ''), form.clearErrors())}
                renderInput={(p) => <TextField {...p} label={t('whoAmI.pick')} />}
              />
            )}
            {!picked && (
              <TextField
                label={t('whoAmI.newName')}
                {...form.register('name', { onChange: () => form.clearErrors('name') })}
                error={Boolean(errors.name)}
                helperText={errors.name?.message ?? t('whoAmI.newNameHint')}
                autoFocus
              />
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button type="submit" variant="contained" disabled={saving || (!picked && !name.trim())}>
            {t('whoAmI.confirm')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
