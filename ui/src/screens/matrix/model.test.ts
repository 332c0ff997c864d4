import { describe, expect, it } from 'vitest';
import type { Matrix, MatrixRow } from '../../bindings.gen';
import { applyLevel, displayOrder, gap, toggleSort } from './model';

function row(id: number, name: string, dept: number, levels: (number | null)[], targets: (number | null)[]): MatrixRow {
  return {
    employeeId: id, personnelNumber: String(id), name, pseudonym: `MA-${id}`, departmentId: dept,
    department: `D${dept}`, jobTitle: '', roleId: null, role: null, technicalInterest: 0, communication: 0,
    archived: false, levels, targets, gaps: levels.map((l, i) => gap(l, targets[i])),
  };
}

function fixture(): Matrix {
  const rows = [row(1, 'Anna', 1, [3, null], [3, 2]), row(2, 'Ben', 1, [2, 1], [null, 2]), row(3, 'Cem', 2, [0, 3], [null, null])];
  return {
    groups: [
      {
        pillar: { id: 1, name: 'Grundlagen', retiredOn: null },
        competencies: [
          { id: 10, pillarId: 1, code: 'G1', name: 'A', description: '', levelDescriptors: [], retiredOn: null },
          { id: 11, pillarId: 1, code: 'G2', name: 'B', description: '', levelDescriptors: [], retiredOn: null },
        ],
      },
    ],
    rows,
    coverage: [
      { competencyId: 10, covered: 2, experts: 1, knowledgeIsland: true },
      { competencyId: 11, covered: 1, experts: 1, knowledgeIsland: true },
    ],
  };
}

describe('applyLevel', () => {
  it('updates the cell, the gap and the column coverage, leaving the input untouched', () => {
    const m = fixture();
    const { matrix, previous } = applyLevel(m, 1, 1, 3);
    expect(previous).toBeNull();
    expect(matrix.rows[0].levels).toEqual([3, 3]);
    expect(matrix.rows[0].gaps).toEqual([0, 0]);
    expect(matrix.coverage[1]).toEqual({ competencyId: 11, covered: 2, experts: 2, knowledgeIsland: false });
    expect(m.rows[0].levels[1], 'the original matrix must not change').toBeNull();
    expect(m.coverage[1].experts).toBe(1);
    expect(matrix.rows[1], 'untouched rows are shared').toBe(m.rows[1]);
  });

  it('opens a gap and makes a knowledge island when the only expert drops', () => {
    const { matrix, previous } = applyLevel(fixture(), 1, 0, 1);
    expect(previous).toBe(3);
    expect(matrix.rows[0].gaps[0]).toBe(2);
    expect(matrix.coverage[0]).toEqual({ competencyId: 10, covered: 1, experts: 0, knowledgeIsland: true });
  });

  it('rolls back to the previous level, including back to not assessed', () => {
    const m = fixture();
    const forward = applyLevel(m, 1, 1, 2);
    const back = applyLevel(forward.matrix, 1, 1, forward.previous);
    expect(back.matrix.rows[0].levels).toEqual(m.rows[0].levels);
    expect(back.matrix.rows[0].gaps).toEqual(m.rows[0].gaps);
    expect(back.matrix.coverage).toEqual(m.coverage);
  });

  it('ignores unknown employees and columns', () => {
    const m = fixture();
    expect(applyLevel(m, 99, 0, 2).matrix).toBe(m);
    expect(applyLevel(m, 1, 5, 2).matrix).toBe(m);
  });
});

describe('displayOrder and sorting', () => {
  it('groups by department with a header row each, sorted by name', () => {
    const order = displayOrder(fixture().rows, { by: 'name' });
    expect(order).toEqual([
      { type: 'department', departmentId: 1, name: 'D1', count: 2 },
      { type: 'employee', row: 0 },
      { type: 'employee', row: 1 },
      { type: 'department', departmentId: 2, name: 'D2', count: 1 },
      { type: 'employee', row: 2 },
    ]);
  });

  it('sorts by a column inside each department, not assessed last', () => {
    const rows = fixture().rows;
    const desc = displayOrder(rows, { by: 'column', column: 1, descending: true }).filter((i) => i.type === 'employee');
    expect(desc).toEqual([{ type: 'employee', row: 1 }, { type: 'employee', row: 0 }, { type: 'employee', row: 2 }]);
    const asc = displayOrder(rows, { by: 'column', column: 0, descending: false }).filter((i) => i.type === 'employee');
    expect(asc).toEqual([{ type: 'employee', row: 1 }, { type: 'employee', row: 0 }, { type: 'employee', row: 2 }]);
  });

  it('cycles a column header through descending, ascending, name', () => {
    const first = toggleSort({ by: 'name' }, 3);
    expect(first).toEqual({ by: 'column', column: 3, descending: true });
    const second = toggleSort(first, 3);
    expect(second).toEqual({ by: 'column', column: 3, descending: false });
    expect(toggleSort(second, 3)).toEqual({ by: 'name' });
    expect(toggleSort(second, 'name')).toEqual({ by: 'name' });
  });
});
