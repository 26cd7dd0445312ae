// One checklist item: a one-line summary that opens into every property its kind has.
import AddOutlined from '@mui/icons-material/AddOutlined';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlined';
import ExpandLess from '@mui/icons-material/ExpandLess';
import ExpandMore from '@mui/icons-material/ExpandMore';
import SubdirectoryArrowRight from '@mui/icons-material/SubdirectoryArrowRight';
import { Box, Button, Checkbox, Chip, FormControlLabel, IconButton, MenuItem, Paper, Stack, TextField, Tooltip, Typography } from '@mui/material';
import { Controller, get, useFieldArray, useFormState, type UseFormReturn, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { ITEM_KINDS, PREFILL_KIND, PREFILL_SOURCES, RULE_OPS, SCORED_KINDS } from '../../../../shared/vetting/template';
import { useWorkspace } from '../../app/WorkspaceContext';
import { CHOICE_KINDS, emptyOption, newKey, type ItemForm, type TemplateForm } from './templateForm';

const OP_NAMES: Record<(typeof RULE_OPS)[number], string> = { '>=': 'gte', '<=': 'lte', '>': 'gt', '<': 'lt', between: 'between' };

type Form = UseFormReturn<TemplateForm>;

/** Selects whose empty choice has a text ("none") show it rather than an empty box. */
const EMPTY_SELECT = { inputLabel: { shrink: true }, select: { displayEmpty: true } } as const;

const msg = (errors: unknown, path: string): string | undefined => (get(errors, path) as { message?: string } | undefined)?.message;

export function ItemRow(props: {
  form: Form;
  si: number;
  ii: number;
  count: number;
  open: boolean;
  lockedKeys: Set<string>;
  onToggle: () => void;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  const { form, si, ii, count } = props;
  const { t, i18n } = useTranslation();
  const path = `sections.${si}.items.${ii}` as const;
  const item = useWatch({ control: form.control, name: path }) as ItemForm | undefined;
  const { errors } = useFormState({ control: form.control });
  const hasError = Boolean(get(errors, path));
  const open = props.open || hasError;
  if (!item) return null;
  const label = (i18n.language === 'en' && item.label.en) || item.label.zh || t('templates.editor.newItem');

  return (
    <Paper variant="outlined" sx={{ borderColor: hasError ? 'error.main' : 'divider' }} data-testid={`item-${item.key}`}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', px: 1, py: 0.5, minHeight: 44 }}>
        {item.showWhen.parentItemKey && <SubdirectoryArrowRight fontSize="small" color="action" />}
        <Box
          role="button"
          tabIndex={0}
          onClick={props.onToggle}
          onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), props.onToggle())}
          sx={{ flex: 1, minWidth: 0, cursor: 'pointer', display: 'flex', alignItems: 'center', gap: 1 }}
          aria-expanded={open}
          aria-label={`${t('templates.editor.editItem')}：${label}`}
        >
          {hasError && <ErrorOutline color="error" fontSize="small" />}
          <Typography variant="body2" noWrap sx={{ flex: 1, minWidth: 0 }} title={label}>{label}</Typography>
          <Chip size="small" variant="outlined" label={t(`templates.kinds.${item.kind}`)} />
          {item.critical && <Chip size="small" color="error" variant="outlined" label={t('templates.editor.flags.critical')} />}
          {item.showWhen.parentItemKey && <Chip size="small" variant="outlined" label={t('templates.editor.flags.followUp')} />}
          {open ? <ExpandLess fontSize="small" /> : <ExpandMore fontSize="small" />}
        </Box>
        <Tooltip title={t('templates.editor.moveUp')}>
          <span>
            <IconButton size="small" aria-label={t('templates.editor.moveUp')} disabled={ii === 0} onClick={() => props.onMove(ii - 1)}><ArrowUpward fontSize="small" /></IconButton>
          </span>
        </Tooltip>
        <Tooltip title={t('templates.editor.moveDown')}>
          <span>
            <IconButton size="small" aria-label={t('templates.editor.moveDown')} disabled={ii === count - 1} onClick={() => props.onMove(ii + 1)}><ArrowDownward fontSize="small" /></IconButton>
          </span>
        </Tooltip>
        <Tooltip title={t('templates.editor.removeItem')}>
          <span>
            <IconButton size="small" aria-label={t('templates.editor.removeItem')} disabled={count === 1} onClick={props.onRemove}><DeleteOutline fontSize="small" /></IconButton>
          </span>
        </Tooltip>
      </Stack>
      {open && <ItemFields form={form} si={si} ii={ii} item={item} locked={props.lockedKeys.has(item.key)} />}
    </Paper>
  );
}

