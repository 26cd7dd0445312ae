// The sentence a sync ends with, e.g. "从 3 位同事收到 214 项修改，2 项需要您确认".
import type { SyncResultSummary } from '../../../../shared/sync/schema';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export function summarySentence(t: Translate, s: SyncResultSummary): string {
  const parts = [
    s.received > 0 ? t('sync.result.received', { count: s.received, colleagues: s.fromColleagues }) : t('sync.result.nothingNew'),
    ...(s.sent > 0 ? [t('sync.result.sent', { count: s.sent })] : []),
    ...(s.cards > 0 ? [t('sync.result.cards', { count: s.cards })] : []),
    ...(s.needsUpgrade > 0 ? [t('sync.result.upgrade', { count: s.needsUpgrade })] : []),
    ...(s.waiting > 0 ? [t('sync.result.waiting', { count: s.waiting })] : []),
    ...(s.refused.length > 0 ? [t('sync.result.refused', { count: s.refused.length })] : []),
  ];
  return parts.join(t('sync.result.separator'));
}
