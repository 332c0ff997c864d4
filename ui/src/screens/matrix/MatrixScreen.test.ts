import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, cleanup } from '@testing-library/svelte';
import MatrixScreen from './MatrixScreen.svelte';
import Toasts from '../../lib/Toasts.svelte';
import { toasts } from '../../lib/toast.svelte';
import type { Matrix } from '../../bindings.gen';
import { answer, refuse, type Answers } from '../../test/ipc';
import { assessment, demoMatrix, departments, framework } from '../../test/fixtures';

afterEach(() => {
  cleanup();
});

const XSS = '<img src=x onerror=alert(1)>';

/** What the matrix screen loads: the framework, the departments and `matrix` for any filter. */
function matrixAnswers(matrix: Matrix): Answers {
  return { getFramework: framework(), listDepartments: departments(matrix.rows.length), getMatrix: matrix };
}

function setup(answers: Answers = {}) {
  const matrix = demoMatrix(12);
  matrix.rows[0] = { ...matrix.rows[0], name: XSS };
  return answer({ ...matrixAnswers(matrix), setLevel: assessment, ...answers });
}

describe('MatrixScreen', () => {
  it('renders department groups, employee rows, the count and coverage', async () => {
    setup();
    const { container } = render(MatrixScreen);
    await waitFor(() => expect(screen.getAllByTestId('matrix-cell').length).toBe(12 * 16));
    expect(screen.getByTestId('matrix-count')).toHaveTextContent('12 Mitarbeitende angezeigt');
    const headers = [...container.querySelectorAll('tr.department th')].map((th) => th.textContent?.trim());
    expect(headers).toEqual(['Vertrieb (3)', 'Produktion (3)', 'Qualität (2)', 'IT (2)', 'Verwaltung (2)']);
    expect(screen.getAllByTestId('matrix-coverage').length).toBe(16);
  });

  it('renders only a window of rows for 5,000 employees', async () => {
    answer(matrixAnswers(demoMatrix(5000)));
    const { container } = render(MatrixScreen);
    await waitFor(() => expect(screen.getByTestId('matrix-count')).toHaveTextContent('5.000 Mitarbeitende angezeigt'));
    const rendered = container.querySelectorAll('tbody tr:not(.spacer)').length;
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(100);
    const spacer = container.querySelector('tbody tr.spacer') as HTMLElement;
    expect(parseInt(spacer.style.height)).toBeGreaterThan(100000);
  });

  it('shows an employee name containing HTML literally', async () => {
    setup();
    const { container } = render(MatrixScreen);
    await waitFor(() => expect(screen.getByText(XSS)).toBeInTheDocument());
    expect(container.querySelector('img')).toBeNull();
  });

  it('pressing "2" on the active cell calls set_level and updates the cell at once', async () => {
    const backend = setup();
    render(MatrixScreen);
    await waitFor(() => expect(screen.getAllByTestId('matrix-cell').length).toBeGreaterThan(0));
    const grid = screen.getByTestId('matrix-grid');
    const cell = screen.getAllByTestId('matrix-cell')[3];
    const employeeId = Number(cell.dataset.employeeId);
    const code = cell.dataset.competencyCode!;
    await fireEvent.click(cell);
    await waitFor(() => expect(cell).toHaveAttribute('data-active', 'true'));
    await fireEvent.keyDown(grid, { key: '2' });
    const competencyId = framework().competencies.find((c) => c.code === code)!.id;
    await waitFor(() => expect(backend.argsOf('setLevel')).toEqual([[employeeId, competencyId, 2, 'manager', '']]));
    const updated = document.querySelector(`[data-testid="matrix-cell"][data-employee-id="${employeeId}"][data-competency-code="${code}"]`);
    expect(updated).toHaveAttribute('data-level', '2');
    expect(updated).toHaveTextContent('2');
  });

  it('moves the active cell with the arrow keys', async () => {
    setup();
    render(MatrixScreen);
    await waitFor(() => expect(screen.getAllByTestId('matrix-cell').length).toBeGreaterThan(0));
    const grid = screen.getByTestId('matrix-grid');
    await fireEvent.focus(grid);
    await fireEvent.keyDown(grid, { key: 'ArrowRight' });
    await fireEvent.keyDown(grid, { key: 'ArrowDown' });
    const active = document.querySelector('[data-active="true"]') as HTMLElement;
    const cells = screen.getAllByTestId('matrix-cell');
    expect(cells.indexOf(active)).toBe(16 + 1);
    await fireEvent.keyDown(grid, { key: 'End' });
    expect((document.querySelector('[data-active="true"]') as HTMLElement).dataset.competencyCode).toBe('D4');
  });

  it('rolls the cell back and shows the translated error when saving fails', async () => {
    setup({ setLevel: () => refuse({ kind: 'invalid', field: 'level', problem: { problem: 'outOfRange', min: 0, max: 3 } }) });
    render(Toasts);
    render(MatrixScreen);
    await waitFor(() => expect(screen.getAllByTestId('matrix-cell').length).toBeGreaterThan(0));
    const cell = screen.getAllByTestId('matrix-cell')[0];
    const before = cell.dataset.level;
    const target = before === '3' ? '1' : '3';
    await fireEvent.click(cell);
    await fireEvent.keyDown(screen.getByTestId('matrix-grid'), { key: target });
    await waitFor(() => expect(screen.getByTestId('toast-error')).toHaveTextContent('Stufe muss zwischen 0 und 3 liegen.'));
    const again = document.querySelector(
      `[data-testid="matrix-cell"][data-employee-id="${cell.dataset.employeeId}"][data-competency-code="${cell.dataset.competencyCode}"]`,
    );
    expect(again).toHaveAttribute('data-level', before);
  });

  it('undoes the last edit with Ctrl+Z by re-applying the previous level', async () => {
    const backend = setup();
    render(MatrixScreen);
    await waitFor(() => expect(screen.getAllByTestId('matrix-cell').length).toBeGreaterThan(0));
    const cell = screen.getAllByTestId('matrix-cell').find((c) => c.dataset.level === '1')!;
    await fireEvent.click(cell);
    const grid = screen.getByTestId('matrix-grid');
    await fireEvent.keyDown(grid, { key: '3' });
    await fireEvent.keyDown(grid, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(backend.argsOf('setLevel').map(([, , level]) => level)).toEqual([3, 1]));
  });

  it('debounces the search box into the matrix filter', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const backend = setup();
    render(MatrixScreen);
    await fireEvent.input(screen.getByTestId('matrix-search'), { target: { value: 'Anna' } });
    await vi.advanceTimersByTimeAsync(400);
    vi.useRealTimers();
    await waitFor(() =>
      expect(backend.argsOf('getMatrix').at(-1)![0]).toMatchObject({ search: 'Anna' }),
    );
  });
});

