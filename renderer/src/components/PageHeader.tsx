// A page's title line. A title or subtitle too long for the window ends in … and shows its whole
// text on hover (the native title, set only when the text is cut, so a short one has no tooltip).
import { Box, Stack, Typography } from '@mui/material';
import type { MouseEvent, ReactNode } from 'react';

function titleIfCut(e: MouseEvent<HTMLElement>) {
  const el = e.currentTarget;
  if (el.scrollWidth > el.clientWidth) el.title = el.textContent ?? '';
  else el.removeAttribute('title');
}

export function PageHeader({ title, subtitle, actions, back }: { title: ReactNode; subtitle?: ReactNode; actions?: ReactNode; back?: ReactNode }) {
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2, minHeight: 40 }}>
      {back}
      <Box sx={{ flex: 1, minWidth: 0 }}>
        <Typography variant="h5" component="h2" noWrap onMouseEnter={titleIfCut} sx={{ fontSize: 21, fontWeight: 600 }}>
          {title}
        </Typography>
        {subtitle && (
          <Typography variant="body2" color="text.secondary" noWrap onMouseEnter={titleIfCut}>
            {subtitle}
          </Typography>
        )}
      </Box>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexShrink: 0 }}>
        {actions}
      </Stack>
    </Stack>
  );
}
