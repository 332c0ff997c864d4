import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import type { AppInfo } from '../../bindings.gen';
import AboutDialog from './AboutDialog.svelte';
import generated from './licenses.gen.json';
import { setLocale } from '../../lib/i18n/index.svelte';
import { answer, refuse } from '../../test/ipc';

afterEach(() => {
  cleanup();
  setLocale('de');
});

/** What get_app_info answers on the reference machine (Debian, WebKitGTK 2.50.6). */
const appInfo: AppInfo = {
  version: '0.1.0',
  tauriVersion: '2.12.5',
  sqliteVersion: '3.53.2',
  webviewVersion: '2.50.6',
  os: 'linux',
  databasePath: '/home/anna/.local/share/de.talentwerk.app/talentwerk.db',
};

function setup(info: AppInfo | (() => never) = appInfo) {
  const onclose = vi.fn();
  const backend = answer({ getAppInfo: info });
  render(AboutDialog, { onclose });
  return { onclose, backend };
}

describe('AboutDialog', () => {
  it('shows the version, the offline promise, the licence and the program facts', async () => {
    const { backend } = setup();
    await waitFor(() => expect(screen.getByTestId('about-version')).toHaveTextContent('Version 0.1.0'));
    expect(screen.getByRole('dialog')).toHaveAccessibleName('Über Talentwerk');
    expect(screen.getByTestId('about-dialog')).toBeInTheDocument();
    expect(screen.getByTestId('about-offline')).toHaveTextContent(
      'Keine Netzwerkverbindung: Talentwerk sendet und empfängt keine Daten. Alle Daten bleiben in der Firmendatei auf diesem Rechner.',
    );
    expect(screen.getByTestId('about-license')).toHaveTextContent('Lizenz: MIT');
    expect(screen.getByTestId('about-tauri')).toHaveTextContent('2.12.5');
    expect(screen.getByTestId('about-sqlite')).toHaveTextContent('3.53.2');
    expect(screen.getByTestId('about-file')).toHaveTextContent(appInfo.databasePath);
    expect(screen.getByTestId('about-facts')).toHaveTextContent('Linux');
    expect(screen.getByTestId('about-licences-texts')).toHaveTextContent(
      'Die vollständigen Lizenztexte stehen in der Datei THIRD-PARTY-LICENSES.md, die mit dem Programm ausgeliefert wird (unter Linux: /usr/share/doc/talentwerk/THIRD-PARTY-LICENSES.md).',
    );
    expect(backend.commandsCalled()).toEqual(['getAppInfo']);
  });

  it('counts the third-party software exactly as the generated list does', async () => {
    setup();
    const summary = await screen.findByTestId('about-licences-summary');
    const n = (k: number) => new Intl.NumberFormat('de-DE').format(k);
    expect(summary).toHaveTextContent(
      `${n(generated.crates.length)} Rust-Bibliotheken, ${n(generated.npm.length)} JavaScript-Bibliotheken, ${n(generated.fonts.length)} Schriften`,
    );
    expect(generated.crates.length).toBeGreaterThan(100);
    expect(generated.fonts.map((f) => f.name)).toEqual(['DejaVu Sans Condensed', 'Inter']);
    expect(generated.npm.map((p) => p.name)).toEqual(expect.arrayContaining(['svelte', '@tauri-apps/api', 'marked']));

    // The full list opens on demand, grouped, and filters by name or licence.
    const details = screen.getByTestId('about-licences-details') as HTMLDetailsElement;
    details.open = true;
    await fireEvent(details, new Event('toggle'));
    const rows = await screen.findAllByTestId('about-licences-row');
    expect(rows).toHaveLength(generated.crates.length + generated.npm.length + generated.fonts.length);
    expect(screen.getAllByTestId('about-licences-group').map((g) => g.dataset.group)).toEqual(['fonts', 'crates', 'npm']);

    await fireEvent.input(screen.getByTestId('about-licences-filter'), { target: { value: 'OFL' } });
    const ofl = [...generated.fonts, ...generated.crates, ...generated.npm].filter((e) => e.license.includes('OFL'));
    await waitFor(() => expect(screen.getAllByTestId('about-licences-row')).toHaveLength(ofl.length));
    expect(within(screen.getByTestId('about-licences')).getAllByText('OFL-1.1').length).toBeGreaterThan(0);
  });

  it('closes with Escape and with the button', async () => {
    const { onclose } = setup();
    await screen.findByTestId('about-version');
    await fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onclose).toHaveBeenCalledTimes(1);
    await fireEvent.click(screen.getByTestId('about-close'));
    expect(onclose).toHaveBeenCalledTimes(2);
  });

  it('says so when the program facts cannot be read, and still lists the licences', async () => {
    setup(() => refuse({ kind: 'storage', message: 'bridge down' }));
    await waitFor(() => expect(screen.getByTestId('about-error')).toHaveTextContent('Die Programmangaben konnten nicht geladen werden.'));
    expect(screen.getByTestId('about-offline')).toBeInTheDocument();
    expect(await screen.findByTestId('about-licences-summary')).toBeInTheDocument();
  });

  it('speaks English', async () => {
    setLocale('en');
    setup();
    await waitFor(() => expect(screen.getByTestId('about-version')).toHaveTextContent('Version 0.1.0'));
    expect(screen.getByTestId('about-offline')).toHaveTextContent('No network connection');
    expect(screen.getByTestId('about-licences-texts')).toHaveTextContent('/usr/share/doc/talentwerk/THIRD-PARTY-LICENSES.md');
    expect(await screen.findByTestId('about-licences-summary')).toHaveTextContent('Rust libraries');
  });
});
