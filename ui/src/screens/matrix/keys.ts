//! What a key press means on the matrix screen: move the active cell, set a level, undo, or
//! open "Drucken / PDF". Pure; the grid and the screen carry the actions out.
import { levelForKey, navigate, type Bounds, type Cell } from './navigation';

export type KeyPress = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean };
export type GridAction = { type: 'undo' } | { type: 'move'; cell: Cell } | { type: 'level'; level: number };

/** The grid's action for a key with `current` active, or null when the key is not the grid's. */
export function gridAction(event: KeyPress, current: Cell, bounds: Bounds): GridAction | null {
  const ctrl = event.ctrlKey || event.metaKey;
  if (ctrl && (event.key === 'z' || event.key === 'Z')) return { type: 'undo' };
  const moved = navigate(current, event.key, bounds, ctrl);
  if (moved) return { type: 'move', cell: moved };
  const level = ctrl || event.altKey ? null : levelForKey(event.key);
  return level === null ? null : { type: 'level', level };
}

/** Ctrl+Shift+P (Cmd on macOS) opens "Drucken / PDF", as Ctrl+P does through the app menu. */
export function opensPrintDialog(event: KeyPress): boolean {
  const ctrl = event.ctrlKey || event.metaKey;
  return ctrl && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'p';
}
