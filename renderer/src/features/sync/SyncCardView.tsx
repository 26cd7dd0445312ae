// One card of 合并审阅, drawn from a SyncCard alone: the record, the field, the value before,
// mine and theirs with who changed each and when, and the choices that fit its kind (a field:
// mine / theirs / a typed value; a deleted record: restore / keep deleted; a company
// registered twice: keep this one / that one), of those only the ones the card offers.
import { Box, Button, Card, CardActions, CardContent, Chip, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SyncCard, type SyncChoice, type SyncResolveInput, syncResolveInput } from '../../../../shared/sync/schema';
import { type FieldIssue, toFieldIssues } from '../../../../shared/result';
import { useNotifier } from '../../app/Notifier';
import { ApiCallError } from '../../lib/api';
import { issueMessage } from '../../lib/formResolver';
import { useFormat } from '../../lib/format';

type CardValue = SyncCard['mine'];
const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The field's name for the user: sync.field.<entity>.<field>, else the audit trail's name of it, else the column. */
function useFieldName() {
  const { t } = useTranslation();
  return (card: SyncCard) =>
    card.field ? t(`sync.field.${card.entity}.${card.field}`, { defaultValue: t(`audit.field.${camel(card.field)}`, { defaultValue: card.field }) }) : '';
}

/**
 * A deleted card is about deleted_at: a time there means that side deleted the record, none
 * that it kept (and edited) it. Said in words rather than as the raw time.
 */
const deletionWords = (value: CardValue, t: (k: string) => string): CardValue => ({ ...value, display: t(value.display ? 'sync.review.wasDeleted' : 'sync.review.wasKept') });

function ValueBox({ label, value, tone }: { label: string; value: CardValue; tone?: 'mine' | 'theirs' }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <Box
      sx={{ flex: 1, minWidth: 0, p: 1.25, borderRadius: 1, border: 1, borderColor: tone ? (tone === 'mine' ? 'primary.light' : 'warning.light') : 'divider', bgcolor: tone ? 'background.paper' : 'action.hover' }}
    >
      <Typography variant="caption" color="text.secondary">{label}</Typography>
      <Typography sx={{ wordBreak: 'break-word', whiteSpace: 'pre-wrap' }}>{value.display ?? t('sync.review.emptyValue')}</Typography>
      {value.at && (
        <Typography variant="caption" color="text.secondary">
          {/* Who, on which computer, when: the parts that are known (a change made here names no computer). */}
          {[value.by, value.computer, f.dateTime(value.at)].filter(Boolean).join(' · ')}
        </Typography>
      )}
    </Box>
  );
}

