//! The active language and the translation function. `t` reads the reactive locale, so every
//! template that calls it re-renders when the language changes. Never returns HTML.
import { de, type Dictionary, type MessageKey } from './de';
import { en } from './en';

export type Locale = 'de' | 'en';
export type Params = Record<string, string | number>;

export const dictionaries: Record<Locale, Dictionary> = { de, en };

const state = $state<{ locale: Locale }>({ locale: 'de' });

export function locale(): Locale {
  return state.locale;
}

export function setLocale(next: Locale): void {
  state.locale = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function t(key: MessageKey, params?: Params): string {
  return interpolate(dictionaries[state.locale][key], params);
}

/** For keys composed at run time (e.g. per-field overrides); undefined when absent. */
export function tMaybe(key: string, params?: Params): string | undefined {
  const dict = dictionaries[state.locale] as Record<string, string>;
  return key in dict ? interpolate(dict[key], params) : undefined;
}

export function isMessageKey(key: string): key is MessageKey {
  return key in de;
}
