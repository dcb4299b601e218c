'use client';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject, type UIEvent } from 'react';
import { flushSync } from 'react-dom';

/**
 * Above this many rows (after filtering) a table mounts only the rows in view of its scrolling
 * viewport. The README ("Large tables") documents the number and its consequences.
 */
export const WINDOWED_ROWS = 200;

/**
 * Rows mounted before the viewport has been measured: on the server and in the first paint. They
 * fill the default viewport (36rem) with rows to spare; a taller viewport gets the rest before it
 * is painted.
 */
const FIRST_WINDOW = 24;
/** Rows mounted past each edge of the viewport, so a scroll step lands on rows already there. */
const OVERSCAN = 8;
/** A row's height until mounted rows have been measured: one line of text and its padding. */
const ESTIMATED_ROW_PX = 41;

/** A layout effect in the browser; nothing on the server, where React 18 warns about one. */
const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

export interface RowWindow {
  /** The first mounted row, as an index into the shown rows. */
  start: number;
  /** One past the last mounted row. */
  end: number;
  /** The height, in CSS pixels, the rows before `start` and after `end` stand in for. */
  rowHeight: number;
  /** For the scrolling viewport: the rows in view are read from it. */
  viewportRef: RefObject<HTMLDivElement | null>;
  onScroll: (event: UIEvent<HTMLDivElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
}

interface View {
  top: number;
  /** The viewport's height; 0 until it has been measured. */
  height: number;
  rowHeight: number;
}

const rowSelector = (index: number) => `tr[aria-rowindex="${index + 2}"]`;

/** The viewport's scroll position and height, and the row height of the rows mounted in it. */
function measured(viewport: HTMLDivElement, previous: View): View {
  const mounted = viewport.querySelectorAll<HTMLElement>('tr[aria-rowindex]');
  const firstRow = mounted[0];
  const lastRow = mounted[mounted.length - 1];
  const span = firstRow && lastRow ? lastRow.offsetTop + lastRow.offsetHeight - firstRow.offsetTop : 0;
  return {
    top: viewport.scrollTop,
    height: viewport.clientHeight,
    rowHeight: span > 0 ? span / mounted.length : previous.rowHeight,
  };
}

/**
 * Whether the viewport shows blank space below its last mounted row while rows remain: it is
 * taller than the rows mounted before it was measured, or it has grown since.
 */
function uncovered(viewport: HTMLDivElement): boolean {
  const mounted = viewport.querySelectorAll('tr[aria-rowindex]');
  const lastRow = mounted[mounted.length - 1];
  return (
    lastRow !== undefined &&
    lastRow.getAttribute('aria-rowindex') !== viewport.querySelector('table')?.getAttribute('aria-rowcount') &&
    lastRow.getBoundingClientRect().bottom < viewport.getBoundingClientRect().bottom
  );
}

/**
 * The rows of `total` to mount. Row heights are estimated from the rows mounted last, so the
 * spacers around the window keep the scrollbar close to the real table without measuring rows
 * that are not there. Arrow keys, Page Up/Down and Home/End move focus from row to row and mount
 * the row they reach. A viewport taller than the first rows, or one that grows, gets the rows
 * that fill it.
 */
export function useRowWindow(total: number, windowed: boolean): RowWindow {
  const [view, setView] = useState<View>({ top: 0, height: 0, rowHeight: ESTIMATED_ROW_PX });
  const viewportRef = useRef<HTMLDivElement | null>(null);

  const rowsInView = view.height > 0 ? Math.ceil(view.height / view.rowHeight) + 2 * OVERSCAN : FIRST_WINDOW;
  const first = Math.max(0, Math.min(Math.floor(view.top / view.rowHeight) - OVERSCAN, total - rowsInView));
  const start = windowed ? first : 0;
  const end = windowed ? Math.min(total, start + rowsInView) : total;

  const measure = (viewport: HTMLDivElement) => setView((previous) => measured(viewport, previous));

  // A viewport taller than the rows mounted before it was measured, or one that grows later (a
  // host's layout, a resized window), gets the rows that fill it. Observed from a layout effect,
  // its first size is reported after the first layout and before the first paint, which then
  // shows the added rows; the rows already mounted are not laid out once more to check them.
  useBrowserLayoutEffect(() => {
    const viewport = viewportRef.current;
    if (!windowed || viewport === null || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      if (uncovered(viewport)) flushSync(() => measure(viewport));
    });
    observer.observe(viewport);
    return () => observer.disconnect();
  }, [windowed]);

  const focusRow = (viewport: HTMLDivElement, index: number) => {
    const target = Math.max(0, Math.min(total - 1, index));
    if (target < start || target >= end) {
      const top = Math.max(0, target * view.rowHeight - viewport.clientHeight / 2);
      // The row must be in the DOM before it can take focus, within this key press. The spacers
      // keep the scroll height, so the viewport scrolls there first.
      viewport.scrollTop = top;
      flushSync(() => setView({ ...view, top, height: viewport.clientHeight }));
    }
    viewport.querySelector<HTMLElement>(rowSelector(target))?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const viewport = event.currentTarget;
    if (!windowed) return;
    const target = event.target as HTMLElement;
    const row = target.matches('tr[aria-rowindex]') ? target : null;
    if (row === null && target !== viewport) return;
    const current = row ? Number(row.getAttribute('aria-rowindex')) - 2 : Math.floor(view.top / view.rowHeight) - 1;
    // A page is the rows the viewport shows, less one, whether or not it has been measured yet.
    const page = Math.max(1, Math.floor(viewport.clientHeight / view.rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + page,
      PageUp: current - page,
      Home: 0,
      End: total - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    focusRow(viewport, next);
  };

  return {
    start,
    end,
    rowHeight: view.rowHeight,
    viewportRef,
    onScroll: (event) => measure(event.currentTarget),
    onKeyDown,
  };
}

/**
 * Whether every row should be mounted for printing: a printout cannot scroll, so the rows out
 * of view are mounted before the browser lays the page out, and unmounted again afterwards.
 */
export function usePrinting(windowed: boolean): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!windowed) return undefined;
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, [windowed]);
  return printing;
}
