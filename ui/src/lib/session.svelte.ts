//! What the whole app needs: the open database file, its company (null before first run) and
//! the files opened before. Every switch of file goes through `applySession`, which tells the
//! shell to remount the screens so that each loads the new file's data.
import type { AppError, Company, RecentFile, Session } from '../bindings.gen';
import { api, toAppError } from './ipc';
import { setLocale } from './i18n/index.svelte';

export const session = $state<{
  loaded: boolean;
  databasePath: string;
  fileName: string;
  company: Company | null;
  recent: RecentFile[];
  fatal: AppError | null;
  /** Grows with every applied session: the shell remounts its screens when it changes. */
  generation: number;
  /** Grows when another file (or the demo) was opened: the shell decides its start screen again. */
  switches: number;
}>({ loaded: false, databasePath: '', fileName: '', company: null, recent: [], fatal: null, generation: 0, switches: 0 });

/**
 * Shows `next` everywhere. `stay` keeps the current screen (the same file with new contents,
 * e.g. after a restore); otherwise the shell starts again at its start screen.
 */
export function applySession(next: Session, { stay = false }: { stay?: boolean } = {}): void {
  session.databasePath = next.databasePath;
  session.fileName = next.fileName;
  session.recent = next.recent;
  setCompany(next.company);
  session.fatal = null;
  session.generation += 1;
  if (!stay) session.switches += 1;
}

export async function loadSession(): Promise<void> {
  try {
    applySession(await api.getSession());
  } catch (thrown) {
    session.fatal = toAppError(thrown);
  } finally {
    session.loaded = true;
  }
}

/** Reads the session again after the open file's contents were replaced (a restore). */
export async function refreshSession(): Promise<void> {
  applySession(await api.getSession(), { stay: true });
}

export function setCompany(company: Company | null): void {
  session.company = company;
  if (company) setLocale(company.language);
}
