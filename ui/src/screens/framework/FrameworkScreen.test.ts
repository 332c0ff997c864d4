import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import FrameworkScreen from './FrameworkScreen.svelte';
import Toasts from '../../lib/Toasts.svelte';
import { toasts } from '../../lib/toast.svelte';
import { createHandler, demoState } from '../../dev/mock-backend';

afterEach(() => {
  cleanup();
  clearMocks();
  toasts.list = [];
});

function setup() {
  const state = demoState(3);
  const handler = createHandler(state);
  const calls: { cmd: string; args: Record<string, unknown> }[] = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    return handler(cmd, args as Record<string, unknown>);
  });
  render(Toasts);
  render(FrameworkScreen);
  return { state, calls };
}

describe('FrameworkScreen pillars', () => {
  it('shows a taken name at the add field and keeps the input', async () => {
    const { state } = setup();
    await waitFor(() => expect(screen.getAllByTestId('pillar-row').length).toBe(state.pillars.length));
    const user = userEvent.setup();
    await user.type(screen.getByTestId('pillar-add-input'), `${state.pillars[0].name}{Enter}`);
    const error = await screen.findByTestId('field-error');
    expect(error).toHaveAttribute('data-field', 'pillarName');
    expect(error).toHaveTextContent('Eine Säule mit diesem Namen gibt es bereits.');
    expect(screen.getByTestId('pillar-add-input')).toHaveValue(state.pillars[0].name);
  });

  it('renames a pillar and refuses to delete one that still has competencies', async () => {
    const { state, calls } = setup();
    await waitFor(() => expect(screen.getAllByTestId('pillar-row').length).toBe(state.pillars.length));
    const first = state.pillars[0];
    const user = userEvent.setup();
    await user.click(within(screen.getAllByTestId('pillar-row')[0]).getByTestId('pillar-rename'));
    await user.clear(screen.getByTestId('pillar-rename-input'));
    await user.type(screen.getByTestId('pillar-rename-input'), 'Basiswissen{Enter}');
    await waitFor(() => expect(screen.getAllByTestId('pillar-row')[0]).toHaveTextContent('Basiswissen'));
    expect(calls.find((c) => c.cmd === 'rename_pillar')?.args).toEqual({ id: first.id, name: 'Basiswissen' });

    await fireEvent.click(within(screen.getAllByTestId('pillar-row')[0]).getByTestId('pillar-delete'));
    expect(screen.getByRole('dialog')).toHaveTextContent('Die Säule „Basiswissen“ wird gelöscht.');
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    expect(await screen.findByTestId('toast-error')).toHaveTextContent('enthält noch Kompetenzen');
    expect(screen.getAllByTestId('pillar-row').length).toBe(state.pillars.length);
  });
});
