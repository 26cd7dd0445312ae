import { Card, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export function FormSection({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <Card variant="outlined">
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1.5, display: 'flex', alignItems: 'center', gap: 1 }}>
          {title}
          {action}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}
