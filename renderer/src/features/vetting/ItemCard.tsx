// One checklist item: its question, guidance and marks, the control for its kind, a
// note, a starting value from the visit, photos, and whether its answer is saved.
// Every answer is saved the moment it is given; problems appear next to the item.
// It answers to the keyboard while it holds focus (checklistKeys.ts says which key does what);
// the page decides where focus goes next.
import AddTaskOutlined from '@mui/icons-material/AddTaskOutlined';
import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlined';
import SubdirectoryArrowRight from '@mui/icons-material/SubdirectoryArrowRight';
import {
  Box, Button, Checkbox, Chip, CircularProgress, FormControlLabel, FormGroup, FormHelperText, InputAdornment, Radio, RadioGroup,
  Stack, TextField, ToggleButton, ToggleButtonGroup, Typography,
} from '@mui/material';
import { useEffect, useRef, useState } from 'react';
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
import { digitAnswer, isTextEntry, type Move, type Pending } from './checklistKeys';
import { ItemKeysHint } from './ItemKeysHint';

type Save = { state: 'idle' | 'saving' | 'saved' } | { state: 'error'; field: string | null; message: string };
const RULE_KEY = { '>=': 'gte', '<=': 'lte', '>': 'gt', '<': 'lt', between: 'between' } as const;

