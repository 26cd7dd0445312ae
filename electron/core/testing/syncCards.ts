// Test helper (not a test): which table cells a sync card stands for, so the convergence test
// can say "this difference is a waiting card" and "this edit was on a card".
import type { SyncCard } from '../../../shared/sync/schema';
import type { Cell } from './syncCompare';
import { SYNCED_TABLES } from '../sync/tables';

const entityOf = new Map(SYNCED_TABLES.map((t) => [t.name, t.entity]));

/** A card's recordId for a row: the key itself, or a composite key's parts joined. */
const recordIdMatches = (recordId: string, pk: Cell[]): boolean =>
  pk.length === 1 ? recordId === String(pk[0]) : recordId === JSON.stringify(pk) || recordId === pk.join(':') || recordId === pk.join('/');

/**
 * field: that one cell; deleted: every cell of the record and its presence; duplicate: every
 * cell of either record (two companies of one name, two open drafts of one company's vetting;
 * the one kept aside differs until the card is resolved).
 */
export function cardCovers(card: SyncCard, table: string, pk: Cell[], column: string): boolean {
  if (card.kind === 'duplicate') {
    return entityOf.get(table) === card.entity && (recordIdMatches(card.recordId, pk) || (card.other !== null && recordIdMatches(card.other.id, pk)));
  }
  if (entityOf.get(table) !== card.entity || !recordIdMatches(card.recordId, pk)) return false;
  return card.kind === 'deleted' || card.field === column;
}
