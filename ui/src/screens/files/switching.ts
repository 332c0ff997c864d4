//! Switching the company file from anywhere (the file menu, the first run, the demo banner):
//! run the backend's switch, show the new session, say what is open. An error leaves the
//! current file open and becomes a toast; a cancelled native dialog (null) does nothing.
import type { Session } from '../../bindings.gen';
import { t } from '../../lib/i18n/index.svelte';
import { applySession } from '../../lib/session.svelte';
import { showError, showInfo } from '../../lib/toast.svelte';

/** True when another file is open now. */
export async function switchFile(run: () => Promise<Session | null>, { announce = true } = {}): Promise<boolean> {
  let next: Session | null;
  try {
    next = await run();
  } catch (e) {
    showError(e);
    return false;
  }
  if (!next) return false;
  applySession(next);
  if (announce) announceOpened(next);
  return true;
}

export function announceOpened(opened: Session): void {
  showInfo(
    opened.company
      ? t('files.opened', { company: opened.company.name })
      : t('files.openedEmpty', { file: opened.fileName }),
  );
}
