// The team's dialogs: create (name, passphrase twice) then its code with 复制 and 保存团队文件;
// join (a pasted code or a team file, and the passphrase); save the team file later. Each is
// mounted while open (SyncSettingsSection), so it starts empty every time.
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import SaveAltOutlined from '@mui/icons-material/SaveAltOutlined';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField } from '@mui/material';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { teamCreateInput, teamExportInput, teamJoinInput } from '../../../../shared/sync/schema';
import { useNotifier } from '../../app/Notifier';
import { api, call } from '../../lib/api';
import { useSchemaForm } from '../../lib/useSchemaForm';

interface CreateValues {
  teamName: string;
  passphrase: string;
  repeat: string;
}
const createSchema = teamCreateInput
  .extend({ repeat: z.string() })
  .refine((f) => f.passphrase === f.repeat, { path: ['repeat'], message: 'passphraseMismatch' });
const emptyCreate: CreateValues = { teamName: '', passphrase: '', repeat: '' };

/** Saves the team file in a native save dialog; says where. */
function useSaveTeamFile() {
  const { t } = useTranslation();
  const { notifySaved, notifyError } = useNotifier();
  const [saving, setSaving] = useState(false);
  const save = async (passphrase: string) => {
    setSaving(true);
    try {
      const saved = await call(api().sync.exportTeam({ passphrase }));
      if (saved?.path) notifySaved(t('sync.team.fileSaved', { path: saved.path }), saved.path);
      return saved !== null;
    } catch (e) {
      notifyError(e);
      return false;
    } finally {
      setSaving(false);
    }
  };
  return { save, saving };
}

export function CreateTeamDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { notify } = useNotifier();
  const teamFile = useSaveTeamFile();
  // After creating: the code to hand over, and the passphrase kept only while this dialog is open.
  const [created, setCreated] = useState<{ code: string; passphrase: string } | null>(null);
  const { form, submit, errors, saving } = useSchemaForm<CreateValues, { code: string }>({
    schema: createSchema,
    defaultValues: emptyCreate,
    save: (v) => call(api().sync.createTeam({ teamName: v.teamName, passphrase: v.passphrase })),
    savedMessage: null,
    onSaved: (saved, v) => {
      setCreated({ code: saved.code, passphrase: v.passphrase });
      notify(t('sync.team.created', { name: v.teamName.trim() }));
    },
  });

  const copy = async () => {
    if (!created) return;
    await navigator.clipboard.writeText(created.code).catch(() => {});
    notify(t('sync.team.copied'));
  };

  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="team-create-title">
      {created ? (
        <>
          <DialogTitle id="team-create-title">{t('sync.team.codeTitle')}</DialogTitle>
          <DialogContent>
            <DialogContentText variant="body2" sx={{ mb: 1.5 }}>{t('sync.team.codeHint')}</DialogContentText>
            <TextField
              fullWidth
              multiline
              minRows={3}
              label={t('sync.team.code')}
              value={created.code}
              slotProps={{ htmlInput: { readOnly: true, 'data-testid': 'team-code', style: { fontFamily: 'monospace', fontSize: 13 } } }}
            />
          </DialogContent>
          <DialogActions>
            <Button startIcon={<ContentCopyOutlined />} onClick={() => void copy()}>{t('sync.team.copy')}</Button>
            <Button startIcon={<SaveAltOutlined />} loading={teamFile.saving} onClick={() => void teamFile.save(created.passphrase)}>
              {t('sync.team.saveFile')}
            </Button>
            <Button variant="contained" onClick={onClose}>{t('sync.team.done')}</Button>
          </DialogActions>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <DialogTitle id="team-create-title">{t('sync.team.createTitle')}</DialogTitle>
          <DialogContent>
            <DialogContentText variant="body2" sx={{ mb: 2 }}>{t('sync.team.createHint')}</DialogContentText>
            <Stack spacing={2}>
              <TextField label={t('sync.team.teamName')} required autoFocus {...form.register('teamName')} error={!!errors.teamName} helperText={errors.teamName?.message ?? ' '} />
              <TextField
                type="password"
                label={t('sync.team.passphrase')}
                required
                autoComplete="new-password"
                {...form.register('passphrase')}
                error={!!errors.passphrase}
                helperText={errors.passphrase?.message ?? t('sync.team.passphraseHint')}
              />
              <TextField
                type="password"
                label={t('sync.team.passphraseAgain')}
                required
                autoComplete="new-password"
                {...form.register('repeat')}
                error={!!errors.repeat}
                helperText={errors.repeat?.message ?? ' '}
              />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" variant="contained" loading={saving}>{t('sync.team.createConfirm')}</Button>
          </DialogActions>
        </form>
      )}
    </Dialog>
  );
}

