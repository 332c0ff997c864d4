import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Framework, PilotPage, TeamView } from '../../bindings.gen';
import PilotDetail from './PilotDetail.svelte';
import Toasts from '../../lib/Toasts.svelte';
import { toasts } from '../../lib/toast.svelte';
import { answer, refuse, type Answers } from '../../test/ipc';
import { departments, employees, framework, TODAY } from '../../test/fixtures';
import { demoPilotPages } from '../../test/pilot-fixtures';

// The demo pages were computed as of TODAY: the UI's "today" is that day too.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${TODAY}T10:00:00`));
});

afterEach(() => {
  cleanup();
  toasts.list = [];
  vi.useRealTimers();
});

/** A demo pilot's page as the core answered it. */
function demoPage(id: number): PilotPage {
  return structuredClone(demoPilotPages.find((p) => p.pilot.id === id)!);
}
const ANGEBOT = 1; // running: goals, milestones, a team of four, lessons, works council informed
const DOKU = 3; // running, one milestone overdue
const WARTUNG = 4; // evaluation
const RECHNUNGEN = 5; // idea, nothing classified yet

/** The demo core numbers its 16 competencies 1–16 in framework order: the test framework so. */
function demoFramework(): Framework {
  const f = framework();
  const ids = new Map(f.competencies.map((c, i) => [c.id, i + 1]));
  return {
    ...f,
    competencies: f.competencies.map((c) => ({ ...c, id: ids.get(c.id)! })),
    roles: f.roles.map((r) => ({ ...r, targets: r.targets.map((x) => ({ ...x, competencyId: ids.get(x.competencyId)! })) })),
  };
}

function setup(page: PilotPage | (() => PilotPage), answers: Answers = {}) {
  const backend = answer({
    getPilotPage: typeof page === 'function' ? page : () => structuredClone(page),
    listEmployees: employees(12),
    listDepartments: departments(12),
    getFramework: demoFramework(),
    ...answers,
  });
  const onClose = vi.fn();
  render(Toasts);
  render(PilotDetail, { id: typeof page === 'function' ? page().pilot.id : page.pilot.id, onClose });
  return { backend, onClose };
}

const loaded = () => screen.findByTestId('pilot-title');
const section = (testid: string) => screen.getByTestId(testid);
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent?.replace(/\s+/g, ' ').trim());
const fieldErrorAt = async (field: string) =>
  (await screen.findAllByTestId('field-error')).find((e) => e.dataset.field === field);