export function SyncCardView({ card, onResolve }: { card: SyncCard; onResolve: (input: SyncResolveInput) => Promise<void> }) {
  const { t } = useTranslation();
  const fieldName = useFieldName();
  const { notifyError } = useNotifier();
  const [typing, setTyping] = useState(false);
  const [value, setValue] = useState('');
  // The problem itself, worded at each render, so it follows a switch of language.
  const [valueError, setValueError] = useState<Pick<FieldIssue, 'key' | 'params'> | null>(null);
  const [busy, setBusy] = useState(false);
  // Only the choices the core says work now (a follow-up whose visit is gone cannot be restored).
  const offers = (choice: SyncChoice) => card.choices.includes(choice);

  const choose = async (input: Omit<SyncResolveInput, 'id'>) => {
    setBusy(true);
    try {
      await onResolve({ id: card.id, ...input });
    } catch (e) {
      // A refusal of the typed value shows under the field; anything else the page words.
      const issue = input.choice === 'value' && e instanceof ApiCallError ? e.error.issues?.[0] : undefined;
      if (issue) setValueError(issue);
      else notifyError(e);
    } finally {
      setBusy(false);
    }
  };

  const applyTyped = () => {
    // The same rule as the core's (shared schema): the message appears before anything is sent.
    const parsed = syncResolveInput.shape.value.safeParse(value);
    if (!parsed.success || parsed.data === undefined) {
      return setValueError(parsed.success ? { key: 'required' } : toFieldIssues(parsed.error.issues)[0]!);
    }
    void choose({ choice: 'value', value: parsed.data });
  };

  return (
    <Card variant="outlined" data-testid="sync-card">
      <CardContent sx={{ pb: 1 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
          <Chip size="small" color={card.kind === 'field' ? 'warning' : card.kind === 'deleted' ? 'error' : 'info'} label={t(`sync.review.kind.${card.kind}`)} />
          <Typography sx={{ fontWeight: 600 }}>{card.recordTitle}</Typography>
          {card.kind === 'field' && card.field && <Typography color="text.secondary">· {fieldName(card)}</Typography>}
        </Stack>
        {card.kind === 'deleted' && <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('sync.review.deletedHint')}</Typography>}
        {card.kind === 'duplicate' && (
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
            {card.other ? `${t('sync.review.other', { title: card.other.title })} · ` : ''}
            {t('sync.review.duplicateHint')}
          </Typography>
        )}
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'stretch' }}>
          {card.before && card.kind === 'field' && <ValueBox label={t('sync.review.before')} value={card.before} />}
          <ValueBox label={t('sync.review.mine')} value={card.kind === 'deleted' ? deletionWords(card.mine, t) : card.mine} tone="mine" />
          {card.theirs.map((v, i) => (
            <ValueBox
              key={i}
              label={card.theirs.length > 1 ? `${t('sync.review.theirs')} ${i + 1}` : t('sync.review.theirs')}
              value={card.kind === 'deleted' ? deletionWords(v, t) : v}
              tone="theirs"
            />
          ))}
        </Stack>
        {typing && (
          <TextField
            autoFocus
            fullWidth
            size="small"
            sx={{ mt: 1.5 }}
            label={t('sync.review.newValue')}
            value={value}
            onChange={(e) => (setValue(e.target.value), setValueError(null))}
            onKeyDown={(e) => e.key === 'Enter' && applyTyped()}
            error={valueError !== null}
            helperText={valueError ? issueMessage(t, valueError) : ' '}
            slotProps={{ htmlInput: { 'data-testid': 'sync-card-value' } }}
          />
        )}
      </CardContent>
      <CardActions sx={{ px: 2, pb: 1.5, gap: 1, flexWrap: 'wrap' }}>
        {card.choices.length === 0 && <Typography variant="body2" color="text.secondary">{t('sync.review.noChoice')}</Typography>}
        {card.kind === 'field' && (
          <>
            {offers('mine') && <Button variant="outlined" disabled={busy} onClick={() => void choose({ choice: 'mine' })}>{t('sync.review.useMine')}</Button>}
            {offers('theirs') && card.theirs.map((_, i) => (
              <Button key={i} variant="outlined" color="warning" disabled={busy} onClick={() => void choose({ choice: 'theirs', theirsIndex: i })}>
                {card.theirs.length > 1 ? `${t('sync.review.useTheirs')} ${i + 1}` : t('sync.review.useTheirs')}
              </Button>
            ))}
            {card.typeable && offers('value') &&
              (typing ? (
                <>
                  <Button variant="contained" disabled={busy} onClick={applyTyped}>{t('sync.review.apply')}</Button>
                  <Button disabled={busy} onClick={() => (setTyping(false), setValue(''), setValueError(null))}>{t('common.cancel')}</Button>
                </>
              ) : (
                <Button disabled={busy} onClick={() => setTyping(true)}>{t('sync.review.typeNew')}</Button>
              ))}
          </>
        )}
        {card.kind === 'deleted' && (
          <>
            {offers('restore') && <Button variant="outlined" disabled={busy} onClick={() => void choose({ choice: 'restore' })}>{t('sync.review.restore')}</Button>}
            {offers('keepDeleted') && <Button variant="outlined" color="error" disabled={busy} onClick={() => void choose({ choice: 'keepDeleted' })}>{t('sync.review.keepDeleted')}</Button>}
          </>
        )}
        {card.kind === 'duplicate' && (
          <>
            {offers('keepMine') && <Button variant="outlined" disabled={busy} onClick={() => void choose({ choice: 'keepMine' })}>{t('sync.review.keepThis')}</Button>}
            {offers('keepTheirs') && <Button variant="outlined" color="warning" disabled={busy} onClick={() => void choose({ choice: 'keepTheirs' })}>{t('sync.review.keepThat')}</Button>}
          </>
        )}
      </CardActions>
    </Card>
  );
}
