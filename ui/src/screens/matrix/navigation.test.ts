import { describe, expect, it } from 'vitest';
import { levelForKey, navigate, visibleWindow } from './navigation';

const b = { rows: 100, cols: 16, page: 20 };

describe('navigate', () => {
  it('moves with arrows and stops at the edges', () => {
    expect(navigate({ row: 5, col: 5 }, 'ArrowUp', b)).toEqual({ row: 4, col: 5 });
    expect(navigate({ row: 5, col: 5 }, 'ArrowDown', b)).toEqual({ row: 6, col: 5 });
    expect(navigate({ row: 5, col: 5 }, 'ArrowLeft', b)).toEqual({ row: 5, col: 4 });
    expect(navigate({ row: 5, col: 5 }, 'ArrowRight', b)).toEqual({ row: 5, col: 6 });
    expect(navigate({ row: 0, col: 0 }, 'ArrowUp', b)).toEqual({ row: 0, col: 0 });
    expect(navigate({ row: 0, col: 0 }, 'ArrowLeft', b)).toEqual({ row: 0, col: 0 });
    expect(navigate({ row: 99, col: 15 }, 'ArrowDown', b)).toEqual({ row: 99, col: 15 });
    expect(navigate({ row: 99, col: 15 }, 'ArrowRight', b)).toEqual({ row: 99, col: 15 });
  });

  it('jumps with Home/End (row) and Ctrl+Home/End (grid)', () => {
    expect(navigate({ row: 5, col: 5 }, 'Home', b)).toEqual({ row: 5, col: 0 });
    expect(navigate({ row: 5, col: 5 }, 'End', b)).toEqual({ row: 5, col: 15 });
    expect(navigate({ row: 5, col: 5 }, 'Home', b, true)).toEqual({ row: 0, col: 0 });
    expect(navigate({ row: 5, col: 5 }, 'End', b, true)).toEqual({ row: 99, col: 15 });
  });

  it('pages by the page size and clamps', () => {
    expect(navigate({ row: 5, col: 3 }, 'PageDown', b)).toEqual({ row: 25, col: 3 });
    expect(navigate({ row: 90, col: 3 }, 'PageDown', b)).toEqual({ row: 99, col: 3 });
    expect(navigate({ row: 25, col: 3 }, 'PageUp', b)).toEqual({ row: 5, col: 3 });
    expect(navigate({ row: 5, col: 3 }, 'PageUp', b)).toEqual({ row: 0, col: 3 });
  });

  it('ignores other keys and empty grids, and clamps a stale cell', () => {
    expect(navigate({ row: 0, col: 0 }, 'a', b)).toBeNull();
    expect(navigate({ row: 0, col: 0 }, 'ArrowDown', { rows: 0, cols: 5, page: 1 })).toBeNull();
    expect(navigate({ row: 500, col: 50 }, 'ArrowUp', b)).toEqual({ row: 98, col: 15 });
  });
});

describe('levelForKey', () => {
  it('accepts 0–3 only', () => {
    expect(['0', '1', '2', '3'].map(levelForKey)).toEqual([0, 1, 2, 3]);
    expect(levelForKey('4')).toBeNull();
    expect(levelForKey('x')).toBeNull();
  });
});

describe('visibleWindow', () => {
  it('renders only the visible rows plus overscan, with spacers for the rest', () => {
    const w = visibleWindow(28 * 1000, 560, 28, 5000, 10);
    expect(w).toEqual({ start: 990, end: 1030, top: 990 * 28, bottom: (5000 - 1030) * 28 });
    const top = visibleWindow(0, 560, 28, 5000, 10);
    expect(top.start).toBe(0);
    expect(top.top).toBe(0);
    expect(visibleWindow(0, 560, 28, 5, 10)).toEqual({ start: 0, end: 5, top: 0, bottom: 0 });
  });
});
