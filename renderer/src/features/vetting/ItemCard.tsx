// One checklist item: its question, guidance and marks, the control for its kind, a
// note, a starting value from the visit, photos, and whether its answer is saved.
// Every answer is saved the moment it is given; problems appear next to the item.
import AddTaskOutlined from '@mui/icons-material/AddTaskOutlined';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlined';
import SubdirectoryArrowRight from '@mui/icons-material/SubdirectoryArrowRight';
import {
  Box, Button, Checkbox, Chip, CircularProgress, FormControlLabel, FormGroup, FormHelperText, InputAdornment, Radio, RadioGroup,
  Stack, TextField, ToggleButton, ToggleButtonGroup, Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue } from '../../../../shared/vetting/answers';
import { resolveThreshold } from '../../../../shared/vetting/scoring';
import type { Action, PhotoMeta, Vetting } from '../../../../shared/vetting/schema';
import { THUMB_LIMITS } from '../../../../shared/vetting/schema';
import type { TemplateItem, Threshold } from '../../../../shared/vetting/template';
import { useNotifier } from '../../app/Notifier';
import { api, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { answerText, failure, useLoc } from './common';
import { downscale, PhotoStrip } from './Photos';
import { useNotesWarning } from '../../components/NotesWarning';
import { DateInput } from '../../components/DateInput';
import { inDateRange } from '../../../../shared/validation';

type Save = { state: 'idle' | 'saving' | 'saved' } | { state: 'error'; field: string | null; message: string };
const RULE_KEY = { '>=': 'gte', '<=': 'lte', '>': 'gt', '<': 'lt', between: 'between' } as const;

export function ItemCard(props: {
  vetting: Vetting;
  item: TemplateItem;
  readOnly: boolean;
  actions: Action[];
  onChanged: (v: Vetting) => void;
  onNewAction: (item: TemplateItem) => void;
}) {
  const { vetting, item, readOnly } = props;
  const { t } = useTranslation();
  const fmt = useFormat();
  const loc = useLoc();
  const { notifyError } = useNotifier();
  const answer = vetting.answers.find((a) => a.itemKey === item.key) ?? null;
  const result = vetting.score.items.find((i) => i.key === item.key);
  const suggestion = vetting.suggestions.find((s) => s.itemKey === item.key) ?? null;
  const photos = vetting.photos.filter((p) => p.itemKey === item.key);
  // What the reviewer has chosen here, even when the core has not taken it yet (an N/A still without its note).
  const [value, setValue] = useState<AnswerValue | null>(answer?.value ?? null);
  const [note, setNote] = useState(answer?.note ?? '');
  const [numberText, setNumberText] = useState(typeof answer?.value === 'number' ? String(answer.value) : '');
  const [text, setText] = useState(item.kind === 'text' && typeof answer?.value === 'string' && answer.value !== 'na' ? answer.value : '');
  const [save, setSave] = useState<Save>({ state: 'idle' });
  const noteWarning = useNotesWarning(note);
  const textWarning = useNotesWarning(text);

  async function send(next: AnswerValue | null, nextNote: string = note) {
    setValue(next);
    setSave({ state: 'saving' });
    try {
      const v = await call(api().vettings.answer({ vettingId: vetting.id, itemKey: item.key, value: next, note: nextNote.trim() || null }));
      props.onChanged(v);
      setSave({ state: 'saved' });
    } catch (e) {
      setSave({ state: 'error', ...failure(e, t) });
    }
  }

  async function addPhotos(files: File[]) {
    setSave({ state: 'saving' });
    try {
      for (const file of files) {
        let data: string;
        let thumb: string;
        try {
          data = await downscale(file);
          // The small copy printed reports embed instead of the full picture.
          thumb = await downscale(file, THUMB_LIMITS.maxLongSide, 0.8);
        } catch {
          setSave({ state: 'error', field: 'data', message: t('errors.photoNotImage') });
          return;
        }
        await call(api().vettings.attachPhoto({ vettingId: vetting.id, itemKey: item.key, data, thumb }));
      }
      props.onChanged(await call(api().vettings.get({ id: vetting.id })));
      setSave({ state: 'saved' });
    } catch (e) {
      setSave({ state: 'error', ...failure(e, t) });
    }
  }

  async function removePhoto(p: PhotoMeta) {
    try {
      await call(api().vettings.removePhoto({ id: p.id }));
      props.onChanged(await call(api().vettings.get({ id: vetting.id })));
    } catch (e) {
      notifyError(e);
    }
  }

  const isNa = value === 'na';
  const valueError = save.state === 'error' && save.field !== null && save.field !== 'note' ? save.message : null;
  const noteError = save.state === 'error' && save.field === 'note' ? save.message : null;
  const naButton = (
    <ToggleButton value="na" size="small" selected={isNa} disabled={readOnly} onChange={() => void send(isNa ? null : 'na')} sx={{ px: 1.5, flexShrink: 0 }}>
      {t('vetting.answer.na')}
    </ToggleButton>
  );

  let control: React.ReactNode;
  switch (item.kind) {
    case 'yesNo':
    case 'passFail': {
      const choices = item.kind === 'yesNo' ? (['yes', 'no', 'na'] as const) : (['pass', 'fail', 'na'] as const);
      control = (
        <ToggleButtonGroup exclusive size="small" value={value ?? null} disabled={readOnly} onChange={(_, v: string | null) => void send(v)} aria-label={loc(item.label)}>
          {choices.map((c) => (
            <ToggleButton key={c} value={c} sx={{ px: 2 }} color={c === 'no' || c === 'fail' ? 'error' : c === 'na' ? 'standard' : 'success'}>
              {t(`vetting.answer.${c}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      );
      break;
    }
    case 'number': {
      const rule = item.rule;
      const thr = (x: Threshold) =>
        `${fmt.number(resolveThreshold(x, vetting.context))}${item.unit ? ` ${item.unit}` : ''}${typeof x === 'object' ? t('vetting.rule.minimumWage') : ''}`;
      control = (
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
          <TextField
            size="small"
            type="number"
            sx={{ width: 200 }}
            value={isNa ? '' : numberText}
            disabled={readOnly || isNa}
            onChange={(e) => setNumberText(e.target.value)}
            onBlur={() => {
              const trimmed = numberText.trim();
              const next = trimmed === '' ? null : Number(trimmed);
              if (next === value || (next === null && value === null)) return;
              void send(next);
            }}
            slotProps={{ input: { endAdornment: item.unit ? <InputAdornment position="end">{item.unit}</InputAdornment> : undefined }, htmlInput: { 'aria-label': loc(item.label) } }}
          />
          {naButton}
          {rule && (
            <Typography variant="body2" color="text.secondary">
              {t(`vetting.rule.${RULE_KEY[rule.op]}`, { threshold: thr(rule.threshold), upper: rule.upper === null ? '' : thr(rule.upper) })}
            </Typography>
          )}
        </Stack>
      );
      break;
    }
    case 'singleChoice':
      control = (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <RadioGroup row value={typeof value === 'string' && !isNa ? value : ''} onChange={(_, v) => void send(v)} aria-label={loc(item.label)}>
            {item.options.map((o) => (
              <FormControlLabel key={o.key} value={o.key} control={<Radio size="small" />} label={loc(o.label)} disabled={readOnly} />
            ))}
          </RadioGroup>
          {naButton}
        </Stack>
      );
      break;
    case 'multiChoice': {
      const chosen = Array.isArray(value) ? value : [];
      control = (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <FormGroup row aria-label={loc(item.label)}>
            {item.options.map((o) => (
              <FormControlLabel
                key={o.key}
                label={loc(o.label)}
                disabled={readOnly}
                control={
                  <Checkbox
                    size="small"
                    checked={chosen.includes(o.key)}
                    onChange={(_, on) => {
                      const next = item.options.map((x) => x.key).filter((k) => (k === o.key ? on : chosen.includes(k)));
                      void send(next.length ? next : null);
                    }}
                  />
                }
              />
            ))}
          </FormGroup>
          {naButton}
        </Stack>
      );
      break;
    }
    case 'date':
      control = (
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
          <DateInput
            sx={{ width: 200 }}
            ariaLabel={loc(item.label)}
            value={typeof value === 'string' && !isNa ? value : ''}
            disabled={readOnly || isNa}
            onChange={(v) => {
              // A date still being typed (2018年__月__日, a year 0002) is not sent: only a date the core keeps.
              if (v === '' || (/^\d{4}-\d{2}-\d{2}$/.test(v) && inDateRange(v))) void send(v || null);
            }}
          />
          {naButton}
        </Stack>
      );
      break;
    case 'text':
      control = (
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'flex-start' }}>
          <TextField
            size="small"
            multiline
            minRows={2}
            fullWidth
            slotProps={{ htmlInput: { 'aria-label': loc(item.label) } }}
            value={isNa ? '' : text}
            disabled={readOnly || isNa}
            helperText={isNa ? null : textWarning}
            onChange={(e) => setText(e.target.value)}
            onBlur={() => {
              const next = text.trim() ? text : null;
              if (next === (typeof value === 'string' ? value : null)) return;
              void send(next);
            }}
          />
          {naButton}
        </Stack>
      );
      break;
    case 'photo':
      control = (
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
          {!isNa && <PhotoStrip photos={photos} readOnly={readOnly} onAdd={addPhotos} onRemove={removePhoto} inputLabel={loc(item.label)} />}
          {naButton}
        </Stack>
      );
      break;
  }

  const outcome = result?.outcome;
  return (
    <Box
      data-testid={`item-${item.key}`}
      data-anchor={`item-${item.key}`}
      sx={{
        py: 1.5, px: 2, borderTop: 1, borderColor: 'divider',
        ...(item.showWhen ? { pl: 5, bgcolor: 'grey.50' } : {}),
        ...(outcome === 'fail' ? { borderLeft: 3, borderLeftColor: 'error.main' } : {}),
      }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start', mb: 0.5 }}>
        {item.showWhen && <SubdirectoryArrowRight fontSize="small" color="action" sx={{ mt: 0.25, ml: -3 }} />}
        <Typography sx={{ fontWeight: 500, flex: 1, minWidth: 0 }}>{loc(item.label)}</Typography>
        <Stack direction="row" spacing={0.5} sx={{ flexShrink: 0, alignItems: 'center' }}>
          {item.critical && <Chip size="small" color="error" variant="outlined" label={t('vetting.critical')} title={t('vetting.criticalHint')} />}
          {item.required && <Chip size="small" variant="outlined" label={t('vetting.required')} />}
          {outcome && <Chip size="small" color={outcome === 'pass' ? 'success' : outcome === 'fail' ? 'error' : 'default'} label={t(`vetting.outcome.${outcome}`)} />}
        </Stack>
      </Stack>
      {item.guidance && <Typography variant="body2" color="text.secondary" sx={{ mb: 1, whiteSpace: 'pre-wrap' }}>{loc(item.guidance)}</Typography>}
      {suggestion && !answer && !readOnly && (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }} data-testid="suggestion">
          <Typography variant="body2" sx={{ color: 'info.dark' }}>
            {t('vetting.suggestion', { date: fmt.date(suggestion.visitDate), value: answerText(item, suggestion.value, t, fmt, loc) })}
          </Typography>
          <Button
            size="small"
            onClick={() => {
              if (typeof suggestion.value === 'number') setNumberText(String(suggestion.value));
              void send(suggestion.value);
            }}
          >
            {t('vetting.accept')}
          </Button>
        </Stack>
      )}
      {control}
      {valueError && <FormHelperText error>{valueError}</FormHelperText>}
      <Stack direction="row" spacing={1.5} sx={{ mt: 1, alignItems: 'flex-start' }}>
        {(!readOnly || note) && (
          <TextField
            size="small"
            label={isNa ? t('vetting.noteNa') : t('vetting.note')}
            value={note}
            disabled={readOnly}
            onChange={(e) => setNote(e.target.value)}
            onBlur={() => {
              if (value !== null && note.trim() !== (answer?.note ?? '')) void send(value, note);
            }}
            error={!!noteError}
            helperText={noteError ?? noteWarning}
            sx={{ flex: 1, maxWidth: 520 }}
            slotProps={{ htmlInput: { 'aria-label': `${t('vetting.note')}：${loc(item.label)}` } }}
          />
        )}
        <Box sx={{ flex: 1 }} />
        <SaveMark save={save} />
        {outcome === 'fail' && (
          <Button size="small" startIcon={<AddTaskOutlined />} onClick={() => props.onNewAction(item)} sx={{ flexShrink: 0 }}>
            {t('vetting.actions.new')}
          </Button>
        )}
      </Stack>
      {props.actions.length > 0 && (
        <Stack spacing={0.5} sx={{ mt: 1 }}>
          {props.actions.map((a) => (
            <Typography key={a.id} variant="body2" sx={{ textDecoration: a.done ? 'line-through' : 'none' }}>
              · {a.what}{a.whoName ? ` — ${a.whoName}` : ''}{a.dueDate ? `，${t('vetting.actions.dueOn', { date: fmt.date(a.dueDate) })}` : ''}
            </Typography>
          ))}
        </Stack>
      )}
    </Box>
  );
}

function SaveMark({ save }: { save: Save }) {
  const { t } = useTranslation();
  if (save.state === 'saving') return <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', color: 'text.secondary', mt: 1 }}><CircularProgress size={14} /><Typography variant="caption">{t('vetting.saving')}</Typography></Stack>;
  if (save.state === 'saved') return <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', color: 'success.main', mt: 1 }}><CheckCircleOutline sx={{ fontSize: 16 }} /><Typography variant="caption">{t('vetting.saved')}</Typography></Stack>;
  if (save.state === 'error') return <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', color: 'error.main', mt: 1 }} role="alert"><ErrorOutline sx={{ fontSize: 16 }} /><Typography variant="caption">{save.field === null ? t('vetting.notSaved', { message: save.message }) : t('vetting.notSavedShort')}</Typography></Stack>;
  return null;
}
