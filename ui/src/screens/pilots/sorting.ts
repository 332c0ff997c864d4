//! Sorting the list view by a clicked column. Empty values (not scored, not measured) always
//! go last, whichever the direction; equal values keep the title order.
import type { Pilot } from '../../bindings.gen';
import { STATUSES } from './model';

export type SortKey =
  | 'title'
  | 'department'
  | 'status'
  | 'statusSince'
  | 'benefit'
  | 'risk'
  | 'measurability'
  | 'priority'
  | 'plannedHours'
  | 'measuredHours'
  | 'riskClass';
export type SortDirection = 'asc' | 'desc';
export type Sort = { key: SortKey; direction: SortDirection };

const TEXT: readonly SortKey[] = ['title', 'department', 'status', 'riskClass'];
/** EU AI Act classes from the least to the most restricted. */
const RISK_CLASSES = ['minimal', 'limited', 'high', 'prohibited'] as const;

/** A first click sorts text A–Z and stage order, numbers and dates highest / newest first. */
export function firstDirection(key: SortKey): SortDirection {
  return TEXT.includes(key) ? 'asc' : 'desc';
}

/** The sort after clicking `key`: its first direction, or the other one when already sorted by it. */
export function toggled(current: Sort | null, key: SortKey): Sort {
  if (current?.key === key) return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  return { key, direction: firstDirection(key) };
}

/**
 * `pilots` sorted by `sort` (a copy; the backend's order when `sort` is null).
 * `departmentLabel` gives the shown name, so "Unternehmensweit" sorts where it reads.
 */
export function sortPilots(pilots: readonly Pilot[], sort: Sort | null, departmentLabel: (p: Pilot) => string, locale: string): Pilot[] {
  if (!sort) return [...pilots];
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const value = (p: Pilot): string | number | null => {
    switch (sort.key) {
      case 'title':
        return p.title;
      case 'department':
        return departmentLabel(p);
      case 'status':
        return STATUSES.indexOf(p.status);
      case 'riskClass':
        return p.riskClass === null ? null : RISK_CLASSES.indexOf(p.riskClass);
      default:
        return p[sort.key];
    }
  };
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...pilots].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
    } else {
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      if (order !== 0) return sign * order;
    }
    return collator.compare(a.title, b.title);
  });
}
