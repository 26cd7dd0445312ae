// Companies whose latest approved or conditional vetting has expired: the list marks them.
import { Chip } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../app/WorkspaceContext';
import { api, call } from '../../lib/api';
import { todayIso } from '../../lib/format';

/** Ids of the companies due for re-vetting today (reloaded after every write). */
export function useRevettingDue(): ReadonlySet<string> {
  const ws = useWorkspace();
  const [due, setDue] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    call(api().vettings.due({ today: todayIso() })).then(
      (rows) => setDue(new Set(rows.filter((r) => r.expired).map((r) => r.companyId))),
      () => setDue(new Set()),
    );
  }, [ws.version]);
  return due;
}

export function RevettingDueChip() {
  const { t } = useTranslation();
  return <Chip size="small" color="warning" variant="outlined" label={t('vetting.revettingDue')} sx={{ flexShrink: 0 }} data-testid="revetting-due" />;
}
