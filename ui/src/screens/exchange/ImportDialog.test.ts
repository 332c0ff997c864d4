import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, cleanup, within } from '@testing-library/svelte';
import ImportDialog from './ImportDialog.svelte';
import Toasts from '../../lib/Toasts.svelte';
import type { ImportPlan, PickedFile } from '../../bindings.gen';
import { issueReason } from './issues';
import { answer, refuse } from '../../test/ipc';
import { importPlan as plan } from '../../test/fixtures';

afterEach(() => {
  cleanup();
});

const PICKED: PickedFile = { handle: 3, fileName: 'mitarbeitende.xlsx' };

const withProblems = plan({
  problems: [
    { line: 7, column: 'G2', kind: { kind: 'badLevel', value: '4' } },
    { line: null, column: null, kind: { kind: 'missingColumn', name: 'Personalnummer' } },
  ],
  warnings: [{ line: 1, column: 'Bemerkung', kind: { kind: 'unknownColumn', name: 'Bemerkung' } }],
});

function setup(responses: { pick?: PickedFile | null; preview?: (createMissing: boolean) => ImportPlan; apply?: ImportPlan }) {
  const backend = answer({
    pickImportFile: responses.pick === undefined ? PICKED : responses.pick,
    previewImport: (_handle, createMissing) => (responses.preview ?? (() => plan()))(createMissing),
    applyImport: responses.apply ?? plan(),
  });
  const onclose = vi.fn();
  const onimported = vi.fn();
  render(Toasts);
  render(ImportDialog, { onclose, onimported });
  return { backend, onclose, onimported };
}

