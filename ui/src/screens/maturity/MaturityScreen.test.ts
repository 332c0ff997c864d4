import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Comparison, Department, Employee, MaturityAssessment, MaturityOverview, NewMaturity } from '../../bindings.gen';
import MaturityScreen from './MaturityScreen.svelte';
import Toasts from '../../lib/Toasts.svelte';
import { toasts } from '../../lib/toast.svelte';
import { answer, refuse, type Answers } from '../../test/ipc';
import { employees, TODAY } from '../../test/fixtures';
import { demoComparison, demoMaturityOverview, demoPersonGrowth } from '../../test/growth-fixtures';

// The demo figures were computed as of TODAY: the UI's "today" is that day too.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T10:00:00`));
});

afterEach(() => {
  cleanup();
  toasts.list = [];
  vi.useRealTimers();
});

/** The demo company's departments (ids and names as the core's demo numbers them). */
const demoDepartments: Department[] = [
  { id: 1, name: 'Geschäftsführung & Verwaltung', activeEmployees: 18 },
  { id: 2, name: 'Vertrieb', activeEmployees: 23 },
  { id: 3, name: 'Konstruktion', activeEmployees: 19 },
  { id: 4, name: 'Produktion', activeEmployees: 48 },
  { id: 5, name: 'Qualität', activeEmployees: 16 },
  { id: 6, name: 'IT', activeEmployees: 16 },
];

/** Elif Schulze (Vertrieb) is the person of `demoPersonGrowth`; the others are colleagues. */
const ELIF = 27;
const people: Employee[] = [
  { ...employees(3)[0], id: 12, name: 'Anna Müller', departmentId: 4, department: 'Produktion' },
  { ...employees(3)[1], id: ELIF, name: 'Elif Schulze', departmentId: 2, department: 'Vertrieb' },
  { ...employees(3)[2], id: 31, name: 'Jonas Weber', departmentId: 6, department: 'IT' },
];

function setup(answers: Answers = {}) {
  const backend = answer({
    listDepartments: demoDepartments,
    getMaturityOverview: demoMaturityOverview,
    compareMaturity: demoComparison,
    listEmployees: people,
    getPersonGrowth: demoPersonGrowth,
    ...answers,
  });
  render(Toasts);
  render(MaturityScreen);
  return backend;
}

const text = (el: Element) => el.textContent?.replace(/\s+/g, ' ').trim();
const cells = (row: HTMLElement) => [...row.children].map(text);
const tableRows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map(cells);
const fieldErrorAt = async (field: string) =>
  (await screen.findAllByTestId('field-error')).find((e) => e.dataset.field === field);

async function openView(view: 'overview' | 'compare' | 'rate') {
  await fireEvent.click(screen.getByTestId(`maturity-view-${view}`));
}