describe('MatrixScreen export, import and print', () => {
  it('exports with the current filter and shows where the file was saved', async () => {
    const backend = setup({ exportMatrix: '/home/nutzer/Dokumente/Talentmatrix.csv' });
    render(Toasts);
    render(MatrixScreen);
    await waitFor(() => expect(screen.getAllByTestId('matrix-cell').length).toBeGreaterThan(0));
    await fireEvent.click(screen.getByLabelText('Ausgeschiedene anzeigen'));
    await fireEvent.change(screen.getByLabelText('Abteilung'), { target: { value: '' } });
    await fireEvent.click(screen.getByTestId('export-menu'));
    await fireEvent.click(screen.getByTestId('export-csv'));
    await waitFor(() => expect(backend.argsOf('exportMatrix')).toHaveLength(1));
    expect(backend.argsOf('exportMatrix')[0]).toEqual([
      'csv',
      { departmentId: null, roleId: null, pillarId: null, search: null, includeArchived: true },
    ]);
    await waitFor(() => expect(screen.getByTestId('toast-info')).toHaveTextContent('Gespeichert: /home/nutzer/Dokumente/Talentmatrix.csv'));
  });

  it('does nothing when the save dialog is cancelled', async () => {
    toasts.list = [];
    const backend = answer({ ...matrixAnswers(demoMatrix(5)), exportTemplate: null });
    render(Toasts);
    render(MatrixScreen);
    await waitFor(() => expect(screen.getAllByTestId('matrix-cell').length).toBeGreaterThan(0));
    await fireEvent.click(screen.getByTestId('export-menu'));
    await fireEvent.click(screen.getByTestId('export-template'));
    await waitFor(() => expect(backend.commandsCalled()).toContain('exportTemplate'));
    await waitFor(() => expect(screen.getByTestId('export-menu')).toBeEnabled());
    expect(screen.queryByTestId('toast-info')).toBeNull();
  });

  it('renders every row of a 500-row matrix while printing, then virtualizes again', async () => {
    answer(matrixAnswers(demoMatrix(500)));
    const { container } = render(MatrixScreen);
    await waitFor(() => expect(screen.getByTestId('matrix-count')).toHaveTextContent('500 Mitarbeitende angezeigt'));
    const employeeRows = () => container.querySelectorAll('tbody tr[data-nav]').length;
    expect(employeeRows()).toBeLessThan(100);

    window.dispatchEvent(new Event('beforeprint'));
    expect(employeeRows()).toBe(500);
    expect(screen.getAllByTestId('matrix-cell').length).toBe(500 * 16);
    expect(container.querySelector('tbody tr.spacer')).toBeNull();

    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => expect(employeeRows()).toBeLessThan(100));
  });

  it('the "Ansicht drucken" button prints the full matrix', async () => {
    answer(matrixAnswers(demoMatrix(500)));
    const { container } = render(MatrixScreen);
    await waitFor(() => expect(screen.getByTestId('matrix-count')).toHaveTextContent('500 Mitarbeitende angezeigt'));
    let rowsWhilePrinting = 0;
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      rowsWhilePrinting = container.querySelectorAll('tbody tr[data-nav]').length;
    });
    await fireEvent.click(screen.getByTestId('matrix-print'));
    expect(print).toHaveBeenCalledTimes(1);
    expect(rowsWhilePrinting).toBe(500);
    await waitFor(() => expect(container.querySelectorAll('tbody tr[data-nav]').length).toBeLessThan(100));
    print.mockRestore();
  });

  it('opens the import dialog from the toolbar', async () => {
    setup();
    render(MatrixScreen);
    await fireEvent.click(screen.getByTestId('matrix-import'));
    // The dialog loads on first use.
    expect(await screen.findByTestId('import-dialog')).toBeInTheDocument();
  });
});

