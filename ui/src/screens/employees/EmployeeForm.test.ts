import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import EmployeeForm from './EmployeeForm.svelte';
import EmployeesScreen from './EmployeesScreen.svelte';
import type { Employee } from '../../bindings.gen';
import { answer, refuse, type Answers } from '../../test/ipc';
import { departments as demoDepartments, employees as demoEmployees, framework, groupsOf, matrixRow } from '../../test/fixtures';

afterEach(() => {
  cleanup();
});

const departments = [{ id: 1, name: 'Vertrieb', activeEmployees: 3 }];

/** What the employee list loads, for `list` as the employees the backend has. */
function listAnswers(list: () => Employee[]): Answers {
  return {
    listEmployees: (includeArchived) => list().filter((e) => includeArchived || e.archivedOn === null),
    listDepartments: demoDepartments(3),
    getFramework: framework(),
  };
}

describe('EmployeeForm', () => {
  it('shows a backend validation error at its field, keeps the values and saves nothing', async () => {
    const backend = answer({
      createEmployee: () => refuse({ kind: 'invalid', field: 'personnelNumber', problem: { problem: 'taken' } }),
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
    expect(backend.commandsCalled()).toEqual(['createEmployee']);
    expect(screen.getByTestId('employee-name')).toHaveValue('Erika Mustermann');
    expect(screen.getByTestId('employee-personnel-number')).toHaveValue('1001');
    expect(screen.getByTestId('employee-personnel-number')).toHaveAttribute('aria-invalid', 'true');
  });

  it('submits with Enter and sends the typed input', async () => {
    const backend = answer({
      createEmployee: (input) => ({ ...demoEmployees(1)[0], ...input, id: 9, department: 'Vertrieb', role: null }),
    });
    const onsaved = vi.fn();
    render(EmployeeForm, { departments, roles: [], onsaved, oncancel: vi.fn() });
    const user = userEvent.setup();
    await user.selectOptions(screen.getByTestId('employee-department'), '1');
    await user.type(screen.getByTestId('employee-personnel-number'), '7');
    await user.type(screen.getByTestId('employee-name'), 'Erika{Enter}');
    await waitFor(() => expect(onsaved).toHaveBeenCalled());
    expect(backend.argsOf('createEmployee')).toEqual([[{
      personnelNumber: '7', name: 'Erika', departmentId: 1, jobTitle: '', roleId: null, entryDate: null,
      technicalInterest: 0, communication: 0, domainExpertise: 0, aiUsage: null,
    }]]);
  });

  it('offers no retired role, except the one the employee still holds', async () => {
    answer({});
    const f = framework();
    const [trainer, steward, prompt] = f.roles;
    const roles = f.roles.map((r) => (r.id === steward.id || r.id === prompt.id ? { ...r, retiredOn: '2026-10-01' } : r));
    const optionsOf = () => within(screen.getByTestId('employee-role')).getAllByRole('option').map((o) => o.textContent?.trim());

    render(EmployeeForm, { departments, roles, onsaved: vi.fn(), oncancel: vi.fn() });
    expect(optionsOf()).toEqual(['keine', trainer.name, f.roles[3].name]);
    cleanup();

    const holder = { ...demoEmployees(1)[0], departmentId: 1, roleId: steward.id, role: steward.name };
    render(EmployeeForm, { employee: holder, departments, roles, onsaved: vi.fn(), oncancel: vi.fn() });
    expect(optionsOf()).toEqual(['keine', trainer.name, `${steward.name} (stillgelegt)`, f.roles[3].name]);
    expect(screen.getByTestId('employee-role')).toHaveValue(String(steward.id));
  });

  it('sends the version it was loaded with and offers to reload when someone else saved first', async () => {
    const loaded = { ...demoEmployees(1)[0], departmentId: 1, version: 4 };
    // Meanwhile someone else changed the job title (version 5).
    const current = { ...loaded, jobTitle: 'Teamleitung', version: 5 };
    const backend = answer({
      updateEmployee: (_id, version, input) =>
        version === current.version ? { ...current, ...input, version: 6 } : refuse({ kind: 'stale', entity: 'employee' }),
      getEmployeeProfile: () => ({ employee: current, groups: groupsOf(framework()), row: matrixRow(current, []), history: [] }),
    });
    const onsaved = vi.fn();
    render(EmployeeForm, { employee: loaded, departments, roles: [], onsaved, oncancel: vi.fn() });
    const user = userEvent.setup();
    await user.clear(screen.getByTestId('employee-name'));
    await user.type(screen.getByTestId('employee-name'), 'Anna Neu');
    await user.click(screen.getByTestId('employee-save'));

    const stale = await screen.findByTestId('employee-stale');
    expect(stale).toHaveTextContent('Die Person wurde inzwischen geändert — bitte neu laden.');
    expect(backend.argsOf('updateEmployee')[0].slice(0, 2)).toEqual([loaded.id, 4]);
    expect(onsaved).not.toHaveBeenCalled();
    expect(screen.getByTestId('employee-save')).toBeDisabled();

    await user.click(within(stale).getByTestId('employee-reload'));
    await waitFor(() => expect(screen.queryByTestId('employee-stale')).toBeNull());
    expect(backend.argsOf('getEmployeeProfile')).toEqual([[loaded.id]]);
    expect(screen.getByTestId('employee-job-title')).toHaveValue('Teamleitung');
    expect(screen.getByTestId('employee-name')).toHaveValue(current.name);

    await user.click(screen.getByTestId('employee-save'));
    await waitFor(() => expect(onsaved).toHaveBeenCalled());
    expect(backend.argsOf('updateEmployee')[1].slice(0, 2)).toEqual([loaded.id, 5]);
  });

  it('closes on Escape', async () => {
    answer({});
    const oncancel = vi.fn();
    render(EmployeeForm, { departments, roles: [], onsaved: vi.fn(), oncancel });
    await fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(oncancel).toHaveBeenCalled();
  });
});

describe('EmployeesScreen', () => {
  it('renders a name containing HTML as text', async () => {
    const list = demoEmployees(3);
    list[0] = { ...list[0], name: '<img src=x onerror=alert(1)>' };
    answer(listAnswers(() => list));
    const { container } = render(EmployeesScreen);
    await waitFor(() => expect(screen.getAllByTestId('employee-row')).toHaveLength(3));
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('asks before archiving and archives after confirmation', async () => {
    // Once archived, the backend lists the employee as a leaver.
    let list = demoEmployees(3);
    const backend = answer({
      ...listAnswers(() => list),
      archiveEmployee: (id) => {
        list = list.map((e) => (e.id === id ? { ...e, archivedOn: '2026-11-22' } : e));
        return list.find((e) => e.id === id)!;
      },
    });
    render(EmployeesScreen);
    await waitFor(() => expect(screen.getAllByTestId('employee-row')).toHaveLength(3));
    await fireEvent.click(screen.getAllByTestId('employee-archive')[0]);
    expect(backend.commandsCalled()).not.toContain('archiveEmployee');
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getAllByTestId('employee-row')).toHaveLength(2));
    expect(backend.argsOf('archiveEmployee')).toHaveLength(1);
  });
});
