import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import App from './App.svelte';
import { events, type Company, type MenuAction } from './bindings.gen';
import { session } from './lib/session.svelte';
import { toasts } from './lib/toast.svelte';
import { answer, refuse, type Answers } from './test/ipc';
import {
  assessment,
  backups,
  company,
  demoCompany,
  demoMatrix,
  departments,
  framework,
  recentFiles,
  session as sessionOf,
} from './test/fixtures';
import { setLocale } from './lib/i18n/index.svelte';
import { demoDashboard, demoPilots } from './test/pilot-fixtures';

afterEach(() => {
  cleanup();
  toasts.list = [];
  Object.assign(session, { loaded: false, company: null, fatal: null, recent: [] });
  setLocale('de');
});

/**
 * The shell starting in `start`; the matrix screen's loads are answered for any company, which
 * has no use cases unless `answers` says otherwise (so it starts on the matrix).
 */
function setup(start: Company | null, answers: Answers = {}) {
  const backend = answer({
    getSession: sessionOf(start),
    getMatrix: demoMatrix(6),
    getFramework: framework(),
    listDepartments: departments(6),
    listPilots: [],
    setMenuLanguage: null,
    ...answers,
  });
  render(App);
  return backend;
}

const header = () => screen.getByTestId('company-name-header');

describe('the demo', () => {
  it('shows the banner in the demo, and "Demo verlassen" goes back to the own (still empty) file', async () => {
    const backend = setup(demoCompany, { closeDemo: sessionOf(null) });
    const banner = await screen.findByTestId('demo-banner');
    expect(banner).toHaveTextContent(
      'Demo-Daten — Muster Maschinenbau GmbH ist eine erfundene Firma. Ihre eigene Datei bleibt unberührt.',
    );
    await fireEvent.click(within(banner).getByTestId('demo-leave'));
    expect(await screen.findByTestId('first-run-demo')).toBeInTheDocument();
    expect(backend.argsOf('closeDemo')).toEqual([[]]);
  });

  it('shows no banner for a real company', async () => {
    setup(company);
    await waitFor(() => expect(header()).toHaveTextContent(company.name));
    expect(screen.queryByTestId('demo-banner')).toBeNull();
  });

  it('opens the demo from the first run in the chosen language', async () => {
    const backend = setup(null, { openDemo: (language) => sessionOf({ ...demoCompany, language }) });
    await fireEvent.click(await screen.findByTestId('first-run-demo'));
    expect(await screen.findByTestId('demo-banner')).toBeInTheDocument();
    expect(header()).toHaveTextContent('Muster Maschinenbau GmbH');
    expect(backend.argsOf('openDemo')).toEqual([['de']]);
    await waitFor(() => expect(screen.getByTestId('matrix-count')).toHaveTextContent('6 Mitarbeitende angezeigt'));
  });
});

