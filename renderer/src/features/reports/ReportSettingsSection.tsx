// Settings › 报告: the issuing unit's name and an optional logo that head every printed
// report. The name is checked with the schema the core applies to settings.update; the
// logo goes as it is (no re-encoding: it is printed small and must stay sharp) and the
// core checks it by its own header and size. A preview shows the masthead as printed.
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import { Box, Button, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { unitLines } from '../../../../shared/reports/unitName';
import { LOGO_LIMITS, reportSettings, type Settings } from '../../../../shared/workspace/schema';
import { useNotifier } from '../../app/Notifier';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, call } from '../../lib/api';
import { firstIssueMessage } from '../../lib/applyApiError';
import { useSchemaForm } from '../../lib/useSchemaForm';

const unitSchema = z.object(reportSettings);
interface UnitForm {
  unitName: string;
}
const toInput = (f: UnitForm) => ({ unitName: f.unitName });

const readAsDataUrl = (file: Blob) =>
  new Promise<string>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(file);
  });

export function ReportSettingsSection() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const { notify, notifyError } = useNotifier();
  const settings = ws.settings;
  const { form, submit, errors, saving } = useSchemaForm<UnitForm, Settings>({
    schema: unitSchema,
    toInput,
    defaultValues: { unitName: '' },
    save: (values) => call(api().settings.update(unitSchema.parse(toInput(values)))),
    toForm: (saved) => ({ unitName: saved.unitName }),
    savedMessage: t('reports.settings.saved'),
  });
  const [logo, setLogo] = useState<string | null | undefined>(undefined);
  const [logoError, setLogoError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (settings && !form.formState.isDirty) form.reset({ unitName: settings.unitName });
  }, [settings, form]);

  useEffect(() => {
    let live = true;
    call(api().settings.logo({})).then(
      (l) => live && setLogo(l?.dataUrl ?? null),
      () => live && setLogo(null),
    );
    return () => {
      live = false;
    };
  }, [settings?.hasLogo]);

  const upload = async (file: File) => {
    setLogoError(null);
    setBusy(true);
    try {
      const saved = await call(api().settings.setLogo({ data: await readAsDataUrl(file) }));
      setLogo(saved.dataUrl);
      ws.changed();
      notify(t('reports.settings.logoSaved'));
    } catch (e) {
      const message = firstIssueMessage(e, t);
      if (message) setLogoError(message);
      else notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setLogoError(null);
    try {
      await call(api().settings.removeLogo({}));
      setLogo(null);
      ws.changed();
      notify(t('reports.settings.logoRemoved'));
    } catch (e) {
      notifyError(e);
    }
  };

  const unitName = useWatch({ control: form.control, name: 'unitName' });
  return (
    <Stack spacing={2} data-testid="report-settings">
      <Box component="form" onSubmit={submit} noValidate>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
          <TextField
            label={t('reports.settings.unitName')}
            {...form.register('unitName')}
            error={!!errors.unitName}
            helperText={errors.unitName?.message ?? t('reports.settings.unitNameHint')}
            sx={{ flex: 1, maxWidth: 640 }}
          />
          <Button type="submit" variant="contained" disabled={!form.formState.isDirty || saving} sx={{ mt: 1 }}>{t('common.save')}</Button>
          <Button disabled={!form.formState.isDirty} onClick={() => settings && form.reset({ unitName: settings.unitName })} sx={{ mt: 1 }}>{t('common.cancel')}</Button>
        </Stack>
      </Box>
      <Stack direction="row" spacing={3} sx={{ alignItems: 'flex-start' }}>
        <Box sx={{ minWidth: 260 }}>
          <Typography variant="subtitle2">{t('reports.settings.logo')}</Typography>
          <Typography variant="body2" color={logoError ? 'error' : 'text.secondary'} sx={{ mb: 1 }} role={logoError ? 'alert' : undefined}>
            {logoError ?? t('reports.settings.logoHint')}
          </Typography>
          <Stack direction="row" spacing={1}>
            <Button component="label" variant="outlined" size="small" disabled={busy} startIcon={busy ? <CircularProgress size={16} /> : <UploadFileOutlined />}>
              {logo ? t('reports.settings.replace') : t('reports.settings.upload')}
              <input
                hidden
                type="file"
                accept={LOGO_LIMITS.types.join(',')}
                aria-label={t('reports.settings.logo')}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void upload(file);
                }}
              />
            </Button>
            {logo && (
              <Button size="small" color="error" startIcon={<DeleteOutline />} onClick={() => void remove()}>{t('reports.settings.remove')}</Button>
            )}
          </Stack>
        </Box>
        <Box sx={{ flex: 1, maxWidth: 560 }}>
          <Typography variant="subtitle2" sx={{ mb: 0.5 }}>{t('reports.settings.preview')}</Typography>
          <Box data-testid="masthead-preview" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'white', px: 2, pt: 1.5, pb: 1 }}>
            <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', justifyContent: 'center', pb: 0.75, borderBottom: '2px solid #c00' }}>
              {logo === undefined ? <CircularProgress size={20} /> : logo ? <img src={logo} alt={t('reports.settings.logo')} style={{ height: 40, maxWidth: 90, objectFit: 'contain' }} /> : null}
              <Typography sx={{ color: '#c00', fontWeight: 700, fontSize: 17, fontFamily: '"Noto Serif CJK SC", "Source Han Serif SC", SimSun, serif', textAlign: 'center' }}>
                {unitLines(unitName || settings?.unitName || '').map((line, n) => (
                  <Box component="span" key={n} sx={{ display: 'block' }}>{line}</Box>
                ))}
              </Typography>
            </Stack>
            <Box sx={{ borderTop: '1px solid #c00', mt: '2px' }} />
            {!logo && logo !== undefined && <Typography variant="caption" color="text.secondary">{t('reports.settings.noLogo')}</Typography>}
          </Box>
        </Box>
      </Stack>
    </Stack>
  );
}
