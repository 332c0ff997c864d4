import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Pilot, PilotStatus, StatusChange } from '../../bindings.gen';
import PilotsScreen from './PilotsScreen.svelte';
import Toasts from '../../lib/Toasts.svelte';
import { toasts } from '../../lib/toast.svelte';
import { answer, refuse, type Answers } from '../../test/ipc';
import { departments } from '../../test/fixtures';
import { demoPilots } from '../../test/pilot-fixtures';

// The detail page is another screen with its own tests; here it only has to open and close.
vi.mock('./PilotDetail.svelte', async () => ({ default: (await import('./testing/DetailStub.svelte')).default }));

/** The day the tests run on: the dialogs propose "today". */
const TODAY = '2026-11-22';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 22, 9, 30));
});

afterEach(() => {
  cleanup();
  toasts.list = [];
  vi.useRealTimers();
});

const byTitle = (title: string) => demoPilots.find((p) => p.title === title)!;
const column = (status: PilotStatus) => screen.getAllByTestId('pilot-column').find((c) => c.dataset.status === status)!;
const card = (id: number) => screen.getAllByTestId('pilot-card').find((c) => c.dataset.pilotId === String(id))!;
const titlesOf = (rows: HTMLElement[]) => rows.map((r) => within(r).getAllByRole('cell')[0].textContent?.trim());

function setup(answers: Answers = {}) {
  const backend = answer({ listPilots: demoPilots, ...answers });
  render(Toasts);
  render(PilotsScreen);
  return backend;
}

/**
 * A backend whose list shows `pilot` in its new status once the move was recorded, answering
 * the move with `warnings`.
 */
function movingBackend(warnings: StatusChange['warnings'] = []): Answers {
  let list: Pilot[] = demoPilots;
  return {
    listPilots: () => list,
    setPilotStatus: (id, status, on) => {
      const pilot = { ...list.find((p) => p.id === id)!, status, statusSince: on };
      list = list.map((p) => (p.id === id ? pilot : p));
      return { pilot, warnings };
    },
  };
}

