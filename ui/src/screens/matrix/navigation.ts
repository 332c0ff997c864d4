//! Pure keyboard navigation for the matrix grid: where the active cell goes for a key.
export type Cell = { row: number; col: number };
export type Bounds = { rows: number; cols: number; page: number };

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** The new active cell, or null when the key is not a navigation key. */
export function navigate(
  cell: Cell,
  key: string,
  bounds: Bounds,
  ctrl = false,
): Cell | null {
  if (bounds.rows === 0 || bounds.cols === 0) return null;
  const lastRow = bounds.rows - 1;
  const lastCol = bounds.cols - 1;
  const page = Math.max(1, bounds.page);
  const row = clamp(cell.row, 0, lastRow);
  const col = clamp(cell.col, 0, lastCol);
  switch (key) {
    case 'ArrowUp':
      return { row: ctrl ? 0 : clamp(row - 1, 0, lastRow), col };
    case 'ArrowDown':
      return { row: ctrl ? lastRow : clamp(row + 1, 0, lastRow), col };
    case 'ArrowLeft':
      return { row, col: ctrl ? 0 : clamp(col - 1, 0, lastCol) };
    case 'ArrowRight':
      return { row, col: ctrl ? lastCol : clamp(col + 1, 0, lastCol) };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: lastCol } : { row, col: lastCol };
    case 'PageUp':
      return { row: clamp(row - page, 0, lastRow), col };
    case 'PageDown':
      return { row: clamp(row + page, 0, lastRow), col };
    default:
      return null;
  }
}

/** The level a key sets (0–3), or null. */
export function levelForKey(key: string): number | null {
  return key === '0' || key === '1' || key === '2' || key === '3' ? Number(key) : null;
}

/** Which rows to render for a scroll position: a window plus overscan, and spacer heights. */
export function visibleWindow(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  total: number,
  overscan = 10,
): { start: number; end: number; top: number; bottom: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const count = Math.ceil(Math.max(viewport, rowHeight) / rowHeight);
  const start = Math.max(0, first - overscan);
  const end = Math.min(total, first + count + overscan);
  return { start, end, top: start * rowHeight, bottom: Math.max(0, (total - end) * rowHeight) };
}
