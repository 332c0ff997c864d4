//! How the learning screen writes what the backend answers: module formats in the active
//! language, hours and euros, and what one person's row of a path shows. It decides no rule
//! of the backend (who may complete what, which level a completion proposes): it only reads
//! the lists it was given.
import type { Completion, LearningModule, LearningPath, ModuleFormat, Participant } from '../../bindings.gen';
import { formatNumber, intlTag } from '../../lib/i18n/format';

/** Every format, in the order the module form offers them. */
export const FORMATS: ModuleFormat[] = [
  'workshop',
  'onlineCourse',
  'mentoring',
  'learningByDoing',
  'consultationHour',
  'monthlyUpdate',
];

/** Hours as the locale writes them: 4 → "4", 1.5 → "1,5". */
export function formatHours(hours: number): string {
  return formatNumber(hours, Number.isInteger(hours) ? 0 : 1);
}

/** Euros, whole when whole: 250 → "250 €", 99.5 → "99,50 €" (de); "€250" (en). */
export function formatEuros(value: number): string {
  const whole = Number.isInteger(value);
  return new Intl.NumberFormat(intlTag(), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(value === 0 ? 0 : value);
}

/** The modules still offered (not retired), in the path's order. */
export function activeModules(path: LearningPath): LearningModule[] {
  return path.modules.filter((m) => m.retiredOn === null);
}

/** A participant's completions of one module, oldest first (as the backend lists them). */
export function completionsOf(participant: Participant, moduleId: number): Completion[] {
  return participant.completions.filter((c) => c.moduleId === moduleId);
}
