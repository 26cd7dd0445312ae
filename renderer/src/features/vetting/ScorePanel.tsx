// The score as the reviewer answers: overall and per section, what failed, the
// suggested verdict; the reviewer confirms or overrides it (with a reason) and signs off.
import { Alert, Box, Button, Card, CardContent, Divider, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useEffect } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { VERDICTS, type Verdict } from '../../../../shared/vetting/scoring';
import { type Vetting, vettingOverrideInput } from '../../../../shared/vetting/schema';
import { templateItems } from '../../../../shared/vetting/template';
import { api, call } from '../../lib/api';
import { useFormat } from '../../lib/format';
import { useSchemaForm } from '../../lib/useSchemaForm';
import { scoreText, useLoc, VerdictChip } from './common';
import { NotesField } from '../../components/NotesField';

interface DecisionForm {
  verdict: Verdict | null;
  reason: string;
}

/** Scrolls the checklist to a section or item (the page uses hash routes, so no #anchors). */
const jump = (id: string) => document.querySelector(`[data-anchor="${id}"]`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });

export function ScorePanel({ vetting, onChanged, onSignOff }: { vetting: Vetting; onChanged: (v: Vetting) => void; onSignOff: () => void }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const loc = useLoc();
  const { score } = vetting;
  const readOnly = vetting.status === 'signedOff';
  const items = new Map(templateItems(vetting.template).map((i) => [i.key, i]));
  const stored = (v: Vetting): DecisionForm => ({ verdict: v.override?.verdict ?? v.score.suggestedVerdict, reason: v.override?.reason ?? '' });
  // Following the suggestion without a word takes back any override.
  const toInput = (f: DecisionForm) => {
    const follows = f.verdict === score.suggestedVerdict && !f.reason.trim();
    return { id: vetting.id, verdict: follows ? null : f.verdict, reason: f.reason.trim() || null };
  };
  const { form, submit, saving } = useSchemaForm<DecisionForm, Vetting>({
    schema: vettingOverrideInput,
    toInput,
    defaultValues: stored(vetting),
    mode: 'onSubmit',
    save: (values) => call(api().vettings.override(toInput(values))),
    toForm: stored,
    savedMessage: t('vetting.decision.saved'),
    onSaved: onChanged,
  });
  const [choice, reason] = useWatch({ control: form.control, name: ['verdict', 'reason'] });

  // Follow the suggestion as it moves, unless the reviewer has overridden it.
  useEffect(() => {
    if (!vetting.override) form.resetField('verdict', { defaultValue: score.suggestedVerdict });
  }, [score.suggestedVerdict, vetting.override, form]);

  const final = vetting.verdict ?? vetting.override?.verdict ?? score.suggestedVerdict;
  const dirty = choice !== stored(vetting).verdict || reason.trim() !== stored(vetting).reason;
  return (
    <Card variant="outlined" data-testid="score-panel">
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Stack direction="row" sx={{ alignItems: 'baseline', justifyContent: 'space-between' }}>
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>{t('vetting.score.overall')}</Typography>
          <Typography sx={{ fontSize: 32, fontWeight: 600, lineHeight: 1.2 }} data-testid="overall-score">{scoreText(score.overall, fmt)}</Typography>
        </Stack>
        <Stack spacing={0.5} sx={{ mt: 1 }} aria-label={t('vetting.score.sections')}>
          {vetting.template.sections.map((s) => {
            const r = score.sections.find((x) => x.key === s.key);
            return (
              <Stack key={s.key} direction="row" spacing={1} sx={{ justifyContent: 'space-between' }}>
                <Typography variant="body2" noWrap onClick={() => jump(`section-${s.key}`)} sx={{ cursor: 'pointer', minWidth: 0, '&:hover': { textDecoration: 'underline' } }}>{loc(s.title)}</Typography>
                <Typography variant="body2" sx={{ fontWeight: 500, flexShrink: 0 }}>{scoreText(r?.score, fmt)}</Typography>
              </Stack>
            );
          })}
        </Stack>
        <Divider sx={{ my: 1.5 }} />
        {score.criticalFailures.length > 0 && (
          <Alert severity="error" sx={{ mb: 1, py: 0 }} data-testid="critical-failures">
            <b>{t('vetting.score.critical', { count: score.criticalFailures.length })}</b>
            {score.criticalFailures.map((k) => <div key={k}>{loc(items.get(k)?.label)}</div>)}
          </Alert>
        )}
        {score.failedItems.length > 0 && (
          <Box sx={{ mb: 1 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>{t('vetting.score.failed', { count: score.failedItems.length })}</Typography>
            <Box component="ul" sx={{ m: 0, pl: 2.5, maxHeight: 120, overflow: 'auto' }}>
              {score.failedItems.map((k) => <Typography component="li" variant="body2" key={k} onClick={() => jump(`item-${k}`)} sx={{ cursor: 'pointer', '&:hover': { textDecoration: 'underline' } }}>{loc(items.get(k)?.label)}</Typography>)}
            </Box>
          </Box>
        )}
        {!readOnly && (
          <Typography variant="body2" color={score.missingRequired.length ? 'warning.dark' : 'success.main'} sx={{ mb: 1 }}>
            {score.missingRequired.length ? t('vetting.score.missing', { count: score.missingRequired.length }) : t('vetting.score.allAnswered')}
          </Typography>
        )}
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="suggested-verdict">
          <Typography variant="body2">{t('vetting.score.suggested')}：</Typography>
          {score.suggestedVerdict ? <VerdictChip verdict={score.suggestedVerdict} variant="outlined" /> : <Typography variant="body2" color="text.secondary">{t('vetting.score.noSuggestion')}</Typography>}
        </Stack>
        <Divider sx={{ my: 1.5 }} />
        {readOnly ? (
          <Stack spacing={1}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Typography variant="body2">{t('vetting.decision.title')}：</Typography>
              <VerdictChip verdict={final} />
            </Stack>
          </Stack>
        ) : (
          <Stack spacing={1.5}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>{t('vetting.decision.choose')}</Typography>
            <ToggleButtonGroup exclusive size="small" fullWidth value={choice} onChange={(_, v: Verdict | null) => v && form.setValue('verdict', v, { shouldDirty: true })} aria-label={t('vetting.decision.choose')}>
              {VERDICTS.map((v) => <ToggleButton key={v} value={v} sx={{ px: 0.5 }}>{t(`vetting.verdict.${v}`)}</ToggleButton>)}
            </ToggleButtonGroup>
            {(choice !== score.suggestedVerdict || vetting.override) && (
              <NotesField form={form} name="reason" size="small" multiline minRows={2} label={t('vetting.decision.reason')} helperText={t('vetting.decision.reasonHint')} />
            )}
            {vetting.override && !dirty && <Typography variant="caption" color="text.secondary">{t('vetting.decision.overridden')}</Typography>}
            <Button variant="outlined" disabled={!dirty || saving} onClick={() => void submit()}>{t('vetting.decision.save')}</Button>
            <Button variant="contained" disabled={dirty || !final} onClick={onSignOff}>{t('vetting.signOff.button')}</Button>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
