//! The KI-Reifegrad as the screen shows it: the five dimensions in the order of the model
//! (DOMAIN.md), their names and level names, and the figures written the German way ("2,1",
//! "+0,4"). Nothing here computes a figure: means, indexes and changes come from the backend.
import { t } from '../../lib/i18n/index.svelte';
import { intlTag } from '../../lib/i18n/format';

export type Dimension = 'tools' | 'breadth' | 'autonomy' | 'innovation' | 'sharing';
export type Level = 1 | 2 | 3;

/** The five dimensions, in the order every value list of this screen follows. */
export const DIMENSIONS: readonly Dimension[] = ['tools', 'breadth', 'autonomy', 'innovation', 'sharing'];
export const LEVELS: readonly Level[] = [1, 2, 3];

/** "Tool-Kenntnisse", "Anwendungsbreite", … (the form's field labels are the dimension names). */
export function dimensionName(dimension: Dimension): string {
  return t(`field.${dimension}`);
}

/** "Basis-Prompting", "Mehrere Use Cases", … */
export function levelName(dimension: Dimension, level: Level): string {
  return t(`maturity.level.${dimension}.${level}`);
}

/** A rating's five levels in the order of DIMENSIONS. */
export function levelsOf(rating: Record<Dimension, number>): number[] {
  return DIMENSIONS.map((d) => rating[d]);
}

/** `-0` becomes `0`, so nothing shows "-0,0". */
function plain(value: number): number {
  return value === 0 ? 0 : value;
}

/** A level, mean or index with one decimal: 2.14 → "2,1". */
export function formatIndex(value: number): string {
  return new Intl.NumberFormat(intlTag(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(plain(value));
}

/** A change with its sign and one decimal: 0.4 → "+0,4", -0.2 → "-0,2", 0 → "0,0". */
export function formatChange(value: number): string {
  return new Intl.NumberFormat(intlTag(), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(plain(value));
}

/** The calendar day `months` months before `iso` (the end of a shorter month where needed). */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/** One line of a radar chart: five values 1–3 in the order of DIMENSIONS. */
export type RadarSeries = {
  /** What the line shows ("Vorher", "Bewertung vom 12.10.2026"). */
  label: string;
  values: number[];
  /** Drawn dashed with square markers; by default every series after the first. */
  dashed?: boolean;
};
