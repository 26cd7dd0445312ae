// "Who changed what and when" for one record, from the audit trail.
import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isChanged, type AuditEntry } from '../../../../shared/audit/schema';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, call } from '../../lib/api';
import { useFormat } from '../../lib/format';

export function AuditHistory({ entityId }: { entityId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const ws = useWorkspace();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  useEffect(() => {
    call(api().audit.list({ entityId, limit: 50 })).then(setEntries, () => setEntries([]));
  }, [entityId, ws.version]);
  if (!entries) return null;
  if (entries.length === 0) return <Typography color="text.secondary" variant="body2">{t('audit.empty')}</Typography>;
  return (
    <List dense disablePadding data-testid="audit-history">
      {entries.map((e) => {
        // A person field's values are never kept, only that it changed: say so beside its name.
        const fields = Object.entries(e.changes).map(([f, values]) => {
          const name = t(`audit.field.${f}`, { defaultValue: f });
          const marked = values.some((v) => isChanged(v) || (typeof v === 'object' && v !== null && Object.values(v).some(isChanged)));
          return marked ? t('audit.changedField', { field: name }) : name;
        });
        return (
          <ListItem key={e.id} disableGutters>
            <ListItemText
              primary={t(`audit.action.${e.action}`, { who: e.staffName ?? t('audit.unknownUser') })}
              secondary={`${fmt.dateTime(e.at)}${e.action === 'update' && fields.length ? ` · ${fields.join('、')}` : ''}`}
            />
          </ListItem>
        );
      })}
    </List>
  );
}
