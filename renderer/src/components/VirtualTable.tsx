// A table for long lists: only the rows on screen exist in the page
// (@tanstack/react-virtual), rows come page by page from usePagedRows.
import { Box, Skeleton, styled, Typography } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, type ReactNode, useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { PagedRows } from '../lib/usePagedRows';
import { clickIsOnControl } from './OpenRow';

export interface Column<R> {
  key: string;
  label: ReactNode;
  /** A CSS grid track, e.g. "2fr" or "120px". */
  width: string;
  render: (row: R) => ReactNode;
}

const ROW_HEIGHT = 52;

// The rows' looks are one stylesheet on the scrolled box, not an `sx` per row: a row is then a
// plain element, cheap to draw again when a new query's answer arrives.
const Rows = styled('div')(({ theme }) => ({
  position: 'relative',
  '& > [role=row]': {
    position: 'absolute',
    top: 0,
    left: 0,
    right: 0,
    height: ROW_HEIGHT,
    display: 'grid',
    alignItems: 'center',
    columnGap: theme.spacing(1),
    padding: theme.spacing(0, 2),
    borderBottom: `1px solid ${theme.palette.divider}`,
    cursor: 'pointer',
    '&:hover, &:focus-visible': { backgroundColor: theme.palette.action.hover, outline: 'none' },
  },
  '& > [role=row][aria-busy=true]': { cursor: 'default' },
  '& [role=cell]': { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
}));

interface RowProps<R> {
  row: R | undefined;
  start: number;
  columns: Column<R>[];
  template: string;
  onOpen: (row: R) => void;
}

// Drawn again only when its record, its place or the columns change: typing a query or an
// update of the page around the table leaves the rows on screen alone.
const VirtualRow = memo(function VirtualRow<R>({ row, start, columns, template, onOpen }: RowProps<R>) {
  return (
    <div
      role="row"
      tabIndex={row ? 0 : -1}
      aria-busy={row ? undefined : true}
      // A control in a cell (a link, a button) does its own thing; the rest of the row opens it.
      onClick={(e) => row && !clickIsOnControl(e.target, e.currentTarget) && onOpen(row)}
      onKeyDown={(e) => e.key === 'Enter' && e.target === e.currentTarget && row && onOpen(row)}
      style={{ transform: `translateY(${start}px)`, gridTemplateColumns: template }}
    >
      {row
        ? columns.map((c) => (
            <div key={c.key} role="cell">
              {c.render(row)}
            </div>
          ))
        : <Skeleton sx={{ gridColumn: '1 / -1' }} />}
    </div>
  );
}) as <R>(props: RowProps<R>) => ReactNode;

export function VirtualTable<R extends { id: string }>(props: {
  columns: Column<R>[];
  rows: PagedRows<R>;
  onOpen: (row: R) => void;
  label: string;
  empty: ReactNode;
}) {
  const { columns, rows } = props;
  const parentRef = useRef<HTMLDivElement>(null);
  const count = rows.total ?? 0;
  // eslint-disable-next-line react-hooks/incompatible-library -- the warning is that the React Compiler would not memoize this component; the app is built without the compiler
  const virtualizer = useVirtualizer({ count, getScrollElement: () => parentRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (count > 0) rows.ensure(first, last);
  }, [first, last, count, rows]);
  // The rows get one callback for good, so a page's new closure each render does not draw them again.
  const onOpenRef = useRef(props.onOpen);
  useLayoutEffect(() => {
    onOpenRef.current = props.onOpen;
  });
  const onOpen = useCallback((row: R) => onOpenRef.current(row), []);

  const template = columns.map((c) => c.width).join(' ');
  return (
    <Box role="table" aria-label={props.label} aria-rowcount={count} sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}>
      <Box role="row" sx={{ display: 'grid', gridTemplateColumns: template, columnGap: 1, px: 2, py: 1, borderBottom: 1, borderColor: 'divider', bgcolor: 'grey.50' }}>
        {columns.map((c) => (
          <Typography key={c.key} role="columnheader" variant="caption" color="text.secondary" noWrap sx={{ fontWeight: 600 }}>
            {c.label}
          </Typography>
        ))}
      </Box>
      {rows.total === 0 ? (
        <Box sx={{ flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', p: 4 }}>{props.empty}</Box>
      ) : (
        <Box ref={parentRef} sx={{ flex: 1, overflow: 'auto', minHeight: 0 }} data-testid="virtual-scroll">
          <Rows style={{ height: virtualizer.getTotalSize() }}>
            {rows.total === null
              ? Array.from({ length: 8 }, (_, i) => (
                  <Box key={i} sx={{ px: 2, height: ROW_HEIGHT, display: 'flex', alignItems: 'center' }} aria-busy="true">
                    <Skeleton width="100%" />
                  </Box>
                ))
              : items.map((item) => (
                  <VirtualRow key={item.key} row={rows.rowAt(item.index)} start={item.start} columns={columns} template={template} onOpen={onOpen} />
                ))}
          </Rows>
        </Box>
      )}
    </Box>
  );
}
