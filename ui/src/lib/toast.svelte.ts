//! Short messages in the corner: errors that belong to no field, and confirmations.
import type { AppError } from '../bindings.gen';
import { errorMessage, toAppError } from './ipc';

export type Toast = { id: number; kind: 'error' | 'info'; text: string; detail?: string };

export const toasts = $state<{ list: Toast[] }>({ list: [] });
let next = 1;

export function dismiss(id: number): void {
  toasts.list = toasts.list.filter((x) => x.id !== id);
}

function push(kind: Toast['kind'], text: string, detail?: string): void {
  const id = next++;
  toasts.list = [...toasts.list.slice(-3), { id, kind, text, detail }];
  setTimeout(() => dismiss(id), kind === 'error' ? 10000 : 4000);
}

export function showInfo(text: string): void {
  push('info', text);
}

export function showError(thrown: unknown): AppError {
  const error = toAppError(thrown);
  const detail =
    error.kind === 'storage' || error.kind === 'fileAccess'
      ? error.message
      : error.kind === 'unavailable'
        ? error.path
        : undefined;
  push('error', errorMessage(error), detail);
  return error;
}
