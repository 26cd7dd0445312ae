// How a value in a company's change history reads: statuses and yes/no in the user's language,
// towns and industries by name (not their ids), free text only as "changed" (the audit trail
// never kept its words: electron/core/audit/personFields.ts).
import type { TFunction } from 'i18next';
import { isChanged } from '../../../../shared/audit/schema';

interface Formats {
  number: (n: number) => string;
}

/** A value the trail kept only as "changed" (all of it, or a part of an object). */
export const isMarked = (v: unknown): boolean => isChanged(v) || (typeof v === 'object' && v !== null && Object.values(v).some(isChanged));

export function historyValue(field: string, v: unknown, names: Record<string, string>, t: TFunction, fmt: Formats): string {
  if (v === null || v === undefined || v === '') return t('audit.none');
  if (field === 'status' && typeof v === 'string') return t(`status.${v}`);
  if ((field === 'townId' || field === 'industryId') && typeof v === 'string') return names[v] ?? t('audit.removedItem');
  if (field === 'contacts' && typeof v === 'number') return t('audit.contactsCount', { count: v });
  if (typeof v === 'boolean') return v ? t('audit.yes') : t('audit.no');
  if (typeof v === 'number') return fmt.number(v);
  if (Array.isArray(v)) return v.length ? v.map(String).join('、') : t('audit.none');
  if (typeof v === 'string') return v;
  return t('audit.changed');
}

/** One changed field as a line: "状态：已走访 → 审核通过", or "备注：已修改" for what the trail keeps no words of. */
export function historyChange(field: string, [from, to]: readonly [unknown, unknown], names: Record<string, string>, t: TFunction, fmt: Formats): string {
  const label = t(`audit.field.${field}`, { defaultValue: field });
  if (isMarked(from) || isMarked(to)) return t('audit.changedOnly', { field: label });
  return t('audit.change', { field: label, from: historyValue(field, from, names, t, fmt), to: historyValue(field, to, names, t, fmt) });
}
