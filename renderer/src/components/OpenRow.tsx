// A table row that opens its record when clicked anywhere on it. The row keeps its own link
// (in a cell) for the keyboard and for middle-click; a click that lands on something of its own
// to do — a link, a button, a checkbox, a chip — does that thing only and does not also open the row.
import { TableRow, type TableRowProps } from '@mui/material';
import type { MouseEvent } from 'react';

const ACTIVE = 'a, button, input, select, textarea, label, [role=button], [role=checkbox], [role=menuitem]';

/** True when a click on `target` inside `row` belongs to a control in the row, not to the row. */
export function clickIsOnControl(target: EventTarget | null, row: Element): boolean {
  const hit = target instanceof Element ? target.closest(ACTIVE) : null;
  return hit !== null && row.contains(hit) && hit !== row;
}

export function OpenRow({ onOpen, sx, ...props }: TableRowProps & { onOpen: () => void }) {
  const onClick = (e: MouseEvent<HTMLTableRowElement>) => {
    if (e.button !== 0 || clickIsOnControl(e.target, e.currentTarget)) return;
    // Selecting a cell's text to copy it is not a request to leave the page.
    if (window.getSelection()?.toString()) return;
    onOpen();
  };
  return <TableRow hover {...props} onClick={onClick} data-open-row="" sx={[{ cursor: 'pointer' }, ...(Array.isArray(sx) ? sx : [sx])]} />;
}
