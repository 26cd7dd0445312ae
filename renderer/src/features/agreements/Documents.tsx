// The scanned agreement: upload a PDF or an image (the core decides by the file's own
// bytes), list, view images in a dialog, save as a file, delete with a confirmation.
// Saving goes through the core's save dialog so that it is written whole and logged (导出记录).
// PDFs are saved rather than shown: the app's Content-Security-Policy forbids
// object and frame sources (object-src/frame-src 'none'), and the sandboxed window has
// no PDF plugin, so an embedded blob: PDF would not display.
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import DownloadOutlined from '@mui/icons-material/DownloadOutlined';
import ImageOutlined from '@mui/icons-material/ImageOutlined';
import PictureAsPdfOutlined from '@mui/icons-material/PictureAsPdfOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, List, ListItem, ListItemIcon, ListItemText, Stack, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DocumentMeta, LIMITS_AGREEMENT } from '../../../../shared/agreements/schema';
import type { ApiError } from '../../../../shared/result';
import { errorText, useNotifier } from '../../app/Notifier';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormSection } from '../../components/FormSection';
import { api, ApiCallError, call } from '../../lib/api';
import { useFormat } from '../../lib/format';

const ACCEPT = 'application/pdf,image/jpeg,image/png,image/webp,.pdf,.jpg,.jpeg,.png,.webp';

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

export function Documents({ agreementId, documents, onChange }: { agreementId: string; documents: DocumentMeta[]; onChange: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { notify, notifySaved, notifyError } = useNotifier();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [viewing, setViewing] = useState<{ name: string; src: string } | null>(null);
  const [removing, setRemoving] = useState<DocumentMeta | null>(null);

  async function upload(file: File) {
    setRefusal(null);
    // Too large is said before reading 20 MB into memory; the core checks again.
    if (file.size > LIMITS_AGREEMENT.documentBytes) return setRefusal({ code: 'VALIDATION', key: 'documentTooLarge', params: { maxMb: LIMITS_AGREEMENT.documentBytes / 1024 / 1024 } });
    setBusy(true);
    try {
      const meta = await call(api().agreements.attachDocument({ agreementId, fileName: file.name, data: await readAsDataUrl(file) }));
      notify(t('agreements.documents.uploaded', { name: meta.fileName }));
      onChange();
    } catch (e) {
      setRefusal(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  }

  async function open(d: DocumentMeta, download: boolean) {
    try {
      // Only an image is shown in the app; a PDF (or a type the core does not vouch for) is saved.
      if (download || !d.mime.startsWith('image/')) {
        const saved = await call(api().agreements.saveDocument({ id: d.id }));
        if (saved) notifySaved(t('agreements.documents.savedTo', { path: saved.path }), saved.path);
        return;
      }
      const doc = await call(api().agreements.document({ id: d.id }));
      if (doc.mime.startsWith('image/')) setViewing({ name: doc.fileName, src: `data:${doc.mime};base64,${doc.data}` });
      else await open(d, true);
    } catch (e) {
      notifyError(e);
    }
  }

  async function remove(d: DocumentMeta) {
    setRemoving(null);
    try {
      await call(api().agreements.removeDocument({ id: d.id }));
      notify(t('agreements.documents.removed', { name: d.fileName }));
      onChange();
    } catch (e) {
      notifyError(e);
    }
  }

  return (
    <FormSection
      title={t('agreements.section.documents')}
      action={
        <Button size="small" startIcon={<UploadFileOutlined />} disabled={busy} sx={{ ml: 'auto' }} onClick={() => input.current?.click()}>
          {busy ? t('agreements.documents.uploading') : t('agreements.documents.upload')}
        </Button>
      }
    >
      <input
        ref={input} type="file" hidden accept={ACCEPT} data-testid="document-input" aria-label={t('agreements.documents.upload')}
        onChange={(e) => e.target.files?.[0] && void upload(e.target.files[0])}
      />
      <Stack spacing={1}>
        <Typography variant="caption" color="text.secondary">{t('agreements.documents.hint')}</Typography>
        {refusal && <Alert severity="error" onClose={() => setRefusal(null)} data-testid="document-refusal">{errorText(t, refusal)}</Alert>}
        {documents.length === 0 ? (
          <Typography variant="body2" color="text.secondary">{t('agreements.documents.empty')}</Typography>
        ) : (
          <List dense disablePadding aria-label={t('agreements.section.documents')}>
            {documents.map((d) => (
              <ListItem
                key={d.id}
                disableGutters
                secondaryAction={
                  <Stack direction="row" spacing={0.5}>
                    {d.mime !== 'application/pdf' && <Button size="small" onClick={() => void open(d, false)}>{t('agreements.documents.open')}</Button>}
                    <IconButton size="small" aria-label={`${t('agreements.documents.download')} ${d.fileName}`} onClick={() => void open(d, true)}><DownloadOutlined fontSize="small" /></IconButton>
                    <IconButton size="small" color="error" aria-label={`${t('agreements.documents.remove')} ${d.fileName}`} onClick={() => setRemoving(d)}><DeleteOutline fontSize="small" /></IconButton>
                  </Stack>
                }
                sx={{ pr: 18 }}
              >
                <ListItemIcon sx={{ minWidth: 36 }}>{d.mime === 'application/pdf' ? <PictureAsPdfOutlined color="error" /> : <ImageOutlined color="primary" />}</ListItemIcon>
                <ListItemText
                  primary={d.fileName}
                  secondary={`${t('agreements.documents.size', { size: fmt.number(Math.max(1, Math.round(d.bytes / 1024))) })} · ${fmt.date(d.createdAt.slice(0, 10))}`}
                  slotProps={{ primary: { sx: { overflowWrap: 'anywhere' } } }}
                />
              </ListItem>
            ))}
          </List>
        )}
        {documents.some((d) => d.mime === 'application/pdf') && <Typography variant="caption" color="text.secondary">{t('agreements.documents.pdfNote')}</Typography>}
      </Stack>
      <Dialog open={viewing !== null} onClose={() => setViewing(null)} maxWidth="lg">
        <DialogTitle>{viewing?.name}</DialogTitle>
        <DialogContent sx={{ p: 1 }}>
          {viewing && <Box component="img" src={viewing.src} alt={viewing.name} sx={{ display: 'block', maxWidth: '100%', maxHeight: '75vh', mx: 'auto' }} />}
        </DialogContent>
        <DialogActions><Button onClick={() => setViewing(null)}>{t('common.back')}</Button></DialogActions>
      </Dialog>
      <ConfirmDialog
        open={removing !== null} title={t('agreements.documents.removeTitle')} body={t('agreements.documents.removeBody', { name: removing?.fileName ?? '' })}
        confirmLabel={t('common.delete')} danger onConfirm={() => removing && void remove(removing)} onClose={() => setRemoving(null)}
      />
    </FormSection>
  );
}
