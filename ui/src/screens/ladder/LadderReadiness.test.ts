import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Ladder, Readiness } from '../../bindings.gen';
import LadderScreen from './LadderScreen.svelte';
import Toasts from '../../lib/Toasts.svelte';
import { toasts } from '../../lib/toast.svelte';
import { answer, refuse, type Answers } from '../../test/ipc';
import { TODAY } from '../../test/fixtures';
import { demoLadder } from '../../test/growth-fixtures';

// The demo ladder was computed as of TODAY: the UI's "today" is that day too.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T10:00:00`));
});

afterEach(() => {
  cleanup();
  toasts.list = [];
  vi.useRealTimers();
});

const BIRGIT = 16; // KI-Anwender since 16.12.2025, 4 of 8 for KI-Spezialist
const KAISER = 'Matthias Kaiser'; // KI-Experte: the top stage

async function setup(answers: Answers = {}) {
  const backend = answer({ getLadder: () => structuredClone(demoLadder), ...answers });
  render(Toasts);
  render(LadderScreen);
  await screen.findAllByTestId('stage-column');
  await fireEvent.click(screen.getByTestId('ladder-view-readiness'));
  await screen.findByTestId('readiness-list');
  return backend;
}

const rows = () => screen.getAllByTestId('readiness-row');
const names = () => rows().map((r) => within(r).getByRole('rowheader').firstChild?.textContent?.trim());
const row = (employeeId: number) => rows().find((r) => r.dataset.employeeId === String(employeeId))!;
const missing = (r: HTMLElement) => within(within(r).getByTestId('readiness-missing')).queryAllByRole('listitem').map((li) => li.textContent);
const fieldErrorAt = async (field: string) =>
  (await screen.findAllByTestId('field-error')).find((e) => e.dataset.field === field);

