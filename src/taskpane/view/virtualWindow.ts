/**
 * Which rows of a fixed-row-height list are in the DOM: the visible ones plus a few of overscan on
 * each side, so that a list of 20.000 units keeps a few dozen elements however far it scrolls.
 */

export interface WindowInput {
  count: number;
  rowHeight: number;
  /** Height of the viewport in pixels. */
  height: number;
  scrollTop: number;
  /** Rows kept in the DOM above and below the visible ones. */
  overscan?: number;
}

export interface ListWindow {
  /** First row rendered. */
  start: number;
  /** One past the last row rendered. */
  end: number;
  /** Height of all rows together. */
  total: number;
  /** Height of the scroller: the list's height, or less when every row fits. */
  viewport: number;
}

export const DEFAULT_OVERSCAN = 4;

export function listWindow({
  count,
  rowHeight,
  height,
  scrollTop,
  overscan = DEFAULT_OVERSCAN,
}: WindowInput): ListWindow {
  const n = Math.max(0, Math.floor(count));
  const row = rowHeight > 0 && Number.isFinite(rowHeight) ? rowHeight : 1;
  const h = height > 0 && Number.isFinite(height) ? height : row;
  const total = n * row;
  if (total <= h) return { start: 0, end: n, total, viewport: total };
  const top = Math.min(Math.max(0, Number.isFinite(scrollTop) ? scrollTop : 0), total - h);
  const first = Math.floor(top / row);
  const visible = Math.ceil(h / row) + 1;
  const extra = Math.max(0, Math.floor(overscan));
  return {
    start: Math.max(0, first - extra),
    end: Math.min(n, first + visible + extra),
    total,
    viewport: h,
  };
}
