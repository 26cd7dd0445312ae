// The choices a card offers: of those its kind implies, the ones the data allows now. A restore
// needs the records the row refers to (a follow-up's visit deleted here for good cannot take it
// back); a deletion for good must not break a record that still names the row; a duplicate's
// references must move. Rather than a second copy of those rules (the schema's keys, uniques,
// checks and the engine's own), each choice is tried in a savepoint that is always rolled back:
// what the trial refuses the card does not offer, so every button a person sees works.
import { ApiFailure } from '../../../shared/result';
import type { SyncCard, SyncChoice } from '../../../shared/sync/schema';
import type { Db } from '../db/open';
import { resolveCard } from './resolve';

/** Thrown at the end of a trial that worked, to roll it back. */
class TrialDone extends Error {}

/** Choices that only pick among versions already stored; they cannot break a rule of the data. */
const ALWAYS: ReadonlySet<SyncChoice> = new Set(['mine', 'value']);

function works(db: Db, card: SyncCard, choice: SyncChoice): boolean {
  try {
    db.transaction(() => {
      resolveCard(db, { id: card.id, choice, ...(choice === 'theirs' ? { theirsIndex: 0 } : {}) });
      throw new TrialDone();
    })();
  } catch (e) {
    if (e instanceof TrialDone) return true;
    // A choice refused with a reason, or broken by a rule of the data: not offered.
    if (e instanceof ApiFailure || (e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('SQLITE_CONSTRAINT'))) return false;
    throw e;
  }
  return false;
}

/** The card with only the choices that work now (a read-only connection cannot try: it keeps its kind's). */
export function withWorkingChoices(db: Db, card: SyncCard): SyncCard {
  if (db.readonly) return card;
  return { ...card, choices: card.choices.filter((c) => ALWAYS.has(c) || works(db, card, c)) };
}