describe('MaturityScreen: Überblick', () => {
  it('shows the company radar, index and rated people, counted up to the last month end', async () => {
    const backend = setup();
    const company = await screen.findByTestId('maturity-company');
    expect(backend.argsOf('getMaturityOverview')).toEqual([[null]]);
    expect(screen.getByTestId('maturity-as-of')).toHaveValue(TODAY);
    expect(screen.getByTestId('maturity-counted')).toHaveTextContent('gezählt bis 31.10.2026');
    expect(screen.getByTestId('maturity-counted')).toHaveTextContent('bis zum letzten abgeschlossenen Monatsende');

    expect(within(company).getByTestId('maturity-company-index')).toHaveTextContent('1,6 von 3');
    expect(within(company).getByTestId('maturity-company-rated')).toHaveTextContent('119 von 140 Personen bewertet');
    expect(tableRows(within(company).getByTestId('maturity-company-radar-table'))).toEqual([
      ['Tool-Kenntnisse', '1,6'],
      ['Anwendungsbreite', '1,6'],
      ['Selbstständigkeit', '1,7'],
      ['Innovation', '1,7'],
      ['Wissensteilung', '1,6'],
    ]);
    // People at level 1, 2 and 3 per dimension, each level named.
    const distribution = within(company).getByTestId('maturity-distribution');
    expect(tableRows(distribution)[0]).toEqual([
      'Tool-Kenntnisse',
      '1,6',
      '59 Basis-Prompting',
      '46 Erweiterte Techniken',
      '14 Tool-Integration',
    ]);
    expect(tableRows(distribution)[4]).toEqual(['Wissensteilung', '1,6', '65 Konsument', '40 Gelegentlicher Beitrag', '14 Aktiver Multiplikator']);

    const departments = screen.getAllByTestId('maturity-department');
    expect(departments.map((d) => within(d).getByRole('heading').textContent)).toEqual(demoDepartments.map((d) => d.name));
    expect(departments[5]).toHaveTextContent('2,4 von 3');
    expect(departments[5]).toHaveTextContent('13 von 16 Personen bewertet');
    expect(within(departments[5]).getByTestId('maturity-department-radar')).toBeInTheDocument();
    expect(screen.getByTestId('maturity-privacy')).toHaveTextContent(
      'Einzelne Bewertungen sind für Entwicklungsgespräche gedacht, nicht für die Leistungsbeurteilung. Gruppenwerte zeigt Talentwerk erst ab fünf bewerteten Personen.',
    );
  });

  it('says "zu wenige Personen" for a department whose figures the backend withholds, and why', async () => {
    const few: MaturityOverview = structuredClone(demoMaturityOverview);
    few.departments[5] = { ...few.departments[5], activePeople: 4, peopleRated: 3, figures: null };
    setup({ getMaturityOverview: few });
    await screen.findByTestId('maturity-company');
    const it = screen.getAllByTestId('maturity-department')[5];
    expect(it).toHaveAttribute('data-withheld', 'true');
    expect(it).toHaveTextContent('zu wenige Personen (unter 5)');
    expect(it).not.toHaveTextContent('von 3');
    expect(within(it).queryByTestId('maturity-department-radar')).toBeNull();
    expect(screen.getByTestId('maturity-overview')).toHaveTextContent(
      'Gruppen unter 5 bewerteten Personen werden nie gezeigt – sonst ließe sich die Bewertung Einzelner durch die Hintertür ablesen.',
    );
  });

  it('asks the backend for the chosen day and goes back to today', async () => {
    const june: MaturityOverview = structuredClone(demoMaturityOverview);
    june.company = { ...june.company, asOf: '2026-06-30', peopleRated: 0, figures: null };
    const backend = setup({ getMaturityOverview: (asOf) => (asOf === '2026-07-15' ? june : demoMaturityOverview) });
    await screen.findByTestId('maturity-company-index');

    await fireEvent.change(screen.getByTestId('maturity-as-of'), { target: { value: '2026-07-15' } });
    await waitFor(() => expect(screen.getByTestId('maturity-counted')).toHaveTextContent('gezählt bis 30.06.2026'));
    expect(backend.argsOf('getMaturityOverview')).toEqual([[null], ['2026-07-15']]);
    // Nobody rated by then: the empty state leads to the rating view.
    expect(screen.getByTestId('maturity-empty')).toHaveTextContent('Bis 30.06.2026 ist noch niemand bewertet.');

    await fireEvent.click(screen.getByTestId('maturity-today'));
    await waitFor(() => expect(screen.getByTestId('maturity-counted')).toHaveTextContent('gezählt bis 31.10.2026'));
    expect(backend.argsOf('getMaturityOverview')).toEqual([[null], ['2026-07-15'], [null]]);
    expect(screen.getByTestId('maturity-today')).toBeDisabled();
  });

  it('shows a refused "Stand" at the date field and keeps the figures', async () => {
    setup({
      getMaturityOverview: (asOf) =>
        asOf === null ? demoMaturityOverview : refuse({ kind: 'invalid', field: 'date', problem: { problem: 'outOfRange', min: 2000, max: 2100 } }),
    });
    await screen.findByTestId('maturity-company-index');
    await fireEvent.change(screen.getByTestId('maturity-as-of'), { target: { value: '1900-01-31' } });
    expect(await fieldErrorAt('date')).toHaveTextContent('Bitte wählen Sie ein Datum zwischen den Jahren 2000 und 2100.');
    expect(screen.getByTestId('maturity-as-of')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('maturity-company-index')).toHaveTextContent('1,6');
  });
});

