// Edit a vetting template: its sections and items, checked with the shared template
// schema before saving. A version that vettings have used stays as it is: saving
// then makes the next version, and the page says so before the user saves.
import AddOutlined from '@mui/icons-material/AddOutlined';
import ArrowBack from '@mui/icons-material/ArrowBack';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { Alert, Box, Button, Card, CardContent, Chip, IconButton, List, ListItem, ListItemText, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { useCallback, useMemo, useState } from 'react';
import { get, useFieldArray, useFormState, type UseFormReturn, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { TemplateSummary, TemplateVersion } from '../../../../shared/vetting/schema';
import { templateContent } from '../../../../shared/vetting/template';
import { useNotifier } from '../../app/Notifier';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormSection } from '../../components/FormSection';
import { FormActions } from '../../components/FormActions';
import { PageHeader } from '../../components/PageHeader';
import { api, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useRecordForm } from '../../lib/useRecordForm';
import { ItemRow } from './ItemEditor';
import { exportTemplateFile } from './templateFiles';
import { contentToForm, emptyItem, emptySection, formToContent, newKey, notNumberFields, type TemplateForm } from './templateForm';

type Form = UseFormReturn<TemplateForm>;

const allKeys = (f: TemplateForm) => new Set(f.sections.flatMap((s) => [s.key, ...s.items.map((i) => i.key)]));

function countErrors(node: unknown): number {
  if (!node || typeof node !== 'object') return 0;
  if ('message' in node && typeof (node as { message: unknown }).message === 'string') return 1;
  return Object.values(node).reduce<number>((n, v) => n + countErrors(v), 0);
}

export function TemplateEditorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [summary, setSummary] = useState<TemplateSummary | null>(null);
  const [history, setHistory] = useState<TemplateVersion[]>([]);
  const [invalidCount, setInvalidCount] = useState(0);

  // Around the current version: how many vettings use it, and the versions before it.
  const loadAround = useCallback(
    async (current: TemplateVersion) => {
      const [list, versions] = await Promise.all([
        call(api().templates.list({})),
        Promise.all(Array.from({ length: current.version - 1 }, (_, i) => call(api().templates.get({ id, version: i + 1 })))),
      ]);
      setSummary(list.find((s) => s.id === id) ?? null);
      setHistory([current, ...versions.reverse()]);
      return current;
    },
    [id],
  );

  const { form, record: latest, setRecord, submit, saving, guard, banner, gate } = useRecordForm<TemplateVersion, TemplateForm>({
    id,
    get: (id) => call(api().templates.get({ id })).then(loadAround),
    toForm: (v) => contentToForm(v.content),
    empty: () => ({ name: { zh: '', en: '' }, description: { zh: '', en: '' }, sections: [] }),
    schema: templateContent,
    toInput: formToContent,
    // Text in a number field: say "enter a number" rather than the union's "invalid value".
    issueAt: (issue, values) => (notNumberFields(values).includes(issue.path.join('.')) ? { ...issue, key: 'needsNumber' } : issue),
    mode: 'onSubmit',
    draft: `template:${id}`,
    save: (values) => {
      setInvalidCount(0);
      return call(api().templates.saveVersion({ id, content: templateContent.parse(formToContent(values)) }));
    },
    // history[0] is the version the form was opened on; saving a used one makes the next.
    savedMessage: (saved) =>
      saved.version > (history[0]?.version ?? saved.version) ? t('templates.editor.savedNewVersion', { version: saved.version }) : t('templates.editor.savedInPlace', { version: saved.version }),
    // The editor stays open on the version just saved.
    onSaved: (saved) => {
      setRecord(saved);
      void loadAround(saved);
    },
    onInvalid: (errors) => setInvalidCount(countErrors(errors)),
  });

  const name = useWatch({ control: form.control, name: 'name.zh' });

  // Keys of saved items match answers across versions, so they are not edited.
  const lockedKeys = useMemo(() => new Set(history.flatMap((v) => v.content.sections.flatMap((s) => s.items.map((i) => i.key)))), [history]);

  if (gate || !latest) return gate;

  const usedBy = summary?.usedBy ?? 0;
  const errors = form.formState.errors;

  return (
    <Box component="form" onSubmit={submit} noValidate sx={{ maxWidth: 1200 }}>
      {guard}
      <PageHeader
        back={<IconButton aria-label={t('templates.editor.back')} onClick={() => navigate('/templates')}><ArrowBack /></IconButton>}
        title={name || t('templates.title')}
        subtitle={t('templates.versionLabel', { version: latest.version })}
      />
      {banner}
      {latest.used ? (
        <Alert severity="warning" sx={{ mb: 2 }} data-testid="version-warning">
          {t('templates.editor.usedWarning', { count: usedBy, next: latest.version + 1, version: latest.version })}
        </Alert>
      ) : (
        <Alert severity="info" sx={{ mb: 2 }} data-testid="version-warning">
          {t('templates.editor.unusedNote', { version: latest.version })}
        </Alert>
      )}
      {invalidCount > 0 && (
        <Alert severity="error" sx={{ mb: 2 }} role="alert">
          {t('templates.editor.invalid', { count: invalidCount })}
        </Alert>
      )}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <Stack spacing={2} sx={{ flex: 1, minWidth: 0 }}>
          <FormSection title={t('templates.editor.basics')}>
            <Stack spacing={1.5}>
              <Stack direction="row" spacing={1.5}>
                <TextField size="small" required label={t('templates.editor.nameZh')} {...form.register('name.zh')} error={!!errors.name?.zh} helperText={errors.name?.zh?.message} sx={{ flex: 1 }} />
                <TextField size="small" label={t('templates.editor.nameEn')} {...form.register('name.en')} error={!!errors.name?.en} helperText={errors.name?.en?.message} sx={{ flex: 1 }} />
              </Stack>
              <Stack direction="row" spacing={1.5}>
                <TextField size="small" multiline minRows={2} label={t('templates.editor.descriptionZh')} {...form.register('description.zh')} error={!!errors.description?.zh} helperText={errors.description?.zh?.message} sx={{ flex: 1 }} />
                <TextField size="small" multiline minRows={2} label={t('templates.editor.descriptionEn')} {...form.register('description.en')} error={!!errors.description?.en} helperText={errors.description?.en?.message} sx={{ flex: 1 }} />
              </Stack>
            </Stack>
          </FormSection>
          <SectionsEditor form={form} lockedKeys={lockedKeys} />
        </Stack>
        <VersionHistory id={id} history={history} />
      </Stack>
      <FormActions>
        <Button onClick={() => navigate('/templates')}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={saving}>{t('common.save')}</Button>
      </FormActions>
    </Box>
  );
}

