//! How every form treats a failed save: an error about one of its own fields is shown at that
//! field (and the field gets focus); anything else becomes a toast.
import type { AppError, Field } from '../bindings.gen';
import { toAppError } from './ipc';
import { showError } from './toast.svelte';

/** The error to show at a field of this form, or `null` after showing it as a toast. */
export function fieldErrorOrToast(
  thrown: unknown,
  fields: readonly Field[],
  form?: HTMLElement,
): AppError | null {
  const error = toAppError(thrown);
  if (error.kind === 'invalid' && fields.includes(error.field)) {
    // After the caller has stored the error and Svelte has marked the field invalid.
    setTimeout(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
    return error;
  }
  showError(thrown);
  return null;
}