describe('PilotDetail shows the whole pilot', () => {
  it('renders every section of a running pilot from the backend page', async () => {
    // The day after "Entscheidung über die Skalierung" was due: it is overdue now.
    vi.setSystemTime(new Date('2026-12-03T10:00:00'));
    setup(demoPage(ANGEBOT));
    expect(await loaded()).toHaveTextContent('Angebotserstellung');

    expect(screen.getByTestId('pilot-status')).toHaveTextContent('Pilot läuft');
    expect(screen.getByTestId('pilot-detail')).toHaveTextContent('seit 24.08.2026');
    expect(screen.getByTestId('pilot-area')).toHaveTextContent('Vertrieb');
    expect(screen.getByTestId('pilot-owner')).toHaveTextContent('Andreas Koch');
    expect(screen.getByTestId('pilot-status-next')).toHaveTextContent('Weiter: Skalierung');
    expect(screen.getAllByTestId('pilot-status-entry').map((e) => e.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '25.06.2026 Idee',
      '25.07.2026 Bewertung',
      '24.08.2026 Pilot läuft',
    ]);

    expect(screen.getByTestId('pilot-details-title')).toHaveValue('Angebotserstellung');
    expect(screen.getByTestId('pilot-details-ai-system')).toHaveValue('ChatGPT Team');
    expect(screen.getByTestId('pilot-details-hosting-cloud')).toBeChecked();
    expect(screen.getByTestId('pilot-details-end')).toHaveValue('2026-12-22');

    expect(screen.getByTestId('pilot-score-benefit')).toHaveValue('5');
    expect(screen.getByTestId('pilot-score-risk')).toHaveValue('2');
    expect(screen.getByTestId('pilot-priority')).toHaveTextContent('14 von 15');

    const goals = screen.getAllByTestId('pilot-goal');
    expect(goals.map((g) => cells(g).slice(0, 3))).toEqual([
      ['Bearbeitungszeit je Standardangebot', '120 →bis 45', 'Minuten'],
      ['Angebote je Woche', '18 →bis 25', 'Anzahl'],
    ]);

    const milestones = screen.getAllByTestId('pilot-milestone');
    expect(milestones.map((m) => m.dataset.overdue)).toEqual(['false', 'false', 'true']);
    expect(milestones[2]).toHaveTextContent('Entscheidung über die Skalierung');
    expect(within(milestones[2]).getByTestId('pilot-milestone-overdue')).toHaveTextContent('überfällig');
    expect(milestones[0]).toHaveTextContent('erledigt am 05.09.2026');
    expect(within(milestones[0]).getByTestId('pilot-milestone-done')).toBeChecked();

    const members = screen.getAllByTestId('pilot-team-member');
    expect(members.map((m) => within(m).getByRole('rowheader').textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'Andreas Koch KI-Trainer',
      'Anja Hoffmann KI-Prozessmanager',
      'Birgit Fuchs Prompt Engineer',
      'Elif Schulze keine KI-Rolle',
    ]);
    expect(screen.getAllByTestId('pilot-team-column').map((c) => [c.textContent?.trim(), c.title])).toEqual([
      ['G2', 'G2 – Prompt Engineering'],
      ['A1', 'A1 – KI-Werkzeuge im Arbeitsalltag'],
      ['S1', 'S1 – Datenschutz (DSGVO) bei KI-Nutzung'],
    ]);
    // Andreas Koch, KI-Trainer: G2 at 0 against a target of 3.
    const koch = within(members[0]).getAllByTestId('pilot-team-cell');
    expect(koch[0]).toHaveAttribute('data-below', 'true');
    expect(koch[0]).toHaveTextContent('0 /3 ▼unter dem Ziel');
    // Anja Hoffmann: G2 at 2 meets her target of 2; S1 has no target.
    const hoffmann = within(members[1]).getAllByTestId('pilot-team-cell');
    expect(hoffmann[0]).toHaveAttribute('data-below', 'false');
    expect(hoffmann[0]).toHaveTextContent('2 /2');
    expect(hoffmann[2]).toHaveTextContent(/^0$/);
    expect(within(members[0]).getAllByTestId('pilot-team-role')[0]).toHaveValue('lead');

    expect(screen.getByTestId('pilot-to-date')).toHaveTextContent(/Investition 2\.640,00\s€/);
    expect(screen.getByTestId('pilot-to-date')).toHaveTextContent(/Einsparung 2\.346,38\s€/);
    expect(screen.getAllByTestId('pilot-hours-entry').map(cells)).toEqual([
      ['23.09.2026', '4,5 h/Woche'],
      ['23.10.2026', '6,0 h/Woche'],
    ]);
    expect(screen.getByTestId('pilot-planned-input')).toHaveValue('5');
    expect(screen.getAllByTestId('pilot-cost-entry').map(cells)).toEqual([
      ['24.08.2026', 'einmalig', '2.400,00 €'],
      ['ab 24.08.2026', 'monatlich', '60,00 € / Monat'],
    ]);

    expect(screen.getByTestId('pilot-risk-current')).toHaveTextContent('minimal');
    expect(screen.getByTestId('pilot-risk-justification')).toHaveValue(
      'Entwürfe für Angebotstexte, vor dem Versand von Menschen geprüft; keine Entscheidung über Personen.',
    );
    expect(section('pilot-aiact')).toHaveTextContent('keine Rechtsberatung');
    expect(screen.getByTestId('pilot-personal-data')).toHaveValue('Ansprechpartner der Kunden (Name, E-Mail)');
    expect(screen.getByTestId('pilot-works-council-current')).toHaveTextContent('Informiert am 19.08.2026');
    expect(screen.getByTestId('pilot-works-council-date')).toHaveValue('2026-08-19');

    expect(screen.getByTestId('pilot-lessons-worked')).toHaveValue('Standardangebote entstehen in Minuten; der Vertrieb prüft nur noch Preise und Technik.');
    expect(screen.getByTestId('pilot-lessons-nextStep')).toHaveValue('Produktkatalog als Wissensbasis anbinden, dann auf den Innendienst ausweiten.');
  });

  it('marks only the milestone past its due date that is not done as overdue', async () => {
    setup(demoPage(DOKU));
    await loaded();
    const milestones = screen.getAllByTestId('pilot-milestone');
    expect(milestones.map((m) => [m.textContent?.includes('Abnahme durch die QM-Leitung'), m.dataset.overdue])).toEqual([
      [false, 'false'],
      [true, 'true'],
    ]);
    expect(within(milestones[1]).getByTestId('pilot-milestone-overdue')).toHaveTextContent('überfällig');
    expect(within(milestones[0]).queryByTestId('pilot-milestone-overdue')).toBeNull();
  });

  it('shows the stop reason in the history of a stopped pilot and offers to resume', async () => {
    setup(demoPage(6));
    await loaded();
    const entries = screen.getAllByTestId('pilot-status-entry');
    expect(entries.at(-1)).toHaveTextContent('Gestoppt');
    expect(entries.at(-1)).toHaveTextContent('Hochrisiko nach EU AI Act (Anhang III, Beschäftigung)');
    expect(screen.getByTestId('pilot-status-next')).toHaveTextContent('Wieder aufnehmen: Bewertung');
    expect(screen.queryByTestId('pilot-status-stop')).toBeNull();
  });

  it('saves the one-pager, pseudonymized on request, and offers to open it', async () => {
    const { backend } = setup(demoPage(ANGEBOT), {
      savePilotPdf: (id) => `/home/nutzer/Dokumente/Pilotprojekt-${id}-Steckbrief.pdf`,
    });
    await loaded();
    await fireEvent.click(screen.getByTestId('pilot-print-pseudonymize'));
    await fireEvent.click(screen.getByTestId('pilot-print'));
    await waitFor(() => expect(screen.getByTestId('pilot-print-saved')).toHaveTextContent(`Pilotprojekt-${ANGEBOT}-Steckbrief.pdf`));
    expect(backend.argsOf('savePilotPdf')).toEqual([[ANGEBOT, true, 'de']]);
  });

  it('goes back with the button and with Escape, but Escape in a dialog only closes the dialog', async () => {
    const { onClose } = setup(demoPage(ANGEBOT));
    await loaded();
    await fireEvent.click(screen.getByTestId('pilot-status-stop'));
    const dialog = screen.getByRole('dialog');
    await fireEvent.keyDown(within(dialog).getByTestId('pilot-move-reason'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();

    await fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    await fireEvent.click(screen.getByTestId('pilot-back'));
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(screen.getByTestId('pilot-back')).toHaveTextContent('← Alle Pilotprojekte');
  });

  it('keeps the page when Escape is pressed in an input, a textarea or a select', async () => {
    const { onClose } = setup(demoPage(ANGEBOT));
    await loaded();
    const user = userEvent.setup();
    const title = screen.getByTestId('pilot-details-title');
    await user.clear(title);
    await user.type(title, 'Angebote neu{Escape}');
    expect(title).toHaveValue('Angebote neu');
    await user.click(screen.getByTestId('pilot-lessons-worked'));
    await user.keyboard('{Escape}');
    screen.getByTestId('pilot-score-benefit').focus();
    await user.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByTestId('pilot-detail')).toBeInTheDocument();

    // Outside a field, Escape still goes back.
    screen.getByTestId('pilot-back').focus();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('resumes a stopped pilot at the stage its history says it was stopped in', async () => {
    const page = demoPage(6);
    const stop = page.statuses.at(-1)!;
    page.statuses = [
      { status: 'idea', on: '2026-08-14', reason: '' },
      { status: 'evaluation', on: '2026-08-20', reason: '' },
      { status: 'running', on: '2026-09-03', reason: '' },
      stop,
    ];
    setup(page);
    await loaded();
    const next = screen.getByTestId('pilot-status-next');
    expect(next).toHaveAttribute('data-next', 'running');
    expect(next).toHaveTextContent('Wieder aufnehmen: Pilot läuft');
  });

  it('offers no next stage and no stop for a completed pilot', async () => {
    const page = demoPage(ANGEBOT);
    page.pilot = { ...page.pilot, status: 'completed', statusSince: '2026-11-20' };
    page.statuses.push({ status: 'scaling', on: '2026-10-01', reason: '' }, { status: 'completed', on: '2026-11-20', reason: '' });
    setup(page);
    await loaded();
    expect(screen.getByTestId('pilot-status')).toHaveTextContent('Abgeschlossen');
    expect(screen.queryByTestId('pilot-status-next')).toBeNull();
    expect(screen.queryByTestId('pilot-status-stop')).toBeNull();
  });
});

describe('PilotDetail team', () => {
  it('marks a cell below the target exactly where the backend says so', async () => {
    const page = demoPage(ANGEBOT);
    // The backend decides "below" (never assessed counts as 0); the screen only reads it.
    page.team[0].levels[0] = { ...page.team[0].levels[0], below: false };
    page.team[1].levels[0] = { ...page.team[1].levels[0], below: true };
    setup(page);
    await loaded();
    const members = screen.getAllByTestId('pilot-team-member');
    const koch = within(members[0]).getAllByTestId('pilot-team-cell')[0];
    expect(koch).toHaveAttribute('data-below', 'false');
    expect(koch).not.toHaveTextContent('unter dem Ziel');
    const hoffmann = within(members[1]).getAllByTestId('pilot-team-cell')[0];
    expect(hoffmann).toHaveAttribute('data-below', 'true');
    expect(hoffmann).toHaveTextContent('2 /2 ▼unter dem Ziel');
    expect(hoffmann.title).toContain('unter dem Ziel');
  });

  it('marks a member who left as "ausgeschieden" in words and removes them on request', async () => {
    const before = demoPage(ANGEBOT);
    before.team[3].archived = true;
    const after = demoPage(ANGEBOT);
    after.team.splice(3, 1);
    let removed = false;
    const { backend } = setup(() => structuredClone(removed ? after : before), {
      setPilotTeam: () => {
        removed = true;
        return null;
      },
    });
    await loaded();
    const members = screen.getAllByTestId('pilot-team-member');
    const left = members[3];
    expect(left).toHaveAttribute('data-archived', 'true');
    expect(within(left).getByRole('rowheader')).toHaveTextContent('Elif Schulze ausgeschieden');
    expect(members.slice(0, 3).map((m) => within(m).queryByTestId('pilot-team-archived'))).toEqual([null, null, null]);
    expect(screen.getByTestId('pilot-team-archived-note')).toHaveTextContent('bleiben als Verlauf im Team, bis Sie sie entfernen');

    await fireEvent.click(within(left).getByTestId('pilot-team-remove'));
    await waitFor(() => expect(screen.getAllByTestId('pilot-team-member')).toHaveLength(3));
    expect(backend.argsOf('setPilotTeam')).toEqual([
      [ANGEBOT, before.team.slice(0, 3).map((m) => ({ employeeId: m.employeeId, role: m.role }))],
    ]);
    expect(screen.queryByTestId('pilot-team-archived')).toBeNull();
    expect(screen.queryByTestId('pilot-team-archived-note')).toBeNull();
  });

  it('leaves a needed competency retired since out of the choice, so saving is not blocked by it', async () => {
    const page = demoPage(ANGEBOT);
    const [retiredId, ...stillActive] = page.neededCompetencies;
    const f = demoFramework();
    const retired = f.competencies.find((c) => c.id === retiredId)!;
    retired.retiredOn = '2026-11-01';
    const { backend } = setup(page, { getFramework: f, setNeededCompetencies: null });
    await loaded();
    const user = userEvent.setup();
    await waitFor(() => expect(screen.getByTestId('pilot-needed-edit')).toBeEnabled());
    await user.click(screen.getByTestId('pilot-needed-edit'));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByTestId('pilot-needed-retired')).toHaveTextContent(`Nicht mehr im Kompetenzrahmen: ${retired.code}.`);
    const options = within(dialog).getAllByTestId('pilot-needed-option');
    expect(options.map((o) => o.dataset.code)).not.toContain(retired.code);
    expect(options.filter((o) => (o as HTMLInputElement).checked).map((o) => Number((o as HTMLInputElement).value))).toEqual(stillActive);
    await user.click(within(dialog).getByTestId('pilot-needed-save'));
    await waitFor(() => expect(backend.argsOf('setNeededCompetencies')).toEqual([[ANGEBOT, stillActive]]));
  });
});

describe('PilotDetail writes', () => {
  it('saves the Steckbrief with the edited input and reloads the page', async () => {
    const before = demoPage(ANGEBOT);
    const after = demoPage(ANGEBOT);
    after.details.title = 'Angebote für Standardmaschinen';
    after.pilot.title = 'Angebote für Standardmaschinen';
    let saved = false;
    const { backend } = setup(() => structuredClone(saved ? after : before), {
      setPilotDetails: () => {
        saved = true;
        return after.details;
      },
    });
    await loaded();
    const user = userEvent.setup();
    const title = screen.getByTestId('pilot-details-title');
    await user.clear(title);
    await user.type(title, 'Angebote für Standardmaschinen');
    await user.selectOptions(screen.getByTestId('pilot-details-department'), String(departments()[2].id));
    await user.click(screen.getByTestId('pilot-details-hosting-local'));
    await user.click(screen.getByTestId('pilot-details-save'));

    await waitFor(() => expect(screen.getByTestId('pilot-title')).toHaveTextContent('Angebote für Standardmaschinen'));
    const { owner: _owner, ...input } = before.details;
    expect(backend.argsOf('setPilotDetails')).toEqual([
      [ANGEBOT, { ...input, title: 'Angebote für Standardmaschinen', departmentId: departments()[2].id, aiHosting: 'local' }],
    ]);
    expect(backend.argsOf('getPilotPage')).toEqual([[ANGEBOT], [ANGEBOT]]);
    expect(screen.getByTestId('toast-info')).toHaveTextContent('Der Steckbrief wurde gespeichert.');
  });

  it('shows the refusal of an end before the start at the planned-end field and keeps the input', async () => {
    const { backend } = setup(demoPage(ANGEBOT), {
      setPilotDetails: () => refuse({ kind: 'invalid', field: 'plannedEnd', problem: { problem: 'beforeStart' } }),
    });
    await loaded();
    const end = screen.getByTestId('pilot-details-end');
    await fireEvent.input(end, { target: { value: '2026-08-01' } });
    await fireEvent.click(screen.getByTestId('pilot-details-save'));

    const error = await fieldErrorAt('plannedEnd');
    expect(error).toHaveTextContent('Das Ende darf nicht vor dem Beginn liegen.');
    expect(end.closest('.field')).toContainElement(error!);
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(end).toHaveValue('2026-08-01');
    expect(backend.argsOf('setPilotDetails')[0][1].plannedEnd).toBe('2026-08-01');
    expect(backend.commandsCalled().filter((c) => c === 'getPilotPage')).toHaveLength(1);
  });

  it('saves the scores', async () => {
    const { backend } = setup(demoPage(RECHNUNGEN), {
      setPilotScores: (_id, benefit, risk, measurability) => ({ ...demoPage(RECHNUNGEN).pilot, benefit, risk, measurability, priority: 11 }),
    });
    await loaded();
    const user = userEvent.setup();
    expect(screen.getByTestId('pilot-priority')).toHaveTextContent('noch nicht bewertet');
    await user.selectOptions(screen.getByTestId('pilot-score-benefit'), '4');
    await user.selectOptions(screen.getByTestId('pilot-score-risk'), '2');
    await user.selectOptions(screen.getByTestId('pilot-score-measurability'), '3');
    await user.click(screen.getByTestId('pilot-scores-save'));
    await waitFor(() => expect(backend.argsOf('setPilotScores')).toEqual([[RECHNUNGEN, 4, 2, 3]]));
  });

  it('adds a goal typed the German way', async () => {
    const { backend } = setup(demoPage(RECHNUNGEN), { addPilotGoal: (_id, input) => ({ id: 77, ...input }) });
    await loaded();
    const user = userEvent.setup();
    await user.click(screen.getByTestId('pilot-goal-add'));
    await user.type(screen.getByTestId('pilot-goal-name'), 'Durchlaufzeit je Rechnung');
    await user.type(screen.getByTestId('pilot-goal-baseline'), '2,5');
    await user.type(screen.getByTestId('pilot-goal-target'), '0,5');
    await user.type(screen.getByTestId('pilot-goal-unit'), 'Tage{Enter}');
    await waitFor(() =>
      expect(backend.argsOf('addPilotGoal')).toEqual([[RECHNUNGEN, { name: 'Durchlaufzeit je Rechnung', baseline: 2.5, target: 0.5, unit: 'Tage' }]]),
    );
  });

  it('removes a goal only after confirmation', async () => {
    const { backend } = setup(demoPage(ANGEBOT), { removePilotGoal: null });
    await loaded();
    await fireEvent.click(within(screen.getAllByTestId('pilot-goal')[1]).getByTestId('pilot-goal-remove'));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('Das Ziel „Angebote je Woche“ wird entfernt.');
    expect(backend.commandsCalled()).not.toContain('removePilotGoal');
    await fireEvent.click(within(dialog).getByTestId('confirm-ok'));
    await waitFor(() => expect(backend.argsOf('removePilotGoal')).toEqual([[2]]));
  });

  it('ticks a milestone off with today as the day it was done', async () => {
    const { backend } = setup(demoPage(ANGEBOT), {
      updatePilotMilestone: (milestoneId, input) => ({ id: milestoneId, ...input }),
    });
    await loaded();
    const open = screen.getAllByTestId('pilot-milestone')[2];
    const box = within(open).getByTestId('pilot-milestone-done');
    expect(box).not.toBeChecked();
    await fireEvent.click(box);
    await waitFor(() =>
      expect(backend.argsOf('updatePilotMilestone')).toEqual([
        [3, { title: 'Entscheidung über die Skalierung', dueOn: '2026-12-02', doneOn: TODAY }],
      ]),
    );
  });

  it('unticks a milestone and untouches the box when the backend refuses', async () => {
    const { backend } = setup(demoPage(ANGEBOT), { updatePilotMilestone: () => refuse({ kind: 'storage', message: 'disk I/O error' }) });
    await loaded();
    const box = within(screen.getAllByTestId('pilot-milestone')[0]).getByTestId('pilot-milestone-done');
    await fireEvent.click(box);
    await waitFor(() => expect(screen.getByTestId('toast-error')).toBeInTheDocument());
    expect(backend.argsOf('updatePilotMilestone')).toEqual([[1, { title: 'Vorlagen und Prompts abgestimmt', dueOn: '2026-09-03', doneOn: null }]]);
    expect(box).toBeChecked();
  });

  it('asks the backend for the risk class the answers point to and shows the proposal', async () => {
    const { backend } = setup(demoPage(RECHNUNGEN), { proposeRiskClass: 'high' });
    await loaded();
    expect(screen.getByTestId('pilot-risk-current')).toHaveTextContent('noch nicht eingestuft');
    await fireEvent.click(screen.getByTestId('pilot-q-prohibitedPractice-no'));
    await fireEvent.click(screen.getByTestId('pilot-q-annexThreeArea-yes'));
    expect(backend.commandsCalled()).not.toContain('proposeRiskClass');
    await fireEvent.click(screen.getByTestId('pilot-q-interactsOrGenerates-yes'));

    expect(await screen.findByTestId('pilot-risk-proposal')).toHaveTextContent('Vorschlag: hoch');
    expect(backend.argsOf('proposeRiskClass')).toEqual([[{ prohibitedPractice: false, annexThreeArea: true, interactsOrGenerates: true }]]);
    await fireEvent.click(screen.getByTestId('pilot-risk-take'));
    expect(screen.getByTestId('pilot-risk-class')).toHaveValue('high');
  });

  it('shows the refusal of a class without justification at the justification field', async () => {
    const { backend } = setup(demoPage(RECHNUNGEN), {
      setRiskClass: () => refuse({ kind: 'invalid', field: 'justification', problem: { problem: 'empty' } }),
    });
    await loaded();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByTestId('pilot-risk-class'), 'minimal');
    await user.click(screen.getByTestId('pilot-risk-save'));

    const error = await fieldErrorAt('justification');
    expect(error).toHaveTextContent('Bitte füllen Sie „Begründung der Risikoklasse“ aus.');
    expect(screen.getByTestId('pilot-risk-justification')).toHaveAttribute('aria-invalid', 'true');
    expect(backend.argsOf('setRiskClass')).toEqual([[RECHNUNGEN, 'minimal', '']]);
    expect(screen.getByTestId('pilot-risk-current')).toHaveTextContent('noch nicht eingestuft');
  });

  it('records a measurement with hours and today’s date', async () => {
    const { backend } = setup(demoPage(ANGEBOT), {
      recordMeasuredHours: (id, measured) => ({ ...demoPage(id).pilot, measuredHours: measured.hours }),
    });
    await loaded();
    const user = userEvent.setup();
    expect(screen.getByTestId('pilot-hours-date')).toHaveValue(TODAY);
    await user.type(screen.getByTestId('pilot-hours-input'), '6,5');
    await user.click(screen.getByTestId('pilot-hours-save'));
    await waitFor(() => expect(backend.argsOf('recordMeasuredHours')).toEqual([[ANGEBOT, { hours: 6.5, on: TODAY }]]));
    await waitFor(() => expect(screen.getByTestId('pilot-hours-input')).toHaveValue(''));
  });

  it('says so at the field when the hours are no number, and sends nothing', async () => {
    const { backend } = setup(demoPage(ANGEBOT));
    await loaded();
    const user = userEvent.setup();
    await user.type(screen.getByTestId('pilot-hours-input'), 'viel');
    await user.click(screen.getByTestId('pilot-hours-save'));
    expect(await fieldErrorAt('hours')).toHaveTextContent('Bitte geben Sie eine Zahl ein');
    expect(backend.commandsCalled()).not.toContain('recordMeasuredHours');
  });

  it('records a monthly cost', async () => {
    const { backend } = setup(demoPage(ANGEBOT), { addPilotCost: null });
    await loaded();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByTestId('pilot-cost-kind'), 'monthly');
    await user.type(screen.getByTestId('pilot-cost-amount'), '1.250,50');
    await user.click(screen.getByTestId('pilot-cost-save'));
    await waitFor(() => expect(backend.argsOf('addPilotCost')).toEqual([[ANGEBOT, { kind: 'monthly', amount: 1250.5, on: TODAY }]]));
  });

  it('shows the warning the backend answers to a team change', async () => {
    // Five people in the team; adding a sixth makes it too large.
    const [anna, jonas] = employees(2);
    const member = (e: typeof anna): TeamView => ({
      employeeId: e.id,
      name: e.name,
      role: 'enthusiast',
      aiRole: e.role,
      archived: false,
      levels: demoPage(ANGEBOT).team[0].levels.map((l) => ({ ...l, level: 1, target: null, below: false })),
    });
    const five = demoPage(ANGEBOT);
    five.team.push(member(anna));
    const six = structuredClone(five);
    six.team.push({ ...member(jonas), role: 'expert' });
    six.teamWarning = { warning: 'tooLarge', size: 6, max: 5 };
    let changed = false;
    const { backend } = setup(() => structuredClone(changed ? six : five), {
      setPilotTeam: () => {
        changed = true;
        return { warning: 'tooLarge', size: 6, max: 5 };
      },
    });
    await loaded();
    expect(screen.queryByTestId('pilot-team-warning')).toBeNull();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByTestId('pilot-team-employee'), String(jonas.id));
    await user.selectOptions(screen.getByTestId('pilot-team-new-role'), 'expert');
    await user.click(screen.getByTestId('pilot-team-add'));

    const warning = await screen.findByTestId('pilot-team-warning');
    expect(warning).toHaveTextContent('Das Team ist mit 6 Personen groß: Empfohlen sind höchstens 5.');
    expect(backend.argsOf('setPilotTeam')).toEqual([
      [
        ANGEBOT,
        [
          { employeeId: 30, role: 'lead' },
          { employeeId: 25, role: 'expert' },
          { employeeId: 23, role: 'enthusiast' },
          { employeeId: 27, role: 'processOwner' },
          { employeeId: anna.id, role: 'enthusiast' },
          { employeeId: jonas.id, role: 'expert' },
        ],
      ],
    ]);
    await waitFor(() => expect(screen.getAllByTestId('pilot-team-member')).toHaveLength(6));
  });

  it('stops a pilot with the reason given and shows it in the history', async () => {
    const before = demoPage(ANGEBOT);
    const after = demoPage(ANGEBOT);
    const reason = 'Datenschutzbeauftragte rät ab, solange der Anbieter in den USA speichert.';
    after.pilot = { ...after.pilot, status: 'stopped', statusSince: TODAY };
    after.statuses.push({ status: 'stopped', on: TODAY, reason });
    let stopped = false;
    const { backend } = setup(() => structuredClone(stopped ? after : before), {
      setPilotStatus: () => {
        stopped = true;
        return { pilot: after.pilot, warnings: [] };
      },
    });
    await loaded();
    await fireEvent.click(screen.getByTestId('pilot-status-stop'));
    const dialog = screen.getByRole('dialog');
    const field = within(dialog).getByTestId('pilot-move-reason');
    expect(within(dialog).getByTestId('pilot-move-date')).toHaveValue(TODAY);
    const user = userEvent.setup();
    await user.type(field, reason);
    await user.click(within(dialog).getByTestId('pilot-move-confirm'));

    await waitFor(() => expect(screen.getByTestId('pilot-status')).toHaveTextContent('Gestoppt'));
    expect(backend.argsOf('setPilotStatus')).toEqual([[ANGEBOT, 'stopped', TODAY, reason]]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getAllByTestId('pilot-status-entry').at(-1)).toHaveTextContent(reason);
  });

  it('shows the backend’s refusal of a stop without reason at the reason field', async () => {
    const { backend } = setup(demoPage(ANGEBOT), {
      setPilotStatus: () => refuse({ kind: 'invalid', field: 'reason', problem: { problem: 'empty' } }),
    });
    await loaded();
    await fireEvent.click(screen.getByTestId('pilot-status-stop'));
    await fireEvent.click(screen.getByTestId('pilot-move-confirm'));
    expect(await fieldErrorAt('reason')).toHaveTextContent('Bitte füllen Sie „Begründung“ aus.');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(backend.argsOf('setPilotStatus')).toEqual([[ANGEBOT, 'stopped', TODAY, '']]);
  });

  it('moves to the next stage and shows the works council warning the backend answers', async () => {
    const page = demoPage(WARTUNG);
    const { backend } = setup(page, {
      setPilotStatus: (_id, status, on) => ({ pilot: { ...page.pilot, status, statusSince: on }, warnings: ['worksCouncilNotInformed'] }),
    });
    await loaded();
    await fireEvent.click(screen.getByTestId('pilot-status-next'));
    expect(screen.getByTestId('pilot-move-status')).toHaveValue('running');
    await fireEvent.click(screen.getByTestId('pilot-move-confirm'));

    const alert = await screen.findByTestId('pilot-works-council-warning');
    expect(alert).toHaveTextContent('Der Betriebsrat ist noch nicht informiert.');
    expect(alert).toHaveTextContent('§ 87 Abs. 1 Nr. 6 BetrVG');
    expect(backend.argsOf('setPilotStatus')).toEqual([[WARTUNG, 'running', TODAY, '']]);
  });

  it('says the date may not lie before the current stage began when the backend refuses it', async () => {
    const page = demoPage(WARTUNG);
    const { backend } = setup(page, {
      setPilotStatus: () => refuse({ kind: 'invalid', field: 'date', problem: { problem: 'notAllowed' } }),
    });
    await loaded();
    await fireEvent.click(screen.getByTestId('pilot-status-next'));
    // After the use case was recorded (08.10.2026), before its evaluation began (02.11.2026).
    await fireEvent.input(screen.getByTestId('pilot-move-date'), { target: { value: '2026-10-20' } });
    await fireEvent.click(screen.getByTestId('pilot-move-confirm'));
    expect(await fieldErrorAt('date')).toHaveTextContent('Das Datum darf nicht vor dem Beginn der aktuellen Phase am 02.11.2026 liegen.');
    expect(backend.argsOf('setPilotStatus')).toEqual([[WARTUNG, 'running', '2026-10-20', '']]);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('records and clears the day the works council was informed', async () => {
    const page = demoPage(ANGEBOT);
    const { backend } = setup(page, {
      setWorksCouncilInformed: (_id, on) => ({ ...page.compliance, worksCouncilInformedOn: on }),
    });
    await loaded();
    await fireEvent.input(screen.getByTestId('pilot-works-council-date'), { target: { value: '2026-08-20' } });
    await fireEvent.click(screen.getByTestId('pilot-works-council-save'));
    await waitFor(() => expect(backend.argsOf('setWorksCouncilInformed')).toEqual([[ANGEBOT, '2026-08-20']]));
    await waitFor(() => expect(screen.getByTestId('pilot-works-council-save')).not.toBeDisabled());
    await fireEvent.click(screen.getByTestId('pilot-works-council-clear'));
    await waitFor(() => expect(backend.argsOf('setWorksCouncilInformed')).toEqual([[ANGEBOT, '2026-08-20'], [ANGEBOT, null]]));
  });

  it('saves the lessons learned in one go', async () => {
    const { backend } = setup(demoPage(DOKU), { setPilotLessons: (_id, lessons) => lessons });
    await loaded();
    const user = userEvent.setup();
    await user.type(screen.getByTestId('pilot-lessons-worked'), 'Berichte in der Hälfte der Zeit.');
    await user.type(screen.getByTestId('pilot-lessons-nextStep'), 'Arbeitsanweisungen dazunehmen.');
    await user.click(screen.getByTestId('pilot-lessons-save'));
    await waitFor(() =>
      expect(backend.argsOf('setPilotLessons')).toEqual([
        [DOKU, { worked: 'Berichte in der Hälfte der Zeit.', notWorked: '', nextStep: 'Arbeitsanweisungen dazunehmen.' }],
      ]),
    );
  });
});
