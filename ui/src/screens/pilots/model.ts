//! The pilot screens' vocabulary: the stages in board order, which neighbour a card moves to,
//! the marker a stage is drawn with, and how hours read. Presentation only: whether a change
//! is allowed, and what a use case's priority is, the core decides.
import type { Pilot, PilotStatus } from '../../bindings.gen';
import { formatNumber } from '../../lib/i18n/format';

/** The stages in the order of the board's columns; "Gestoppt" comes last. */
export const STATUSES: readonly PilotStatus[] = ['idea', 'evaluation', 'running', 'scaling', 'completed', 'stopped'];

/** The column next to `status` (`step` 1 = right, -1 = left), or null at the board's edge. */
export function neighbour(status: PilotStatus, step: 1 | -1): PilotStatus | null {
  return STATUSES[STATUSES.indexOf(status) + step] ?? null;
}

/** The marker shape of a stage group: distinct shapes, so the chart reads in grayscale too. */
export type Marker = 'planned' | 'active' | 'completed' | 'stopped';
export const MARKERS: readonly Marker[] = ['planned', 'active', 'completed', 'stopped'];

export function markerOf(status: PilotStatus): Marker {
  switch (status) {
    case 'idea':
    case 'evaluation':
      return 'planned';
    case 'running':
    case 'scaling':
      return 'active';
    case 'completed':
      return 'completed';
    case 'stopped':
      return 'stopped';
  }
}

/** Hours per week: whole hours without decimals, otherwise one (6 / 2,5). */
export function formatHours(hours: number): string {
  return formatNumber(hours, Number.isInteger(hours) ? 0 : 1);
}

/** All three scores given (the core then derives a priority). */
export function isScored(p: Pilot): p is Pilot & { benefit: number; risk: number; measurability: number } {
  return p.benefit !== null && p.risk !== null && p.measurability !== null;
}