describe('ImportDialog', () => {
  it('shows problems with line, column and translated reason and keeps "Importieren" disabled', async () => {
    const { backend } = setup({ preview: () => withProblems });
    await fireEvent.click(screen.getByTestId('import-pick'));
    await waitFor(() => expect(screen.getAllByTestId('import-problems-row')).toHaveLength(2));
    expect(backend.argsOf('previewImport')[0]).toEqual([PICKED.handle, false]);
    expect(screen.getByTestId('import-file')).toHaveTextContent('mitarbeitende.xlsx');

    const [first, second] = screen.getAllByTestId('import-problems-row');
    const cells = within(first).getAllByRole('cell').map((c) => c.textContent?.trim());
    expect(cells).toEqual(['7', 'G2', '„4“ ist keine gültige Stufe (0–3).']);
    expect(within(second).getAllByRole('cell').map((c) => c.textContent?.trim())).toEqual([
      '–',
      '–',
      'Die Spalte „Personalnummer“ fehlt.',
    ]);
    expect(screen.getByTestId('import-warnings')).toHaveTextContent('„Bemerkung“ ist keine bekannte Kompetenz');
    expect(screen.getByTestId('import-apply')).toBeDisabled();
    expect(screen.getByTestId('count-rows')).toHaveTextContent('2');
    expect(screen.getByTestId('import-changes')).toHaveTextContent('– → 3');
  });

  it('keeps the dialog open without a preview when the file dialog is cancelled', async () => {
    const { backend, onclose } = setup({ pick: null });
    await fireEvent.click(screen.getByTestId('import-pick'));
    await waitFor(() => expect(backend.commandsCalled()).toEqual(['pickImportFile']));
    expect(screen.getByTestId('import-dialog')).toBeInTheDocument();
    expect(onclose).not.toHaveBeenCalled();
    expect(screen.getByTestId('import-apply')).toBeDisabled();
  });

  it('re-runs the preview when "create missing" is toggled and imports a clean plan', async () => {
    const { backend, onimported } = setup({
      preview: (createMissing) =>
        createMissing
          ? plan({ newDepartments: ['Einkauf'] })
          : plan({ problems: [{ line: 3, column: 'Abteilung', kind: { kind: 'unknownDepartment', name: 'Einkauf' } }] }),
      apply: plan({ newDepartments: ['Einkauf'] }),
    });
    await fireEvent.click(screen.getByTestId('import-pick'));
    await waitFor(() => expect(screen.getByTestId('import-problems')).toHaveTextContent('Die Abteilung „Einkauf“ gibt es noch nicht.'));
    expect(screen.getByTestId('import-apply')).toBeDisabled();

    await fireEvent.click(screen.getByTestId('import-create-missing'));
    await waitFor(() => expect(screen.getByTestId('import-apply')).toBeEnabled());
    expect(screen.queryByTestId('import-problems')).toBeNull();
    expect(screen.getByTestId('import-counts')).toHaveTextContent('Einkauf');
    expect(backend.argsOf('previewImport').map(([, createMissing]) => createMissing)).toEqual([false, true]);

    await fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(() => expect(onimported).toHaveBeenCalledTimes(1));
    expect(backend.argsOf('applyImport')).toEqual([[PICKED.handle]]);
    expect(screen.getByTestId('toast-info')).toHaveTextContent('Import übernommen: 1 neue, 0 geänderte Mitarbeitende, 1 Stufen');
  });

  it('shows the problems returned by apply_import and reports that nothing was written', async () => {
    const { onimported } = setup({ apply: withProblems });
    await fireEvent.click(screen.getByTestId('import-pick'));
    await waitFor(() => expect(screen.getByTestId('import-apply')).toBeEnabled());
    await fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(() => expect(screen.getByTestId('import-rejected')).toHaveTextContent('Es wurde nichts gespeichert.'));
    expect(screen.getAllByTestId('import-problems-row')).toHaveLength(2);
    expect(screen.getByTestId('import-apply')).toBeDisabled();
    expect(onimported).not.toHaveBeenCalled();
  });

  it('says "Keine Änderungen" and stays disabled when the plan changes nothing', async () => {
    setup({ preview: () => plan({ newEmployees: [], levelChanges: [] }) });
    await fireEvent.click(screen.getByTestId('import-pick'));
    await waitFor(() => expect(screen.getByTestId('import-nothing')).toBeInTheDocument());
    expect(screen.getByTestId('import-apply')).toHaveTextContent('Keine Änderungen');
    expect(screen.getByTestId('import-apply')).toBeDisabled();
  });

  it('says the file changed, previews it again and lets the user confirm the new preview', async () => {
    // The file gets a second new person after the first preview; the first apply refuses.
    let previews = 0;
    let applies = 0;
    const changedPlan = plan({
      newEmployees: [
        { line: 3, personnelNumber: 'P-100', name: 'Neu, Nina' },
        { line: 4, personnelNumber: 'P-101', name: 'Neu, Nils' },
      ],
    });
    const backend = answer({
      pickImportFile: PICKED,
      previewImport: () => (++previews === 1 ? plan() : changedPlan),
      applyImport: () => (++applies === 1 ? refuse({ kind: 'fileChanged' }) : changedPlan),
    });
    const onimported = vi.fn();
    render(Toasts);
    render(ImportDialog, { onclose: vi.fn(), onimported });
    await fireEvent.click(screen.getByTestId('import-pick'));
    await waitFor(() => expect(screen.getByTestId('import-apply')).toBeEnabled());
    expect(screen.getByTestId('count-new')).toHaveTextContent('1');

    await fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(() => expect(screen.getByTestId('count-new')).toHaveTextContent('2'));
    expect(screen.getByTestId('import-file-changed')).toHaveTextContent(
      'Die Datei wurde seit der Vorschau geändert — die Vorschau zeigt jetzt den neuen Stand.',
    );
    expect(onimported).not.toHaveBeenCalled();
    expect(screen.queryByTestId('toast-error')).toBeNull();
    expect(backend.commandsCalled()).toEqual(['pickImportFile', 'previewImport', 'applyImport', 'previewImport']);

    await waitFor(() => expect(screen.getByTestId('import-apply')).toBeEnabled());
    await fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(() => expect(onimported).toHaveBeenCalledTimes(1));
    expect(backend.argsOf('applyImport')).toEqual([[PICKED.handle], [PICKED.handle]]);
  });

  it('closes with Escape', async () => {
    const { onclose } = setup({});
    await fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(onclose).toHaveBeenCalledTimes(1);
  });

  it('shows a translated error when the preview fails', async () => {
    answer({
      pickImportFile: PICKED,
      previewImport: () => refuse({ kind: 'storage', message: 'disk I/O error' }),
    });
    render(Toasts);
    render(ImportDialog, { onclose: () => {}, onimported: () => {} });
    await fireEvent.click(screen.getByTestId('import-pick'));
    await waitFor(() => expect(screen.getByTestId('toast-error')).toHaveTextContent('Die Daten konnten nicht gelesen'));
    expect(screen.getByTestId('import-apply')).toBeDisabled();
  });
});

describe('issueReason', () => {
  it('translates every kind', () => {
    expect(issueReason({ kind: 'fileTooLarge', maxMegabytes: 20 })).toBe('Die Datei ist zu groß (höchstens 20 MB).');
    expect(issueReason({ kind: 'duplicatePersonnelNumber', firstLine: 4 })).toBe('Die Personalnummer steht schon in Zeile 4.');
    expect(issueReason({ kind: 'tooLong', max: 120 })).toBe('Der Wert ist zu lang (höchstens 120 Zeichen).');
  });
});
