import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, cleanup, within } from '@testing-library/svelte';
import PrintDialog from './PrintDialog.svelte';
import MatrixScreen from '../matrix/MatrixScreen.svelte';
import Toasts from '../../lib/Toasts.svelte';
import { setLocale } from '../../lib/i18n/index.svelte';
import type { MatrixFilter, PrintOptions, PrintPreview } from '../../bindings.gen';
import { answer, refuse, type Backend } from '../../test/ipc';
import { demoMatrix, departments as demoDepartments, framework as demoFramework, matrixOf } from '../../test/fixtures';

afterEach(() => {
  cleanup();
  setLocale('de');
});

const PATH = 'C:\\Users\\gf\\Documents\\Talentmatrix-2026-11-22.pdf';

const svg = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 842 595"><text x="10" y="20">${label} &amp; Co</text></svg>`;
const preview = (pageCount = 7, label = 'Seite'): PrintPreview => ({
  pageCount,
  pages: Array.from({ length: Math.min(3, pageCount) }, (_, i) => svg(`${label} ${i + 1}`)),
});

type Responses = {
  preview?: (options: PrintOptions, call: number) => PrintPreview | Promise<PrintPreview>;
  save?: () => string | null;
};

/** The demo company's framework and departments, as MatrixScreen has them loaded. */
function lists() {
  return { framework: demoFramework(), departments: demoDepartments(12) };
}

/** The calls of one command with their arguments named as in the bindings. */
const printCalls = (backend: Backend, command: 'previewMatrixPrint' | 'saveMatrixPdf') =>
  backend.argsOf(command).map(([options, language]) => ({ options, language }));

function setup(responses: Responses = {}, filterOverrides: Partial<MatrixFilter> = {}) {
  const { framework, departments } = lists();
  const filter: MatrixFilter = {
    departmentId: departments[1].id,
    roleId: framework.roles[2].id,
    pillarId: null,
    search: null,
    includeArchived: true,
    ...filterOverrides,
  };
  let previews = 0;
  const backend = answer({
    previewMatrixPrint: (options) => (responses.preview ?? (() => preview()))(options, previews++),
    saveMatrixPdf: () => (responses.save ? responses.save() : PATH),
    openLastPrintout: null,
  });
  const onclose = vi.fn();
  render(Toasts);
  render(PrintDialog, { filter, framework, departments, onclose });
  const previewCalls = () => printCalls(backend, 'previewMatrixPrint');
  return { backend, previewCalls, onclose, filter, framework, departments };
}

const selectValue = (testid: string) => (screen.getByTestId(testid) as HTMLSelectElement).value;

