import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import type { ItemKey, Roadmap, RoadmapItem } from '../../bindings.gen';
import RoadmapScreen from './RoadmapScreen.svelte';
import Toasts from '../../lib/Toasts.svelte';
import { toasts } from '../../lib/toast.svelte';
import { answer, refuse, type Answers } from '../../test/ipc';
import { demoRoadmap } from '../../test/pilot-fixtures';

beforeEach(() => {
  // The demo fixture is computed as of 22.11.2026 (day 61); "today" in the dialogs is that day.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 30));
});

afterEach(() => {
  cleanup();
  toasts.list = [];
  vi.useRealTimers();
});

function setup(answers: Answers = {}) {
  const backend = answer({ getRoadmap: demoRoadmap, ...answers });
  render(Toasts);
  render(RoadmapScreen);
  return backend;
}

/** The demo roadmap with `key` changed as the backend would answer after a change. */
function withItem(key: ItemKey, change: Partial<RoadmapItem>, base: Roadmap = demoRoadmap): Roadmap {
  return { ...base, items: base.items.map((i) => (i.key === key ? { ...i, ...change } : i)) };
}

const item = (key: ItemKey) => screen.getAllByTestId('roadmap-item').find((el) => el.dataset.key === key)!;
const check = (key: ItemKey) => within(item(key)).getByTestId('roadmap-check');
const loaded = () => screen.findAllByTestId('roadmap-item');