describe('MaturityScreen: Vorher/Nachher', () => {
  it('compares three months ago with today for the company and shows the backend’s deltas', async () => {
    const backend = setup();
    await screen.findByTestId('maturity-company');
    await openView('compare');
    const result = await screen.findByTestId('maturity-comparison');
    expect(screen.getByTestId('maturity-before')).toHaveValue('2026-08-22');
    expect(screen.getByTestId('maturity-after')).toHaveValue(TODAY);
    expect(backend.argsOf('compareMaturity')).toEqual([['2026-08-22', TODAY, 'company']]);

    expect(within(result).getByTestId('maturity-compared-days')).toHaveTextContent('Verglichen werden die Monatsenden 31.08.2026 und 31.10.2026.');
    expect(within(result).getByTestId('maturity-compared')).toHaveTextContent(
      '119 Personen verglichen (nur wer zu beiden Zeitpunkten bewertet war)',
    );
    expect(within(result).getAllByTestId('maturity-delta').map(cells)).toEqual([
      ['Tool-Kenntnisse', '1,2', '1,6', '+0,4'],
      ['Anwendungsbreite', '1,2', '1,6', '+0,4'],
      ['Selbstständigkeit', '1,3', '1,7', '+0,5'],
      ['Innovation', '1,3', '1,7', '+0,3'],
      ['Wissensteilung', '1,3', '1,6', '+0,3'],
      ['Reifegrad-Index', '1,3', '1,6', '+0,4'],
    ]);
    // The overlay: before dashed, after solid, both in the text alternative.
    const radar = within(result).getByTestId('maturity-compare-radar');
    expect(within(radar).getAllByTestId('maturity-compare-radar-series').map((s) => s.dataset.dashed)).toEqual(['true', 'false']);
    expect(within(radar).getAllByRole('columnheader').map(text)).toEqual(['Dimension', 'Vorher (31.08.2026)', 'Nachher (31.10.2026)']);
    expect(tableRows(within(radar).getByTestId('maturity-compare-radar-table'))[2]).toEqual(['Selbstständigkeit', '1,3', '1,7']);
  });

  it('asks for a department when one is chosen and says "zu wenige Personen" when the backend withholds it', async () => {
    const withheld: Comparison = { ...demoComparison, scope: { department: 6 }, peopleCompared: 4, figures: null };
    const backend = setup({ compareMaturity: (_b, _a, scope) => (scope === 'company' ? demoComparison : withheld) });
    await screen.findByTestId('maturity-company');
    await openView('compare');
    await screen.findByTestId('maturity-deltas');

    await fireEvent.change(screen.getByTestId('maturity-scope'), { target: { value: '6' } });
    expect(await screen.findByTestId('maturity-compare-few')).toHaveTextContent('zu wenige Personen');
    expect(backend.argsOf('compareMaturity').at(-1)).toEqual(['2026-08-22', TODAY, { department: 6 }]);
    expect(screen.getByTestId('maturity-comparison')).toHaveTextContent('Vorher/Nachher: IT');
    expect(screen.getByTestId('maturity-compared')).toHaveTextContent('4 Personen verglichen');
    expect(screen.queryByTestId('maturity-deltas')).toBeNull();
    expect(screen.queryByTestId('maturity-compare-radar')).toBeNull();
  });

  it('shows the backend’s refusal of an after-date before the before-date at the date', async () => {
    const backend = setup({
      compareMaturity: (before, after) =>
        after < before ? refuse({ kind: 'invalid', field: 'date', problem: { problem: 'beforeStart' } }) : demoComparison,
    });
    await screen.findByTestId('maturity-company');
    await openView('compare');
    await screen.findByTestId('maturity-deltas');

    await fireEvent.change(screen.getByTestId('maturity-after'), { target: { value: '2026-05-31' } });
    expect(await fieldErrorAt('date')).toHaveTextContent('Das Datum liegt vor dem Beginn.');
    expect(backend.argsOf('compareMaturity').at(-1)).toEqual(['2026-08-22', '2026-05-31', 'company']);
    expect(screen.getByTestId('maturity-after')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('maturity-before')).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByTestId('maturity-deltas')).toBeNull();

    await fireEvent.change(screen.getByTestId('maturity-after'), { target: { value: TODAY } });
    await screen.findByTestId('maturity-deltas');
    expect(screen.queryByTestId('field-error')).toBeNull();
  });
});

