// Pinyin for company names: a sort key so the paged list (sorted in SQL) follows
// the pinyin order Intl.Collator('zh') gives on the screen, and initials so that
// "hgfm" finds 沪工阀门. pinyin-pro is maintained and carries its own dictionary.
import { pinyin } from 'pinyin-pro';

export function pinyinSortKey(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase())
    .join(' ');
}

export function pinyinInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'removed' }).join('').toLowerCase();
}
