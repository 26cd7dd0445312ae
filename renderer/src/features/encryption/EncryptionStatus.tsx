// Whether the open workspace is encrypted, and the ways to change that: 加密此工作区 for a
// workspace from before encryption, a passphrase for carrying it to another computer.
import LockOutlined from '@mui/icons-material/LockOutlined';
import LockOpenOutlined from '@mui/icons-material/LockOpenOutlined';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import { Alert, Box, Button, Chip, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { api, call } from '../../lib/api';
import { PassphraseDialog } from './PassphraseDialog';

export function EncryptionStatus() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { notify, notifyError } = useNotifier();
  const [asking, setAsking] = useState<'encrypt' | 'passphrase' | null>(null);
  const [encrypting, setEncrypting] = useState(false);
  const info = ws.info;
  if (!info) return null;

  async function encrypt() {
    setAsking(null);
    setEncrypting(true);
    try {
      await call(api().workspace.encrypt({}));
      ws.changed();
      notify(t('encryption.encryptedNow'));
    } catch (e) {
      notifyError(e);
    } finally {
      setEncrypting(false);
    }
  }

  return (
    <Box data-testid="encryption">
      <Typography variant="subtitle2" component="h4" sx={{ mb: 1, fontWeight: 600 }}>{t('encryption.title')}</Typography>
      <Stack spacing={1.5}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
          {info.encrypted ? (
            <Chip icon={<LockOutlined />} color="success" variant="outlined" label={t('encryption.encrypted')} data-testid="encryption-status" />
          ) : (
            <Chip icon={<LockOpenOutlined />} color="warning" variant="outlined" label={t('encryption.notEncrypted')} data-testid="encryption-status" />
          )}
          {info.passphrase && <Chip icon={<KeyOutlined />} variant="outlined" label={t('encryption.withPassphrase')} />}
          <Typography variant="body2" color="text.secondary" sx={{ flex: 1, minWidth: 240 }}>
            {!info.encrypted ? t('encryption.plainHint') : info.passphrase ? t('encryption.passphraseHint') : t('encryption.encryptedHint')}
          </Typography>
        </Stack>
        {info.encrypted && !info.keystoreProtects && !info.passphrase && <Alert severity="warning">{t('encryption.keystoreWarning')}</Alert>}
        <Stack direction="row" spacing={1}>
          {info.encrypted ? (
            <Button variant="outlined" startIcon={<KeyOutlined />} onClick={() => setAsking('passphrase')} disabled={info.readOnly}>
              {info.passphrase ? t('encryption.changePassphrase') : t('encryption.setPassphrase')}
            </Button>
          ) : (
            <Button variant="contained" startIcon={<LockOutlined />} onClick={() => setAsking('encrypt')} disabled={info.readOnly} loading={encrypting}>
              {t('encryption.encrypt')}
            </Button>
          )}
        </Stack>
      </Stack>
      <ConfirmDialog
        open={asking === 'encrypt'}
        title={t('encryption.encryptTitle')}
        body={t('encryption.encryptBody')}
        confirmLabel={t('encryption.encryptConfirm')}
        onConfirm={() => void encrypt()}
        onClose={() => setAsking(null)}
      />
      <PassphraseDialog open={asking === 'passphrase'} change={info.passphrase} onClose={() => setAsking(null)} />
    </Box>
  );
}
