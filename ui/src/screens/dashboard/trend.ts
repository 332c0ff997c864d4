//! One line of a KPI's 12-month trend and its text alternative. The chart and the table
//! both read these; nothing here computes a KPI, it only describes the backend's values.
import { t } from '../../lib/i18n/index.svelte';

export type Series = {
  /** What the line shows, with its unit ("Zeitersparnis in h/Woche"). */
  label: string;
  /** One value per trend point; null where the figure does not exist (e.g. no investment yet). */
  values: (number | null)[];
  format: (value: number) => string;
};

/** The chart's spoken summary: per line its first and last value and its highest. */
export function describe(series: Series[], labels: string[]): string {
  const parts = series.map((s) => {
    const points = s.values.flatMap((v, i) => (v === null ? [] : [{ v, i }]));
    if (points.length === 0) return t('dashboard.chart.seriesEmpty', { label: s.label });
    const first = points[0];
    const last = points[points.length - 1];
    const max = Math.max(...points.map((p) => p.v));
    return t('dashboard.chart.series', {
      label: s.label,
      first: s.format(first.v),
      firstMonth: labels[first.i],
      last: s.format(last.v),
      lastMonth: labels[last.i],
      max: s.format(max),
    });
  });
  return t('dashboard.chart.summary', { series: parts.join(' ') });
}
