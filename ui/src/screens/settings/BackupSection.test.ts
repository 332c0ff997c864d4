import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import type { BackupInfo } from '../../bindings.gen';
import BackupSection from './BackupSection.svelte';
import Toasts from '../../lib/Toasts.svelte';
import { session, setCompany } from '../../lib/session.svelte';
import { toasts } from '../../lib/toast.svelte';
import { answer, refuse, type Answers } from '../../test/ipc';
import { backups, company, session as sessionOf } from '../../test/fixtures';

afterEach(() => {
  cleanup();
  toasts.list = [];
  setCompany(null);
});

function setup(answers: Answers = {}) {
  const backend = answer({ listBackups: backups(), ...answers });
  render(Toasts);
  render(BackupSection);
  return backend;
}

const rows = () => screen.getAllByTestId('backup-row');

describe('BackupSection', () => {
  it('lists the copies with German date, reason, size and head count', async () => {
    setup();
    await waitFor(() => expect(rows()).toHaveLength(5));
    const cells = (row: HTMLElement) => within(row).getAllByRole('cell').slice(0, 4).map((c) => c.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells(rows()[0])).toEqual(['22.11.2026, 09:14', 'täglich', '1,5 MB', '60']);
    expect(rows().map((r) => r.dataset.reason)).toEqual(['daily', 'beforeImport', 'manual', 'beforeRestore', 'beforeMigration']);
    expect(rows().map((r) => within(r).getAllByRole('cell')[1].textContent?.trim())).toEqual([
      'täglich',
      'vor Import',
      'von Hand',
      'vor Wiederherstellung',
      'vor Update',
    ]);
    expect(cells(rows()[4])).toEqual(['02.11.2026, 07:55', 'vor Update', '905 kB', 'unlesbar']);
    expect(screen.getByTestId('settings-backups')).toHaveTextContent('Ordner „Sicherungen“ neben der Datenbankdatei');
  });

  it('restores a copy only after confirmation, then reloads the list and the session', async () => {
    // After the restore the folder also holds the copy made just before it.
    let list = backups();
    const before: BackupInfo = { ...list[0], fileName: 'talentwerk-2026-11-22T10-00-00-beforeRestore.db', createdAt: '2026-11-22T10:00:00', reason: 'beforeRestore' };
    const restored = { ...company, name: 'Muster Metallbau GmbH (Stand 20.11.)' };
    const backend = setup({
      listBackups: () => list,
      restoreBackup: () => {
        list = [before, ...list];
        return null;
      },
      getSession: () => sessionOf(restored),
    });
    await waitFor(() => expect(rows()).toHaveLength(5));
    const manual = rows().find((r) => r.dataset.reason === 'manual')!;
    await fireEvent.click(within(manual).getByTestId('backup-restore'));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('Der aktuelle Stand wird zuerst gesichert und dann durch die Kopie vom 20.11.2026, 11:02 ersetzt.');
    expect(backend.commandsCalled()).not.toContain('restoreBackup');

    await fireEvent.click(within(dialog).getByTestId('confirm-ok'));
    await waitFor(() => expect(rows()).toHaveLength(6));
    expect(backend.argsOf('restoreBackup')).toEqual([[manual.dataset.fileName]]);
    expect(manual.dataset.fileName).toBe('talentwerk-2026-11-20T11-02-55-manual.db');
    expect(rows()[0].dataset.reason).toBe('beforeRestore');
    expect(screen.getByTestId('toast-info')).toHaveTextContent('Die Kopie vom 20.11.2026, 11:02 wurde wiederhergestellt.');
    await waitFor(() => expect(session.company?.name).toBe(restored.name));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('does not restore when the confirmation is cancelled', async () => {
    const backend = setup({ restoreBackup: null });
    await waitFor(() => expect(rows()).toHaveLength(5));
    await fireEvent.click(within(rows()[0]).getByTestId('backup-restore'));
    await fireEvent.click(within(screen.getByRole('dialog')).getByText('Abbrechen'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(backend.commandsCalled()).toEqual(['listBackups']);
  });

  it('backs up now and shows the new copy', async () => {
    let list = backups().slice(1);
    const made = backups()[0];
    const backend = setup({
      listBackups: () => list,
      createBackup: () => {
        list = [made, ...list];
        return made;
      },
    });
    await waitFor(() => expect(rows()).toHaveLength(4));
    await fireEvent.click(screen.getByTestId('backup-now'));
    await waitFor(() => expect(rows()).toHaveLength(5));
    expect(backend.commandsCalled()).toEqual(['listBackups', 'createBackup', 'listBackups']);
    expect(screen.getByTestId('toast-info')).toHaveTextContent('Sicherung erstellt (22.11.2026, 09:14).');
  });

  it('asks before restoring from a file and shows an error from it as a toast', async () => {
    const backend = setup({
      restoreBackupFromFile: () => refuse({ kind: 'unavailable', path: '/media/usb/kundenliste.db', problem: 'foreign' }),
    });
    await waitFor(() => expect(rows()).toHaveLength(5));
    await fireEvent.click(screen.getByTestId('backup-restore-file'));
    expect(backend.commandsCalled()).not.toContain('restoreBackupFromFile');
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    expect(await screen.findByTestId('toast-error')).toHaveTextContent('Die Datei ist keine Talentwerk-Datenbank.');
    expect(backend.commandsCalled()).toEqual(['listBackups', 'restoreBackupFromFile']);
  });
});
