import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, cleanup } from '@testing-library/svelte';
import EmployeesScreen from './EmployeesScreen.svelte';
import { answer } from '../../test/ipc';
import { departments, employees, framework, importPlan } from '../../test/fixtures';

afterEach(() => {
  cleanup();
});

const PICKED = { handle: 7, fileName: 'Import Mitarbeitende.csv' };

describe('EmployeesScreen import', () => {
  it('imports through the dialog, closes it and reloads the list', async () => {
    // The file names a department that does not exist yet: a problem unless it may be created.
    const unknownDepartment = importPlan({
      problems: [{ line: 4, column: 'Abteilung', kind: { kind: 'unknownDepartment', name: 'Einkauf' } }],
    });
    const backend = answer({
      listEmployees: employees(6),
      listDepartments: departments(6),
      getFramework: framework(),
      pickImportFile: PICKED,
      previewImport: (_handle, createMissing) => (createMissing ? importPlan({ newDepartments: ['Einkauf'] }) : unknownDepartment),
      applyImport: importPlan({ newDepartments: ['Einkauf'] }),
    });
    render(EmployeesScreen);
    await waitFor(() => expect(screen.getAllByTestId('employee-row')).toHaveLength(6));
    await fireEvent.click(screen.getByTestId('employee-import'));
    await fireEvent.click(await screen.findByTestId('import-pick'));
    await fireEvent.click(await screen.findByTestId('import-create-missing'));
    await waitFor(() => expect(screen.getByTestId('import-apply')).toBeEnabled());
    const listsBefore = backend.argsOf('listEmployees').length;
    await fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(() => expect(screen.queryByTestId('import-dialog')).toBeNull());
    expect(backend.argsOf('applyImport')).toEqual([[PICKED.handle]]);
    await waitFor(() => expect(backend.argsOf('listEmployees').length).toBe(listsBefore + 1));
  });
});
