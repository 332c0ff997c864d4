import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, cleanup } from '@testing-library/svelte';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import EmployeesScreen from './EmployeesScreen.svelte';
import { createHandler, demoState } from '../../dev/mock-backend';

afterEach(() => {
  cleanup();
  clearMocks();
});

describe('EmployeesScreen import', () => {
  it('imports through the dialog, closes it and reloads the list', async () => {
    const handler = createHandler(demoState(6));
    const calls: { cmd: string; args: Record<string, unknown> }[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args: args as Record<string, unknown> });
      return handler(cmd, args as Record<string, unknown>);
    });
    render(EmployeesScreen);
    await waitFor(() => expect(screen.getAllByTestId('employee-row')).toHaveLength(6));
    await fireEvent.click(screen.getByTestId('employee-import'));
    await fireEvent.click(screen.getByTestId('import-pick'));
    await fireEvent.click(await screen.findByTestId('import-create-missing'));
    await waitFor(() => expect(screen.getByTestId('import-apply')).toBeEnabled());
    const listsBefore = calls.filter((c) => c.cmd === 'list_employees').length;
    await fireEvent.click(screen.getByTestId('import-apply'));
    await waitFor(() => expect(screen.queryByTestId('import-dialog')).toBeNull());
    expect(calls.find((c) => c.cmd === 'apply_import')!.args).toEqual({
      path: '/home/nutzer/Dokumente/Import Mitarbeitende.csv',
      createMissing: true,
    });
    await waitFor(() => expect(calls.filter((c) => c.cmd === 'list_employees').length).toBe(listsBefore + 1));
  });
});
