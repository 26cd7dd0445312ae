// An editable list of towns/sub-districts or industries on lookups.*.
import { useTranslation } from 'react-i18next';
import { type LookupItem, type LookupKind, lookupCreateInput } from '../../../../shared/lookups/schema';
import { EditableList } from '../../components/EditableList';
import { api, call } from '../../lib/api';

export function LookupSection({ kind, items }: { kind: LookupKind; items: LookupItem[] }) {
  const { t } = useTranslation();
  return (
    <EditableList
      items={items}
      label={t(`settings.${kind}.title`)}
      newLabel={t(`settings.${kind}.new`)}
      nameSchema={lookupCreateInput.pick({ name: true })}
      create={(name) => call(api().lookups.create({ kind, name }))}
      rename={(id, name) => call(api().lookups.rename({ id, name }))}
      remove={(id) => call(api().lookups.delete({ id }))}
    />
  );
}
