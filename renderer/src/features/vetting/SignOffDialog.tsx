// Sign-off: the verdict confirmed and the day it is signed off, which the expiry counts from.
// The day offered is the core's (Vetting.signOffDefault: the vetting's own day for past work
// being entered, the original's for an amendment, else today), so recording old work takes no
// extra step and today's work none either.
import { Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { vettingExpiresOn } from '../../../../shared/vetting/expiry';
import { type Vetting, vettingSignOffInput } from '../../../../shared/vetting/schema';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, call } from '../../lib/api';
import { DateField } from '../../components/DateField';
import { todayIso, useFormat } from '../../lib/format';
import { useSchemaForm } from '../../lib/useSchemaForm';

interface SignOffForm {
  signedOffOn: string;
}

export function SignOffDialog({ vetting, open, onClose, onSignedOff }: { vetting: Vetting; open: boolean; onClose: () => void; onSignedOff: (v: Vetting) => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const ws = useWorkspace();
  const toInput = (f: SignOffForm) => ({ id: vetting.id, signedOffOn: f.signedOffOn });
  const { form, submit, saving } = useSchemaForm<SignOffForm, Vetting>({
    schema: vettingSignOffInput,
    toInput,
    defaultValues: { signedOffOn: vetting.signOffDefault ?? todayIso() },
    mode: 'onSubmit',
    save: (values) => call(api().vettings.signOff(toInput(values))),
    savedMessage: t('vetting.signOff.done'),
    onSaved: onSignedOff,
  });
  const day = useWatch({ control: form.control, name: 'signedOffOn' });

  useEffect(() => {
    if (open) form.reset({ signedOffOn: vetting.signOffDefault ?? todayIso() });
  }, [open, vetting.signOffDefault, form]);

  const final = vetting.override?.verdict ?? vetting.score.suggestedVerdict;
  const months = ws.settings?.vettingValidityMonths;
  const valid = vettingSignOffInput.safeParse(toInput({ signedOffOn: day })).success && day >= vetting.vettedOn;
  const hint = valid && months ? t('vetting.dates.expiresPreview', { date: fmt.date(vettingExpiresOn(day, months)) }) : t('vetting.dates.signedOffOnHint');

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{t('vetting.signOff.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>{t('vetting.signOff.body', { verdict: final ? t(`vetting.verdict.${final}`) : '—' })}</DialogContentText>
            <DialogContentText variant="body2">{t('vetting.dates.vettedOnIs', { date: fmt.date(vetting.vettedOn) })}</DialogContentText>
            <Box data-testid="signed-off-on">
              <DateField control={form.control} name="signedOffOn" label={t('vetting.dates.signedOffOn')} hint={hint} />
            </Box>
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={saving}>{t('vetting.signOff.button')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
