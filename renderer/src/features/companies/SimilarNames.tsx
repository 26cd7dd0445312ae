// While the user types a name, companies with a similar one are shown as possible
// duplicates, before anything is saved.
import { Alert, Link, Stack } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { api, call } from '../../lib/api';

export function SimilarNames({ name, excludeId }: { name: string; excludeId: string | null }) {
  const { t } = useTranslation();
  const [similar, setSimilar] = useState<{ id: string; name: string }[]>([]);
  const trimmed = name.trim();
  useEffect(() => {
    if (trimmed.length < 2) return;
    const timer = window.setTimeout(() => {
      call(api().companies.similar({ name: trimmed, excludeId })).then(setSimilar, () => setSimilar([]));
    }, 200);
    return () => window.clearTimeout(timer);
  }, [trimmed, excludeId]);
  // Names too short to compare show nothing, whatever the last answer was.
  if (trimmed.length < 2 || similar.length === 0) return null;
  return (
    <Alert severity="warning" sx={{ mt: 1 }} data-testid="similar-names">
      {t('company.similar')}
      <Stack component="ul" sx={{ m: 0, pl: 2 }}>
        {similar.map((s) => (
          <li key={s.id}>
            <Link component={RouterLink} to={`/companies/${s.id}`} target="_self">{s.name}</Link>
          </li>
        ))}
      </Stack>
    </Alert>
  );
}
