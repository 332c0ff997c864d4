import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import LiteracyDialog from './LiteracyDialog.svelte';
import { answer, refuse } from '../../test/ipc';

afterEach(() => cleanup());

describe('LiteracyDialog', () => {
  it('saves the record as of the chosen day, with the owner and a review a year later', async () => {
    const onclose = vi.fn();
    const backend = answer({ saveLiteracyRecord: '/home/nutzer/Dokumente/KI-Kompetenz-Nachweis-2026-06-30.pdf' });
    render(LiteracyDialog, { onclose });
    expect(screen.getByTestId('literacy-owner')).toHaveValue('Geschäftsführung');
    await fireEvent.change(screen.getByTestId('literacy-as-of'), { target: { value: '2026-06-30' } });
    expect(screen.getByTestId('literacy-next-review')).toHaveValue('2027-06-30');
    await fireEvent.input(screen.getByTestId('literacy-owner'), { target: { value: 'Personalleitung' } });
    await fireEvent.click(screen.getByTestId('literacy-pdf'));
    await waitFor(() => expect(onclose).toHaveBeenCalled());
    expect(backend.argsOf('saveLiteracyRecord')).toEqual([
      [{ asOf: '2026-06-30', owner: 'Personalleitung', nextReview: '2027-06-30', format: 'pdf' }],
    ]);
  });

  it('shows a refused review date at its field, keeps the dialog open, and saves CSV too', async () => {
    const onclose = vi.fn();
    let calls = 0;
    const backend = answer({
      saveLiteracyRecord: () => {
        if (calls++ === 0) refuse({ kind: 'invalid', field: 'nextReview', problem: { problem: 'beforeStart' } });
        return '/home/nutzer/Dokumente/nachweis.csv';
      },
    });
    render(LiteracyDialog, { onclose });
    await fireEvent.input(screen.getByTestId('literacy-next-review'), { target: { value: '2020-01-01' } });
    await fireEvent.click(screen.getByTestId('literacy-csv'));
    const message = await screen.findByTestId('field-error');
    expect(message).toHaveAttribute('data-field', 'nextReview');
    expect(message).toHaveTextContent('Die nächste Überprüfung darf nicht vor dem Stichtag liegen.');
    expect(onclose).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId('literacy-csv'));
    await waitFor(() => expect(onclose).toHaveBeenCalled());
    expect(backend.argsOf('saveLiteracyRecord').map(([input]) => input.format)).toEqual(['csv', 'csv']);
  });

  it('a cancelled save dialog leaves the dialog open', async () => {
    const onclose = vi.fn();
    answer({ saveLiteracyRecord: null });
    render(LiteracyDialog, { onclose });
    await fireEvent.click(screen.getByTestId('literacy-pdf'));
    await new Promise((r) => setTimeout(r, 20));
    expect(onclose).not.toHaveBeenCalled();
  });
});