describe('PrintDialog', () => {
  it('opens with the matrix filter and shows the first pages and the page count', async () => {
    const { previewCalls, filter } = setup();
    await waitFor(() => expect(screen.getAllByTestId('print-preview-page')).toHaveLength(3));

    const pages = screen.getAllByTestId('print-preview-page') as HTMLImageElement[];
    expect(pages.map((p) => p.alt)).toEqual(['Seite 1', 'Seite 2', 'Seite 3']);
    expect(pages[0].getAttribute('src')).toBe('data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg('Seite 1')));
    expect(screen.getByTestId('print-page-count')).toHaveTextContent('Seite 1–3 von 7');
    expect(screen.getByTestId('print-preview')).toHaveTextContent('… und 4 weitere Seiten im PDF');
    // The SVG is only ever an image source, never markup in the page.
    expect(screen.getByTestId('print-preview').querySelector('svg')).toBeNull();

    expect(screen.getByTestId('print-paper-a4')).toBeChecked();
    expect(screen.getByTestId('print-paper-a4')).toHaveFocus();
    expect(selectValue('print-department')).toBe(String(filter.departmentId));
    expect(selectValue('print-role')).toBe(String(filter.roleId));
    expect(selectValue('print-pillar')).toBe('');
    expect(screen.getByTestId('print-pseudonymize')).not.toBeChecked();
    expect(screen.getByTestId('print-include-archived')).toBeChecked();
    expect(screen.getByRole('dialog')).toHaveAccessibleName('Drucken / PDF');

    expect(previewCalls()).toEqual([
      {
        options: {
          paper: 'a4',
          pseudonymize: false,
          departmentId: filter.departmentId,
          pillarId: null,
          roleId: filter.roleId,
          includeArchived: true,
        },
        language: 'de',
      },
    ]);
  });

  it('previews again, debounced, with the changed options', async () => {
    const { previewCalls, filter, framework } = setup();
    await waitFor(() => expect(previewCalls()).toHaveLength(1));

    await fireEvent.click(screen.getByTestId('print-paper-a3'));
    await fireEvent.click(screen.getByTestId('print-pseudonymize'));
    expect(screen.getByTestId('print-preview-busy')).toHaveTextContent('Vorschau wird erstellt …');
    await waitFor(() => expect(previewCalls()).toHaveLength(2));
    expect(previewCalls()[1].options).toEqual({
      paper: 'a3',
      pseudonymize: true,
      departmentId: filter.departmentId,
      pillarId: null,
      roleId: filter.roleId,
      includeArchived: true,
    });
    await waitFor(() => expect(screen.queryByTestId('print-preview-busy')).toBeNull());

    const pillar = framework.pillars[3];
    await fireEvent.change(screen.getByTestId('print-department'), { target: { value: '' } });
    await fireEvent.change(screen.getByTestId('print-pillar'), { target: { value: String(pillar.id) } });
    await waitFor(() => expect(previewCalls()).toHaveLength(3));
    expect(previewCalls()[2].options).toMatchObject({ paper: 'a3', pseudonymize: true, departmentId: null, pillarId: pillar.id });
  });

  it('shows only the preview for the latest options when an older one answers late', async () => {
    let releaseFirst: (p: PrintPreview) => void = () => {};
    setup({
      preview: (_options, call) =>
        call === 0 ? new Promise<PrintPreview>((resolve) => (releaseFirst = resolve)) : preview(2, 'Neu'),
    });
    await waitFor(() => expect(screen.getByTestId('print-preview-busy')).toBeInTheDocument());
    await new Promise((r) => setTimeout(r, 300));
    await fireEvent.click(screen.getByTestId('print-paper-a3'));
    await waitFor(() => expect(screen.getByTestId('print-page-count')).toHaveTextContent('Seite 1–2 von 2'));

    releaseFirst(preview(9, 'Alt'));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByTestId('print-page-count')).toHaveTextContent('Seite 1–2 von 2');
    expect(screen.getAllByTestId('print-preview-page')).toHaveLength(2);
    expect(screen.queryByTestId('print-preview-busy')).toBeNull();
  });

  it('saves with the options and the language, then offers to open the PDF', async () => {
    const { backend, onclose, filter } = setup();
    await waitFor(() => expect(screen.getAllByTestId('print-preview-page')).toHaveLength(3));
    await fireEvent.click(screen.getByTestId('print-pseudonymize'));
    await fireEvent.click(screen.getByTestId('print-save'));

    await waitFor(() => expect(screen.getByTestId('print-saved')).toHaveTextContent(`Gespeichert: ${PATH}`));
    expect(printCalls(backend, 'saveMatrixPdf')).toEqual([
      {
        options: {
          paper: 'a4',
          pseudonymize: true,
          departmentId: filter.departmentId,
          pillarId: null,
          roleId: filter.roleId,
          includeArchived: true,
        },
        language: 'de',
      },
    ]);
    expect(screen.getByTestId('print-save')).toHaveTextContent('Fertig');

    await fireEvent.click(screen.getByTestId('print-open-viewer'));
    await waitFor(() => expect(backend.argsOf('openLastPrintout')).toHaveLength(1));
    expect(onclose).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByTestId('print-save'));
    expect(onclose).toHaveBeenCalledTimes(1);
    expect(backend.argsOf('saveMatrixPdf')).toHaveLength(1);
  });

  it('offers to save again once an option changes after saving', async () => {
    setup();
    await fireEvent.click(screen.getByTestId('print-save'));
    await waitFor(() => expect(screen.getByTestId('print-save')).toHaveTextContent('Fertig'));
    await fireEvent.click(screen.getByTestId('print-paper-a3'));
    expect(screen.getByTestId('print-save')).toHaveTextContent('Als PDF speichern …');
    expect(screen.getByTestId('print-saved')).toHaveTextContent(PATH);
  });

  it('does nothing when the save dialog is cancelled', async () => {
    const { backend, onclose } = setup({ save: () => null });
    await waitFor(() => expect(screen.getAllByTestId('print-preview-page')).toHaveLength(3));
    await fireEvent.click(screen.getByTestId('print-save'));
    await waitFor(() => expect(backend.argsOf('saveMatrixPdf')).toHaveLength(1));
    await waitFor(() => expect(screen.getByTestId('print-save')).toBeEnabled());

    expect(screen.queryByTestId('print-saved')).toBeNull();
    expect(screen.queryByTestId('print-open-viewer')).toBeNull();
    expect(screen.queryByTestId('toast-error')).toBeNull();
    expect(screen.getByTestId('print-save')).toHaveTextContent('Als PDF speichern …');
    expect(screen.getByTestId('print-dialog')).toBeInTheDocument();
    expect(onclose).not.toHaveBeenCalled();
  });

  it('shows a failed preview in the preview area and can try again', async () => {
    setup({
      preview: (_options, call) => {
        if (call === 0) refuse({ kind: 'storage', message: 'PDF layout failed: font missing' });
        return preview(1);
      },
    });
    const area = screen.getByTestId('print-preview');
    await waitFor(() => expect(within(area).getByRole('alert')).toHaveTextContent('Die Vorschau konnte nicht erstellt werden.'));
    expect(area).toHaveTextContent('Die Daten konnten nicht gelesen oder gespeichert werden.');
    expect(area).toHaveTextContent('PDF layout failed: font missing');
    expect(screen.queryByTestId('print-preview-page')).toBeNull();
    expect(screen.queryByTestId('print-page-count')).toBeNull();

    await fireEvent.click(within(area).getByRole('button', { name: 'Erneut versuchen' }));
    await waitFor(() => expect(screen.getAllByTestId('print-preview-page')).toHaveLength(1));
    expect(screen.getByTestId('print-page-count')).toHaveTextContent('Seite 1 von 1');
  });

  it('reports a failed save or viewer as an error message', async () => {
    answer({
      previewMatrixPrint: preview(),
      saveMatrixPdf: () => refuse({ kind: 'storage', message: 'permission denied' }),
    });
    const { framework, departments } = lists();
    const filter: MatrixFilter = { departmentId: null, roleId: null, pillarId: null, search: null, includeArchived: false };
    render(Toasts);
    render(PrintDialog, { filter, framework, departments, onclose: () => {} });
    await fireEvent.click(screen.getByTestId('print-save'));
    await waitFor(() => expect(screen.getByTestId('toast-error')).toHaveTextContent('Die Daten konnten nicht gelesen'));
    expect(screen.queryByTestId('print-saved')).toBeNull();
    expect(screen.getByTestId('print-dialog')).toBeInTheDocument();
  });

  it('neither saves on Enter nor stays open on Escape', async () => {
    const { backend, onclose } = setup();
    await fireEvent.keyDown(screen.getByTestId('print-department'), { key: 'Enter' });
    await fireEvent.keyDown(screen.getByTestId('print-pseudonymize'), { key: 'Enter' });
    expect(backend.argsOf('saveMatrixPdf')).toHaveLength(0);
    await fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onclose).toHaveBeenCalledTimes(1);
  });

  it('asks for the printout in the language of the interface', async () => {
    setLocale('en');
    const { previewCalls } = setup({}, { search: 'Anna' });
    await waitFor(() => expect(previewCalls()).toHaveLength(1));
    expect(previewCalls()[0].language).toBe('en');
    expect(screen.getByRole('dialog')).toHaveAccessibleName('Print / PDF');
    expect(screen.getByTestId('print-search-ignored')).toHaveTextContent('The search “Anna” only applies to the screen');
    await waitFor(() => expect(screen.getByTestId('print-page-count')).toHaveTextContent('Pages 1–3 of 7'));
  });
});

