import { describe, expect, it } from 'vitest';
import { gridAction, opensPrintDialog, type KeyPress } from './keys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods,
});
const bounds = { rows: 10, cols: 16, page: 5 };

describe('gridAction', () => {
  it('undoes with Ctrl+Z or Cmd+Z, also with Shift held', () => {
    expect(gridAction(press('z', { ctrlKey: true }), { row: 0, col: 0 }, bounds)).toEqual({ type: 'undo' });
    expect(gridAction(press('Z', { metaKey: true, shiftKey: true }), { row: 0, col: 0 }, bounds)).toEqual({ type: 'undo' });
    expect(gridAction(press('z'), { row: 0, col: 0 }, bounds)).toBeNull();
  });

  it('moves the active cell, Ctrl jumping to the edge', () => {
    expect(gridAction(press('ArrowDown'), { row: 2, col: 3 }, bounds)).toEqual({ type: 'move', cell: { row: 3, col: 3 } });
    expect(gridAction(press('ArrowRight', { ctrlKey: true }), { row: 2, col: 3 }, bounds)).toEqual({ type: 'move', cell: { row: 2, col: 15 } });
    expect(gridAction(press('PageDown'), { row: 2, col: 3 }, bounds)).toEqual({ type: 'move', cell: { row: 7, col: 3 } });
  });

  it('sets a level with 0–3, but not with Ctrl, Cmd or Alt held', () => {
    expect(['0', '1', '2', '3'].map((k) => gridAction(press(k), { row: 0, col: 0 }, bounds))).toEqual(
      [0, 1, 2, 3].map((level) => ({ type: 'level', level })),
    );
    expect(gridAction(press('2', { ctrlKey: true }), { row: 0, col: 0 }, bounds)).toBeNull();
    expect(gridAction(press('2', { metaKey: true }), { row: 0, col: 0 }, bounds)).toBeNull();
    expect(gridAction(press('2', { altKey: true }), { row: 0, col: 0 }, bounds)).toBeNull();
    expect(gridAction(press('4'), { row: 0, col: 0 }, bounds)).toBeNull();
  });
});

describe('opensPrintDialog', () => {
  it('is Ctrl+Shift+P or Cmd+Shift+P only', () => {
    expect(opensPrintDialog(press('P', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(opensPrintDialog(press('p', { metaKey: true, shiftKey: true }))).toBe(true);
    expect(opensPrintDialog(press('p', { ctrlKey: true }))).toBe(false);
    expect(opensPrintDialog(press('P', { ctrlKey: true, shiftKey: true, altKey: true }))).toBe(false);
    expect(opensPrintDialog(press('P', { shiftKey: true }))).toBe(false);
  });
});