describe('LadderScreen readiness', () => {
  it('lists everyone closest to their next stage first and explains how readiness is computed', async () => {
    await setup();
    expect(rows()).toHaveLength(140);
    expect(screen.getByTestId('readiness-explain')).toHaveTextContent(
      'Bereitschaft = Anteil der Anforderungen der nächsten Stufe, die erfüllt sind – berechnet aus den aktuellen Daten (Talentmatrix, KI-Reifegrad, Lernpfade, Pilotteams, Mentoring), Stand 22.11.2026.',
    );
    expect(names().slice(0, 4)).toEqual(['Anja Huber', 'Frank Maier', 'Franziska Weber', 'Petra Bauer']);
    expect(within(rows()[0]).getByTestId('readiness')).toHaveTextContent(/^83\s%/);
    expect(screen.getByTestId('readiness-sort-readiness').closest('th')).toHaveAttribute('aria-sort', 'descending');
    // The two on the top stage have no readiness: they come last and say so.
    expect(names().slice(-2)).toEqual(['Jürgen Schulze', KAISER]);
    const top = rows().at(-1)!;
    expect(within(top).getByTestId('readiness')).toHaveTextContent('höchste Stufe');
    expect(within(top).getByTestId('readiness-stage')).toHaveTextContent('KI-Experte');
    expect(within(top).getByTestId('readiness-next')).toHaveTextContent('–');
  });

  it('shows what is missing in words', async () => {
    await setup();
    const birgit = row(BIRGIT);
    expect(within(birgit).getByTestId('readiness-stage')).toHaveTextContent('KI-Anwender seit 16.12.2025');
    expect(within(birgit).getByTestId('readiness-next')).toHaveTextContent('KI-Spezialist');
    expect(within(birgit).getByTestId('readiness')).toHaveAttribute('title', '4 von 8 Anforderungen für KI-Spezialist erfüllt');
    expect(missing(birgit)).toEqual([
      'A1 KI-Werkzeuge im Arbeitsalltag: Stufe 0 statt 2',
      'KI-Reifegrad 1,8 statt 2,0',
      'Lernpfad „Power-User“ nicht abgeschlossen',
      'Noch in keinem Pilotteam',
    ]);
    const holger = rows().find((r) => r.textContent?.includes('Holger Köhler'))!;
    expect(missing(holger)).toContain('G3 Grenzen und Risiken: nicht eingeschätzt, nötig Stufe 2');
    expect(missing(holger)).toContain('KI-Reifegrad nicht eingeschätzt, nötig 2,0');
  });

  it('sorts by name and by department when their headers are clicked, again the other way round', async () => {
    await setup();
    await fireEvent.click(screen.getByTestId('readiness-sort-name'));
    expect(names().slice(0, 3)).toEqual(['Andreas Koch', 'Andreas Krause', 'Anja Hoffmann']);
    expect(screen.getByTestId('readiness-sort-name').closest('th')).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByTestId('readiness-sort-readiness').closest('th')).not.toHaveAttribute('aria-sort');
    await fireEvent.click(screen.getByTestId('readiness-sort-name'));
    expect(names()[0]).toBe('Zoë Zimmermann');

    await fireEvent.click(screen.getByTestId('readiness-sort-department'));
    const departments = rows().map((r) => r.children[1].textContent);
    expect(departments[0]).toBe('Geschäftsführung & Verwaltung');
    expect(departments.at(-1)).toBe('Vertrieb');

    await fireEvent.click(screen.getByTestId('readiness-sort-readiness'));
    expect(names()[0]).toBe('Anja Huber');
  });

  it('narrows the list to a department and to a search', async () => {
    await setup();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByTestId('readiness-department'), 'IT');
    expect(rows()).toHaveLength(16);
    expect(rows().every((r) => r.children[1].textContent === 'IT')).toBe(true);
    expect(names()[0]).toBe('Bernd Hofmann');
    expect(screen.getByTestId('readiness-count')).toHaveTextContent('16 von 140 Personen');

    await user.type(screen.getByTestId('readiness-search'), 'schulze');
    expect(names()).toEqual(['Jürgen Schulze']);

    await user.selectOptions(screen.getByTestId('readiness-department'), 'Alle Abteilungen');
    expect([...names()].sort()).toEqual(['Elif Schulze', 'Jürgen Schulze', 'Matthias Schulze']);

    await user.clear(screen.getByTestId('readiness-search'));
    await user.type(screen.getByTestId('readiness-search'), 'niemand');
    expect(screen.getByTestId('readiness-none')).toHaveTextContent('Niemand passt zu Suche und Abteilung.');
  });
});

describe('LadderScreen readiness without stages', () => {
  it('says to create the stages first instead of listing nobody as ready', async () => {
    const ladder: Ladder = structuredClone(demoLadder);
    ladder.stages = [];
    ladder.people = ladder.people.map((p) => ({ ...p, stage: null, stageSince: null, next: null, percent: null, met: 0, total: 0, missing: [] }));
    answer({ getLadder: ladder });
    render(LadderScreen);
    await screen.findByTestId('ladder-empty');
    await fireEvent.click(screen.getByTestId('ladder-view-readiness'));
    expect(await screen.findByTestId('readiness-empty')).toHaveTextContent('Legen Sie in der Übersicht zuerst die Stufen an');
    expect(screen.queryByTestId('readiness-list')).toBeNull();
  });
});

