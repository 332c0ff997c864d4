import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Pillar } from '../../bindings.gen';
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
    let renamed: Pillar | null = null;
    const { framework, backend } = setup({
      getFramework: () => {
        const f = demoFramework();
        return { ...f, pillars: f.pillars.map((p) => (p.id === renamed?.id ? renamed : p)) };
      },
      renamePillar: (id, name) => (renamed = { id, name, retiredOn: null }),
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

describe('FrameworkScreen retiring', () => {
  it('explains retiring before a delete and says "stillgelegt" when the backend retired it', async () => {
    // The competency has assessments: the backend retires it and lists it as retired.
    let retired: number | null = null;
    const { framework, backend } = setup({
      getFramework: () => {
        const f = demoFramework();
        return { ...f, competencies: f.competencies.map((c) => (c.id === retired ? { ...c, retiredOn: '2026-11-22' } : c)) };
      },
      deleteCompetency: (id) => {
        retired = id;
        return 'retired';
      },
    });
    const g2 = framework.competencies.find((c) => c.code === 'G2')!;
    const row = () => screen.getAllByTestId('competency-row').find((r) => r.dataset.competencyCode === 'G2')!;
    await waitFor(() => expect(screen.getAllByTestId('competency-row')).toHaveLength(16));
    await fireEvent.click(within(row()).getByTestId('competency-delete'));
    expect(screen.getByRole('dialog')).toHaveTextContent(
      'Hat sie bereits Einschätzungen, wird sie stillgelegt statt gelöscht: ausgeblendet, aber in der Historie erhalten; Sie können sie jederzeit reaktivieren.',
    );
    expect(backend.commandsCalled()).not.toContain('deleteCompetency');
    await fireEvent.click(screen.getByTestId('confirm-ok'));

    expect(await screen.findByTestId('toast-info')).toHaveTextContent('„G2 Prompt Engineering“ wurde stillgelegt');
    expect(backend.argsOf('deleteCompetency')).toEqual([[g2.id]]);
    await waitFor(() => expect(within(row()).getByTestId('competency-retired')).toHaveTextContent('stillgelegt seit 22.11.2026'));
    expect(within(row()).queryByTestId('competency-delete')).toBeNull();
  });

  it('says "gelöscht" when the backend deleted it', async () => {
    const { framework } = setup({ deleteRole: 'deleted' });
    await waitFor(() => expect(screen.getAllByTestId('role-row')).toHaveLength(framework.roles.length));
    await fireEvent.click(within(screen.getAllByTestId('role-row')[0]).getByTestId('role-delete'));
    expect(screen.getByRole('dialog')).toHaveTextContent('Haben bereits Personen diese Rolle, wird sie stillgelegt statt gelöscht');
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    expect(await screen.findByTestId('toast-info')).toHaveTextContent(`„${framework.roles[0].name}“ wurde gelöscht.`);
  });

  it('shows a retired role greyed with its date and reactivates it', async () => {
    let retiredOn: string | null = '2026-10-01';
    const { framework, backend } = setup({
      getFramework: () => {
        const f = demoFramework();
        return { ...f, roles: f.roles.map((r, i) => (i === 1 ? { ...r, retiredOn } : r)) };
      },
      reactivateRole: (id) => {
        retiredOn = null;
        return { ...demoFramework().roles[1], id };
      },
    });
    await waitFor(() => expect(screen.getAllByTestId('role-row')).toHaveLength(framework.roles.length));
    const row = () => screen.getAllByTestId('role-row')[1];
    expect(row()).toHaveClass('retired');
    expect(within(row()).getByTestId('role-retired')).toHaveTextContent('stillgelegt seit 01.10.2026');
    expect(within(row()).queryByTestId('role-delete')).toBeNull();

    await fireEvent.click(within(row()).getByTestId('role-reactivate'));
    expect(await screen.findByTestId('toast-info')).toHaveTextContent(`„${framework.roles[1].name}“ ist wieder aktiv.`);
    expect(backend.argsOf('reactivateRole')).toEqual([[framework.roles[1].id]]);
    await waitFor(() => expect(within(row()).queryByTestId('role-retired')).toBeNull());
    expect(within(row()).getByTestId('role-delete')).toBeInTheDocument();
  });

  it('reactivates a retired pillar from its row', async () => {
    const { framework, backend } = setup({
      getFramework: () => {
        const f = demoFramework();
        return { ...f, pillars: f.pillars.map((p, i) => (i === 3 ? { ...p, retiredOn: '2026-09-30' } : p)) };
      },
      reactivatePillar: (id) => ({ id, name: 'Datenkompetenz', retiredOn: null }),
    });
    await waitFor(() => expect(screen.getAllByTestId('pillar-row')).toHaveLength(framework.pillars.length));
    const row = screen.getAllByTestId('pillar-row')[3];
    expect(within(row).getByTestId('pillar-retired')).toHaveTextContent('stillgelegt seit 30.09.2026');
    expect(within(row).queryByTestId('pillar-delete')).toBeNull();
    await fireEvent.click(within(row).getByTestId('pillar-reactivate'));
    expect(await screen.findByTestId('toast-info')).toHaveTextContent('„Datenkompetenz“ ist wieder aktiv.');
    expect(backend.argsOf('reactivatePillar')).toEqual([[framework.pillars[3].id]]);
  });
});
