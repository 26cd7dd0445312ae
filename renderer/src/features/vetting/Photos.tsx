// Photo evidence of one item: pictures are downscaled here (at most 1600 px on the long
// side, JPEG 0.85) before they cross the bridge, shown as thumbnails and full size.
import AddPhotoAlternateOutlined from '@mui/icons-material/AddPhotoAlternateOutlined';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, IconButton, Skeleton, Stack, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHOTO_LIMITS, type PhotoMeta } from '../../../../shared/vetting/schema';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { api, call } from '../../lib/api';

/** Reads an image file and returns it as a JPEG data URL no larger than `maxSide` on its long side. */
export async function downscale(file: Blob, maxSide: number = PHOTO_LIMITS.maxLongSide, quality = 0.85): Promise<string> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#fff'; // JPEG has no transparency
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return canvas.toDataURL('image/jpeg', quality);
}

// Photo data does not change once stored: keep what was read for this session.
const cache = new Map<string, Promise<string>>();
function photoSrc(p: PhotoMeta): Promise<string> {
  let src = cache.get(p.id);
  if (!src) {
    src = call(api().vettings.photo({ id: p.id })).then((full) => `data:${full.mime};base64,${full.data}`);
    src.catch(() => cache.delete(p.id));
    cache.set(p.id, src);
  }
  return src;
}

function usePhotoSrc(p: PhotoMeta | null): string | null {
  const [loaded, setLoaded] = useState<{ id: string; src: string } | null>(null);
  useEffect(() => {
    let live = true;
    if (p) photoSrc(p).then((src) => live && setLoaded({ id: p.id, src }), () => undefined);
    return () => {
      live = false;
    };
  }, [p]);
  // Another photo's picture is never shown for this one while it loads.
  return p && loaded?.id === p.id ? loaded.src : null;
}

function Thumb({ photo, onOpen, onRemove, readOnly }: { photo: PhotoMeta; onOpen: () => void; onRemove: () => void; readOnly: boolean }) {
  const { t } = useTranslation();
  const src = usePhotoSrc(photo);
  return (
    <Box sx={{ position: 'relative', width: 96, height: 72 }}>
      <Box
        component="button"
        type="button"
        onClick={onOpen}
        aria-label={t('vetting.photos.view')}
        sx={{ p: 0, border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden', width: 1, height: 1, cursor: 'zoom-in', bgcolor: 'grey.100' }}
      >
        {src ? <img src={src} alt={photo.caption ?? ''} style={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }} /> : <Skeleton variant="rectangular" width={96} height={72} />}
      </Box>
      {!readOnly && (
        <IconButton size="small" aria-label={t('vetting.photos.remove')} onClick={onRemove} sx={{ position: 'absolute', top: 2, right: 2, bgcolor: 'rgba(255,255,255,0.85)', p: 0.25, '&:hover': { bgcolor: 'white' } }}>
          <DeleteOutline fontSize="small" />
        </IconButton>
      )}
    </Box>
  );
}

export function PhotoStrip(props: {
  photos: PhotoMeta[];
  readOnly: boolean;
  onAdd: (files: File[]) => Promise<void>;
  onRemove: (photo: PhotoMeta) => Promise<void>;
  inputLabel: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<PhotoMeta | null>(null);
  const [removing, setRemoving] = useState<PhotoMeta | null>(null);
  const [busy, setBusy] = useState(false);
  const full = usePhotoSrc(open);
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      {props.photos.map((p) => (
        <Thumb key={p.id} photo={p} readOnly={props.readOnly} onOpen={() => setOpen(p)} onRemove={() => setRemoving(p)} />
      ))}
      {props.photos.length === 0 && props.readOnly && <Typography variant="body2" color="text.secondary">{t('vetting.photos.none')}</Typography>}
      {!props.readOnly && (
        <Button component="label" variant="outlined" size="small" disabled={busy} startIcon={busy ? <CircularProgress size={16} /> : <AddPhotoAlternateOutlined />}>
          {busy ? t('vetting.photos.adding') : t('vetting.photos.add')}
          <input
            hidden
            type="file"
            accept="image/*"
            multiple
            aria-label={props.inputLabel}
            onChange={(e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              if (!files.length) return;
              setBusy(true);
              void props.onAdd(files).finally(() => setBusy(false));
            }}
          />
        </Button>
      )}
      <Dialog open={open !== null} onClose={() => setOpen(null)} maxWidth="lg">
        <DialogContent sx={{ p: 1 }}>
          {full ? <img src={full} alt={open?.caption ?? ''} style={{ maxWidth: '100%', maxHeight: '80vh', display: 'block' }} data-testid="photo-full" /> : <CircularProgress />}
          {open && <Typography variant="caption" color="text.secondary">{t('vetting.photos.size', { width: open.width, height: open.height })}</Typography>}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(null)}>{t('vetting.photos.close')}</Button>
        </DialogActions>
      </Dialog>
      <ConfirmDialog
        open={removing !== null}
        title={t('vetting.photos.removeTitle')}
        body={t('vetting.photos.removeBody')}
        confirmLabel={t('common.delete')}
        danger
        onConfirm={() => {
          const p = removing!;
          setRemoving(null);
          void props.onRemove(p);
        }}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}
