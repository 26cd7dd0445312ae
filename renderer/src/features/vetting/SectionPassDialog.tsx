// "本节全部合格": asks once, naming how many items and which, then answers them in one write
// (vettings.passSection). The confirm button has focus, so Enter confirms as a click does.
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sectionPassAnswers } from '../../../../shared/vetting/sectionPass';
import type { Vetting } from '../../../../shared/vetting/schema';
import { useNotifier } from '../../app/Notifier';
import { api, call } from '../../lib/api';
import { useLoc } from './common';

export function SectionPassDialog(props: { vetting: Vetting; sectionKey: string | null; onClose: () => void; onDone: (v: Vetting, sectionKey: string) => void }) {
  const { t } = useTranslation();
  const loc = useLoc();
  const { notify, notifyError } = useNotifier();
  const [busy, setBusy] = useState(false);
  const { vetting, sectionKey } = props;
  const section = vetting.template.sections.find((s) => s.key === sectionKey);
  const answers = sectionKey ? sectionPassAnswers(vetting, sectionKey) : [];

  async function confirm() {
    if (!sectionKey) return;
    setBusy(true);
    try {
      const r = await call(api().vettings.passSection({ vettingId: vetting.id, sectionKey }));
      notify(t('vetting.sectionPass.done', { count: r.answered.length }));
      props.onDone(r.vetting, sectionKey);
    } catch (e) {
      notifyError(e);
      props.onClose();
    } finally {
      setBusy(false);
    }
  }

  return (
    // Focus goes to the section's first open item afterwards (the page sends it), not back to this button.
    <Dialog open={!!section} onClose={props.onClose} aria-labelledby="section-pass-title" disableRestoreFocus>
      <DialogTitle id="section-pass-title">{t('vetting.sectionPass.title', { section: section ? loc(section.title) : '' })}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('vetting.sectionPass.body', { count: answers.length })}</DialogContentText>
        <ul style={{ margin: '8px 0 0', paddingLeft: 20 }}>
          {answers.map(({ item, value }) => (
            <Typography component="li" variant="body2" key={item.key}>
              {loc(item.label)}：{t(`vetting.answer.${String(value)}`)}
            </Typography>
          ))}
        </ul>
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" autoFocus disabled={busy || !answers.length} onClick={() => void confirm()}>
          {t('vetting.sectionPass.confirm', { count: answers.length })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
