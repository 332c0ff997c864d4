//! What the whole app needs: the open database file and its company (null before first run).
import type { AppError, Company } from '../bindings.gen';
import { api, toAppError } from './ipc';
import { setLocale } from './i18n/index.svelte';

export const session = $state<{
  loaded: boolean;
  databasePath: string;
  company: Company | null;
  fatal: AppError | null;
}>({ loaded: false, databasePath: '', company: null, fatal: null });

export async function loadSession(): Promise<void> {
  try {
    const s = await api.getSession();
    session.databasePath = s.databasePath;
    setCompany(s.company);
    session.fatal = null;
  } catch (thrown) {
    session.fatal = toAppError(thrown);
  } finally {
    session.loaded = true;
  }
}

export function setCompany(company: Company | null): void {
  session.company = company;
  if (company) setLocale(company.language);
}
