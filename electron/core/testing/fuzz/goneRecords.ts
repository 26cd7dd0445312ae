// Before the fuzz starts: of each kind the trash holds, one record deleted (still in the
// trash) and one deleted and purged, through the channels as a user would — so payloads can
// carry the ids of records that are gone, in both ways a record goes.
import type { Result } from '../../../../shared/result';
import type { GoneIds } from './mutations';

type Invoke = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

export async function deleteAndPurgeSome(invoke: Invoke): Promise<GoneIds> {
  const value = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await invoke(channel, input);
    if (!r.ok) throw new Error(`${channel} was refused: ${JSON.stringify(r.error)}`);
    return r.value as T;
  };
  const idsOf = (rows: { id: string }[]) => rows.slice(-2).map((x) => x.id);
  const kinds: [kind: string, deleteChannel: string, ids: string[]][] = [
    ['company', 'companies.delete', idsOf((await value<{ rows: { id: string }[] }>('companies.list', { limit: 500 })).rows)],
    ['visit', 'visits.delete', idsOf((await value<{ rows: { id: string }[] }>('visits.list', { limit: 500 })).rows)],
    ['agreement', 'agreements.delete', idsOf(await value<{ id: string }[]>('agreements.list', { today: '2018-09-30' }))],
    ['placementBatch', 'placements.deleteBatch', idsOf((await value<{ batches: { id: string }[] }>('placements.list', {})).batches)],
  ];
  const gone: GoneIds = { deleted: [], purged: [] };
  for (const [kind, deleteChannel, [kept, purged]] of kinds) {
    for (const id of [kept, purged]) if (id) await value(deleteChannel, { id });
    if (kept) gone.deleted.push(kept);
    if (purged) {
      await value('trash.purge', { kind, id: purged });
      gone.purged.push(purged);
    }
  }
  return gone;
}