describe('MaturityScreen: Bewerten', () => {
  /** Answers the rating and the reload after it: the history then ends with what was saved. */
  function ratingBackend(answers: Answers = {}) {
    let saved: MaturityAssessment | null = null;
    const backend = setup({
      recordMaturity: (input: NewMaturity) => {
        // What the core returns for these levels (its index: the mean, here 2.2).
        saved = { id: 43, ...input, index: 2.2 };
        return saved;
      },
      getPersonGrowth: () => (saved ? { ...demoPersonGrowth, maturity: [...demoPersonGrowth.maturity, saved] } : demoPersonGrowth),
      ...answers,
    });
    return backend;
  }

  async function openElif() {
    await screen.findByTestId('maturity-company');
    await openView('rate');
    const list = await screen.findByTestId('maturity-person');
    await fireEvent.change(list, { target: { value: String(ELIF) } });
    return screen.findByTestId('maturity-latest');
  }

  it('shows the person’s latest rating as a radar, the history, and starts the form from it', async () => {
    const backend = ratingBackend();
    expect(await openElif()).toHaveTextContent('1,8 von 3 · bewertet am 25.10.2026');
    expect(backend.argsOf('listEmployees')).toEqual([[false]]);
    expect(backend.argsOf('getPersonGrowth')).toEqual([[ELIF]]);
    expect(screen.getByTestId('maturity-person-name')).toHaveTextContent('Elif Schulze · Vertrieb');
    expect(tableRows(screen.getByTestId('maturity-person-radar-table'))).toEqual([
      ['Tool-Kenntnisse', '2'],
      ['Anwendungsbreite', '2'],
      ['Selbstständigkeit', '2'],
      ['Innovation', '2'],
      ['Wissensteilung', '1'],
    ]);
    expect(screen.getAllByTestId('maturity-history-row').map(cells)).toEqual([
      ['25.07.2026', '1,0', 'Ersteinschätzung'],
      ['25.10.2026', '1,8', 'Nach drei Monaten'],
    ]);
    expect(screen.getByTestId('maturity-level-tools-2')).toBeChecked();
    expect(screen.getByTestId('maturity-level-sharing-1')).toBeChecked();
    expect(screen.getByTestId('maturity-date')).toHaveValue(TODAY);
    expect(screen.getByTestId('maturity-append-note')).toHaveTextContent(
      'Eine neue Bewertung kommt zum Verlauf hinzu; frühere Bewertungen bleiben unverändert erhalten.',
    );
    // Level names label the choices.
    expect(screen.getByRole('radio', { name: '3 · Aktiver Multiplikator' })).toBeInTheDocument();
  });

  it('saves exactly the chosen levels and date, then shows the new rating from the reloaded history', async () => {
    const user = userEvent.setup();
    const backend = ratingBackend();
    await openElif();

    await user.click(screen.getByTestId('maturity-level-tools-3'));
    // The keyboard: arrow keys move within a dimension's levels.
    await user.click(screen.getByTestId('maturity-level-sharing-1'));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('maturity-level-sharing-2')).toBeChecked();
    await fireEvent.change(screen.getByTestId('maturity-date'), { target: { value: '2026-11-20' } });
    await user.type(screen.getByTestId('maturity-note'), 'Nach dem Workshop');
    await user.click(screen.getByTestId('maturity-save'));

    await waitFor(() => expect(backend.argsOf('getPersonGrowth')).toHaveLength(2));
    expect(backend.argsOf('recordMaturity')).toEqual([
      [{ employeeId: ELIF, assessedOn: '2026-11-20', tools: 3, breadth: 2, autonomy: 2, innovation: 2, sharing: 2, note: 'Nach dem Workshop' }],
    ]);
    await waitFor(() => expect(screen.getByTestId('maturity-latest')).toHaveTextContent('2,2 von 3 · bewertet am 20.11.2026'));
    expect(tableRows(screen.getByTestId('maturity-person-radar-table'))).toEqual([
      ['Tool-Kenntnisse', '3'],
      ['Anwendungsbreite', '2'],
      ['Selbstständigkeit', '2'],
      ['Innovation', '2'],
      ['Wissensteilung', '2'],
    ]);
    expect(screen.getAllByTestId('maturity-history-row')).toHaveLength(3);
    expect(screen.getByTestId('maturity-note')).toHaveValue('');
    expect(screen.getByRole('status')).toHaveTextContent('Bewertung für Elif Schulze vom 20.11.2026 gespeichert.');
  });

  it('shows a refused date at the date field and keeps the form as it was', async () => {
    const user = userEvent.setup();
    const backend = ratingBackend({
      recordMaturity: () => refuse({ kind: 'invalid', field: 'date', problem: { problem: 'notAllowed' } }),
    });
    await openElif();
    await fireEvent.change(screen.getByTestId('maturity-date'), { target: { value: '2026-12-01' } });
    await user.click(screen.getByTestId('maturity-level-innovation-3'));
    await user.click(screen.getByTestId('maturity-save'));

    expect(await fieldErrorAt('date')).toHaveTextContent('Dieses Datum ist hier nicht möglich');
    expect(screen.getByTestId('maturity-date')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('maturity-date')).toHaveValue('2026-12-01');
    expect(backend.argsOf('recordMaturity')[0][0]).toMatchObject({ assessedOn: '2026-12-01', innovation: 3 });
    expect(screen.getByTestId('maturity-level-innovation-3')).toBeChecked();
    expect(backend.argsOf('getPersonGrowth')).toHaveLength(1);
    expect(screen.getAllByTestId('maturity-history-row')).toHaveLength(2);
  });

  it('shows a refused level at its dimension', async () => {
    const user = userEvent.setup();
    const backend = ratingBackend({
      getPersonGrowth: { ...demoPersonGrowth, maturity: [] },
      recordMaturity: () => refuse({ kind: 'invalid', field: 'innovation', problem: { problem: 'outOfRange', min: 1, max: 3 } }),
    });
    await screen.findByTestId('maturity-company');
    await openView('rate');
    await fireEvent.change(await screen.findByTestId('maturity-person'), { target: { value: String(ELIF) } });
    expect(await screen.findByTestId('maturity-no-rating')).toHaveTextContent('Elif Schulze ist noch nicht bewertet.');
    expect(screen.getByTestId('maturity-incomplete')).toHaveTextContent('Bitte wählen Sie für jede Dimension eine Stufe.');

    await user.click(screen.getByTestId('maturity-level-tools-1'));
    await user.click(screen.getByTestId('maturity-save'));
    expect(await fieldErrorAt('innovation')).toHaveTextContent('Der Wert muss zwischen 1 und 3 liegen.');
    // Nothing chosen is sent as nothing (0); the backend decides.
    expect(backend.argsOf('recordMaturity')[0][0]).toMatchObject({ tools: 1, breadth: 0, innovation: 0 });
    const group = screen.getByTestId('maturity-level-innovation-1').closest('[role="radiogroup"]');
    expect(group).toHaveAttribute('aria-invalid', 'true');
  });

  it('finds a person by typing a name and pressing Enter', async () => {
    const user = userEvent.setup();
    const backend = ratingBackend();
    await screen.findByTestId('maturity-company');
    await openView('rate');
    expect(await screen.findByTestId('maturity-choose-hint')).toBeInTheDocument();
    await user.type(screen.getByTestId('maturity-person-search'), 'elif{Enter}');
    expect(within(screen.getByTestId('maturity-person')).getAllByRole('option').map(text)).toEqual(['Elif Schulze · Vertrieb']);
    await screen.findByTestId('maturity-latest');
    expect(backend.argsOf('getPersonGrowth')).toEqual([[ELIF]]);
  });
});