describe('LadderScreen setting a stage', () => {
  /** Birgit Schröder as the backend answers after she became KI-Spezialist today. */
  function promoted(): Readiness {
    const birgit = demoLadder.people.find((p) => p.employeeId === BIRGIT)!;
    const specialist = demoLadder.people.find((p) => p.stage?.id === 2)!;
    return {
      ...structuredClone(specialist),
      employeeId: birgit.employeeId,
      personnelNumber: birgit.personnelNumber,
      name: birgit.name,
      departmentId: birgit.departmentId,
      department: birgit.department,
      stageSince: TODAY,
    };
  }

  it('sends the chosen stage and day, then reloads the list', async () => {
    let after: Readiness | null = null;
    const backend = await setup({
      getLadder: () => {
        const ladder: Ladder = structuredClone(demoLadder);
        if (after) ladder.people = ladder.people.map((p) => (p.employeeId === BIRGIT ? after! : p));
        return ladder;
      },
      setEmployeeStage: () => (after = promoted()),
    });
    const button = within(row(BIRGIT)).getByTestId('readiness-set-stage');
    expect(button).toHaveAccessibleName('Stufe setzen für Birgit Schröder');
    await fireEvent.click(button);

    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('Stufe setzen: Birgit Schröder');
    expect(screen.getByTestId('set-stage-current')).toHaveTextContent('Aktuell: KI-Anwender seit 16.12.2025.');
    // The next stage is proposed, from today.
    const stage = screen.getByTestId('set-stage-stage') as HTMLSelectElement;
    expect(stage.selectedOptions[0].textContent).toBe('Stufe 2 · KI-Spezialist');
    expect([...stage.options].map((o) => o.textContent)).toEqual([
      'keine Stufe',
      'Stufe 1 · KI-Anwender',
      'Stufe 2 · KI-Spezialist',
      'Stufe 3 · KI-Experte',
    ]);
    expect(screen.getByTestId('set-stage-since')).toHaveValue(TODAY);
    const user = userEvent.setup();
    await user.clear(screen.getByTestId('set-stage-since'));
    await user.type(screen.getByTestId('set-stage-since'), '2026-11-20');
    await user.click(screen.getByTestId('set-stage-save'));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.argsOf('setEmployeeStage')).toEqual([[BIRGIT, 2, '2026-11-20']]);
    await waitFor(() => expect(backend.argsOf('getLadder')).toHaveLength(2));
    expect(within(row(BIRGIT)).getByTestId('readiness-stage')).toHaveTextContent('KI-Spezialist seit 22.11.2026');
    expect(screen.getByTestId('toast-info')).toHaveTextContent('Birgit Schröder: Stufe »KI-Spezialist« gesetzt.');
    await waitFor(() => expect(within(row(BIRGIT)).getByTestId('readiness-set-stage')).toHaveFocus());
  });

  it('sends no stage when "keine Stufe" is chosen', async () => {
    const backend = await setup({ setEmployeeStage: () => ({ ...structuredClone(demoLadder.people.find((p) => p.employeeId === BIRGIT)!), stage: null, stageSince: null }) });
    await fireEvent.click(within(row(BIRGIT)).getByTestId('readiness-set-stage'));
    const user = userEvent.setup();
    await user.selectOptions(screen.getByTestId('set-stage-stage'), 'keine Stufe');
    await user.click(screen.getByTestId('set-stage-save'));
    await waitFor(() => expect(backend.argsOf('setEmployeeStage')).toEqual([[BIRGIT, null, TODAY]]));
  });

  it('shows a refused day at the date field and keeps the dialog open', async () => {
    const backend = await setup({
      setEmployeeStage: () => refuse({ kind: 'invalid', field: 'date', problem: { problem: 'notAllowed' } }),
    });
    await fireEvent.click(within(row(BIRGIT)).getByTestId('readiness-set-stage'));
    const user = userEvent.setup();
    await user.clear(screen.getByTestId('set-stage-since'));
    await user.type(screen.getByTestId('set-stage-since'), '2025-01-01{Enter}');

    expect(await fieldErrorAt('date')).toHaveTextContent('Dieses Datum ist hier nicht möglich');
    expect(screen.getByRole('dialog')).toHaveTextContent('frühestens 16.12.2025, nicht in der Zukunft');
    expect(screen.getByTestId('set-stage-since')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('set-stage-since')).toHaveValue('2025-01-01');
    expect(backend.argsOf('setEmployeeStage')).toEqual([[BIRGIT, 2, '2025-01-01']]);
    expect(backend.argsOf('getLadder')).toHaveLength(1);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
