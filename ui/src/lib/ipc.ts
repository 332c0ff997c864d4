//! The only door to the Rust backend: wraps the generated `commands` so callers get plain
//! values or an `IpcError` carrying the typed `AppError`, and turns errors into translated
//! text. No command name strings live here or anywhere else in the UI.
import { commands, type AppError, type Field } from '../bindings.gen';
import { t, tMaybe, type Params } from './i18n/index.svelte';
import { begin, end } from './busy.svelte';

export class IpcError extends Error {
  readonly error: AppError;
  constructor(error: AppError) {
    super(error.kind);
    this.name = 'IpcError';
    this.error = error;
  }
}

type Commands = typeof commands;
type OkData<R> = R extends { status: 'ok'; data: infer T } ? T : never;
type Unwrapped<F> = F extends (...args: infer A) => Promise<infer R>
  ? (...args: A) => Promise<OkData<R>>
  : never;
export type Api = { [K in keyof Commands]: Unwrapped<Commands[K]> };

type AnyResult = { status: 'ok'; data: unknown } | { status: 'error'; error: AppError };

async function unwrap<T>(pending: Promise<AnyResult>): Promise<T> {
  begin();
  try {
    const result = await pending;
    if (result.status === 'error') throw new IpcError(asAppError(result.error));
    return result.data as T;
  } finally {
    end();
  }
}

/**
 * Tauri itself rejects with a plain string when arguments do not deserialize; the bindings
 * type that as AppError anyway. Anything without a `kind` becomes a storage error.
 */
function asAppError(value: unknown): AppError {
  if (value && typeof value === 'object' && typeof (value as { kind?: unknown }).kind === 'string') {
    return value as AppError;
  }
  return { kind: 'storage', message: typeof value === 'string' ? value : JSON.stringify(value) };
}

/** Every backend command, returning its data or throwing an `IpcError`. */
export const api: Api = new Proxy({} as Api, {
  get(_target, name: string) {
    const command = (commands as unknown as Record<string, (...a: unknown[]) => Promise<AnyResult>>)[name];
    if (typeof command !== 'function') return undefined;
    return (...args: unknown[]) => unwrap(command(...args));
  },
});

/** Any thrown value as an AppError (a bug or a broken bridge becomes a storage error). */
export function toAppError(thrown: unknown): AppError {
  if (thrown instanceof IpcError) return thrown.error;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return { kind: 'storage', message };
}

function fieldLabel(field: Field): string {
  return tMaybe(`field.${field}`) ?? field;
}

/** The translated sentence for an error, in the active language. */
export function errorMessage(error: AppError): string {
  switch (error.kind) {
    case 'notFound':
      return t('error.notFound', { entity: tMaybe(`entity.${error.entity}`) ?? error.entity, id: error.id });
    case 'invalid': {
      const { field, problem } = error;
      const params: Params = { field: fieldLabel(field) };
      if (problem.problem === 'tooLong') params.max = problem.max;
      if (problem.problem === 'outOfRange') {
        params.min = problem.min;
        params.max = problem.max;
      }
      return tMaybe(`error.${problem.problem}.${field}`, params) ?? tMaybe(`error.${problem.problem}`, params) ?? t('error.unexpected');
    }
    case 'companyExists':
      return t('error.companyExists');
    case 'noCompany':
      return t('error.noCompany');
    case 'unavailable':
      return t(`error.unavailable.${error.problem}`, { path: error.path });
    case 'fileInUse':
      return t('error.fileInUse');
    case 'stale':
      return t('error.stale', { entity: tMaybe(`entity.${error.entity}`) ?? error.entity });
    case 'ownDatabase':
      return t('error.ownDatabase');
    case 'fileAccess':
      return t('error.fileAccess', { path: error.path });
    case 'fileChanged':
      return t('error.fileChanged');
    case 'storage':
      return t('error.storage');
  }
}

/** The translated message for `field` when `error` is a validation error about it. */
export function fieldError(error: AppError | null | undefined, field: Field): string | null {
  if (error && error.kind === 'invalid' && error.field === field) return errorMessage(error);
  return null;
}
