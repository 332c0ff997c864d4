//! Printing the screen itself (Ctrl+P or "Ansicht drucken"): while `active`, the grid renders
//! every row and column instead of its virtual window, and the print title carries the date.
import { flushSync } from 'svelte';
import { formatDate } from '../../lib/i18n/format';

/** Today as shown in the print title (local date, not UTC). */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatDate(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`);
}

export class PrintMode {
  active = $state(false);
  date = $state(today());

  start() {
    this.date = today();
    this.active = true;
  }

  /** Renders everything, prints, and goes back to the virtual window. */
  print() {
    flushSync(() => this.start());
    try {
      window.print();
    } finally {
      this.active = false;
    }
  }

  /** Ctrl+P or the menu: render the whole matrix before the page is laid out for print. */
  listen(): () => void {
    const before = () => flushSync(() => this.start());
    const after = () => (this.active = false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }
}
