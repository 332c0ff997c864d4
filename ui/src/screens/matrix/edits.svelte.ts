//! The matrix as the grid shows it, with level edits applied at once (optimistically) and an
//! undo stack. Saving is passed in, so this never talks to the backend nor shows messages;
//! a failed save rolls the cell back and removes the edit from the undo stack.
import type { Matrix } from '../../bindings.gen';
import { applyLevel, columns } from './model';

export type Edit = { employeeId: number; competencyId: number; previous: number | null };
export type Save = (employeeId: number, competencyId: number, level: number) => Promise<unknown>;
export type Undo = { kind: 'nothing' } | { kind: 'impossible' } | { kind: 'undone'; edit: Edit; saved: Promise<void> };

export class LevelEdits {
  /** The matrix as loaded, with the edits since applied. */
  matrix = $state.raw<Matrix | null>(null);
  /** Counts loads, so views can tell a fresh matrix from an edited one. */
  loads = $state(0);
  readonly #save: Save;
  readonly #undo: Edit[] = [];

  constructor(save: Save) {
    this.#save = save;
  }

  /** A freshly loaded matrix; the undo stack stays (its edits are saved). */
  loaded(matrix: Matrix) {
    this.matrix = matrix;
    this.loads += 1;
  }

  /**
   * Shows `level` at once and saves it; `remember` puts the edit on the undo stack. On a
   * failed save the cell goes back (unless changed again meanwhile) and the error is thrown.
   */
  async record(employeeId: number, competencyId: number, level: number, remember: boolean): Promise<void> {
    if (!this.matrix) return;
    const column = columns(this.matrix).findIndex((c) => c.id === competencyId);
    if (column < 0) return;
    const { matrix: next, previous } = applyLevel(this.matrix, employeeId, column, level);
    this.matrix = next;
    const edit: Edit = { employeeId, competencyId, previous };
    if (remember) this.#undo.push(edit);
    try {
      await this.#save(employeeId, competencyId, level);
    } catch (e) {
      if (this.matrix) {
        const col = columns(this.matrix).findIndex((c) => c.id === competencyId);
        const row = this.matrix.rows.find((r) => r.employeeId === employeeId);
        if (col >= 0 && row && row.levels[col] === level) {
          this.matrix = applyLevel(this.matrix, employeeId, col, previous).matrix;
        }
      }
      const i = this.#undo.lastIndexOf(edit);
      if (i >= 0) this.#undo.splice(i, 1);
      throw e;
    }
  }

  /**
   * Takes back the last remembered edit by saving the previous level again. A cell that had
   * no assessment before cannot go back to none (there is no command for that), so that edit
   * is dropped.
   */
  undo(): Undo {
    const edit = this.#undo.pop();
    if (!edit) return { kind: 'nothing' };
    if (edit.previous === null) return { kind: 'impossible' };
    return { kind: 'undone', edit, saved: this.record(edit.employeeId, edit.competencyId, edit.previous, false) };
  }
}