describe('"Drucken / PDF" on the matrix screen', () => {
  /** The whole company, or only Produktion when the filter asks for it; one printed page. */
  function renderMatrix() {
    const all = demoMatrix(12);
    const production = demoDepartments(12)[1];
    const backend = answer({
      getFramework: demoFramework(),
      listDepartments: demoDepartments(12),
      getMatrix: (filter) =>
        filter.departmentId === production.id ? matrixOf(all.rows.filter((r) => r.departmentId === production.id)) : all,
      previewMatrixPrint: preview(1),
    });
    render(MatrixScreen);
    return { backend, production };
  }

  it('opens with the current filter and previews the pages the backend lays out', async () => {
    const { backend, production } = renderMatrix();
    await waitFor(() => expect(screen.getByTestId('print-open')).toBeEnabled());
    const select = screen.getByRole('combobox', { name: 'Abteilung' });
    await waitFor(() => expect(within(select).getAllByRole('option').length).toBeGreaterThan(1));
    await fireEvent.change(select, { target: { value: String(production.id) } });
    await waitFor(() => expect(screen.getByTestId('matrix-count')).toHaveTextContent('3 Mitarbeitende angezeigt'));

    await fireEvent.click(screen.getByTestId('print-open'));
    await screen.findByTestId('print-dialog'); // loads on first use
    expect(selectValue('print-department')).toBe(String(production.id));
    await waitFor(() => expect(screen.getAllByTestId('print-preview-page')).toHaveLength(1));
    expect(screen.getByTestId('print-page-count')).toHaveTextContent('Seite 1 von 1');
    const [options] = backend.argsOf('previewMatrixPrint')[0];
    expect(options).toMatchObject({ departmentId: production.id, paper: 'a4', pseudonymize: false });

    await fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByTestId('print-dialog')).toBeNull();
  });

  it('opens with Ctrl+Shift+P, but not with Ctrl+P', async () => {
    renderMatrix();
    await waitFor(() => expect(screen.getByTestId('print-open')).toBeEnabled());
    expect(screen.getByTestId('print-open')).toHaveAttribute('title', expect.stringContaining('Strg+Umschalt+P'));

    await fireEvent.keyDown(window, { key: 'p', ctrlKey: true });
    expect(screen.queryByTestId('print-dialog')).toBeNull();
    await fireEvent.keyDown(screen.getByTestId('matrix-grid'), { key: 'P', ctrlKey: true, shiftKey: true });
    expect(await screen.findByTestId('print-dialog')).toBeInTheDocument();
  });
});