interface JoinValues {
  code: string;
  passphrase: string;
}

export function JoinTeamDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { notify } = useNotifier();
  // 加入 sends the pasted code; 用团队文件加入 sends none, so the core asks for the file.
  const from = useRef<'code' | 'file'>('code');
  const toInput = (v: JoinValues) => (from.current === 'file' ? { passphrase: v.passphrase } : { code: v.code.trim(), passphrase: v.passphrase });
  const { form, submit, errors, saving } = useSchemaForm<JoinValues, { team: { name: string } | null } | null>({
    schema: teamJoinInput,
    toInput,
    defaultValues: { code: '', passphrase: '' },
    save: (v) => call(api().sync.joinTeam(toInput(v))),
    savedMessage: null,
    onSaved: (saved) => {
      if (!saved) return; // the file dialog was cancelled: the dialog stays
      notify(t('sync.team.joined', { name: saved.team?.name ?? '' }));
      onClose();
    },
  });

  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="team-join-title">
      <form onSubmit={(e) => ((from.current = 'code'), void submit(e))} noValidate>
        <DialogTitle id="team-join-title">{t('sync.team.joinTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText variant="body2" sx={{ mb: 2 }}>{t('sync.team.joinHint')}</DialogContentText>
          <Stack spacing={2}>
            <TextField
              multiline
              minRows={3}
              label={t('sync.team.code')}
              placeholder={t('sync.team.codePlaceholder')}
              autoFocus
              {...form.register('code')}
              error={!!errors.code}
              helperText={errors.code?.message ?? ' '}
              slotProps={{ htmlInput: { 'data-testid': 'team-code-input', style: { fontFamily: 'monospace', fontSize: 13 } } }}
            />
            <TextField
              type="password"
              label={t('sync.team.passphrase')}
              required
              autoComplete="current-password"
              {...form.register('passphrase')}
              error={!!errors.passphrase}
              helperText={errors.passphrase?.message ?? ' '}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button disabled={saving} onClick={() => ((from.current = 'file'), void submit())}>{t('sync.team.fromFile')}</Button>
          <Button type="submit" variant="contained" loading={saving}>{t('sync.team.joinConfirm')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

export function ExportTeamDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const teamFile = useSaveTeamFile();
  const { form, submit, errors } = useSchemaForm<{ passphrase: string }, boolean>({
    schema: teamExportInput,
    defaultValues: { passphrase: '' },
    save: (v) => teamFile.save(v.passphrase),
    savedMessage: null,
    onSaved: (saved) => saved && onClose(),
  });

  return (
    <Dialog open={open} onClose={onClose} maxWidth="xs" fullWidth aria-labelledby="team-export-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="team-export-title">{t('sync.team.exportTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText variant="body2" sx={{ mb: 2 }}>{t('sync.team.exportHint')}</DialogContentText>
          <TextField
            fullWidth
            type="password"
            label={t('sync.team.passphrase')}
            required
            autoFocus
            {...form.register('passphrase')}
            error={!!errors.passphrase}
            helperText={errors.passphrase?.message ?? ' '}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" loading={teamFile.saving}>{t('sync.team.exportConfirm')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