describe('MatrixScreen filters', () => {
  it('offers no retired pillar or role, neither in the toolbar nor in the print dialog', async () => {
    const f = framework();
    const retired = {
      ...f,
      pillars: f.pillars.map((p) => (p.name === 'Datenkompetenz' ? { ...p, retiredOn: '2026-10-01' } : p)),
      roles: f.roles.map((r) => (r.name === 'Data Steward' ? { ...r, retiredOn: '2026-10-01' } : r)),
    };
    const matrix = demoMatrix(6);
    answer({ ...matrixAnswers(matrix), getFramework: retired, previewMatrixPrint: { pageCount: 1, pages: [] } });
    render(MatrixScreen);
    const roleSelect = await screen.findByRole('combobox', { name: 'KI-Rolle' });
    await waitFor(() => expect(roleSelect.querySelectorAll('option').length).toBe(1 + 3));
    const options = (select: HTMLElement) => [...select.querySelectorAll('option')].map((o) => o.textContent?.trim());
    expect(options(roleSelect)).not.toContain('Data Steward');
    expect(options(screen.getByRole('combobox', { name: 'Säule' }))).toEqual(['Alle Säulen', 'Grundlagen', 'Anwendung', 'Sicherheit']);

    await fireEvent.click(screen.getByTestId('print-open'));
    const dialog = await screen.findByRole('dialog');
    const printRoles = dialog.querySelector<HTMLElement>('[data-testid="print-role"]')!;
    expect(options(printRoles)).not.toContain('Data Steward');
    expect(options(dialog.querySelector<HTMLElement>('[data-testid="print-pillar"]')!)).not.toContain('Datenkompetenz');
  });
});
