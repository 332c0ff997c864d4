//! A view "as of" a chosen day that loads again whenever the day changes: requests may
//! overlap (a date typed digit by digit), and only the answer to the latest one is shown.
//! What the last good answer showed stays until a newer one arrives; a refusal of the newest
//! request is handed to `refused` (a field error to show, or null after a toast).
import type { AppError } from '../bindings.gen';

export class LatestLoad<T> {
  /** The latest answer; null until the first one arrives. */
  value = $state.raw<T | null>(null);
  loading = $state(true);
  /** Nothing can be shown: the load failed before any answer arrived. */
  failed = $state(false);
  /** The newest request's refusal at a field, if any. */
  error = $state<AppError | null>(null);
  #request: () => Promise<T>;
  #refused: (thrown: unknown) => AppError | null;
  #latest = 0;

  constructor(request: () => Promise<T>, refused: (thrown: unknown) => AppError | null) {
    this.#request = request;
    this.#refused = refused;
  }

  async load(): Promise<void> {
    const mine = ++this.#latest;
    this.loading = true;
    try {
      const next = await this.#request();
      if (mine !== this.#latest) return;
      this.value = next;
      this.error = null;
      this.failed = false;
    } catch (e) {
      if (mine !== this.#latest) return;
      this.error = this.#refused(e);
      this.failed = this.value === null;
    } finally {
      if (mine === this.#latest) this.loading = false;
    }
  }
}