function ItemFields({ form, si, ii, item, locked }: { form: Form; si: number; ii: number; item: ItemForm; locked: boolean }) {
  const { t, i18n } = useTranslation();
  const ws = useWorkspace();
  const { errors } = useFormState({ control: form.control });
  const p = `sections.${si}.items.${ii}` as const;
  const e = (rest: string) => msg(errors, `${p}.${rest}`);
  const sections = useWatch({ control: form.control, name: 'sections' });
  // A follow-up's parent comes before it and is a scored, single-answer item.
  const parents = sections
    .flatMap((s, sj) => s.items.map((it, ij) => ({ it, before: sj < si || (sj === si && ij < ii) })))
    .filter(({ it, before }) => before && SCORED_KINDS.includes(it.kind) && it.kind !== 'multiChoice')
    .map(({ it }) => it);
  const prefills = PREFILL_SOURCES.filter((s) => PREFILL_KIND[s] === item.kind);
  const labelOf = (it: ItemForm) => (i18n.language === 'en' && it.label.en) || it.label.zh || it.key;

  return (
    <Stack spacing={1.5} sx={{ p: 1.5, pt: 1, borderTop: 1, borderColor: 'divider', bgcolor: 'grey.50' }}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
        <Controller
          control={form.control}
          name={`${p}.kind`}
          render={({ field }) => (
            <TextField select size="small" label={t('templates.editor.kind')} {...field} sx={{ width: 160 }}>
              {ITEM_KINDS.map((k) => <MenuItem key={k} value={k}>{t(`templates.kinds.${k}`)}</MenuItem>)}
            </TextField>
          )}
        />
        <TextField
          size="small"
          label={t('templates.editor.key')}
          {...form.register(`${p}.key`)}
          disabled={locked}
          error={!!e('key')}
          helperText={e('key') ?? (locked ? t('templates.editor.keyLocked') : t('templates.editor.keyHint'))}
          sx={{ flex: 1 }}
          slotProps={{ htmlInput: { style: { fontFamily: 'monospace' } } }}
        />
        <TextField
          size="small"
          label={t('templates.editor.weight')}
          {...form.register(`${p}.weight`)}
          error={!!e('weight')}
          helperText={e('weight') ?? t('templates.editor.weightHint')}
          sx={{ width: 110 }}
          slotProps={{ htmlInput: { inputMode: 'decimal' } }}
        />
        <Controller
          control={form.control}
          name={`${p}.required`}
          render={({ field }) => <FormControlLabel control={<Checkbox checked={field.value} onChange={(_, v) => field.onChange(v)} />} label={t('templates.editor.required')} />}
        />
        <Controller
          control={form.control}
          name={`${p}.critical`}
          render={({ field }) => (
            <Tooltip title={t('templates.editor.criticalHint')}>
              <FormControlLabel control={<Checkbox checked={field.value} onChange={(_, v) => field.onChange(v)} />} label={t('templates.editor.critical')} />
            </Tooltip>
          )}
        />
      </Stack>
      <Stack direction="row" spacing={1.5}>
        <TextField size="small" label={t('templates.editor.labelZh')} required {...form.register(`${p}.label.zh`)} error={!!e('label.zh')} helperText={e('label.zh')} sx={{ flex: 1 }} />
        <TextField size="small" label={t('templates.editor.labelEn')} {...form.register(`${p}.label.en`)} error={!!e('label.en')} helperText={e('label.en')} sx={{ flex: 1 }} />
      </Stack>
      <Stack direction="row" spacing={1.5}>
        <TextField size="small" multiline minRows={2} label={t('templates.editor.guidanceZh')} {...form.register(`${p}.guidance.zh`)} error={!!e('guidance.zh')} helperText={e('guidance.zh')} sx={{ flex: 1 }} />
        <TextField size="small" multiline minRows={2} label={t('templates.editor.guidanceEn')} {...form.register(`${p}.guidance.en`)} error={!!e('guidance.en')} helperText={e('guidance.en')} sx={{ flex: 1 }} />
      </Stack>
      {item.kind === 'number' && <NumberFields form={form} p={p} item={item} wage={ws.settings?.minimumWage ?? null} e={e} />}
      {CHOICE_KINDS.includes(item.kind) && <OptionsEditor form={form} si={si} ii={ii} />}
      <Stack direction="row" spacing={1.5}>
        <Controller
          control={form.control}
          name={`${p}.showWhen.parentItemKey`}
          render={({ field }) => (
            <TextField
              select
              size="small"
              label={t('templates.editor.followUp')}
              value={field.value}
              onChange={(ev) => {
                const key = ev.target.value;
                const parent = parents.find((x) => x.key === key);
                field.onChange(key);
                form.setValue(`${p}.showWhen.answers`, parent ? [parent.kind === 'yesNo' ? 'no' : 'fail'] : [], { shouldDirty: true });
              }}
              error={!!e('showWhen.parentItemKey')}
              helperText={e('showWhen.parentItemKey')}
              sx={{ flex: 2 }}
              slotProps={EMPTY_SELECT}
            >
              <MenuItem value="">{t('templates.editor.noParent')}</MenuItem>
              {parents.map((x) => <MenuItem key={x.key} value={x.key}>{labelOf(x)}</MenuItem>)}
              {field.value && !parents.some((x) => x.key === field.value) && <MenuItem value={field.value}>{field.value}</MenuItem>}
            </TextField>
          )}
        />
        <Controller
          control={form.control}
          name={`${p}.prefill`}
          render={({ field }) => (
            <TextField select size="small" label={t('templates.editor.prefill')} {...field} error={!!e('prefill')} helperText={e('prefill')} sx={{ flex: 1 }} slotProps={EMPTY_SELECT}>
              <MenuItem value="">{t('templates.editor.noPrefill')}</MenuItem>
              {prefills.map((s) => <MenuItem key={s} value={s}>{t(`templates.prefills.${s.split('.')[1]}`)}</MenuItem>)}
              {field.value && !prefills.includes(field.value as never) && <MenuItem value={field.value}>{t(`templates.prefills.${field.value.split('.')[1]}`)}</MenuItem>}
            </TextField>
          )}
        />
      </Stack>
    </Stack>
  );
}

