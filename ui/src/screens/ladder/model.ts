//! Ordering and filtering what the backend answered, for display only: the readiness list
//! sorted by a clicked column, searched and narrowed to a department; the departments to
//! choose from; the people of each stage. Nothing here computes readiness or who is ready.
import type { Readiness, Stage } from '../../bindings.gen';

export type SortKey = 'name' | 'department' | 'stage' | 'readiness';
export type SortDirection = 'asc' | 'desc';
export type Sort = { key: SortKey; direction: SortDirection };

/** The list opens with the people closest to their next stage on top. */
export const DEFAULT_SORT: Sort = { key: 'readiness', direction: 'desc' };

/** A first click sorts names A–Z, stages lowest first, readiness highest first. */
export function firstDirection(key: SortKey): SortDirection {
  return key === 'readiness' ? 'desc' : 'asc';
}

/** The sort after clicking `key`: its first direction, or the other one when already sorted by it. */
export function toggled(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: firstDirection(key) };
}

/**
 * `people` sorted by `sort` (a copy). People on the top stage (no readiness) and people
 * without a stage (when sorting by stage) go last whichever the direction; ties by name.
 */
export function sortPeople(people: readonly Readiness[], sort: Sort, locale: string): Readiness[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const value = (p: Readiness): string | number | null => {
    switch (sort.key) {
      case 'name':
        return p.name;
      case 'department':
        return p.department;
      case 'stage':
        return p.stage?.position ?? null;
      case 'readiness':
        return p.percent;
    }
  };
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...people].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      if (order !== 0) return sign * order;
    }
    return collator.compare(a.name, b.name) || a.employeeId - b.employeeId;
  });
}

/** Those of `departmentId` (all when null) whose name or personnel number contains `search`. */
export function filterPeople(people: readonly Readiness[], search: string, departmentId: number | null): Readiness[] {
  const needle = search.trim().toLocaleLowerCase();
  return people.filter(
    (p) =>
      (departmentId === null || p.departmentId === departmentId) &&
      (needle === '' || [p.name, p.personnelNumber].some((v) => v.toLocaleLowerCase().includes(needle))),
  );
}

/** The departments that occur, in the backend's order (it lists people by department). */
export function departmentsOf(people: readonly Readiness[]): { id: number; name: string }[] {
  const seen = new Map<number, string>();
  for (const p of people) if (!seen.has(p.departmentId)) seen.set(p.departmentId, p.department);
  return [...seen].map(([id, name]) => ({ id, name }));
}

/**
 * The people holding each stage, and those holding none (`none`), each group closest to its
 * next stage first (the top stage's group by name).
 */
export function peopleByStage(
  stages: readonly Stage[],
  people: readonly Readiness[],
  locale: string,
): { byStage: Map<number, Readiness[]>; none: Readiness[] } {
  const sorted = sortPeople(people, DEFAULT_SORT, locale);
  const byStage = new Map<number, Readiness[]>(stages.map((s) => [s.id, []]));
  const none: Readiness[] = [];
  for (const p of sorted) {
    const group = p.stage ? byStage.get(p.stage.id) : none;
    group?.push(p);
  }
  return { byStage, none };
}
