// A table for long lists: only the rows on screen exist in the page
// (@tanstack/react-virtual), rows come page by page from usePagedRows.
import { Box, Skeleton, Typography } from '@mui/material';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useEffect, useRef } from 'react';
import type { PagedRows } from '../lib/usePagedRows';

export interface Column<R> {
  key: string;
  label: ReactNode;
  /** A CSS grid track, e.g. "2fr" or "120px". */
  width: string;
  render: (row: R) => ReactNode;
}

const ROW_HEIGHT = 52;

export function VirtualTable<R extends { id: string }>(props: {
  columns: Column<R>[];
  rows: PagedRows<R>;
  onOpen: (row: R) => void;
  label: string;
  empty: ReactNode;
}) {
  const { columns, rows, onOpen } = props;
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
          <Box sx={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {rows.total === null
              ? Array.from({ length: 8 }, (_, i) => (
                  <Box key={i} sx={{ px: 2, height: ROW_HEIGHT, display: 'flex', alignItems: 'center' }} aria-busy="true">
                    <Skeleton width="100%" />
                  </Box>
                ))
              : items.map((item) => {
                  const row = rows.rowAt(item.index);
                  return (
                    <Box
                      key={item.key}
                      role="row"
                      tabIndex={row ? 0 : -1}
                      onClick={() => row && onOpen(row)}
                      onKeyDown={(e) => e.key === 'Enter' && row && onOpen(row)}
                      sx={{
                        position: 'absolute',
                        top: 0,
                        left: 0,
                        right: 0,
                        height: ROW_HEIGHT,
                        transform: `translateY(${item.start}px)`,
                        display: 'grid',
                        gridTemplateColumns: template,
                        alignItems: 'center',
                        columnGap: 1,
                        px: 2,
                        borderBottom: 1,
                        borderColor: 'divider',
                        cursor: row ? 'pointer' : 'default',
                        '&:hover, &:focus-visible': { bgcolor: 'action.hover', outline: 'none' },
                      }}
                    >
                      {row
                        ? columns.map((c) => (
                            <Box key={c.key} role="cell" sx={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                              {c.render(row)}
                            </Box>
                          ))
                        : <Skeleton sx={{ gridColumn: '1 / -1' }} />}
                    </Box>
                  );
                })}
          </Box>
        </Box>
      )}
    </Box>
  );
}