function NumberFields({ form, p, item, wage, e }: { form: Form; p: `sections.${number}.items.${number}`; item: ItemForm; wage: number | null; e: (rest: string) => string | undefined }) {
  const { t } = useTranslation();
  const op = item.rule.op;
  return (
    <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
      <TextField size="small" label={t('templates.editor.unit')} {...form.register(`${p}.unit`)} error={!!e('unit')} helperText={e('unit')} sx={{ width: 120 }} />
      <Controller
        control={form.control}
        name={`${p}.rule.op`}
        render={({ field }) => (
          <TextField select size="small" label={t('templates.editor.rule')} {...field} sx={{ width: 180 }} error={!!e('rule.op')} helperText={e('rule.op')} slotProps={EMPTY_SELECT}>
            <MenuItem value="">{t('templates.editor.noRule')}</MenuItem>
            {RULE_OPS.map((o) => <MenuItem key={o} value={o}>{t(`templates.ops.${OP_NAMES[o]}`)}</MenuItem>)}
          </TextField>
        )}
      />
      {op && (
        <>
          {!item.rule.thresholdIsWage && (
            <TextField
              size="small"
              label={t('templates.editor.threshold')}
              {...form.register(`${p}.rule.threshold`)}
              error={!!e('rule.threshold')}
              helperText={e('rule.threshold')}
              sx={{ width: 120 }}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            />
          )}
          {op === 'between' && (
            <TextField
              size="small"
              label={t('templates.editor.upper')}
              {...form.register(`${p}.rule.upper`)}
              error={!!e('rule.upper')}
              helperText={e('rule.upper')}
              sx={{ width: 120 }}
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
            />
          )}
          <Controller
            control={form.control}
            name={`${p}.rule.thresholdIsWage`}
            render={({ field }) => (
              <FormControlLabel
                control={<Checkbox checked={field.value} onChange={(_, v) => field.onChange(v)} />}
                label={t('templates.editor.useMinimumWage', { wage: wage ?? '—' })}
              />
            )}
          />
        </>
      )}
    </Stack>
  );
}

