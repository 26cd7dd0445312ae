// 保存 / 取消 of a long form, in a bar that stays at the bottom of the window while the form
// scrolls under it: the user who filled the first fields saves without scrolling to find the
// button. Put it last inside the <form>; the page's other actions (删除, …) stay in its header.
import { Paper } from '@mui/material';
import type { ReactNode } from 'react';

export function FormActions({ children }: { children: ReactNode }) {
  return (
    <Paper
      square
      elevation={0}
      data-testid="form-actions"
      sx={{
        position: 'sticky',
        // Sticky stops at the scrolled box's 20 px padding: reach past it to the window's edge,
        // so no field shows under the bar.
        bottom: -20,
        mt: 2,
        pt: 1.5,
        pb: 4,
        mb: -2.5,
        zIndex: 2,
        display: 'flex',
        justifyContent: 'flex-end',
        gap: 1,
        borderTop: 1,
        borderColor: 'divider',
        bgcolor: 'background.default',
      }}
    >
      {children}
    </Paper>
  );
}
