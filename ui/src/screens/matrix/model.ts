//! Pure matrix logic: the optimistic local update after an edit (row level, gap, the column's
//! coverage) and the display order (department groups, sorting). Mirrors the core's rules in
//! core/src/matrix: covered = level ≥ 2, expert = level 3, knowledge island = experts ≤ 1.
import type { Competency, Coverage, Matrix, MatrixRow } from '../../bindings.gen';

export const COVERAGE_LEVEL = 2;
export const EXPERT_LEVEL = 3;

export function gap(level: number | null, target: number | null): number {
  return Math.max(0, (target ?? 0) - (level ?? 0));
}

export function columns(matrix: Matrix): Competency[] {
  return matrix.groups.flatMap((g) => g.competencies);
}

/**
 * A new Matrix with `level` set for one cell; untouched rows and columns are shared.
 * Returns the previous level so the caller can roll back or undo.
 */
export function applyLevel(
  matrix: Matrix,
  employeeId: number,
  column: number,
  level: number | null,
): { matrix: Matrix; previous: number | null } {
  const index = matrix.rows.findIndex((r) => r.employeeId === employeeId);
  if (index < 0 || column < 0 || column >= matrix.coverage.length) {
    return { matrix, previous: null };
  }
  const row = matrix.rows[index];
  const previous = row.levels[column] ?? null;
  const levels = row.levels.slice();
  levels[column] = level;
  const gaps = row.gaps.slice();
  gaps[column] = gap(level, row.targets[column] ?? null);
  const nextRow: MatrixRow = { ...row, levels, gaps };
  const rows = matrix.rows.slice();
  rows[index] = nextRow;

  const old = previous ?? 0;
  const now = level ?? 0;
  const cov = matrix.coverage[column];
  const covered = cov.covered + Number(now >= COVERAGE_LEVEL) - Number(old >= COVERAGE_LEVEL);
  const experts = cov.experts + Number(now >= EXPERT_LEVEL) - Number(old >= EXPERT_LEVEL);
  const coverage: Coverage[] = matrix.coverage.slice();
  coverage[column] = { ...cov, covered, experts, knowledgeIsland: experts <= 1 };
  return { matrix: { ...matrix, rows, coverage }, previous };
}

export type Sort = { by: 'name' } | { by: 'column'; column: number; descending: boolean };

const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

export type DisplayItem =
  | { type: 'department'; departmentId: number; name: string; count: number }
  | { type: 'employee'; row: number };

/**
 * Rows grouped by department (in the backend's department order), sorted inside each group.
 * `row` refers to an index in `rows`; level sort puts the not-assessed last, then by name.
 */
export function displayOrder(rows: MatrixRow[], sort: Sort): DisplayItem[] {
  const groups = new Map<number, { name: string; members: number[] }>();
  rows.forEach((r, i) => {
    let g = groups.get(r.departmentId);
    if (!g) {
      g = { name: r.department, members: [] };
      groups.set(r.departmentId, g);
    }
    g.members.push(i);
  });
  const byName = (a: number, b: number) =>
    collator.compare(rows[a].name, rows[b].name) || rows[a].employeeId - rows[b].employeeId;
  const compare =
    sort.by === 'name'
      ? byName
      : (a: number, b: number) => {
          const la = rows[a].levels[sort.column] ?? null;
          const lb = rows[b].levels[sort.column] ?? null;
          if (la === lb) return byName(a, b);
          if (la === null) return 1;
          if (lb === null) return -1;
          return sort.descending ? lb - la : la - lb;
        };
  const out: DisplayItem[] = [];
  for (const [departmentId, g] of groups) {
    out.push({ type: 'department', departmentId, name: g.name, count: g.members.length });
    for (const i of g.members.slice().sort(compare)) out.push({ type: 'employee', row: i });
  }
  return out;
}

/** Next sort after clicking a header: a new column sorts descending, a second click flips it. */
export function toggleSort(current: Sort, column: number | 'name'): Sort {
  if (column === 'name') return { by: 'name' };
  if (current.by === 'column' && current.column === column) {
    return current.descending ? { ...current, descending: false } : { by: 'name' };
  }
  return { by: 'column', column, descending: true };
}
