//! The pilot screens' vocabulary: the stages in board order, the one rule for which stage a
//! use case moves to next (board and detail page both ask it), the marker a stage is drawn
//! with, and how hours read. Presentation only: whether a change is allowed, and what a use
//! case's priority is, the core decides.
import type { Pilot, PilotStatus, StatusEntry } from '../../bindings.gen';
import { formatNumber } from '../../lib/i18n/format';

/** The stages in the order of the board's columns; "Gestoppt" comes last. */
export const STATUSES: readonly PilotStatus[] = ['idea', 'evaluation', 'running', 'scaling', 'completed', 'stopped'];

/** The way a use case goes: Idee → Bewertung → Pilot läuft → Skalierung → Abgeschlossen. */
export const STAGES: readonly PilotStatus[] = ['idea', 'evaluation', 'running', 'scaling', 'completed'];

/**
 * Where a stopped use case resumes when its history is not at hand (the board: a `Pilot`
 * does not say which stage it was stopped in). "Bewertung": a stopped use case is weighed
 * again before it runs; the dialog that confirms the move offers every other stage.
 */
export const RESUME_WITHOUT_HISTORY: PilotStatus = 'evaluation';

/**
 * The next stage from `status`, for "Weiter" on the detail page, Alt+→ and the default of
 * "Verschieben …" on the board: the stage after it on the way; nothing after "Abgeschlossen".
 * A stopped use case resumes at the stage it was stopped in, which `history` (oldest first)
 * tells; without it, at `RESUME_WITHOUT_HISTORY`. Never "Gestoppt": stopping is always the
 * user's explicit choice, with a reason.
 */
export function nextStage(status: PilotStatus, history?: readonly StatusEntry[]): PilotStatus | null {
  if (status === 'stopped') {
    const before = history ? [...history].reverse().find((s) => s.status !== 'stopped') : undefined;
    return before?.status ?? RESUME_WITHOUT_HISTORY;
  }
  const i = STAGES.indexOf(status);
  return i >= 0 && i < STAGES.length - 1 ? STAGES[i + 1] : null;
}

/**
 * The stage before `status` on the way (Alt+← on the board): nothing before "Idee", and
 * nothing from "Gestoppt" (a stopped use case only resumes, see `nextStage`). Never "Gestoppt".
 */
export function previousStage(status: PilotStatus): PilotStatus | null {
  const i = STAGES.indexOf(status);
  return i > 0 ? STAGES[i - 1] : null;
}

/**
 * The stage the move dialog proposes when the user asks to move a card without choosing a
 * column ("Verschieben …"): the next stage, or from "Abgeschlossen" the one before.
 */
export function proposedStage(status: PilotStatus): PilotStatus | null {
  return nextStage(status) ?? previousStage(status);
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
