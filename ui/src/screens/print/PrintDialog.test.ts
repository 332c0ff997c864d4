import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, cleanup, within } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import PrintDialog from './PrintDialog.svelte';
import MatrixScreen from '../matrix/MatrixScreen.svelte';
import Toasts from '../../lib/Toasts.svelte';
import { setLocale } from '../../lib/i18n/index.svelte';
import type { Department, Framework, MatrixFilter, PrintOptions, PrintPreview } from '../../bindings.gen';
import { createHandler, demoState } from '../../dev/mock-backend';

afterEach(() => {
  cleanup();
  clearMocks();
  setLocale('de');
});

const PATH = 'C:\\Users\\gf\\Documents\\Talentmatrix-2026-11-22.pdf';

const svg = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 842 595"><text x="10" y="20">${label} &amp; Co</text></svg>`;
const preview = (pageCount = 7, label = 'Seite'): PrintPreview => ({
  pageCount,
  pages: Array.from({ length: Math.min(3, pageCount) }, (_, i) => svg(`${label} ${i + 1}`)),
});

type Call = { cmd: string; args: Record<string, unknown> };
type Responses = {
  preview?: (options: PrintOptions, call: number) => PrintPreview | Promise<PrintPreview>;
  save?: () => string | null;
};

/** The demo company's framework and departments, as MatrixScreen has them loaded. */
function lists() {
  const handler = createHandler(demoState(12));
  return {
    framework: handler('get_framework') as Framework,
    departments: handler('list_departments') as Department[],
  };
}

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
  const calls: Call[] = [];
  let previews = 0;
  mockIPC((cmd, args) => {
    const a = args as Record<string, unknown>;
    calls.push({ cmd, args: a });
    switch (cmd) {
      case 'preview_matrix_print':
        return (responses.preview ?? (() => preview()))(a.options as PrintOptions, previews++);
      case 'save_matrix_pdf':
        return responses.save ? responses.save() : PATH;
      case 'open_last_printout':
        return null;
      default:
        throw { kind: 'storage', message: `unexpected ${cmd}` };
    }
  });
  const onclose = vi.fn();
  render(Toasts);
  render(PrintDialog, { filter, framework, departments, onclose });
  const previewCalls = () => calls.filter((c) => c.cmd === 'preview_matrix_print').map((c) => c.args);
  return { calls, previewCalls, onclose, filter, framework, departments };
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
    const { calls, onclose, filter } = setup();
    await waitFor(() => expect(screen.getAllByTestId('print-preview-page')).toHaveLength(3));
    await fireEvent.click(screen.getByTestId('print-pseudonymize'));
    await fireEvent.click(screen.getByTestId('print-save'));

    await waitFor(() => expect(screen.getByTestId('print-saved')).toHaveTextContent(`Gespeichert: ${PATH}`));
    expect(calls.filter((c) => c.cmd === 'save_matrix_pdf').map((c) => c.args)).toEqual([
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
    await waitFor(() => expect(calls.filter((c) => c.cmd === 'open_last_printout')).toHaveLength(1));
    expect(onclose).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByTestId('print-save'));
    expect(onclose).toHaveBeenCalledTimes(1);
    expect(calls.filter((c) => c.cmd === 'save_matrix_pdf')).toHaveLength(1);
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
    const { calls, onclose } = setup({ save: () => null });
    await waitFor(() => expect(screen.getAllByTestId('print-preview-page')).toHaveLength(3));
    await fireEvent.click(screen.getByTestId('print-save'));
    await waitFor(() => expect(calls.filter((c) => c.cmd === 'save_matrix_pdf')).toHaveLength(1));
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
        if (call === 0) throw { kind: 'storage', message: 'PDF layout failed: font missing' };
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
    mockIPC((cmd) => {
      if (cmd === 'preview_matrix_print') return preview();
      throw { kind: 'storage', message: 'permission denied' };
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
    const { calls, onclose } = setup();
    await fireEvent.keyDown(screen.getByTestId('print-department'), { key: 'Enter' });
    await fireEvent.keyDown(screen.getByTestId('print-pseudonymize'), { key: 'Enter' });
    expect(calls.filter((c) => c.cmd === 'save_matrix_pdf')).toHaveLength(0);
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
  function renderMatrix() {
    const state = demoState(12);
    const handler = createHandler(state);
    const calls: Call[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args: args as Record<string, unknown> });
      return handler(cmd, args as Record<string, unknown>);
    });
    render(MatrixScreen);
    return { state, calls };
  }

  it('opens with the current filter and previews pages from the mock backend', async () => {
    const { state, calls } = renderMatrix();
    await waitFor(() => expect(screen.getByTestId('print-open')).toBeEnabled());
    const production = state.departments[1];
    const select = screen.getByRole('combobox', { name: 'Abteilung' });
    await waitFor(() => expect(within(select).getAllByRole('option').length).toBeGreaterThan(1));
    await fireEvent.change(select, { target: { value: String(production.id) } });
    await waitFor(() => expect(screen.getByTestId('matrix-count')).toHaveTextContent('3 Mitarbeitende angezeigt'));

    await fireEvent.click(screen.getByTestId('print-open'));
    expect(selectValue('print-department')).toBe(String(production.id));
    await waitFor(() => expect(screen.getAllByTestId('print-preview-page')).toHaveLength(1));
    expect(screen.getByTestId('print-page-count')).toHaveTextContent('Seite 1 von 1');
    const printCall = calls.find((c) => c.cmd === 'preview_matrix_print')!;
    expect(printCall.args.options).toMatchObject({ departmentId: production.id, paper: 'a4', pseudonymize: false });

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
    expect(screen.getByTestId('print-dialog')).toBeInTheDocument();
  });
});