describe('the company menu', () => {
  it('lists the recent files and opens one by its index, back on the matrix', async () => {
    const other = { ...company, name: 'Holding Nord GmbH' };
    const backend = setup(company, {
      openRecentFile: () => sessionOf(other, '/home/nutzer/Dokumente/Talentwerk/Holding Nord.db'),
      listBackups: [],
    });
    await waitFor(() => expect(header()).toHaveTextContent(company.name));
    expect(screen.getByTestId('company-file-name')).toHaveTextContent('talentwerk.sqlite');
    await fireEvent.click(screen.getByTestId('nav-settings'));
    await screen.findByTestId('settings-backups');

    await fireEvent.click(screen.getByTestId('company-menu'));
    const entries = screen.getAllByTestId('recent-file');
    expect(entries.map((e) => e.dataset.fileName)).toEqual(recentFiles.map((r) => r.fileName));
    expect(entries[1]).toHaveTextContent('/media/usb-stick/Kunden');
    await fireEvent.click(entries[1]);

    await waitFor(() => expect(header()).toHaveTextContent('Holding Nord GmbH'));
    expect(backend.argsOf('openRecentFile')).toEqual([[recentFiles[1].index]]);
    expect(screen.getByTestId('company-file-name')).toHaveTextContent('Holding Nord.db');
    expect(await screen.findByTestId('matrix-count')).toBeInTheDocument();
    expect(screen.queryByTestId('settings-backups')).toBeNull();
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('keeps the open company and shows a toast when "Öffnen …" picks a foreign file', async () => {
    const backend = setup(company, {
      openCompanyFile: () => refuse({ kind: 'unavailable', path: '/home/nutzer/Kundenliste.csv', problem: 'foreign' }),
    });
    await waitFor(() => expect(header()).toHaveTextContent(company.name));
    await fireEvent.click(screen.getByTestId('company-menu'));
    await fireEvent.click(screen.getByTestId('company-open'));
    const toast = await screen.findByTestId('toast-error');
    expect(toast).toHaveTextContent('Die Datei ist keine Talentwerk-Datenbank.');
    expect(toast).toHaveTextContent('/home/nutzer/Kundenliste.csv');
    expect(header()).toHaveTextContent(company.name);
    expect(backend.commandsCalled().filter((c) => c === 'getSession')).toHaveLength(1);
  });

  it('works from the keyboard: arrow keys move through the entries, Escape closes', async () => {
    setup(company);
    await waitFor(() => expect(header()).toHaveTextContent(company.name));
    const trigger = screen.getByTestId('company-menu');
    trigger.focus();
    const user = userEvent.setup();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menu')).toBeInTheDocument();
    expect(screen.getByTestId('company-new')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByTestId('company-open')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getAllByTestId('recent-file')[0]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(trigger).toHaveFocus();
  });

  it('"Neue Firma …" asks the name, creates the file and switches to it; a cancelled save dialog changes nothing', async () => {
    let cancel = true;
    const created = { ...company, name: 'Zweite Werk GmbH' };
    const backend = setup(company, {
      createCompanyFile: (name, language) => (cancel ? null : sessionOf({ ...created, name, language }, '/home/nutzer/Zweite Werk GmbH.db')),
    });
    await waitFor(() => expect(header()).toHaveTextContent(company.name));
    const user = userEvent.setup();

    await user.click(screen.getByTestId('company-menu'));
    await user.click(screen.getByTestId('company-new'));
    await user.type(screen.getByTestId('new-company-name'), 'Zweite Werk GmbH');
    await user.click(screen.getByTestId('new-company-save'));
    await waitFor(() => expect(screen.queryByTestId('new-company-name')).toBeNull());
    expect(header()).toHaveTextContent(company.name);

    cancel = false;
    await user.click(screen.getByTestId('company-menu'));
    await user.click(screen.getByTestId('company-new'));
    await user.type(screen.getByTestId('new-company-name'), 'Zweite Werk GmbH{Enter}');
    await waitFor(() => expect(header()).toHaveTextContent('Zweite Werk GmbH'));
    expect(backend.argsOf('createCompanyFile')).toEqual([
      ['Zweite Werk GmbH', 'de'],
      ['Zweite Werk GmbH', 'de'],
    ]);
    expect(screen.getByTestId('toast-info')).toHaveTextContent('Zweite Werk GmbH ist geöffnet.');
  });

  it('shows an empty company name at the field of the dialog', async () => {
    setup(company, {
      createCompanyFile: () => refuse({ kind: 'invalid', field: 'companyName', problem: { problem: 'empty' } }),
    });
    await waitFor(() => expect(header()).toHaveTextContent(company.name));
    await fireEvent.click(screen.getByTestId('company-menu'));
    await fireEvent.click(screen.getByTestId('company-new'));
    await fireEvent.click(screen.getByTestId('new-company-save'));
    expect(await screen.findByTestId('field-error')).toHaveTextContent('Bitte geben Sie den Namen des Unternehmens ein.');
    expect(screen.getByTestId('new-company-name')).toBeInTheDocument();
  });
});

describe('the navigation and the start screen', () => {
  const nav = () => screen.getAllByRole('button').filter((b) => b.dataset.testid?.startsWith('nav-'));
  const current = () => screen.getByRole('navigation').querySelector('[aria-current="page"]');

  it('lists the screens in order', async () => {
    setup(company);
    await screen.findByTestId('matrix-count');
    expect(nav().map((b) => [b.dataset.testid, b.textContent])).toEqual([
      ['nav-dashboard', 'Dashboard'],
      ['nav-matrix', 'Talentmatrix'],
      ['nav-pilots', 'Pilotprojekte'],
      ['nav-roadmap', 'Roadmap'],
      ['nav-ladder', 'KI-Laufbahn'],
      ['nav-maturity', 'KI-Reifegrad'],
      ['nav-learning', 'Lernen & Mentoring'],
      ['nav-employees', 'Mitarbeitende'],
      ['nav-framework', 'Kompetenzrahmen'],
      ['nav-settings', 'Einstellungen'],
    ]);
  });

  it('starts on the dashboard when the company has use cases', async () => {
    const backend = setup(demoCompany, { listPilots: demoPilots, getDashboard: demoDashboard });
    expect(await screen.findByTestId('dashboard')).toBeInTheDocument();
    expect(current()).toHaveAttribute('data-testid', 'nav-dashboard');
    expect(screen.queryByTestId('matrix-count')).toBeNull();
    expect(backend.commandsCalled().filter((c) => c === 'listPilots')).toHaveLength(1);
    expect(backend.commandsCalled()).not.toContain('getMatrix');
  });

  it('starts on the matrix without use cases, and shows no screen until it knows which', async () => {
    let release: (pilots: typeof demoPilots) => void = () => {};
    const backend = setup(company, { listPilots: () => new Promise((resolve) => (release = resolve)) });
    expect(await screen.findByTestId('screen-loading')).toHaveTextContent('Wird geladen …');
    expect(header()).toHaveTextContent(company.name);
    expect(screen.queryByTestId('dashboard')).toBeNull();
    expect(screen.queryByTestId('matrix-count')).toBeNull();
    expect(current()).toBeNull();

    release([]);
    expect(await screen.findByTestId('matrix-count')).toBeInTheDocument();
    expect(current()).toHaveAttribute('data-testid', 'nav-matrix');
    expect(screen.queryByTestId('dashboard')).toBeNull();
    expect(screen.queryByTestId('screen-loading')).toBeNull();
    expect(backend.commandsCalled()).not.toContain('getDashboard');
  });

  it('decides again after every file switch, with one listPilots call each', async () => {
    const own = { ...company, name: 'Holding Nord GmbH' };
    let pilots = demoPilots;
    const backend = setup(demoCompany, {
      listPilots: () => pilots,
      getDashboard: demoDashboard,
      listEmployees: [],
      closeDemo: () => {
        pilots = [];
        return sessionOf(own);
      },
      openRecentFile: () => {
        pilots = demoPilots.slice(0, 1);
        return sessionOf({ ...own, name: 'Firma 2' });
      },
    });
    await screen.findByTestId('dashboard');
    await fireEvent.click(screen.getByTestId('nav-employees'));
    expect(current()).toHaveAttribute('data-testid', 'nav-employees');

    await fireEvent.click(screen.getByTestId('demo-leave'));
    await waitFor(() => expect(header()).toHaveTextContent('Holding Nord GmbH'));
    expect(await screen.findByTestId('matrix-count')).toBeInTheDocument();
    expect(current()).toHaveAttribute('data-testid', 'nav-matrix');

    await fireEvent.click(screen.getByTestId('company-menu'));
    await fireEvent.click(screen.getAllByTestId('recent-file')[0]);
    await waitFor(() => expect(header()).toHaveTextContent('Firma 2'));
    expect(await screen.findByTestId('dashboard')).toBeInTheDocument();
    expect(current()).toHaveAttribute('data-testid', 'nav-dashboard');
    expect(backend.commandsCalled().filter((c) => c === 'listPilots')).toHaveLength(3);
  });

  it('opens the pilot projects from the empty dashboard', async () => {
    setup(company, { listPilots: [], getDashboard: { ...demoDashboard, kpis: demoDashboard.trend[0], pilots: 0 } });
    await screen.findByTestId('matrix-count');
    await fireEvent.click(screen.getByTestId('nav-dashboard'));
    await fireEvent.click(await screen.findByTestId('dashboard-open-pilots'));
    expect(current()).toHaveAttribute('data-testid', 'nav-pilots');
  });
});

describe('the app menu', () => {
  const current = () => screen.getByRole('navigation', { name: 'Hauptnavigation' }).querySelector('[aria-current="page"]');
  /** A click in the native menu, as src-tauri/src/menu.rs emits it. */
  const click = async (action: MenuAction) => {
    await events.menuAction.emit(action);
    await waitFor(() => {});
  };
  /** The shell on the matrix, with the menu's listener in place. */
  async function ready(answers: Answers = {}) {
    const backend = setup(company, answers);
    await screen.findByTestId('matrix-count');
    await waitFor(() => expect(backend.argsOf('setMenuLanguage')).toEqual([['de']]));
    return backend;
  }

  it('speaks the language of the UI, and follows a change', async () => {
    const backend = setup({ ...company, language: 'en' });
    await screen.findByTestId('matrix-count');
    await waitFor(() => expect(backend.argsOf('setMenuLanguage').at(-1)).toEqual(['en']));
    setLocale('de');
    await waitFor(() => expect(backend.argsOf('setMenuLanguage').at(-1)).toEqual(['de']));
  });

  it('Ansicht shows each screen of the side navigation', async () => {
    await ready({ listBackups: [], listEmployees: [] });
    await click('showSettings');
    expect(current()).toHaveAttribute('data-testid', 'nav-settings');
    expect(await screen.findByTestId('settings-backups')).toBeInTheDocument();
    await click('showEmployees');
    expect(current()).toHaveAttribute('data-testid', 'nav-employees');
    await click('showMatrix');
    expect(current()).toHaveAttribute('data-testid', 'nav-matrix');
  });

  it('Drucken / PDF and Import open their dialogs on the matrix, from any screen', async () => {
    await ready({ listBackups: [], previewMatrixPrint: { pageCount: 1, pages: [] } });
    await fireEvent.click(screen.getByTestId('nav-settings'));
    await click('print');
    expect(await screen.findByTestId('print-dialog')).toBeInTheDocument();
    expect(current()).toHaveAttribute('data-testid', 'nav-matrix');
    await fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('print-dialog')).toBeNull());

    await click('import');
    expect(await screen.findByTestId('import-dialog')).toBeInTheDocument();
  });

  it('Excel-Export saves the matrix as XLSX for the shown filter', async () => {
    const backend = await ready({ exportMatrix: '/home/nutzer/Talentmatrix.xlsx' });
    await click('exportExcel');
    await waitFor(() => expect(backend.argsOf('exportMatrix')).toHaveLength(1));
    const [format, filter] = backend.argsOf('exportMatrix')[0];
    expect(format).toBe('xlsx');
    expect(filter).toEqual({ departmentId: null, roleId: null, pillarId: null, search: null, includeArchived: false });
    expect(await screen.findByTestId('toast-info')).toHaveTextContent('/home/nutzer/Talentmatrix.xlsx');
  });

  it('Sicherung erstellen backs up on the settings screen', async () => {
    const made = backups()[0];
    const backend = await ready({ listBackups: [], createBackup: made });
    await click('backup');
    await waitFor(() => expect(backend.commandsCalled()).toContain('createBackup'));
    expect(current()).toHaveAttribute('data-testid', 'nav-settings');
    expect(await screen.findByTestId('toast-info')).toHaveTextContent('Sicherung erstellt');
  });

  it('Neue Firmendatei asks for the name, Firmendatei öffnen opens the native dialog', async () => {
    const backend = await ready({ openCompanyFile: null });
    await click('newFile');
    expect(await screen.findByTestId('new-company-name')).toBeInTheDocument();
    await fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('new-company-name')).toBeNull());
    await click('openFile');
    await waitFor(() => expect(backend.commandsCalled()).toContain('openCompanyFile'));
  });

  it('Rückgängig undoes the last matrix change, and typing in a text field', async () => {
    const backend = await ready({ setLevel: assessment });
    const grid = screen.getByTestId('matrix-grid');
    grid.focus();
    await fireEvent.keyDown(grid, { key: '3' });
    await waitFor(() => expect(backend.argsOf('setLevel')).toHaveLength(1));
    await click('undo');
    await waitFor(() => expect(backend.argsOf('setLevel')).toHaveLength(2));
    const [employeeId, competencyId] = backend.argsOf('setLevel')[0];
    expect(backend.argsOf('setLevel')[1].slice(0, 2)).toEqual([employeeId, competencyId]);

    const execCommand = vi.fn(() => true);
    const original = Object.getOwnPropertyDescriptor(document, 'execCommand');
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    onTestFinished(() => {
      if (original) Object.defineProperty(document, 'execCommand', original);
      else delete (document as { execCommand?: unknown }).execCommand;
    });
    const search = screen.getByTestId('matrix-search');
    search.focus();
    await click('undo');
    expect(execCommand).toHaveBeenCalledWith('undo');
    expect(backend.argsOf('setLevel')).toHaveLength(2);

    // The key does the same in a text field (WebKitGTK binds none), and only there.
    await fireEvent.keyDown(search, { key: 'z', ctrlKey: true });
    expect(execCommand).toHaveBeenCalledTimes(2);
    await fireEvent.keyDown(grid, { key: 'z', ctrlKey: true });
    expect(execCommand).toHaveBeenCalledTimes(2);
    expect(await screen.findByText('Es gibt keine Änderung zum Rückgängigmachen.')).toBeInTheDocument();
  });

  it('does nothing behind an open dialog: no screen switch, no matrix undo', async () => {
    const backend = await ready({ setLevel: assessment, previewMatrixPrint: { pageCount: 1, pages: [] } });
    const grid = screen.getByTestId('matrix-grid');
    grid.focus();
    await fireEvent.keyDown(grid, { key: '3' });
    await waitFor(() => expect(backend.argsOf('setLevel')).toHaveLength(1));
    await click('print');
    expect(await screen.findByTestId('print-dialog')).toBeInTheDocument();

    await click('showSettings');
    await click('undo');
    await click('guide');
    expect(current()).toHaveAttribute('data-testid', 'nav-matrix');
    expect(screen.getByTestId('print-dialog')).toBeInTheDocument();
    expect(screen.queryByTestId('guide')).toBeNull();
    expect(backend.argsOf('setLevel')).toHaveLength(1);
  });

  it('Benutzerhandbuch shows the guide, Über Talentwerk the about dialog', async () => {
    await ready({ getAppInfo: { version: '0.1.0', tauriVersion: '2.12.5', sqliteVersion: '3.50.0', webviewVersion: null, os: 'linux', databasePath: '/tmp/a.db' } });
    await click('guide');
    expect(await screen.findByTestId('guide')).toBeInTheDocument();
    expect(current()).toBeNull();
    await click('about');
    expect(await screen.findByRole('dialog')).toHaveTextContent('Über Talentwerk');
  });

  it('in the first run shows the guide with a way back, and ignores what needs a company', async () => {
    const backend = setup(null);
    await screen.findByTestId('first-run-demo');
    await waitFor(() => expect(backend.argsOf('setMenuLanguage')).toHaveLength(1));
    await click('print');
    await click('showMatrix');
    expect(screen.getByTestId('first-run-demo')).toBeInTheDocument();
    await click('guide');
    expect(await screen.findByTestId('guide')).toBeInTheDocument();
    await fireEvent.click(screen.getByTestId('first-run-guide-back'));
    expect(await screen.findByTestId('first-run-demo')).toBeInTheDocument();
  });
});