export function ItemCard(props: {
  vetting: Vetting;
  item: TemplateItem;
  readOnly: boolean;
  actions: Action[];
  onChanged: (v: Vetting) => void;
  onNewAction: (item: TemplateItem) => void;
  /** This item holds focus: it is marked and shows its keys. */
  current: boolean;
  /** Changes each time the page sends focus here (0: never). */
  focusSignal: number;
  onFocused: (itemKey: string) => void;
  onBlurred: (itemKey: string) => void;
  /** Focus leaves for another item; `pending` is an answer just given here, which may reveal a follow-up. */
  onMove: (from: string, how: Move, pending?: Pending) => void;
}) {
  const { vetting, item, readOnly } = props;
  const { t } = useTranslation();
  const fmt = useFormat();
  const loc = useLoc();
  const { notifyError } = useNotifier();
  const answer = vetting.answers.find((a) => a.itemKey === item.key) ?? null;
  const result = vetting.score.items.find((i) => i.key === item.key);
  const suggestion = suggestionFor(vetting, item);
  const photos = vetting.photos.filter((p) => p.itemKey === item.key);
  // What the reviewer has chosen here, even when the core has not taken it yet (an N/A still without its note).
  const [value, setValue] = useState<AnswerValue | null>(answer?.value ?? null);
  const [note, setNote] = useState(answer?.note ?? '');
  const [numberText, setNumberText] = useState(typeof answer?.value === 'number' ? String(answer.value) : '');
  const [text, setText] = useState(item.kind === 'text' && typeof answer?.value === 'string' && answer.value !== 'na' ? answer.value : '');
  const [save, setSave] = useState<Save>({ state: 'idle' });
  // An answer given elsewhere (本节全部合格 answers many items in one write) shows here too.
  const stored = answer ? JSON.stringify(answer.value) : null;
  const [shownStored, setShownStored] = useState(stored);
  if (stored !== shownStored) {
    setShownStored(stored);
    setValue(answer?.value ?? null);
  }
  const noteWarning = useNotesWarning(note);
  const textWarning = useNotesWarning(text);
  const boxRef = useRef<HTMLDivElement>(null);
  // The field that takes focus for kinds with their own input (number, date, text); others focus the item itself.
  const inputRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const noteRef = useRef<HTMLInputElement>(null);

  const { focusSignal } = props;
  useEffect(() => {
    if (!focusSignal) return;
    // A field switched off ("not applicable") cannot take focus: the item does.
    const field = inputRef.current;
    (field && !field.disabled ? field : boxRef.current)?.focus({ preventScroll: true });
    boxRef.current?.scrollIntoView({ block: 'center' });
  }, [focusSignal]);

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

  /** Saves a number or a written answer as typed, when it differs from what is held (on leaving the field, or Enter). */
  function commitTyped() {
    if (item.kind === 'number') {
      const trimmed = numberText.trim();
      const next = trimmed === '' ? null : Number(trimmed);
      if (next === value || (next === null && value === null)) return;
      void send(next);
    } else if (item.kind === 'text') {
      const next = text.trim() ? text : null;
      if (next === (typeof value === 'string' ? value : null)) return;
      void send(next);
    }
  }

  function commitNote() {
    if (value !== null && note.trim() !== (answer?.note ?? '')) void send(value, note);
  }

  /** What the item would hold if left now: a typed number or text counts, for what shows next. */
  function pendingValue(): AnswerValue | null {
    if (item.kind === 'number') return numberText.trim() === '' || Number.isNaN(Number(numberText)) ? null : Number(numberText);
    if (item.kind === 'text') return text.trim() || null;
    return value;
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLDivElement>) {
    if (readOnly || e.defaultPrevented || e.altKey || e.metaKey || e.nativeEvent.isComposing) return;
    const target = e.target as HTMLElement;
    // Keys pressed in a dialog this item opened (a photo, its removal) reach here through React's portal: not the checklist's.
    if (!e.currentTarget.contains(target)) return;
    const onItem = target === e.currentTarget;
    const entry = isTextEntry(target);
    // The yes/no buttons and the radio or tick boxes are the answer itself: the item's keys work there too.
    const onAnswer = target.closest('[data-answer-toggle]') !== null || (target.tagName === 'INPUT' && !entry && (target as HTMLInputElement).type !== 'file');
    if (e.key === 'Enter') {
      // A written answer keeps Enter for a new line; Ctrl+Enter moves on.
      if (target.tagName === 'TEXTAREA' && !e.ctrlKey) return;
      // 采用, 添加照片, 不适用, 新建整改事项 … keep Enter as their own press.
      if (!onItem && !entry && !onAnswer) return;
      e.preventDefault();
      const typed = pendingValue();
      if (typed === null && !answer && suggestion) {
        if (typeof suggestion.value === 'number') setNumberText(String(suggestion.value));
        void send(suggestion.value);
        props.onMove(item.key, 'nextUnanswered', { itemKey: item.key, value: suggestion.value });
      } else {
        // Saved here, not only on leaving the field: the last item has nowhere to move to.
        if (target === noteRef.current) commitNote();
        else if (entry) commitTyped();
        props.onMove(item.key, 'nextUnanswered', { itemKey: item.key, value: typed });
      }
      return;
    }
    if (entry || e.ctrlKey) return;
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && (onItem || target.closest('[data-answer-toggle]'))) {
      e.preventDefault();
      props.onMove(item.key, e.key === 'ArrowDown' ? 'next' : 'previous');
      return;
    }
    if (e.key === ' ' && onItem && item.kind === 'photo' && !isNa) {
      e.preventDefault();
      boxRef.current?.querySelector<HTMLInputElement>('input[type=file]')?.click();
      return;
    }
    if (!/^[1-9]$/.test(e.key)) return;
    const next = digitAnswer(item, Number(e.key), value);
    if (next === undefined) return;
    e.preventDefault();
    void send(next);
    // "Not applicable" needs a reason: the note comes next. A tick box may take more ticks.
    if (next === 'na') noteRef.current?.focus();
    else if (item.kind !== 'multiChoice') props.onMove(item.key, 'nextUnanswered', { itemKey: item.key, value: next });
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
      // Added from the keyboard (the item still holds focus): the photo answers it, on to the next.
      if (boxRef.current?.contains(document.activeElement)) props.onMove(item.key, 'nextUnanswered');
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
        <ToggleButtonGroup exclusive size="small" value={value ?? null} disabled={readOnly} onChange={(_, v: string | null) => void send(v)} aria-label={loc(item.label)} data-answer-toggle>
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
            inputRef={inputRef}
            onChange={(e) => setNumberText(e.target.value)}
            onBlur={commitTyped}
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
            {item.options.map((o, n) => (
              <FormControlLabel key={o.key} value={o.key} control={<Radio size="small" />} label={<OptionLabel n={n + 1} shown={props.current}>{loc(o.label)}</OptionLabel>} disabled={readOnly} />
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
            {item.options.map((o, n) => (
              <FormControlLabel
                key={o.key}
                label={<OptionLabel n={n + 1} shown={props.current}>{loc(o.label)}</OptionLabel>}
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
            inputRef={inputRef as React.Ref<HTMLInputElement>}
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
            inputRef={inputRef}
            slotProps={{ htmlInput: { 'aria-label': loc(item.label) } }}
            value={isNa ? '' : text}
            disabled={readOnly || isNa}
            helperText={isNa ? null : textWarning}
            onChange={(e) => setText(e.target.value)}
            onBlur={commitTyped}
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
      ref={boxRef}
      data-testid={`item-${item.key}`}
      data-anchor={`item-${item.key}`}
      data-current={props.current || undefined}
      // Focusable for the keys, but not a Tab stop of its own: Tab walks the item's controls.
      tabIndex={readOnly ? undefined : -1}
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        if (e.currentTarget.contains(e.target)) props.onFocused(item.key);
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) props.onBlurred(item.key);
      }}
      sx={{
        py: 1.5, px: 2, borderTop: 1, borderColor: 'divider', outline: 'none',
        ...(item.showWhen ? { pl: 5, bgcolor: 'grey.50' } : {}),
        ...(outcome === 'fail' ? { borderLeft: 3, borderLeftColor: 'error.main' } : {}),
        // The item the keys act on: a frame that reads at a glance, failed or not (a tint would make its fields look switched off).
        ...(props.current ? { boxShadow: (th) => `inset 0 0 0 2px ${th.palette.primary.main}` } : {}),
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
            {suggestion.visitDate
              ? t('vetting.suggestion', { date: fmt.date(suggestion.visitDate), value: answerText(item, suggestion.value, t, fmt, loc) })
              : t('vetting.keys.sameAsVettingDate', { value: answerText(item, suggestion.value, t, fmt, loc) })}
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
            onBlur={commitNote}
            error={!!noteError}
            helperText={noteError ?? noteWarning}
            sx={{ flex: 1, maxWidth: 520 }}
            inputRef={noteRef}
            slotProps={{ htmlInput: { 'aria-label': `${t('vetting.note')}：${loc(item.label)}` } }}
          />
        )}
        <Box sx={{ flex: 1 }} />
        {props.current && !readOnly && <ItemKeysHint item={item} hasSuggestion={!!suggestion && !answer} />}
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

/**
 * A starting value offered for an unanswered item: the visit's fact where the item asks for
 * one; for a date, the day of the vetting itself (the on-site check is usually that day), so
 * Enter can take it instead of eight digits.
 */
function suggestionFor(v: Vetting, item: TemplateItem): { value: AnswerValue; visitDate: string | null } | null {
  const fromVisit = v.suggestions.find((s) => s.itemKey === item.key);
  if (fromVisit) return fromVisit;
  return item.kind === 'date' ? { value: v.vettedOn, visitDate: null } : null;
}

/** A choice's label, numbered with its key while the item holds focus. */
function OptionLabel({ n, shown, children }: { n: number; shown: boolean; children: React.ReactNode }) {
  return (
    <>
      {shown && n <= 9 && (
        <Box component="kbd" sx={{ mr: 0.75, px: 0.5, border: 1, borderColor: 'divider', borderRadius: 0.5, fontFamily: 'inherit', fontSize: '0.75rem', color: 'text.secondary' }}>
          {n}
        </Box>
      )}
      {children}
    </>
  );
}
