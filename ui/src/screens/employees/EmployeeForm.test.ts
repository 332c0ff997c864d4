import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import EmployeeForm from './EmployeeForm.svelte';
import EmployeesScreen from './EmployeesScreen.svelte';
import { createHandler, demoState } from '../../dev/mock-backend';

afterEach(() => {
  cleanup();
  clearMocks();
});

const departments = [{ id: 1, name: 'Vertrieb', activeEmployees: 3 }];

describe('EmployeeForm', () => {
  it('shows a backend validation error at its field, keeps the values and saves nothing', async () => {
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === 'create_employee') {
        throw { kind: 'invalid', field: 'personnelNumber', problem: { problem: 'taken' } };
      }
      throw new Error(`unexpected ${cmd}`);
    });
    const onsaved = vi.fn();
    render(EmployeeForm, { departments, roles: [], onsaved, oncancel: vi.fn() });
    const user = userEvent.setup();
    await user.type(screen.getByTestId('employee-personnel-number'), '1001');
    await user.type(screen.getByTestId('employee-name'), 'Erika Mustermann');
    await user.selectOptions(screen.getByTestId('employee-department'), '1');
    await user.click(screen.getByTestId('employee-save'));

    const error = await screen.findByTestId('field-error');
    expect(error).toHaveAttribute('data-field', 'personnelNumber');
    expect(error).toHaveTextContent('Die Personalnummer ist bereits vergeben.');
    expect(onsaved).not.toHaveBeenCalled();
    expect(calls).toEqual(['create_employee']);
    expect(screen.getByTestId('employee-name')).toHaveValue('Erika Mustermann');
    expect(screen.getByTestId('employee-personnel-number')).toHaveValue('1001');
    expect(screen.getByTestId('employee-personnel-number')).toHaveAttribute('aria-invalid', 'true');
  });

  it('submits with Enter and sends the typed input', async () => {
    let sent: unknown = null;
    mockIPC((cmd, args) => {
      if (cmd === 'create_employee') {
        sent = (args as { input: unknown }).input;
        return { id: 9, name: 'Erika' };
      }
      throw new Error(`unexpected ${cmd}`);
    });
    const onsaved = vi.fn();
    render(EmployeeForm, { departments, roles: [], onsaved, oncancel: vi.fn() });
    const user = userEvent.setup();
    await user.selectOptions(screen.getByTestId('employee-department'), '1');
    await user.type(screen.getByTestId('employee-personnel-number'), '7');
    await user.type(screen.getByTestId('employee-name'), 'Erika{Enter}');
    await waitFor(() => expect(onsaved).toHaveBeenCalled());
    expect(sent).toEqual({
      personnelNumber: '7', name: 'Erika', departmentId: 1, jobTitle: '', roleId: null, entryDate: null,
      technicalInterest: 0, communication: 0, domainExpertise: 0, aiUsage: null,
    });
  });

  it('closes on Escape', async () => {
    mockIPC(() => null);
    const oncancel = vi.fn();
    render(EmployeeForm, { departments, roles: [], onsaved: vi.fn(), oncancel });
    await fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(oncancel).toHaveBeenCalled();
  });
});

describe('EmployeesScreen', () => {
  it('renders a name containing HTML as text', async () => {
    const state = demoState(3);
    state.employees[0].name = '<img src=x onerror=alert(1)>';
    const handler = createHandler(state);
    mockIPC((cmd, args) => handler(cmd, args as Record<string, unknown>));
    const { container } = render(EmployeesScreen);
    await waitFor(() => expect(screen.getAllByTestId('employee-row')).toHaveLength(3));
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('asks before archiving and archives after confirmation', async () => {
    const state = demoState(3);
    const handler = createHandler(state);
    const calls: string[] = [];
    mockIPC((cmd, args) => {
      calls.push(cmd);
      return handler(cmd, args as Record<string, unknown>);
    });
    render(EmployeesScreen);
    await waitFor(() => expect(screen.getAllByTestId('employee-row')).toHaveLength(3));
    await fireEvent.click(screen.getAllByTestId('employee-archive')[0]);
    expect(calls).not.toContain('archive_employee');
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getAllByTestId('employee-row')).toHaveLength(2));
    expect(calls).toContain('archive_employee');
  });
});
