import { afterEach, describe, expect, it } from 'vitest';
import { de, type Dictionary } from './de';
import { en } from './en';
import { interpolate, setLocale, t } from './index.svelte';
import { formatDate, formatDateTime, formatFileSize, formatMoney, formatNumber } from './format';

// Type-level: each dictionary must be assignable to the other's key set.
type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false;
const sameKeys: SameKeys<typeof de, typeof en> = true;
const enIsDictionary: Dictionary = en;

afterEach(() => setLocale('de'));

describe('dictionaries', () => {
  it('have exactly the same keys in German and English', () => {
    expect(sameKeys).toBe(true);
    expect(Object.keys(enIsDictionary).sort()).toEqual(Object.keys(de).sort());
  });

  it('use the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(de) as (keyof typeof de)[]) {
      expect(names(en[key]), `placeholders of ${key}`).toEqual(names(de[key]));
    }
  });

  it('has no empty texts', () => {
    for (const [key, text] of [...Object.entries(de), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
    }
  });
});

describe('t and formatting', () => {
  it('interpolates and switches language at once', () => {
    expect(t('matrix.count', { count: 12 })).toBe('12 Mitarbeitende angezeigt');
    setLocale('en');
    expect(t('matrix.count', { count: 12 })).toBe('12 employees shown');
    expect(interpolate('{a} {b}', { a: 1 })).toBe('1 {b}');
  });

  it('formats German dates, numbers and money', () => {
    expect(formatDate('2026-11-22')).toBe('22.11.2026');
    expect(formatNumber(1234.5, 1)).toBe('1.234,5');
    expect(formatMoney(1234.5).replace(/\s/g, ' ')).toBe('1.234,50 €');
    expect(formatDate(null)).toBe('–');
  });

  it('formats backup timestamps and file sizes', () => {
    expect(formatDateTime('2026-11-22T09:14:03')).toBe('22.11.2026, 09:14');
    expect(formatFileSize(1_482_752).replace(/\s/g, ' ')).toBe('1,5 MB');
    expect(formatFileSize(905_216).replace(/\s/g, ' ')).toBe('905 kB');
    setLocale('en');
    expect(formatDateTime('2026-11-22T09:14:03')).toBe('22/11/2026, 09:14');
  });

  it('formats English dates as en-GB', () => {
    setLocale('en');
    expect(formatDate('2026-11-22')).toBe('22/11/2026');
    expect(formatNumber(1234.5, 1)).toBe('1,234.5');
  });
});