describe('RoadmapScreen', () => {
  it('shows the period, today, the progress and the three phases with their items', async () => {
    setup();
    await loaded();
    expect(screen.getByTestId('roadmap-period')).toHaveTextContent('23.09.2026 – 21.12.2026');
    expect(screen.getByTestId('roadmap-today')).toHaveTextContent('heute: Tag 61 von 90');
    expect(screen.getByTestId('roadmap-progress')).toHaveTextContent('10 von 15 erledigt');

    const phases = screen.getAllByTestId('roadmap-phase');
    expect(phases.map((p) => within(p).getByRole('heading').textContent)).toEqual([
      'Tage 1–30: Assessment und Strategie',
      'Tage 31–60: Pilotprojekte starten',
      'Tage 61–90: Skalierung vorbereiten',
    ]);
    const keys = (phase: HTMLElement) => within(phase).getAllByTestId('roadmap-item').map((i) => i.dataset.key);
    expect(keys(phases[0])).toEqual(['interviews', 'staffAssessed', 'champions', 'useCasesScored', 'vision']);
    expect(keys(phases[1])).toEqual(['pilotsRunning', 'smallTeams', 'worksCouncil', 'timelines', 'timeMeasured']);
    expect(keys(phases[2])).toEqual(['lessonsDocumented', 'scalingStrategy', 'pilotScaling', 'development', 'communicated']);
    expect(phases[0]).toHaveTextContent('23.09.2026 – 22.10.2026 · 5 von 5 erledigt');
    expect(phases[2]).toHaveTextContent('0 von 5 erledigt');

    expect(item('interviews')).toHaveTextContent('Interviews mit Schlüsselpersonen aller Fachbereiche geführt');
    expect(item('interviews')).toHaveTextContent('fällig am 12.10.2026');
    expect(item('interviews')).toHaveTextContent('erledigt am 03.10.2026');
    expect(item('pilotsRunning')).toHaveTextContent('3 Pilotprojekte laufen mit Zielen');
    expect(within(screen.getByTestId('phase-bar')).getByTestId('phase-bar-today').closest('li')).toHaveAttribute('data-phase', 'scaling');
  });

  it('shows the proof of an item that ticks itself, met or not, and does not let it be ticked', async () => {
    const backend = setup();
    await loaded();
    expect(item('staffAssessed')).toHaveTextContent('prüft sich selbst');
    expect(item('staffAssessed')).toHaveTextContent('140 von 140 Mitarbeitenden bewertet (100 %)');
    expect(item('staffAssessed').dataset.done).toBe('true');
    expect(item('lessonsDocumented').dataset.done).toBe('false');
    // Only the use cases that actually ran as pilots count (not the stopped evaluation).
    expect(item('lessonsDocumented')).toHaveTextContent('Learnings für 1 von 3 Pilotprojekten dokumentiert');
    expect(item('pilotScaling')).toHaveTextContent('Noch kein Pilotprojekt in Skalierung');

    const box = check('lessonsDocumented');
    expect(box).toBeDisabled();
    expect(box).not.toBeChecked();
    expect(box).toHaveAccessibleDescription(
      'Dieser Punkt prüft sich selbst anhand Ihrer Daten und lässt sich nicht von Hand abhaken.',
    );
    expect(check('staffAssessed')).toBeChecked();
    await fireEvent.click(box);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(backend.commandsCalled()).toEqual(['getRoadmap']);
  });

  it('ticks a manual item with today as the default date and shows the returned state', async () => {
    const ticked = withItem('scalingStrategy', { done: true, tickedOn: '2026-11-22' });
    const backend = setup({ tickRoadmapItem: ticked });
    await loaded();
    const box = check('scalingStrategy');
    expect(box).toBeEnabled();
    await fireEvent.click(box);
    expect(box).not.toBeChecked();
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('Skalierungsstrategie: Rollen, Infrastruktur, Governance');
    expect(within(dialog).getByTestId('roadmap-tick-date')).toHaveValue('2026-11-22');
    await fireEvent.click(within(dialog).getByTestId('roadmap-tick-save'));

    await waitFor(() => expect(item('scalingStrategy').dataset.done).toBe('true'));
    expect(backend.argsOf('tickRoadmapItem')).toEqual([['scalingStrategy', '2026-11-22']]);
    expect(check('scalingStrategy')).toBeChecked();
    expect(item('scalingStrategy')).toHaveTextContent('erledigt am 22.11.2026');
    expect(screen.getByTestId('roadmap-progress')).toHaveTextContent('11 von 15 erledigt');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('ticks with another date when one is entered, and shows a refused date at the field', async () => {
    const backend = setup({
      tickRoadmapItem: (key, on) =>
        on === '2026-11-18'
          ? withItem(key, { done: true, tickedOn: on })
          : on === ''
            ? refuse({ kind: 'invalid', field: 'date', problem: { problem: 'notADate' } })
            : refuse({ kind: 'invalid', field: 'date', problem: { problem: 'outOfRange', min: 2000, max: 2100 } }),
    });
    await loaded();
    await fireEvent.click(check('development'));
    const date = screen.getByTestId('roadmap-tick-date');
    await fireEvent.input(date, { target: { value: '0202-11-18' } });
    await fireEvent.click(screen.getByTestId('roadmap-tick-save'));
    expect(await screen.findByTestId('field-error')).toHaveTextContent('Bitte wählen Sie ein Datum zwischen den Jahren 2000 und 2100.');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(item('development').dataset.done).toBe('false');

    // An emptied date is sent as it is (the core refuses it), never as an untick.
    await fireEvent.input(date, { target: { value: '' } });
    await fireEvent.click(screen.getByTestId('roadmap-tick-save'));
    await waitFor(() => expect(screen.getByTestId('field-error')).toHaveTextContent('Bitte geben Sie ein gültiges Datum ein.'));
    expect(item('development').dataset.done).toBe('false');

    await fireEvent.input(date, { target: { value: '2026-11-18' } });
    await fireEvent.click(screen.getByTestId('roadmap-tick-save'));
    await waitFor(() => expect(item('development')).toHaveTextContent('erledigt am 18.11.2026'));
    expect(backend.argsOf('tickRoadmapItem')).toEqual([
      ['development', '0202-11-18'],
      ['development', ''],
      ['development', '2026-11-18'],
    ]);
  });

  it('asks before unticking, and unticks only when confirmed', async () => {
    const backend = setup({ tickRoadmapItem: withItem('interviews', { done: false, tickedOn: null }) });
    await loaded();
    await fireEvent.click(check('interviews'));
    let dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent(
      '„Interviews mit Schlüsselpersonen aller Fachbereiche geführt“ gilt dann wieder als offen; das Erledigt-Datum 03.10.2026 wird entfernt.',
    );
    await fireEvent.click(within(dialog).getByText('Abbrechen'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(backend.commandsCalled()).toEqual(['getRoadmap']);
    expect(check('interviews')).toBeChecked();

    await fireEvent.click(check('interviews'));
    dialog = screen.getByRole('dialog');
    await fireEvent.click(within(dialog).getByTestId('confirm-ok'));
    await waitFor(() => expect(item('interviews').dataset.done).toBe('false'));
    expect(backend.argsOf('tickRoadmapItem')).toEqual([['interviews', null]]);
    expect(item('interviews')).not.toHaveTextContent('erledigt am');
  });

  it('marks overdue items in text, not only by style', async () => {
    setup({ getRoadmap: withItem('vision', { done: false, tickedOn: null, overdue: true }) });
    await loaded();
    expect(item('vision').dataset.overdue).toBe('true');
    expect(within(item('vision')).getByTestId('roadmap-overdue')).toHaveTextContent('überfällig seit 23.10.2026');
    expect(check('vision')).toHaveAccessibleDescription('überfällig seit 23.10.2026');
    expect(screen.getAllByTestId('roadmap-item').filter((i) => i.dataset.overdue === 'true')).toHaveLength(1);
    expect(item('interviews')).not.toHaveTextContent('überfällig');
  });

  it('moves the start through the dialog, with refusals at the field', async () => {
    const moved: Roadmap = { ...demoRoadmap, start: '2026-10-01', end: '2026-12-29', todayDay: 53 };
    const backend = setup({
      setRoadmapStart: (on) =>
        on === '2026-10-01'
          ? moved
          : refuse({ kind: 'invalid', field: 'roadmapStart', problem: { problem: 'outOfRange', min: 2000, max: 2100 } }),
    });
    await loaded();
    await fireEvent.click(screen.getByTestId('roadmap-move-start'));
    const date = screen.getByTestId('roadmap-start-date');
    expect(date).toHaveValue('2026-09-23');

    await fireEvent.input(date, { target: { value: '1999-01-01' } });
    await fireEvent.click(screen.getByTestId('roadmap-start-save'));
    const error = await screen.findByTestId('field-error');
    expect(error).toHaveAttribute('data-field', 'roadmapStart');
    expect(error).toHaveTextContent('Der Beginn der Roadmap muss zwischen den Jahren 2000 und 2100 liegen.');

    await fireEvent.input(date, { target: { value: '2026-10-01' } });
    await fireEvent.click(screen.getByTestId('roadmap-start-save'));
    await waitFor(() => expect(screen.getByTestId('roadmap-period')).toHaveTextContent('01.10.2026 – 29.12.2026'));
    expect(screen.getByTestId('roadmap-today')).toHaveTextContent('heute: Tag 53 von 90');
    expect(backend.argsOf('setRoadmapStart')).toEqual([['1999-01-01'], ['2026-10-01']]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByTestId('toast-info')).toHaveTextContent('Die Roadmap beginnt jetzt am 01.10.2026.');
  });
});
