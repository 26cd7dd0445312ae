// Rows of a long list fetched page by page as they scroll into view, so a list of
// tens of thousands of records costs only what is on screen. A change of query or
// filters starts over; answers to an older query are dropped.
//
// A page is asked for by its offset, and, when a page before it is already here, also from
// that page's last row (`anchor`): a list that pages by keyset starts after that row, one index
// seek however deep the list, instead of counting out the offset (see visits.list `after`).
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../shared/result';
import { ApiCallError } from './api';

export const PAGE_SIZE = 100;

/** How far back an anchor is looked for: further, a jump by offset alone is as quick (the core finds a far page by its day). */
const ANCHOR_PAGES = 10;

/** The nearest full page before `page` that is loaded, as an anchor; null when there is none near. */
function anchorFor<R>(pages: Map<number, R[]>, page: number): PageAnchor<R> | null {
  for (let p = page - 1; p >= Math.max(0, page - ANCHOR_PAGES); p--) {
    const rows = pages.get(p);
    if (rows?.length === PAGE_SIZE) return { after: rows[PAGE_SIZE - 1]!, skip: (page - p - 1) * PAGE_SIZE };
  }
  return null;
}

export interface PagedRows<R> {
  total: number | null;
  rowAt: (index: number) => R | undefined;
  /** Ask for the rows between two indexes (the visible range). */
  ensure: (from: number, to: number) => void;
  error: ApiError | null;
}

/** The last row of a page already loaded before the one asked for, and how many rows lie between. */
export interface PageAnchor<R> {
  after: R;
  skip: number;
}

export function usePagedRows<R>(
  fetchPage: (offset: number, limit: number, anchor: PageAnchor<R> | null) => Promise<{ total: number; rows: R[] }>,
  key: string,
): PagedRows<R> {
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [, setTick] = useState(0);
  const pages = useRef(new Map<number, R[]>());
  const pending = useRef(new Set<number>());
  const generation = useRef(0);
  // The latest fetchPage, for pages asked for later; set before any effect below asks for one.
  const fetchRef = useRef(fetchPage);
  useLayoutEffect(() => {
    fetchRef.current = fetchPage;
  });

  const load = useCallback((page: number) => {
    if (pages.current.has(page) || pending.current.has(page)) return;
    pending.current.add(page);
    const gen = generation.current;
    fetchRef.current(page * PAGE_SIZE, PAGE_SIZE, anchorFor(pages.current, page)).then(
      (result) => {
        if (gen !== generation.current) return;
        pending.current.delete(page);
        pages.current.set(page, result.rows);
        setTotal(result.total);
        setError(null);
        setTick((t) => t + 1);
      },
      (e: unknown) => {
        if (gen !== generation.current) return;
        pending.current.delete(page);
        setError(e instanceof ApiCallError ? e.error : { code: 'INTERNAL', key: 'internal' });
      },
    );
  }, []);

  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    pending.current = new Set();
    load(0);
  }, [key, load]);

  const ensure = useCallback(
    (from: number, to: number) => {
      for (let p = Math.floor(from / PAGE_SIZE); p <= Math.floor(Math.max(from, to) / PAGE_SIZE); p++) load(p);
    },
    [load],
  );

  // Keep the previous total on screen while a new query is on its way, then replace it.
  const rowAt = useCallback((i: number) => pages.current.get(Math.floor(i / PAGE_SIZE))?.[i % PAGE_SIZE], []);
  return { total, rowAt, ensure, error };
}