describe('PilotsScreen board', () => {
  it('shows every use case in the column of its status, columns in stage order', async () => {
    setup();
    await waitFor(() => expect(screen.getAllByTestId('pilot-card')).toHaveLength(demoPilots.length));
    expect(screen.getAllByTestId('pilot-column').map((c) => c.dataset.status)).toEqual([
      'idea', 'evaluation', 'running', 'scaling', 'completed', 'stopped',
    ]);
    for (const pilot of demoPilots) {
      expect(within(column(pilot.status)).getByText(pilot.title), pilot.title).toBeInTheDocument();
      expect(card(pilot.id).closest('[data-testid="pilot-column"]')).toBe(column(pilot.status));
    }
    expect(within(column('running')).getByTestId('pilot-column-count')).toHaveTextContent('3');
    expect(within(column('running')).getByRole('heading')).toHaveTextContent('Pilot läuft');

    const offer = card(byTitle('Angebotserstellung').id);
    expect(offer).toHaveTextContent('Vertrieb');
    expect(offer).toHaveTextContent('Priorität 14/15');
    expect(offer).toHaveTextContent('6 h/Woche gemessen');
    const maintenance = card(byTitle('Wartungsprognose aus Maschinendaten').id);
    expect(maintenance).toHaveTextContent('5 h/Woche geplant');
    const invoices = card(byTitle('Eingangsrechnungen vorprüfen').id);
    expect(invoices).toHaveTextContent('Noch nicht bewertet');
  });

  it('moves a focused card to the next status with Alt+ArrowRight after confirming today as the date, then reloads', async () => {
    const backend = setup(movingBackend());
    const user = userEvent.setup();
    const maintenance = byTitle('Wartungsprognose aus Maschinendaten');
    await waitFor(() => expect(card(maintenance.id)).toBeInTheDocument());

    card(maintenance.id).focus();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByTestId('pilot-move-status')).toHaveValue('running');
    expect(within(dialog).getByTestId('pilot-move-date')).toHaveValue(TODAY);
    expect(backend.commandsCalled()).not.toContain('setPilotStatus');

    await user.click(within(dialog).getByTestId('pilot-move-confirm'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.argsOf('setPilotStatus')).toEqual([[maintenance.id, 'running', TODAY, '']]);
    expect(backend.commandsCalled()).toEqual(['listPilots', 'setPilotStatus', 'listPilots']);
    await waitFor(() => expect(card(maintenance.id).closest('[data-testid="pilot-column"]')).toBe(column('running')));
    expect(card(maintenance.id)).toHaveFocus();
    expect(screen.getByTestId('toast-info')).toHaveTextContent('„Wartungsprognose aus Maschinendaten“ steht jetzt auf „Pilot läuft“.');
  });

  it('moves a card back with Alt+ArrowLeft and through "Verschieben …"', async () => {
    const backend = setup(movingBackend());
    const user = userEvent.setup();
    const docs = byTitle('Dokumentation');
    await waitFor(() => expect(card(docs.id)).toBeInTheDocument());
    card(docs.id).focus();
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(screen.getByTestId('pilot-move-status')).toHaveValue('evaluation');
    await user.click(screen.getByText('Abbrechen'));
    expect(screen.queryByRole('dialog')).toBeNull();

    const invoices = byTitle('Eingangsrechnungen vorprüfen');
    await user.click(screen.getByRole('button', { name: '„Eingangsrechnungen vorprüfen“ verschieben …' }));
    expect(screen.getByTestId('pilot-move-status')).toHaveValue('evaluation');
    await user.click(screen.getByTestId('pilot-move-confirm'));
    await waitFor(() => expect(backend.argsOf('setPilotStatus')).toEqual([[invoices.id, 'evaluation', TODAY, '']]));
  });

  it('resumes a stopped card with Alt+ArrowRight and "Verschieben …" in "Bewertung", and Alt+ArrowLeft proposes nothing', async () => {
    const backend = setup(movingBackend());
    const user = userEvent.setup();
    const stopped = byTitle('Vorauswahl von Bewerbungen');
    expect(stopped.status).toBe('stopped');
    await waitFor(() => expect(card(stopped.id)).toBeInTheDocument());

    card(stopped.id).focus();
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(screen.getByTestId('pilot-move-status')).toHaveValue('evaluation');
    await user.click(screen.getByText('Abbrechen'));

    await user.click(screen.getByRole('button', { name: '„Vorauswahl von Bewerbungen“ verschieben …' }));
    expect(screen.getByTestId('pilot-move-status')).toHaveValue('evaluation');
    await user.click(screen.getByText('Abbrechen'));
    expect(backend.commandsCalled()).not.toContain('setPilotStatus');
  });

  it('moves a completed card back one stage with Alt+ArrowLeft, offers nothing after it, and never proposes "Gestoppt"', async () => {
    const offer = byTitle('Angebotserstellung');
    const list = demoPilots.map((p): Pilot => (p.id === offer.id ? { ...p, status: 'completed', statusSince: '2026-11-20' } : p));
    const backend = setup({ listPilots: list });
    const user = userEvent.setup();
    await waitFor(() => expect(card(offer.id).closest('[data-testid="pilot-column"]')).toBe(column('completed')));

    card(offer.id).focus();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(screen.getByTestId('pilot-move-status')).toHaveValue('scaling');
    await user.click(screen.getByText('Abbrechen'));

    await user.click(screen.getByRole('button', { name: '„Angebotserstellung“ verschieben …' }));
    expect(screen.getByTestId('pilot-move-status')).toHaveValue('scaling');
    await user.click(screen.getByText('Abbrechen'));
    expect(backend.commandsCalled()).not.toContain('setPilotStatus');
  });

  it('asks to confirm a card dropped on another column', async () => {
    const backend = setup(movingBackend());
    const user = userEvent.setup();
    const offer = byTitle('Angebotserstellung');
    await waitFor(() => expect(card(offer.id)).toBeInTheDocument());
    const dataTransfer = { setData: vi.fn(), effectAllowed: 'all', dropEffect: 'none' };
    await fireEvent.dragStart(card(offer.id), { dataTransfer });
    await fireEvent.dragOver(column('scaling'), { dataTransfer });
    expect(column('scaling')).toHaveClass('over');
    await fireEvent.drop(column('scaling'), { dataTransfer });

    expect(screen.getByTestId('pilot-move-status')).toHaveValue('scaling');
    expect(backend.commandsCalled()).not.toContain('setPilotStatus');
    await user.click(screen.getByTestId('pilot-move-confirm'));
    await waitFor(() => expect(card(offer.id).closest('[data-testid="pilot-column"]')).toBe(column('scaling')));
    expect(backend.argsOf('setPilotStatus')).toEqual([[offer.id, 'scaling', TODAY, '']]);
  });

  it('shows the refusal of a stop without reason at the reason field and keeps the dialog open', async () => {
    const backend = setup({
      setPilotStatus: () => refuse({ kind: 'invalid', field: 'reason', problem: { problem: 'empty' } }),
    });
    const user = userEvent.setup();
    const maintenance = byTitle('Wartungsprognose aus Maschinendaten');
    await waitFor(() => expect(card(maintenance.id)).toBeInTheDocument());
    await user.click(within(card(maintenance.id).closest('li')!).getByTestId('pilot-card-move'));
    await user.selectOptions(screen.getByTestId('pilot-move-status'), 'stopped');
    expect(screen.getByText('Begründung (erforderlich)')).toBeInTheDocument();
    await user.click(screen.getByTestId('pilot-move-confirm'));

    const error = await screen.findByTestId('field-error');
    expect(error).toHaveAttribute('data-field', 'reason');
    expect(error).toHaveTextContent('Bitte füllen Sie „Begründung“ aus.');
    expect(screen.getByTestId('pilot-move-reason')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(backend.argsOf('setPilotStatus')).toEqual([[maintenance.id, 'stopped', TODAY, '']]);
    expect(backend.commandsCalled().filter((c) => c === 'listPilots')).toHaveLength(1);
  });

  it('says which day is the earliest when the backend refuses the date: the start of the current stage', async () => {
    setup({ setPilotStatus: () => refuse({ kind: 'invalid', field: 'date', problem: { problem: 'notAllowed' } }) });
    const user = userEvent.setup();
    const maintenance = byTitle('Wartungsprognose aus Maschinendaten');
    await waitFor(() => expect(card(maintenance.id)).toBeInTheDocument());
    card(maintenance.id).focus();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    // Recorded on 08.10.2026, in "Bewertung" since 02.11.2026.
    await user.clear(screen.getByTestId('pilot-move-date'));
    await user.type(screen.getByTestId('pilot-move-date'), '2026-10-20');
    await user.click(screen.getByTestId('pilot-move-confirm'));
    const error = await screen.findByTestId('field-error');
    expect(error).toHaveAttribute('data-field', 'date');
    expect(error).toHaveTextContent('Das Datum darf nicht vor dem Beginn der aktuellen Phase am 02.11.2026 liegen.');
  });

  it('shows the works-council warning naming § 87 Abs. 1 Nr. 6 BetrVG when the backend answers with it', async () => {
    setup(movingBackend(['worksCouncilNotInformed']));
    const user = userEvent.setup();
    const maintenance = byTitle('Wartungsprognose aus Maschinendaten');
    await waitFor(() => expect(card(maintenance.id)).toBeInTheDocument());
    card(maintenance.id).focus();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await user.click(screen.getByTestId('pilot-move-confirm'));

    const warning = await screen.findByTestId('pilot-warning');
    expect(warning).toHaveAttribute('role', 'alert');
    expect(warning).toHaveTextContent('§ 87 Abs. 1 Nr. 6 BetrVG');
    expect(warning).toHaveTextContent('„Wartungsprognose aus Maschinendaten“ läuft jetzt als Pilot');
    expect(warning).toHaveTextContent('Informieren Sie ihn, bevor der Pilot mit Daten der Beschäftigten arbeitet');
    // The change is made all the same.
    await waitFor(() => expect(card(maintenance.id).closest('[data-testid="pilot-column"]')).toBe(column('running')));

    await user.click(within(warning).getByTestId('pilot-warning-dismiss'));
    expect(screen.queryByTestId('pilot-warning')).toBeNull();
  });

  it('shows no warning after a move the backend answers without one', async () => {
    setup(movingBackend([]));
    const user = userEvent.setup();
    const maintenance = byTitle('Wartungsprognose aus Maschinendaten');
    await waitFor(() => expect(card(maintenance.id)).toBeInTheDocument());
    card(maintenance.id).focus();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await user.click(screen.getByTestId('pilot-move-confirm'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByTestId('pilot-warning')).toBeNull();
  });

  it('opens a use case with a click and reloads the board when it is closed', async () => {
    const backend = setup();
    const user = userEvent.setup();
    const offer = byTitle('Angebotserstellung');
    await waitFor(() => expect(card(offer.id)).toBeInTheDocument());
    await user.click(card(offer.id));
    expect(screen.getByTestId('pilot-detail-stub')).toHaveAttribute('data-pilot-id', String(offer.id));
    expect(screen.queryByTestId('pilot-board')).toBeNull();
    await user.click(screen.getByText('zurück'));
    await waitFor(() => expect(backend.commandsCalled()).toEqual(['listPilots', 'listPilots']));
    expect(screen.getByTestId('pilot-board')).toBeInTheDocument();
    // The focus is back on the card that was open.
    await waitFor(() => expect(card(offer.id)).toHaveFocus());
  });
});

describe('New use case', () => {
  const departmentList = departments(12);

  it('sends addPilot with the entered values and shows the new use case', async () => {
    let list: Pilot[] = demoPilots;
    const backend = setup({
      listPilots: () => list,
      listDepartments: departmentList,
      addPilot: (input) => {
        const created: Pilot = {
          ...demoPilots[0], id: 7, title: input.title, departmentId: input.departmentId, department: 'Qualität',
          status: input.status, statusSince: input.on, createdOn: input.on,
        };
        list = [created, ...list];
        return created;
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('pilots-new'));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByTestId('pilot-new-date')).toHaveValue(TODAY);
    expect(within(dialog).getByTestId('pilot-new-department')).toHaveDisplayValue('Unternehmensweit');
    await user.type(within(dialog).getByTestId('pilot-new-title'), 'Reklamationen vorsortieren');
    const quality = departmentList.find((d) => d.name === 'Qualität') ?? departmentList[1];
    await waitFor(() => expect(within(dialog).getAllByRole('option').length).toBe(departmentList.length + 1));
    await user.selectOptions(within(dialog).getByTestId('pilot-new-department'), String(quality.id));
    await user.click(within(dialog).getByTestId('pilot-new-status-evaluation'));
    await user.click(within(dialog).getByTestId('pilot-new-save'));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.argsOf('addPilot')).toEqual([[
      { title: 'Reklamationen vorsortieren', departmentId: quality.id, status: 'evaluation', on: TODAY },
    ]]);
    await waitFor(() => expect(card(7)).toBeInTheDocument());
    expect(card(7).closest('[data-testid="pilot-column"]')).toBe(column('evaluation'));
  });

  it('sends a company-wide idea with department null', async () => {
    const backend = setup({ listDepartments: departmentList, addPilot: { ...demoPilots[0], id: 8 } });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('pilots-new'));
    await user.type(screen.getByTestId('pilot-new-title'), 'Protokolle zusammenfassen{Enter}');
    await waitFor(() => expect(backend.argsOf('addPilot')).toHaveLength(1));
    expect(backend.argsOf('addPilot')[0]).toEqual([{ title: 'Protokolle zusammenfassen', departmentId: null, status: 'idea', on: TODAY }]);
  });

  it('shows a backend error about the title at the title field and keeps the dialog', async () => {
    const backend = setup({
      listDepartments: departmentList,
      addPilot: () => refuse({ kind: 'invalid', field: 'title', problem: { problem: 'empty' } }),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('pilots-new'));
    await user.type(screen.getByTestId('pilot-new-title'), '   ');
    await user.click(screen.getByTestId('pilot-new-save'));

    const error = await screen.findByTestId('field-error');
    expect(error).toHaveAttribute('data-field', 'title');
    expect(error).toHaveTextContent('Bitte füllen Sie „Titel“ aus.');
    expect(screen.getByTestId('pilot-new-title')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(backend.argsOf('addPilot')).toEqual([[{ title: '   ', departmentId: null, status: 'idea', on: TODAY }]]);
  });

  it('explains use cases when the company has none and offers to record the first', async () => {
    setup({ listPilots: [], listDepartments: departmentList });
    const user = userEvent.setup();
    const empty = await screen.findByTestId('pilots-empty');
    expect(empty).toHaveTextContent('Ein Use Case ist eine konkrete Aufgabe');
    expect(screen.queryByTestId('pilot-board')).toBeNull();
    await user.click(within(empty).getByTestId('pilots-empty-new'));
    expect(screen.getByRole('dialog')).toHaveTextContent('Neuer Use Case');
  });
});

describe('List view', () => {
  it('sorts by priority, highest first, then the other way round; unscored stay last', async () => {
    setup();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('pilots-view-list'));
    expect(screen.getByTestId('pilots-view-list')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getAllByTestId('pilot-row')).toHaveLength(demoPilots.length);

    await user.click(screen.getByTestId('pilot-sort-priority'));
    expect(screen.getByTestId('pilot-sort-priority').closest('th')).toHaveAttribute('aria-sort', 'descending');
    expect(titlesOf(screen.getAllByTestId('pilot-row'))).toEqual([
      'Angebotserstellung', // 14
      'Dokumentation', // 12
      'Kundenkommunikation', // 12
      'Wartungsprognose aus Maschinendaten', // 10
      'Vorauswahl von Bewerbungen', // 6
      'Eingangsrechnungen vorprüfen', // not scored
    ]);

    await user.click(screen.getByTestId('pilot-sort-priority'));
    expect(screen.getByTestId('pilot-sort-priority').closest('th')).toHaveAttribute('aria-sort', 'ascending');
    expect(titlesOf(screen.getAllByTestId('pilot-row'))).toEqual([
      'Vorauswahl von Bewerbungen',
      'Wartungsprognose aus Maschinendaten',
      'Dokumentation',
      'Kundenkommunikation',
      'Angebotserstellung',
      'Eingangsrechnungen vorprüfen',
    ]);
  });

  it('shows a use case’s figures the German way and opens it from the keyboard', async () => {
    setup();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('pilots-view-list'));
    const offer = byTitle('Angebotserstellung');
    const row = screen.getAllByTestId('pilot-row').find((r) => r.dataset.pilotId === String(offer.id))!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent?.trim())).toEqual([
      'Angebotserstellung', 'Vertrieb', 'Pilot läuft', '24.08.2026', '5', '2', '5', '14', '5', '6', 'minimal',
    ]);
    const stopped = screen.getAllByTestId('pilot-row').find((r) => r.dataset.pilotId === String(byTitle('Vorauswahl von Bewerbungen').id))!;
    expect(within(stopped).getByTestId('pilot-row-risk-class')).toHaveTextContent('hoch');
    row.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('pilot-detail-stub')).toHaveAttribute('data-pilot-id', String(offer.id));

    // Back in the list, the focus is on that use case's row again.
    await user.click(screen.getByText('zurück'));
    await waitFor(() =>
      expect(screen.getAllByTestId('pilot-row').find((r) => r.dataset.pilotId === String(offer.id))).toHaveFocus(),
    );
  });
});

