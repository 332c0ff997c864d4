import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Department } from '../../bindings.gen';
import SettingsScreen from './SettingsScreen.svelte';
import Toasts from '../../lib/Toasts.svelte';
import { setCompany } from '../../lib/session.svelte';
import { toasts } from '../../lib/toast.svelte';
import { answer, refuse } from '../../test/ipc';

beforeEach(() => {
  setCompany({ name: 'Muster GmbH', hourlyRate: 60, workingWeeks: 46, language: 'de', createdOn: '2024-01-15', demo: false });
});

afterEach(() => {
  cleanup();
  toasts.list = [];
  setCompany(null);
});

/** A tiny backend for the department commands; records every call with its arguments. */
function setup() {
  let departments: Department[] = [
    { id: 1, name: 'Vertrieb', activeEmployees: 4 },
    // Only leavers left: no active employees, but the backend still refuses the delete.
    { id: 2, name: 'Einkauf', activeEmployees: 0 },
  ];
  const backend = answer({
    listDepartments: () => departments,
    renameDepartment: (id, name) => {
      departments = departments.map((d) => (d.id === id ? { ...d, name } : d));
      return null;
    },
    deleteDepartment: () => refuse({ kind: 'invalid', field: 'department', problem: { problem: 'inUse' } }),
    listBackups: [],
  });
  render(Toasts);
  render(SettingsScreen);
  return { backend };
}

const rowOf = (name: string) => screen.getAllByTestId('department-row').find((row) => row.textContent?.includes(name))!;

describe('SettingsScreen departments', () => {
  it('lists departments with their active employee count', async () => {
    setup();
    await waitFor(() => expect(screen.getAllByTestId('department-row')).toHaveLength(2));
    expect(rowOf('Vertrieb')).toHaveTextContent('4 aktive Mitarbeitende');
    expect(rowOf('Einkauf')).toHaveTextContent('0 aktive Mitarbeitende');
  });

  it('renames a department with the right arguments', async () => {
    const { backend } = setup();
    await waitFor(() => expect(screen.getAllByTestId('department-row')).toHaveLength(2));
    const user = userEvent.setup();
    await user.click(within(rowOf('Vertrieb')).getByTestId('department-rename'));
    const input = screen.getByTestId('department-rename-input');
    expect(input).toHaveValue('Vertrieb');
    await user.clear(input);
    await user.type(input, 'Vertrieb & Service{Enter}');

    await waitFor(() => expect(screen.queryByTestId('department-rename-input')).toBeNull());
    expect(backend.argsOf('renameDepartment')).toEqual([[1, 'Vertrieb & Service']]);
    expect(rowOf('Vertrieb & Service')).toHaveTextContent('4 aktive Mitarbeitende');
  });

  it('asks before deleting and shows the translated message when the backend refuses', async () => {
    const { backend } = setup();
    await waitFor(() => expect(screen.getAllByTestId('department-row')).toHaveLength(2));
    await fireEvent.click(within(rowOf('Einkauf')).getByTestId('department-delete'));
    expect(screen.getByRole('dialog')).toHaveTextContent('Die Abteilung „Einkauf“ wird gelöscht.');
    expect(backend.commandsCalled()).not.toContain('deleteDepartment');
    await fireEvent.click(screen.getByTestId('confirm-ok'));

    const toast = await screen.findByTestId('toast-error');
    expect(toast).toHaveTextContent('Der Abteilung sind noch Mitarbeitende zugeordnet, auch ausgeschiedene.');
    expect(backend.argsOf('deleteDepartment')).toEqual([[2]]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getAllByTestId('department-row')).toHaveLength(2);
    expect(rowOf('Einkauf')).toBeInTheDocument();
  });
});
