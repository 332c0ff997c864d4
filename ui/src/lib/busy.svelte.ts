//! Counts IPC calls in flight so the shell can show a calm busy indicator for slow calls.
//! Reads happen untracked: a call started inside an effect must not make it depend on this.
import { untrack } from 'svelte';

export const busy = $state({ pending: 0 });

export function begin(): void {
  untrack(() => (busy.pending += 1));
}

export function end(): void {
  untrack(() => (busy.pending = Math.max(0, busy.pending - 1)));
}