function SectionsEditor({ form, lockedKeys }: { form: Form; lockedKeys: Set<string> }) {
  const { t } = useTranslation();
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: 'sections', keyName: 'fieldId' });
  const [removing, setRemoving] = useState<number | null>(null);
  const removingSection = removing === null ? null : form.getValues(`sections.${removing}`);

  return (
    <Stack spacing={2}>
      {fields.map((f, si) => (
        <SectionCard key={f.fieldId} form={form} si={si} count={fields.length} lockedKeys={lockedKeys} onMove={(to) => move(si, to)} onRemove={() => setRemoving(si)} />
      ))}
      <Box>
        <Button
          startIcon={<AddOutlined />}
          variant="outlined"
          onClick={() => {
            const taken = allKeys(form.getValues());
            const sectionKey = newKey('section', taken);
            append(emptySection(sectionKey, t('templates.editor.newSection'), newKey('item', new Set([...taken, sectionKey])), t('templates.editor.newItem')));
          }}
        >
          {t('templates.editor.addSection')}
        </Button>
      </Box>
      <ConfirmDialog
        open={removing !== null}
        title={t('templates.editor.removeSectionTitle')}
        body={t('templates.editor.removeSectionBody', { title: removingSection?.title.zh ?? '', count: removingSection?.items.length ?? 0 })}
        confirmLabel={t('templates.editor.removeSection')}
        danger
        onClose={() => setRemoving(null)}
        onConfirm={() => {
          if (removing !== null) remove(removing);
          setRemoving(null);
        }}
      />
    </Stack>
  );
}

