import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import type { Department } from '../../bindings.gen';
import SettingsScreen from './SettingsScreen.svelte';
import Toasts from '../../lib/Toasts.svelte';
import { setCompany } from '../../lib/session.svelte';
import { toasts } from '../../lib/toast.svelte';

beforeEach(() => {
  setCompany({ name: 'Muster GmbH', hourlyRate: 60, workingWeeks: 46, language: 'de', createdOn: '2024-01-15' });
});

afterEach(() => {
  cleanup();
  clearMocks();
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
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  mockIPC((cmd, payload) => {
    const args = (payload ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args });
    switch (cmd) {
      case 'list_departments':
        return departments;
      case 'rename_department':
        departments = departments.map((d) => (d.id === args.id ? { ...d, name: args.name as string } : d));
        return null;
      case 'delete_department':
        throw { kind: 'invalid', field: 'department', problem: { problem: 'inUse' } };
      default:
        throw new Error(`unexpected ${cmd}`);
    }
  });
  render(Toasts);
  render(SettingsScreen);
  return { calls };
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
    const { calls } = setup();
    await waitFor(() => expect(screen.getAllByTestId('department-row')).toHaveLength(2));
    const user = userEvent.setup();
    await user.click(within(rowOf('Vertrieb')).getByTestId('department-rename'));
    const input = screen.getByTestId('department-rename-input');
    expect(input).toHaveValue('Vertrieb');
    await user.clear(input);
    await user.type(input, 'Vertrieb & Service{Enter}');

    await waitFor(() => expect(screen.queryByTestId('department-rename-input')).toBeNull());
    expect(calls.filter((c) => c.cmd === 'rename_department').map((c) => c.args)).toEqual([{ id: 1, name: 'Vertrieb & Service' }]);
    expect(rowOf('Vertrieb & Service')).toHaveTextContent('4 aktive Mitarbeitende');
  });

  it('asks before deleting and shows the translated message when the backend refuses', async () => {
    const { calls } = setup();
    await waitFor(() => expect(screen.getAllByTestId('department-row')).toHaveLength(2));
    await fireEvent.click(within(rowOf('Einkauf')).getByTestId('department-delete'));
    expect(screen.getByRole('dialog')).toHaveTextContent('Die Abteilung „Einkauf“ wird gelöscht.');
    expect(calls.some((c) => c.cmd === 'delete_department')).toBe(false);
    await fireEvent.click(screen.getByTestId('confirm-ok'));

    const toast = await screen.findByTestId('toast-error');
    expect(toast).toHaveTextContent('Der Abteilung sind noch Mitarbeitende zugeordnet, auch ausgeschiedene.');
    expect(calls.filter((c) => c.cmd === 'delete_department').map((c) => c.args)).toEqual([{ id: 2 }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getAllByTestId('department-row')).toHaveLength(2);
    expect(rowOf('Einkauf')).toBeInTheDocument();
  });
});