function OptionsEditor({ form, si, ii }: { form: Form; si: number; ii: number }) {
  const { t } = useTranslation();
  const name = `sections.${si}.items.${ii}.options` as const;
  const { fields, append, remove } = useFieldArray({ control: form.control, name, keyName: 'fieldId' });
  const { errors } = useFormState({ control: form.control });
  const e = (oi: number, rest: string) => msg(errors, `${name}.${oi}.${rest}`);
  const listError = msg(errors, name) ?? msg(errors, `${name}.root`);
  return (
    <Box>
      <Typography variant="caption" color="text.secondary">{t('templates.editor.options')}</Typography>
      <Stack spacing={1} sx={{ mt: 0.5 }}>
        {fields.map((f, oi) => (
          <Stack key={f.fieldId} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
            <TextField size="small" label={t('templates.editor.optionKey')} {...form.register(`${name}.${oi}.key`)} error={!!e(oi, 'key')} helperText={e(oi, 'key')} sx={{ width: 110 }} slotProps={{ htmlInput: { style: { fontFamily: 'monospace' } } }} />
            <TextField size="small" label={t('templates.editor.optionZh')} required {...form.register(`${name}.${oi}.label.zh`)} error={!!e(oi, 'label.zh')} helperText={e(oi, 'label.zh')} sx={{ flex: 1 }} />
            <TextField size="small" label={t('templates.editor.optionEn')} {...form.register(`${name}.${oi}.label.en`)} error={!!e(oi, 'label.en')} helperText={e(oi, 'label.en')} sx={{ flex: 1 }} />
            <TextField size="small" label={t('templates.editor.optionScore')} {...form.register(`${name}.${oi}.score`)} error={!!e(oi, 'score')} helperText={e(oi, 'score')} sx={{ width: 70 }} />
            <Controller
              control={form.control}
              name={`${name}.${oi}.fail`}
              render={({ field }) => (
                <Tooltip title={t('templates.editor.optionFail')}>
                  <FormControlLabel sx={{ whiteSpace: 'nowrap', mr: 0 }} control={<Checkbox size="small" checked={field.value} onChange={(_, v) => field.onChange(v)} />} label={t('templates.editor.optionFailShort')} />
                </Tooltip>
              )}
            />
            <Tooltip title={t('templates.editor.removeOption')}>
              <IconButton size="small" aria-label={t('templates.editor.removeOption')} onClick={() => remove(oi)}><DeleteOutline fontSize="small" /></IconButton>
            </Tooltip>
          </Stack>
        ))}
        {listError && <Typography variant="caption" color="error">{listError}</Typography>}
        <Box>
          <Button size="small" startIcon={<AddOutlined />} onClick={() => append(emptyOption(newKey('option', new Set(form.getValues(name).map((o) => o.key)))))}>
            {t('templates.editor.addOption')}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
