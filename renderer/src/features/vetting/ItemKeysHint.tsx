// The keys of the focused item, in a line beside its save mark: what 1 / 2 / 3 answer on this
// kind, how to move on. Shown only where the keys act, so the checklist stays quiet otherwise.
import KeyboardOutlined from '@mui/icons-material/KeyboardOutlined';
import { Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { TemplateItem } from '../../../../shared/vetting/template';

export function ItemKeysHint({ item, hasSuggestion }: { item: TemplateItem; hasSuggestion: boolean }) {
  const { t } = useTranslation();
  const options = item.kind === 'singleChoice' || item.kind === 'multiChoice' ? Math.min(item.options.length, 9) : 0;
  const parts = [t(`vetting.keys.kind.${item.kind}`, { last: options })];
  // Enter on an unanswered item with a suggestion takes it and moves on.
  parts.push(hasSuggestion ? t('vetting.keys.takeSuggestion') : item.kind === 'text' ? t('vetting.keys.nextFromText') : t('vetting.keys.next'));
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center', color: 'primary.main', mt: 1, flexShrink: 0 }} data-testid="item-keys">
      <KeyboardOutlined sx={{ fontSize: 16 }} />
      <Typography variant="caption">{parts.join(' · ')}</Typography>
    </Stack>
  );
}
