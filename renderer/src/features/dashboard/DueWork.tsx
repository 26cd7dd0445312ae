// What is due: each count opens the list it counts.
import { Link, List, ListItem, ListItemText, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Dashboard } from '../../../../shared/dashboard/schema';

const ITEMS = [
  { key: 'overdueFollowUps', to: '/follow-ups?tab=overdue' },
  { key: 'vettingsDue', to: '/follow-ups?tab=revetting' },
  { key: 'targetsBehind', to: '/agreements' },
] as const;

export function DueWork({ due }: { due: Dashboard['dueWork'] }) {
  const { t } = useTranslation();
  return (
    <Paper variant="outlined" sx={{ p: 2, minWidth: 0 }} data-testid="due-work">
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {t('dashboard.due.title')}
      </Typography>
      <List dense disablePadding>
        {ITEMS.map((i) => (
          <ListItem key={i.key} disableGutters secondaryAction={
            <Link component={RouterLink} to={i.to} underline="hover" sx={{ fontSize: 20, fontWeight: 600, color: due[i.key] > 0 ? 'warning.dark' : undefined }} data-testid={`due-${i.key}`}>
              {due[i.key]}
            </Link>
          }>
            <ListItemText primary={<Link component={RouterLink} to={i.to} color="inherit" underline="hover">{t(`dashboard.due.${i.key}`)}</Link>} />
          </ListItem>
        ))}
      </List>
    </Paper>
  );
}