describe('MaturityScreen: views', () => {
  it('switches views with the arrow keys and keeps each view’s choices', async () => {
    const user = userEvent.setup();
    const backend = setup();
    await screen.findByTestId('maturity-company');
    await user.click(screen.getByTestId('maturity-view-overview'));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('maturity-view-compare')).toBeChecked();
    expect(await screen.findByTestId('maturity-deltas')).toBeVisible();
    expect(screen.getByTestId('maturity-overview')).not.toBeVisible();

    await user.keyboard('{ArrowLeft}');
    expect(screen.getByTestId('maturity-overview')).toBeVisible();
    // Back on the overview, nothing was asked again.
    expect(backend.argsOf('getMaturityOverview')).toHaveLength(1);
  });

  it('asks for the group figures again after a rating was saved', async () => {
    const user = userEvent.setup();
    const backend = setup({ recordMaturity: (input) => ({ id: 43, ...input, index: 1.8 }) });
    await screen.findByTestId('maturity-company');
    await openView('rate');
    await fireEvent.change(await screen.findByTestId('maturity-person'), { target: { value: String(ELIF) } });
    await screen.findByTestId('maturity-latest');
    await user.click(screen.getByTestId('maturity-save'));
    await waitFor(() => expect(backend.argsOf('getMaturityOverview')).toHaveLength(2));
  });
});
