import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import type { Dashboard } from '../../bindings.gen';
import DashboardScreen from './DashboardScreen.svelte';
import Toasts from '../../lib/Toasts.svelte';
import { setCompany } from '../../lib/session.svelte';
import { toasts } from '../../lib/toast.svelte';
import { answer, refuse, type Answers } from '../../test/ipc';
import { demoCompany } from '../../test/fixtures';
import { demoDashboard } from '../../test/pilot-fixtures';

beforeEach(() => {
  // The core's demo company computes with 58 €/h and 46 working weeks (13 h × 46 × 58 = 34.684 €).
  setCompany(demoCompany);
});

afterEach(() => {
  cleanup();
  toasts.list = [];
  setCompany(null);
});

function setup(answers: Answers = {}) {
  const backend = answer({ getDashboard: demoDashboard, ...answers });
  render(Toasts);
  render(DashboardScreen);
  return backend;
}

const tile = (kpi: string) => screen.getAllByTestId('kpi-tile').find((el) => el.dataset.kpi === kpi)!;
const loaded = () => waitFor(() => expect(screen.getAllByTestId('kpi-tile').length).toBeGreaterThan(1));

describe('DashboardScreen', () => {
  it('shows the maturity index and the knowledge transfer as the backend counts them', async () => {
    setup();
    await loaded();
    expect(tile('maturity')).toHaveTextContent('1,6 von 3');
    // The radar's text alternative: the company's mean per dimension.
    expect(within(tile('maturity')).getByTestId('dashboard-maturity-radar-table')).toHaveTextContent('Tool-Kenntnisse');
    expect(tile('maturity')).toHaveTextContent('Mittelwert von 119 bewerteten der 140 aktiven Mitarbeitenden, gezählt bis 31.10.2026');
    expect(within(tile('knowledgeTransfer')).getByTestId('knowledge-pairs')).toHaveTextContent('6 aktive Mentoring-Paare');
    expect(within(tile('knowledgeTransfer')).getByTestId('knowledge-checkins')).toHaveTextContent('18 Check-ins in den letzten 30 Tagen');
    // Wissensteilung 2 (40 people) and 3 (14 people).
    expect(within(tile('knowledgeTransfer')).getByTestId('knowledge-sharing')).toHaveTextContent('54 Personen mit Wissensteilung ab Stufe 2');
  });

  it('withholds the maturity figures below five rated people, in both tiles', async () => {
    setup({ getDashboard: { ...demoDashboard, maturity: { ...demoDashboard.maturity, peopleRated: 3, figures: null }, sharers: null } });
    await loaded();
    expect(tile('maturity')).toHaveTextContent('zu wenige Personen');
    expect(tile('maturity')).toHaveTextContent('3 Personen bewertet: Gruppenwerte erst ab fünf Personen.');
    expect(within(tile('knowledgeTransfer')).getByTestId('knowledge-sharing')).toHaveTextContent('zu wenige Personen');
    expect(within(tile('knowledgeTransfer')).getByTestId('knowledge-pairs')).toHaveTextContent('6');
  });

  it("shows the demo's figures German-formatted, with the basis of the euros", async () => {
    const backend = setup();
    await loaded();
    expect(backend.argsOf('getDashboard')).toEqual([[null]]);
    expect(screen.getByTestId('dashboard-as-of')).toHaveValue('2026-11-22');
    expect(screen.getAllByTestId('kpi-tile').map((el) => el.dataset.kpi)).toEqual([
      'usageRate',
      'hoursPerWeek',
      'eurosPerYear',
      'investment',
      'roi',
      'innovation',
      'byStatus',
      'scores',
      'maturity',
      'knowledgeTransfer',
    ]);
    expect(tile('hoursPerWeek')).toHaveTextContent('13 h/Woche');
    expect(tile('eurosPerYear')).toHaveTextContent('34.684 €/Jahr');
    expect(within(tile('eurosPerYear')).getByTestId('euros-basis')).toHaveTextContent('13 h/Woche × 46 Arbeitswochen × 58 €/h');
    // Pilot costs and the training modules completed so far.
    expect(tile('investment')).toHaveTextContent('23.455 €');
    expect(tile('investment')).toHaveTextContent('4.517 €');
    expect(tile('roi')).toHaveTextContent('-80,7 %');
    expect(tile('roi')).toHaveTextContent('Einsparung 4.517 € bei einer Investition von 23.455 €');
    expect(tile('innovation')).toHaveTextContent('2 neue Use Cases in Q4/2026');
    const bars = within(tile('byStatus')).getAllByTestId('status-bar');
    expect(bars.map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Idee 1',
      'Bewertung 1',
      'Pilot läuft 3',
      'Skalierung 0',
      'Abgeschlossen 0',
      'Gestoppt 1',
    ]);
    expect(tile('byStatus')).toHaveTextContent('6 Use Cases insgesamt');
    expect(within(tile('scores')).getAllByTestId('score').map((s) => s.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Nutzen 3,8 von 5',
      'Risiko 2,6 von 5',
      'Messbarkeit 3,6 von 5',
    ]);
  });

  it('labels the usage rate as a share of people and the benchmark as a share of firms, with source and year', async () => {
    setup();
    await loaded();
    const usage = tile('usageRate');
    const own = within(usage).getByTestId('usage-rate');
    const benchmark = within(usage).getByTestId('benchmark');
    expect(own).toHaveTextContent('28,6 %');
    expect(own).toHaveTextContent('Ihr Unternehmen: Anteil der Mitarbeitenden, die KI regelmäßig nutzen');
    expect(own).toHaveTextContent('40 von 140 aktiven Mitarbeitenden');
    expect(benchmark).toHaveTextContent('28 %');
    expect(benchmark).toHaveTextContent('Destatis 2024: Anteil der Unternehmen mit 50–249 Beschäftigten, die KI nutzen');
    expect(usage).toHaveTextContent('Ihre Quote zählt Personen, der Vergleichswert zählt Unternehmen');
  });

  it('says "zu wenige Personen" when the backend withholds the rate', async () => {
    const few: Dashboard = {
      ...demoDashboard,
      kpis: { ...demoDashboard.kpis, activeEmployees: 4, regularUsers: 2, usageRate: null },
      benchmark: null,
    };
    setup({ getDashboard: few });
    await loaded();
    const own = within(tile('usageRate')).getByTestId('usage-rate');
    expect(own).toHaveTextContent('zu wenige Personen');
    expect(own).not.toHaveTextContent('%');
    expect(own).not.toHaveTextContent('2 von 4');
    expect(within(tile('usageRate')).getByTestId('benchmark')).toHaveTextContent(
      'Für Unternehmen mit weniger als 10 Beschäftigten veröffentlicht Destatis keinen Vergleichswert.',
    );
  });

  it('reloads for the chosen "Stand" and goes back to today', async () => {
    const june: Dashboard = { ...demoDashboard, kpis: demoDashboard.trend[6] };
    const backend = setup({ getDashboard: (asOf) => (asOf === '2026-06-30' ? june : demoDashboard) });
    await loaded();
    await fireEvent.change(screen.getByTestId('dashboard-as-of'), { target: { value: '2026-06-30' } });
    await waitFor(() => expect(tile('usageRate')).toHaveTextContent('17,4 %'));
    expect(backend.argsOf('getDashboard')).toEqual([[null], ['2026-06-30']]);
    expect(tile('hoursPerWeek')).toHaveTextContent('0 h/Woche');

    await fireEvent.click(screen.getByTestId('dashboard-today'));
    await waitFor(() => expect(tile('usageRate')).toHaveTextContent('28,6 %'));
    expect(backend.argsOf('getDashboard')).toEqual([[null], ['2026-06-30'], [null]]);
    expect(screen.getByTestId('dashboard-today')).toBeDisabled();
  });

  it('shows a refused date at the "Stand" field', async () => {
    setup({
      getDashboard: (asOf) =>
        asOf === null
          ? demoDashboard
          : refuse({ kind: 'invalid', field: 'date', problem: { problem: 'outOfRange', min: 2000, max: 2100 } }),
    });
    await loaded();
    await fireEvent.change(screen.getByTestId('dashboard-as-of'), { target: { value: '1900-02-01' } });
    expect(await screen.findByTestId('field-error')).toHaveTextContent('Bitte wählen Sie ein Datum zwischen den Jahren 2000 und 2100.');
    expect(screen.getByTestId('dashboard-as-of')).toHaveAttribute('aria-invalid', 'true');
    expect(tile('hoursPerWeek')).toHaveTextContent('13 h/Woche');
  });

  it('draws each trend with a spoken summary and lists the 12 month values as a table', async () => {
    setup();
    await loaded();
    const hours = tile('hoursPerWeek');
    expect(within(hours).getByRole('img')).toHaveAccessibleName(
      'Verlauf der letzten 12 Monate. Zeitersparnis in h/Woche: 0 (Dez. 2025), zuletzt 13 (22.11.2026), höchster Wert 13.',
    );
    await fireEvent.click(within(hours).getByTestId('kpi-table-toggle'));
    const table = within(hours).getByTestId('kpi-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(12);
    const cells = (row: HTMLElement) => [...row.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells(rows[0])).toEqual(['Dez. 2025', '0']);
    expect(cells(rows[9])).toEqual(['Sept. 2026', '4,5']);
    expect(cells(rows[11])).toEqual(['22.11.2026', '13']);
    expect(within(hours).queryByRole('img')).toBeNull();

    // Missing values (no investment yet, so no ROI) show as a dash.
    await fireEvent.click(within(tile('roi')).getByTestId('kpi-table-toggle'));
    const roi = within(within(tile('roi')).getByTestId('kpi-table')).getAllByRole('row').slice(1);
    expect(cells(roi[0])).toEqual(['Dez. 2025', '–']);
    expect(cells(roi[8])).toEqual(['Aug. 2026', '-100,0 %']);
  });

  it('shows the average scores as bars only, without a trend, and says they are the current scores', async () => {
    setup();
    await loaded();
    const scores = tile('scores');
    expect(within(scores).getAllByTestId('score')).toHaveLength(3);
    expect(within(scores).queryByRole('img')).toBeNull();
    expect(within(scores).queryByTestId('kpi-table-toggle')).toBeNull();
    expect(within(scores).queryByTestId('kpi-table')).toBeNull();
    expect(scores).toHaveTextContent('Mittelwert der aktuellen Bewertungen der bis zum Stichtag erfassten Use Cases');
    expect(scores).toHaveTextContent('keinen Trend');
    // The other tiles keep their trend.
    expect(within(tile('byStatus')).getByRole('img')).toBeInTheDocument();
  });

  it('saves the KPI report for the chosen "Stand" and then offers to open it', async () => {
    const backend = setup({
      saveKpiPdf: (asOf) => `/home/nutzer/Dokumente/KPI-Bericht-${asOf}.pdf`,
      openLastPrintout: null,
    });
    await loaded();
    await fireEvent.change(screen.getByTestId('dashboard-as-of'), { target: { value: '2026-06-30' } });
    await fireEvent.click(screen.getByTestId('dashboard-print'));
    await waitFor(() => expect(screen.getByTestId('dashboard-print-saved')).toHaveTextContent('KPI-Bericht-2026-06-30.pdf'));
    expect(backend.argsOf('saveKpiPdf')).toEqual([['2026-06-30', 'de']]);
    await fireEvent.click(screen.getByTestId('dashboard-print-open'));
    await waitFor(() => expect(backend.commandsCalled()).toContain('openLastPrintout'));
  });

  it('says nothing was saved when the save dialog is cancelled', async () => {
    setup({ saveKpiPdf: null });
    await loaded();
    await fireEvent.click(screen.getByTestId('dashboard-print'));
    await waitFor(() => expect(screen.getByTestId('dashboard-print')).not.toBeDisabled());
    expect(screen.queryByTestId('dashboard-print-saved')).toBeNull();
  });

  it('explains the empty state and points to the pilot projects', async () => {
    const none: Dashboard = { ...demoDashboard, kpis: demoDashboard.trend[0], pilots: 0 };
    setup({ getDashboard: none });
    const empty = await screen.findByTestId('dashboard-empty');
    expect(empty).toHaveTextContent('Noch keine Use Cases erfasst');
    expect(screen.getAllByTestId('kpi-tile').map((el) => el.dataset.kpi)).toEqual(['usageRate', 'maturity', 'knowledgeTransfer']);
  });

  it('explains a "Stand" before the first use case, and shows every figure again for today', async () => {
    const before: Dashboard = { ...demoDashboard, kpis: demoDashboard.trend[1], trend: demoDashboard.trend.slice(0, 2), pilots: 0 };
    const backend = setup({ getDashboard: (asOf) => (asOf === '2026-01-31' ? before : demoDashboard) });
    await loaded();
    expect(screen.queryByTestId('dashboard-empty')).toBeNull();

    await fireEvent.change(screen.getByTestId('dashboard-as-of'), { target: { value: '2026-01-31' } });
    const empty = await screen.findByTestId('dashboard-empty');
    expect(empty).toHaveTextContent('Bis zum 31.01.2026 war noch kein Use Case erfasst');
    expect(empty).toHaveTextContent('Wählen Sie einen späteren Stand oder „Heute“.');
    expect(screen.getAllByTestId('kpi-tile').map((el) => el.dataset.kpi)).toEqual(['usageRate', 'maturity', 'knowledgeTransfer']);

    await fireEvent.click(screen.getByTestId('dashboard-today'));
    await waitFor(() => expect(screen.queryByTestId('dashboard-empty')).toBeNull());
    expect(screen.getAllByTestId('kpi-tile')).toHaveLength(10);
    expect(backend.argsOf('getDashboard')).toEqual([[null], ['2026-01-31'], [null]]);
  });
});
