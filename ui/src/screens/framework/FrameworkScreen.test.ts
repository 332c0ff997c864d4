import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import FrameworkScreen from './FrameworkScreen.svelte';
import Toasts from '../../lib/Toasts.svelte';
import { toasts } from '../../lib/toast.svelte';
import { answer, refuse, type Answers } from '../../test/ipc';
import { framework as demoFramework } from '../../test/fixtures';

afterEach(() => {
  cleanup();
  toasts.list = [];
});

/** The framework screen on the demo framework; `answers` add what a test exercises. */
function setup(answers: Answers) {
  const framework = demoFramework();
  const backend = answer({ getFramework: framework, ...answers });
  render(Toasts);
  render(FrameworkScreen);
  return { framework, backend };
}

describe('FrameworkScreen pillars', () => {
  it('shows a taken name at the add field and keeps the input', async () => {
    const { framework } = setup({
      createPillar: () => refuse({ kind: 'invalid', field: 'pillarName', problem: { problem: 'taken' } }),
    });
    await waitFor(() => expect(screen.getAllByTestId('pillar-row').length).toBe(framework.pillars.length));
    const user = userEvent.setup();
    await user.type(screen.getByTestId('pillar-add-input'), `${framework.pillars[0].name}{Enter}`);
    const error = await screen.findByTestId('field-error');
    expect(error).toHaveAttribute('data-field', 'pillarName');
    expect(error).toHaveTextContent('Eine Säule mit diesem Namen gibt es bereits.');
    expect(screen.getByTestId('pillar-add-input')).toHaveValue(framework.pillars[0].name);
  });

  it('renames a pillar and refuses to delete one that still has competencies', async () => {
    // After the rename the backend lists the pillar under its new name.
    let renamed: { id: number; name: string } | null = null;
    const { framework, backend } = setup({
      getFramework: () => {
        const f = demoFramework();
        return { ...f, pillars: f.pillars.map((p) => (p.id === renamed?.id ? renamed : p)) };
      },
      renamePillar: (id, name) => (renamed = { id, name }),
      deletePillar: () => refuse({ kind: 'invalid', field: 'pillar', problem: { problem: 'inUse' } }),
    });
    await waitFor(() => expect(screen.getAllByTestId('pillar-row').length).toBe(framework.pillars.length));
    const first = framework.pillars[0];
    const user = userEvent.setup();
    await user.click(within(screen.getAllByTestId('pillar-row')[0]).getByTestId('pillar-rename'));
    await user.clear(screen.getByTestId('pillar-rename-input'));
    await user.type(screen.getByTestId('pillar-rename-input'), 'Basiswissen{Enter}');
    await waitFor(() => expect(screen.getAllByTestId('pillar-row')[0]).toHaveTextContent('Basiswissen'));
    expect(backend.argsOf('renamePillar')).toEqual([[first.id, 'Basiswissen']]);

    await fireEvent.click(within(screen.getAllByTestId('pillar-row')[0]).getByTestId('pillar-delete'));
    expect(screen.getByRole('dialog')).toHaveTextContent('Die Säule „Basiswissen“ wird gelöscht.');
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    expect(await screen.findByTestId('toast-error')).toHaveTextContent('enthält noch Kompetenzen');
    expect(screen.getAllByTestId('pillar-row').length).toBe(framework.pillars.length);
    expect(backend.argsOf('deletePillar')).toEqual([[first.id]]);
  });
});
