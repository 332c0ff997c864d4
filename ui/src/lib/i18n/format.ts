//! Numbers, money and dates through Intl with the active locale (de-DE / en-GB).
import { locale } from './index.svelte';

const tags = { de: 'de-DE', en: 'en-GB' } as const;

export function intlTag(): string {
  return tags[locale()];
}

export function formatNumber(value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(intlTag(), {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}

export function formatMoney(value: number): string {
  return new Intl.NumberFormat(intlTag(), { style: 'currency', currency: 'EUR' }).format(value);
}

/** An ISO date "YYYY-MM-DD" shown as 22.11.2026 (de) or 22/11/2026 (en); other input as is. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '–';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(intlTag(), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A local timestamp "YYYY-MM-DDTHH:MM(:SS)" shown as 22.11.2026, 14:05 (de); other input as is. */
export function formatDateTime(local: string | null | undefined): string {
  if (!local) return '–';
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})/.exec(local);
  if (!m) return local;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5])));
  return new Intl.DateTimeFormat(intlTag(), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(date);
}

/** A file size: whole kilobytes below one megabyte, otherwise megabytes with one decimal. */
export function formatFileSize(bytes: number): string {
  const mega = bytes >= 1_000_000;
  return new Intl.NumberFormat(intlTag(), {
    style: 'unit',
    unit: mega ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: mega ? 1 : 0,
  }).format(mega ? bytes / 1_000_000 : Math.max(1, Math.round(bytes / 1000)));
}
