//! Client-side filtering of the employee list (the list is small enough to hold at once).
import type { Employee } from '../../bindings.gen';

export function filterEmployees(list: Employee[], search: string, departmentId: number | null): Employee[] {
  const needle = search.trim().toLocaleLowerCase();
  return list.filter(
    (e) =>
      (departmentId === null || e.departmentId === departmentId) &&
      (needle === '' ||
        [e.name, e.personnelNumber, e.jobTitle, e.pseudonym, e.role ?? ''].some((v) =>
          v.toLocaleLowerCase().includes(needle),
        )),
  );
}