describe('Scoring view', () => {
  const scored = demoPilots.filter((p) => p.priority !== null);

  it('gives the chart a text alternative that lists every scored use case with its scores', async () => {
    setup();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('pilots-view-scoring'));

    const chart = screen.getByRole('img', { name: /Nutzen .* gegen Risiko/ });
    expect(chart).toHaveAttribute('aria-label', expect.stringContaining(`für ${scored.length} bewertete Use Cases`));
    expect(within(chart).getAllByTestId('score-point')).toHaveLength(scored.length);

    const rows = within(screen.getByTestId('score-table')).getAllByTestId('score-row');
    expect(rows).toHaveLength(scored.length);
    for (const pilot of scored) {
      const row = rows.find((r) => r.dataset.pilotId === String(pilot.id))!;
      const cells = within(row).getAllByRole('cell').map((c) => c.textContent?.trim());
      expect(cells[0], pilot.title).toContain(pilot.title);
      expect(cells.slice(1), pilot.title).toEqual([pilot.benefit, pilot.risk, pilot.measurability, pilot.priority].map(String));
    }
    expect(screen.getByTestId('score-unscored')).toHaveTextContent('Noch nicht bewertet:');
    expect(screen.getByTestId('score-unscored')).toHaveTextContent('Eingangsrechnungen vorprüfen');
    expect(chart).toHaveTextContent('Quick Wins');
  });

  it('scores a use case from the list of unscored ones and reports the priority the backend derived', async () => {
    const invoices = byTitle('Eingangsrechnungen vorprüfen');
    const backend = setup({
      setPilotScores: (id, benefit, risk, measurability) => ({ ...invoices, id, benefit, risk, measurability, priority: 13 }),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('pilots-view-scoring'));
    await user.click(screen.getByRole('button', { name: '„Eingangsrechnungen vorprüfen“ bewerten …' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByTestId('pilot-score-priority')).toHaveTextContent('Noch keine Priorität');
    expect(within(dialog).getByTestId('pilot-score-save')).toBeDisabled();
    await user.click(within(dialog).getByTestId('score-benefit-4'));
    await user.click(within(dialog).getByTestId('score-risk-2'));
    await user.click(within(dialog).getByTestId('score-measurability-5'));
    await user.click(within(dialog).getByTestId('pilot-score-save'));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.argsOf('setPilotScores')).toEqual([[invoices.id, 4, 2, 5]]);
    expect(screen.getByTestId('toast-info')).toHaveTextContent('Bewertung für „Eingangsrechnungen vorprüfen“ gespeichert: Priorität 13 von 15.');
    await waitFor(() => expect(backend.commandsCalled()).toEqual(['listPilots', 'setPilotScores', 'listPilots']));
  });

  it('opens the scores of a point in the chart with its current values', async () => {
    setup();
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('pilots-view-scoring'));
    const maintenance = byTitle('Wartungsprognose aus Maschinendaten');
    const point = screen.getAllByTestId('score-point').find((p) => p.dataset.pilotId === String(maintenance.id))!;
    await user.click(point);
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByTestId('score-benefit-4')).toBeChecked();
    expect(within(dialog).getByTestId('score-risk-3')).toBeChecked();
    expect(within(dialog).getByTestId('score-measurability-3')).toBeChecked();
    expect(within(dialog).getByTestId('pilot-score-priority')).toHaveTextContent('Aktuelle Priorität: 10 von 15');
  });
});
