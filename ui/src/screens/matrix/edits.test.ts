import { describe, expect, it } from 'vitest';
import type { AppError } from '../../bindings.gen';
import { demoMatrix, framework } from '../../test/fixtures';
import { LevelEdits } from './edits.svelte';

const G1 = framework().competencies[0].id;

/** Edits over the demo matrix whose saves resolve, or reject for the levels in `refused`. */
function setup(refused: number[] = []) {
  const saved: [number, number, number][] = [];
  const edits = new LevelEdits(async (employeeId, competencyId, level) => {
    if (refused.includes(level)) throw { kind: 'storage', message: 'disk full' } satisfies AppError;
    saved.push([employeeId, competencyId, level]);
  });
  const matrix = demoMatrix(3);
  edits.loaded(matrix);
  const employeeId = matrix.rows[0].employeeId;
  const level = () => edits.matrix!.rows[0].levels[0];
  return { edits, saved, employeeId, before: matrix.rows[0].levels[0], level };
}

describe('LevelEdits', () => {
  it('shows a level before it is saved, then saves it', async () => {
    const { edits, saved, employeeId, level } = setup();
    const pending = edits.record(employeeId, G1, 3, true);
    expect(level()).toBe(3);
    await pending;
    expect(saved).toEqual([[employeeId, G1, 3]]);
  });

  it('counts loads, and edits do not count as loads', async () => {
    const { edits, employeeId } = setup();
    expect(edits.loads).toBe(1);
    await edits.record(employeeId, G1, 2, true);
    expect(edits.loads).toBe(1);
    edits.loaded(demoMatrix(3));
    expect(edits.loads).toBe(2);
  });

  it('rolls a refused level back, forgets it for undo and passes the error on', async () => {
    const { edits, employeeId, before, level } = setup([3]);
    await expect(edits.record(employeeId, G1, 3, true)).rejects.toEqual({ kind: 'storage', message: 'disk full' });
    expect(level()).toBe(before);
    expect(edits.undo()).toEqual({ kind: 'nothing' });
  });

  it('keeps a newer level when an older save fails', async () => {
    let fail: (e: unknown) => void = () => {};
    const edits = new LevelEdits((_e, _c, level) => (level === 1 ? new Promise((_, reject) => (fail = reject)) : Promise.resolve()));
    const matrix = demoMatrix(3);
    edits.loaded(matrix);
    const employeeId = matrix.rows[0].employeeId;
    const first = edits.record(employeeId, G1, 1, true);
    await edits.record(employeeId, G1, 2, true);
    fail({ kind: 'storage', message: 'late' });
    await expect(first).rejects.toBeDefined();
    expect(edits.matrix!.rows[0].levels[0]).toBe(2);
  });

  it('undoes the last edit by saving the previous level, most recent first', async () => {
    const { edits, saved, employeeId, level } = setup();
    edits.loaded({ ...edits.matrix!, rows: [{ ...edits.matrix!.rows[0], levels: [1, ...edits.matrix!.rows[0].levels.slice(1)] }] });
    await edits.record(employeeId, G1, 2, true);
    await edits.record(employeeId, G1, 3, true);
    const undo = edits.undo();
    expect(undo).toMatchObject({ kind: 'undone', edit: { employeeId, competencyId: G1, previous: 2 } });
    await (undo as { saved: Promise<void> }).saved;
    expect(level()).toBe(2);
    const again = edits.undo();
    await (again as { saved: Promise<void> }).saved;
    expect(level()).toBe(1);
    expect(saved.map(([, , l]) => l)).toEqual([2, 3, 2, 1]);
    expect(edits.undo()).toEqual({ kind: 'nothing' });
  });

  it('cannot undo a first assessment, and drops that edit', async () => {
    const { edits, employeeId } = setup();
    edits.loaded({ ...edits.matrix!, rows: [{ ...edits.matrix!.rows[0], levels: [null, ...edits.matrix!.rows[0].levels.slice(1)] }] });
    await edits.record(employeeId, G1, 2, true);
    expect(edits.undo()).toEqual({ kind: 'impossible' });
    expect(edits.undo()).toEqual({ kind: 'nothing' });
  });

  it('does not remember edits made by undo or asked not to', async () => {
    const { edits, employeeId } = setup();
    await edits.record(employeeId, G1, 2, false);
    expect(edits.undo()).toEqual({ kind: 'nothing' });
  });
});
