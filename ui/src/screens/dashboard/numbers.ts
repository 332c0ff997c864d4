//! The dashboard's figures as the active locale writes them: "13", "4,5", "34.684",
//! "28,6 %", month labels for the trend. Values from the backend may be -0.0; they show as 0.
import { formatDate, intlTag } from '../../lib/i18n/format';

/** `-0` becomes `0`, so nothing shows "-0". */
function plain(value: number): number {
  return value === 0 ? 0 : value;
}

/** A count or an amount with at most `max` decimals: 13 → "13", 4.5 → "4,5", 34684 → "34.684". */
export function formatFigure(value: number, max = 1): string {
  return new Intl.NumberFormat(intlTag(), { maximumFractionDigits: max }).format(plain(value));
}

/** A percentage given as 0–100, with `digits` decimals: 28.57 → "28,6 %" (de), "28.6%" (en). */
export function formatPercent(value: number, digits = 1): string {
  return new Intl.NumberFormat(intlTag(), {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(plain(value) / 100);
}

/** Whole euros: 34684.4 → "34.684 €". */
export function formatEuros(value: number): string {
  return new Intl.NumberFormat(intlTag(), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(
    plain(value),
  );
}

/** An hourly rate: whole euros when it is whole (58 → "58 €"), otherwise with cents ("62,50 €"). */
export function formatRate(value: number): string {
  const whole = Number.isInteger(value);
  return new Intl.NumberFormat(intlTag(), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(value);
}

/** A month end of the trend as "Dez. 2025" (de) / "Dec 2025" (en). */
export function formatMonth(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
  return new Intl.DateTimeFormat(intlTag(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/**
 * The labels of the trend's points: month and year for the month ends, the full date for the
 * last point (the day itself, usually in the middle of a month).
 */
export function trendLabels(days: string[]): string[] {
  return days.map((day, i) => (i === days.length - 1 ? formatDate(day) : formatMonth(day)));
}

/** The calendar quarter of an ISO date: { quarter: 4, year: 2026 }. */
export function quarterOf(iso: string): { quarter: number; year: number } {
  const [year, month] = iso.split('-').map(Number);
  return { quarter: Math.floor((month - 1) / 3) + 1, year };
}