function SectionCard({ form, si, count, lockedKeys, onMove, onRemove }: { form: Form; si: number; count: number; lockedKeys: Set<string>; onMove: (to: number) => void; onRemove: () => void }) {
  const { t } = useTranslation();
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: `sections.${si}.items`, keyName: 'fieldId' });
  const { errors } = useFormState({ control: form.control });
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [openNew, setOpenNew] = useState(false);
  // A new item opens for editing once its row exists.
  const last = fields[fields.length - 1];
  if (openNew && last) {
    setOpenNew(false);
    setOpen((s) => new Set([...s, last.fieldId]));
  }
  const title = useWatch({ control: form.control, name: `sections.${si}.title.zh` });
  const e = (rest: string) => (get(errors, `sections.${si}.${rest}`) as { message?: string } | undefined)?.message;
  const toggle = (fid: string) => setOpen((s) => {
    const next = new Set(s);
    if (next.has(fid)) next.delete(fid);
    else next.add(fid);
    return next;
  });

  return (
    <Card variant="outlined" data-testid={`section-${si}`} component="section" aria-label={title || t('templates.editor.section', { n: si + 1 })}>
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', mb: 1.5 }}>
          <Chip label={t('templates.editor.section', { n: si + 1 })} size="small" color="primary" variant="outlined" sx={{ mt: 1 }} />
          <TextField size="small" required label={t('templates.editor.sectionTitleZh')} {...form.register(`sections.${si}.title.zh`)} error={!!e('title.zh')} helperText={e('title.zh')} sx={{ flex: 1 }} />
          <TextField size="small" label={t('templates.editor.sectionTitleEn')} {...form.register(`sections.${si}.title.en`)} error={!!e('title.en')} helperText={e('title.en')} sx={{ flex: 1 }} />
          <Typography variant="caption" color="text.secondary" sx={{ mt: 1.2, whiteSpace: 'nowrap' }}>{t('templates.editor.itemCount', { count: fields.length })}</Typography>
          <Tooltip title={t('templates.editor.moveUp')}>
            <span><IconButton size="small" aria-label={t('templates.editor.moveUp')} disabled={si === 0} onClick={() => onMove(si - 1)}><ArrowUpward fontSize="small" /></IconButton></span>
          </Tooltip>
          <Tooltip title={t('templates.editor.moveDown')}>
            <span><IconButton size="small" aria-label={t('templates.editor.moveDown')} disabled={si === count - 1} onClick={() => onMove(si + 1)}><ArrowDownward fontSize="small" /></IconButton></span>
          </Tooltip>
          <Tooltip title={t('templates.editor.removeSection')}>
            <span><IconButton size="small" aria-label={t('templates.editor.removeSection')} disabled={count === 1} onClick={onRemove}><DeleteOutline fontSize="small" /></IconButton></span>
          </Tooltip>
        </Stack>
        {e('key') && <Typography variant="caption" color="error">{e('key')}</Typography>}
        <Stack spacing={0.75}>
          {fields.map((f, ii) => (
            <ItemRow
              key={f.fieldId}
              form={form}
              si={si}
              ii={ii}
              count={fields.length}
              open={open.has(f.fieldId)}
              lockedKeys={lockedKeys}
              onToggle={() => toggle(f.fieldId)}
              onMove={(to) => move(ii, to)}
              onRemove={() => remove(ii)}
            />
          ))}
        </Stack>
        <Box sx={{ mt: 1 }}>
          <Button
            size="small"
            startIcon={<AddOutlined />}
            onClick={() => {
              append(emptyItem(newKey('item', allKeys(form.getValues())), ''));
              setOpenNew(true);
            }}
          >
            {t('templates.editor.addItem')}
          </Button>
        </Box>
      </CardContent>
    </Card>
  );
}

function VersionHistory({ id, history }: { id: string; history: TemplateVersion[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { notifySaved, notifyError } = useNotifier();
  return (
    <Card variant="outlined" sx={{ width: 250, flexShrink: 0, position: 'sticky', top: 0 }} data-testid="version-history">
      <CardContent sx={{ '&:last-child': { pb: 1 } }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>{t('templates.editor.history')}</Typography>
        <List dense disablePadding>
          {history.map((v, n) => (
            <ListItem
              key={v.versionId}
              disableGutters
              secondaryAction={
                <Tooltip title={t('templates.editor.exportVersion')}>
                  <IconButton
                    edge="end"
                    size="small"
                    aria-label={`${t('templates.editor.exportVersion')} ${v.version}`}
                    onClick={() => exportTemplateFile(id, v.version).then((path) => path && notifySaved(t('templates.exported', { fileName: path }), path), notifyError)}
                  >
                    <FileDownloadOutlined fontSize="small" />
                  </IconButton>
                </Tooltip>
              }
            >
              <ListItemText
                primary={
                  <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
                    <Box component="span" sx={{ whiteSpace: 'nowrap' }}>{t('templates.editor.historyVersion', { version: v.version })}</Box>
                    {n === 0 && <Chip size="small" color="primary" label={t('templates.editor.historyCurrent')} />}
                    <Chip size="small" variant="outlined" label={v.used ? t('templates.editor.historyUsed') : t('templates.editor.historyUnused')} />
                  </Stack>
                }
                secondary={t('templates.editor.historyCreated', { date: fmt.dateTime(v.createdAt) })}
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
}
