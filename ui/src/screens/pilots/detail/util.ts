//! Small pieces the pilot detail sections share: numbers typed the German way and keeping
//! the scroll position across a reload (the order of the stages is in ../model.ts).
//! Nothing here decides what the backend accepts: it only reads input.
import { intlTag } from '../../../lib/i18n/format';
import { locale } from '../../../lib/i18n/index.svelte';

/**
 * A number as the user typed it in the active language ("1.234,5" in German, "1,234.5" in
 * English; a lone comma or point is always the decimal separator). `null` when it is none.
 */
export function parseDecimal(text: string): number | null {
  let s = text.trim().replace(/\s|\u00a0|€/g, '');
  if (s === '') return null;
  const [group, decimal] = locale() === 'de' ? ['.', ','] : [',', '.'];
  if (s.includes(group) && s.includes(decimal)) s = s.split(group).join('');
  else if (s.includes(group) && !new RegExp(`\\${group}\\d{3}(?!\\d)`).test(s)) s = s.replace(group, decimal);
  else if (s.includes(group)) s = s.split(group).join('');
  s = s.replace(decimal, '.');
  if (!/^[-+]?\d*\.?\d+$/.test(s)) return null;
  const value = Number(s);
  return Number.isFinite(value) ? value : null;
}

/** A number with up to `digits` decimals, as the active language writes it (no −0). */
export function formatDecimal(value: number, digits = 2): string {
  return new Intl.NumberFormat(intlTag(), { maximumFractionDigits: digits }).format(value || 0);
}

/** A number for an input field: like `formatDecimal`, without grouping (easier to edit). */
export function decimalInput(value: number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return new Intl.NumberFormat(intlTag(), { maximumFractionDigits: 2, useGrouping: false }).format(value || 0);
}

/** The nearest ancestor that scrolls (or the document's scrolling element). */
export function scrollParent(node: Element | null | undefined): Element | null {
  for (let el = node?.parentElement; el; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if ((overflowY === 'auto' || overflowY === 'scroll') && el.scrollHeight > el.clientHeight) return el;
  }
  return document.scrollingElement;
}

/**
 * The keys of an inline row editor (goals, milestones): Enter saves unless a button has the
 * focus, Escape cancels the row without leaving the page.
 */
export function editorKeys(save: () => void, cancel: () => void): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      cancel();
    }
  };
}
