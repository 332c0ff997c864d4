import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Framework, Ladder } from '../../bindings.gen';
import LadderScreen from './LadderScreen.svelte';
import Toasts from '../../lib/Toasts.svelte';
import { toasts } from '../../lib/toast.svelte';
import { answer, refuse, type Answers } from '../../test/ipc';
import { framework, TODAY } from '../../test/fixtures';
import { demoHireOrUpskill, demoLadder, demoPaths } from '../../test/growth-fixtures';

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

const ANWENDER = 1;
const SPEZIALIST = 2;
const EXPERTE = 3;

function setup(answers: Answers = {}) {
  const backend = answer({ getLadder: () => structuredClone(demoLadder), ...answers });
  render(Toasts);
  render(LadderScreen);
  return backend;
}

const text = (el: Element) => el.textContent?.replace(/\s+/g, ' ').trim();
const column = (id: number) => screen.getAllByTestId('stage-column').find((c) => c.dataset.stageId === String(id))!;
const loaded = () => screen.findAllByTestId('stage-column');
const fieldErrorAt = async (field: string) =>
  (await screen.findAllByTestId('field-error')).find((e) => e.dataset.field === field);

describe('LadderScreen overview', () => {
  it('shows the stages lowest first with their band, responsibilities, requirements and people', async () => {
    setup();
    const columns = await loaded();
    expect(columns.map((c) => within(c).getByTestId('stage-title').textContent)).toEqual(['KI-Anwender', 'KI-Spezialist', 'KI-Experte']);
    expect(screen.getByTestId('ladder-transparency')).toHaveTextContent('EU-Entgelttransparenzrichtlinie (2023/970)');

    const spezialist = column(SPEZIALIST);
    expect(spezialist).toHaveTextContent('Stufe 2');
    expect(text(within(spezialist).getByTestId('stage-band'))).toBe('Gehaltsband (brutto) 52.000 – 68.000 €/Jahr');
    expect(within(spezialist).getByTestId('stage-responsibilities')).toHaveTextContent(/^Erweiterte Fähigkeiten und Mentoring-Rolle/);
    expect(within(spezialist).getAllByTestId('stage-requirement').map(text)).toEqual([
      'G2 Prompt Engineering: mindestens Stufe 2 ×',
      'G3 Grenzen und Risiken: mindestens Stufe 2 ×',
      'A1 KI-Werkzeuge im Arbeitsalltag: mindestens Stufe 2 ×',
      'A2 Use-Case-Entwicklung: mindestens Stufe 2 ×',
      'S1 Datenschutz (DSGVO) bei KI-Nutzung: mindestens Stufe 2 ×',
      'KI-Reifegrad mindestens 2,0 ×',
      'Lernpfad „Power-User“ abgeschlossen ×',
      'Mitglied eines Pilotteams ×',
    ]);
    expect(text(within(column(ANWENDER)).getByTestId('stage-band'))).toContain('42.000 – 54.000 €/Jahr');
    expect(within(column(ANWENDER)).getAllByTestId('stage-requirement').map(text)).toContain('KI-Reifegrad mindestens 1,2 ×');
    expect(within(column(EXPERTE)).getAllByTestId('stage-requirement').map(text)).toContain('Betreut jemanden als Mentor/in ×');

    // 66 people without a stage, 56 KI-Anwender, 16 KI-Spezialisten, 2 KI-Experten.
    const none = screen.getByTestId('stage-none');
    expect(none).toHaveTextContent('Noch keine Stufe');
    expect(none).toHaveTextContent('Personen (66)');
    expect(none).toHaveTextContent('Bereitschaft für KI-Anwender');
    expect(column(ANWENDER)).toHaveTextContent('Personen (56)');
    expect(column(SPEZIALIST)).toHaveTextContent('Personen (16)');
    // Closest to their next stage first: four people without a stage meet 5 of 6 (83 %).
    const waiting = within(none).getAllByTestId('stage-person');
    expect(waiting.slice(0, 4).map((el) => el.firstElementChild?.textContent)).toEqual([
      'Anja Huber',
      'Frank Maier',
      'Franziska Weber',
      'Petra Bauer',
    ]);
    const readiness = within(waiting[0]).getByTestId('readiness');
    expect(readiness).toHaveTextContent(/^83\s%/);
    expect(readiness).toHaveAttribute('title', '5 von 6 Anforderungen für KI-Anwender erfüllt');
    // The top stage has no next one: names only.
    const experts = within(column(EXPERTE)).getAllByTestId('stage-person');
    expect(experts.map(text)).toEqual(['Jürgen Schulze', 'Matthias Kaiser']);
  });

  it('lists a long group in part and opens the rest on request', async () => {
    setup();
    await loaded();
    const none = screen.getByTestId('stage-none');
    expect(within(none).getAllByTestId('stage-person')).toHaveLength(8);
    const more = within(none).getByTestId('stage-people-more');
    expect(more).toHaveTextContent('Alle 66 anzeigen');
    await fireEvent.click(more);
    expect(within(none).getAllByTestId('stage-person')).toHaveLength(66);
    expect(more).toHaveAttribute('aria-expanded', 'true');
  });

  it('marks a retired requirement and words open and missing salary bands', async () => {
    const ladder: Ladder = structuredClone(demoLadder);
    ladder.stages[1].requirements[1].retired = true;
    ladder.stages[0].salaryMax = null;
    ladder.stages[1].salaryMin = null;
    ladder.stages[2].salaryMin = null;
    ladder.stages[2].salaryMax = null;
    setup({ getLadder: ladder });
    await loaded();
    const retired = within(column(SPEZIALIST)).getAllByTestId('stage-requirement')[1];
    expect(retired).toHaveAttribute('data-retired', 'true');
    expect(retired.querySelector('s')).toHaveTextContent('G3 Grenzen und Risiken: mindestens Stufe 2');
    expect(retired).toHaveTextContent('zählt nicht mehr');
    expect(within(column(ANWENDER)).getByTestId('stage-band')).toHaveTextContent('ab 42.000 €/Jahr');
    expect(within(column(SPEZIALIST)).getByTestId('stage-band')).toHaveTextContent('bis 68.000 €/Jahr');
    expect(within(column(EXPERTE)).getByTestId('stage-band')).toHaveTextContent('kein Band festgelegt');
  });

  it('explains an empty ladder and offers the first stage', async () => {
    const backend = setup({
      getLadder: { ...structuredClone(demoLadder), stages: [] },
      createStage: (input) => ({ id: 9, ...input, position: input.position, salaryMin: null, salaryMax: null, requirements: [] }),
    });
    expect(await screen.findByTestId('ladder-empty')).toHaveTextContent('Noch keine Laufbahnstufen');
    await fireEvent.click(screen.getByTestId('ladder-empty-new'));
    expect(screen.getByTestId('stage-position')).toHaveValue(1);
    expect(screen.getByTestId('stage-name')).toHaveFocus();
    const user = userEvent.setup();
    await user.type(screen.getByTestId('stage-name'), 'KI-Anwender{Enter}');
    await waitFor(() => expect(backend.argsOf('createStage')).toHaveLength(1));
    expect(backend.argsOf('createStage')[0][0]).toMatchObject({ name: 'KI-Anwender', position: 1, salaryMin: null, salaryMax: null });
  });
});

describe('LadderScreen editing stages', () => {
  it('edits a stage and reloads the ladder', async () => {
    const backend = setup({
      updateStage: (id, input) => ({ ...structuredClone(demoLadder.stages[1]), ...input, id, position: input.position, salaryMin: input.salaryMin, salaryMax: input.salaryMax }),
    });
    await loaded();
    await fireEvent.click(within(column(SPEZIALIST)).getByTestId('stage-edit'));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('Stufe »KI-Spezialist« bearbeiten');
    expect(screen.getByTestId('stage-name')).toHaveValue('KI-Spezialist');
    expect(screen.getByTestId('stage-position')).toHaveValue(2);
    expect(screen.getByTestId('stage-salary-min')).toHaveValue('52000');
    const user = userEvent.setup();
    await user.clear(screen.getByTestId('stage-salary-max'));
    await user.type(screen.getByTestId('stage-salary-max'), '70.000');
    await user.click(screen.getByTestId('stage-save'));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const stage = demoLadder.stages[1];
    expect(backend.argsOf('updateStage')).toEqual([
      [SPEZIALIST, { name: 'KI-Spezialist', position: 2, responsibilities: stage.responsibilities, salaryMin: 52000, salaryMax: 70000 }],
    ]);
    await waitFor(() => expect(backend.argsOf('getLadder')).toHaveLength(2));
    expect(await screen.findByTestId('toast-info')).toHaveTextContent('Stufe »KI-Spezialist« gespeichert.');
  });

  it('shows a refused band at its field and keeps the dialog open with the values', async () => {
    const backend = setup({
      createStage: () => refuse({ kind: 'invalid', field: 'salaryMax', problem: { problem: 'outOfRange', min: 90000, max: 10000000 } }),
    });
    await loaded();
    await fireEvent.click(screen.getByTestId('ladder-new-stage'));
    // A new stage goes above the top one.
    expect(screen.getByTestId('stage-position')).toHaveValue(4);
    const user = userEvent.setup();
    await user.type(screen.getByTestId('stage-name'), 'KI-Architekt');
    await user.type(screen.getByTestId('stage-salary-min'), '90.000');
    await user.type(screen.getByTestId('stage-salary-max'), '80.000{Enter}');

    const error = await fieldErrorAt('salaryMax');
    expect(error).toHaveTextContent('Das obere Ende des Gehaltsbands darf nicht unter dem unteren liegen.');
    expect(backend.argsOf('createStage')).toEqual([
      [{ name: 'KI-Architekt', position: 4, responsibilities: '', salaryMin: 90000, salaryMax: 80000 }],
    ]);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(screen.getByTestId('stage-salary-max')).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(screen.getByTestId('stage-salary-max')).toHaveFocus());
    expect(screen.getByTestId('stage-name')).toHaveValue('KI-Architekt');
    expect(backend.argsOf('getLadder')).toHaveLength(1);
  });

  it('shows a taken position at its field', async () => {
    setup({ createStage: () => refuse({ kind: 'invalid', field: 'stagePosition', problem: { problem: 'taken' } }) });
    await loaded();
    await fireEvent.click(screen.getByTestId('ladder-new-stage'));
    const user = userEvent.setup();
    await user.type(screen.getByTestId('stage-name'), 'KI-Architekt');
    await user.clear(screen.getByTestId('stage-position'));
    await user.type(screen.getByTestId('stage-position'), '2{Enter}');
    expect(await fieldErrorAt('stagePosition')).toHaveTextContent('Diese Position hat bereits eine andere Stufe.');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('does not send a band it cannot read as whole euros', async () => {
    const backend = setup({ createStage: () => refuse({ kind: 'storage', message: 'not expected' }) });
    await loaded();
    await fireEvent.click(screen.getByTestId('ladder-new-stage'));
    const user = userEvent.setup();
    await user.type(screen.getByTestId('stage-name'), 'KI-Architekt');
    await user.type(screen.getByTestId('stage-salary-min'), 'fünfzig{Enter}');
    expect(await fieldErrorAt('salaryMin')).toHaveTextContent('ganzen Euro');
    expect(backend.argsOf('createStage')).toEqual([]);
  });

  it('closes the stage dialog with Escape without saving', async () => {
    const backend = setup();
    await loaded();
    const edit = within(column(ANWENDER)).getByTestId('stage-edit');
    edit.focus();
    await fireEvent.click(edit);
    const user = userEvent.setup();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(backend.commandsCalled()).toEqual(['getLadder']);
    expect(edit).toHaveFocus();
  });

  it('asks before deleting a stage and shows why the backend keeps one someone held', async () => {
    const backend = setup({ deleteStage: () => refuse({ kind: 'invalid', field: 'stage', problem: { problem: 'inUse' } }) });
    await loaded();
    await fireEvent.click(within(column(EXPERTE)).getByTestId('stage-delete'));
    expect(screen.getByRole('dialog')).toHaveTextContent('Die Stufe »KI-Experte« wird mit ihren Anforderungen gelöscht.');
    expect(backend.argsOf('deleteStage')).toEqual([]);
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    expect(await screen.findByTestId('toast-error')).toHaveTextContent('Diese Stufe hatte schon jemand inne');
    expect(backend.argsOf('deleteStage')).toEqual([[EXPERTE]]);
    expect(screen.getAllByTestId('stage-column')).toHaveLength(3);
  });

  it('deletes a stage nobody held and reloads', async () => {
    let deleted = false;
    const backend = setup({
      getLadder: () => {
        const ladder = structuredClone(demoLadder);
        if (deleted) ladder.stages = ladder.stages.filter((s) => s.id !== EXPERTE);
        return ladder;
      },
      deleteStage: () => {
        deleted = true;
        return null;
      },
    });
    await loaded();
    await fireEvent.click(within(column(EXPERTE)).getByTestId('stage-delete'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getAllByTestId('stage-column')).toHaveLength(2));
    expect(backend.argsOf('deleteStage')).toEqual([[EXPERTE]]);
    expect(screen.getByTestId('toast-info')).toHaveTextContent('Stufe »KI-Experte« gelöscht.');
    await waitFor(() => expect(screen.getByTestId('ladder-new-stage')).toHaveFocus());
  });
});

describe('LadderScreen requirements', () => {
  const requirementAnswers: Answers = {
    getFramework: demoFramework(),
    listLearningPaths: demoPaths,
  };

  it('adds a competency with a minimum level to a stage', async () => {
    const backend = setup({
      ...requirementAnswers,
      addStageRequirement: (stageId) => ({
        id: 30,
        stageId,
        need: { kind: 'competency', competencyId: 14, code: 'D2', name: 'Datenanalyse', minLevel: 2 },
        retired: false,
      }),
    });
    await loaded();
    await fireEvent.click(within(column(EXPERTE)).getByTestId('stage-requirement-add'));
    expect(screen.getByRole('dialog')).toHaveTextContent('Anforderung für »KI-Experte«');
    const competency = await screen.findByTestId('requirement-competency');
    await waitFor(() => expect(competency).not.toBeDisabled());
    const user = userEvent.setup();
    await user.selectOptions(competency, 'D2 Datenanalyse');
    await user.selectOptions(screen.getByTestId('requirement-level'), 'Stufe 2 – selbstständig');
    await user.click(screen.getByTestId('requirement-save'));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.argsOf('addStageRequirement')).toEqual([[EXPERTE, { kind: 'competency', competencyId: 14, minLevel: 2 }]]);
    await waitFor(() => expect(backend.argsOf('getLadder')).toHaveLength(2));
    expect(screen.getByTestId('toast-info')).toHaveTextContent('Anforderung »D2 Datenanalyse: mindestens Stufe 2« zu »KI-Experte« hinzugefügt.');
  });

  it('asks for a competency before sending one', async () => {
    const backend = setup(requirementAnswers);
    await loaded();
    await fireEvent.click(within(column(EXPERTE)).getByTestId('stage-requirement-add'));
    await waitFor(() => expect(screen.getByTestId('requirement-competency')).not.toBeDisabled());
    await fireEvent.click(screen.getByTestId('requirement-save'));
    expect(await fieldErrorAt('competency')).toHaveTextContent('Bitte wählen Sie eine Kompetenz.');
    expect(backend.argsOf('addStageRequirement')).toEqual([]);
  });

  it('sends a maturity minimum typed the German way, a learning path, and evidence without fields', async () => {
    const added: unknown[] = [];
    const backend = setup({
      ...requirementAnswers,
      addStageRequirement: (stageId, input) => {
        added.push(input);
        return { id: 40 + added.length, stageId, need: input.kind === 'maturity' ? { kind: 'maturity', minIndex: input.minIndex } : { kind: 'mentoring' }, retired: false };
      },
    });
    await loaded();
    const user = userEvent.setup();

    await fireEvent.click(within(column(SPEZIALIST)).getByTestId('stage-requirement-add'));
    await user.selectOptions(screen.getByTestId('requirement-kind'), 'Mindest-KI-Reifegrad');
    expect(screen.getByTestId('requirement-maturity')).toHaveValue('2,0');
    await user.clear(screen.getByTestId('requirement-maturity'));
    await user.type(screen.getByTestId('requirement-maturity'), '2,4{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await fireEvent.click(within(column(ANWENDER)).getByTestId('stage-requirement-add'));
    await user.selectOptions(screen.getByTestId('requirement-kind'), 'Abgeschlossener Lernpfad');
    await waitFor(() => expect(screen.getByTestId('requirement-path')).not.toBeDisabled());
    await user.selectOptions(screen.getByTestId('requirement-path'), 'Power-User (für Prompt Engineer)');
    await user.click(screen.getByTestId('requirement-save'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await fireEvent.click(within(column(EXPERTE)).getByTestId('stage-requirement-add'));
    await user.selectOptions(screen.getByTestId('requirement-kind'), 'Mitglied eines Pilotteams');
    expect(screen.getByTestId('requirement-evidence-hint')).toHaveTextContent('Pilotprojekts');
    await user.click(screen.getByTestId('requirement-save'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const path = demoPaths.find((p) => p.name === 'Power-User')!;
    expect(backend.argsOf('addStageRequirement')).toEqual([
      [SPEZIALIST, { kind: 'maturity', minIndex: 2.4 }],
      [ANWENDER, { kind: 'learningPath', pathId: path.id }],
      [EXPERTE, { kind: 'pilotTeam' }],
    ]);
  });

  it('shows a requirement the stage already has at the field and keeps the dialog open', async () => {
    setup({
      ...requirementAnswers,
      addStageRequirement: () => refuse({ kind: 'invalid', field: 'minMaturity', problem: { problem: 'outOfRange', min: 1, max: 3 } }),
    });
    await loaded();
    await fireEvent.click(within(column(EXPERTE)).getByTestId('stage-requirement-add'));
    const user = userEvent.setup();
    await user.selectOptions(screen.getByTestId('requirement-kind'), 'Mindest-KI-Reifegrad');
    await user.clear(screen.getByTestId('requirement-maturity'));
    await user.type(screen.getByTestId('requirement-maturity'), '3,5{Enter}');
    expect(await fieldErrorAt('minMaturity')).toHaveTextContent('Der Wert muss zwischen 1 und 3 liegen.');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    expect(screen.getByTestId('requirement-maturity')).toHaveValue('3,5');
  });

  it('asks before removing a requirement, then removes it', async () => {
    const backend = setup({ removeStageRequirement: () => null });
    await loaded();
    const pilotTeam = within(column(SPEZIALIST)).getAllByTestId('stage-requirement')[7];
    const remove = within(pilotTeam).getByTestId('stage-requirement-remove');
    expect(remove).toHaveAccessibleName('Anforderung entfernen: Mitglied eines Pilotteams');
    await fireEvent.click(remove);
    expect(screen.getByRole('dialog')).toHaveTextContent(
      'Die Anforderung »Mitglied eines Pilotteams« wird aus der Stufe »KI-Spezialist« entfernt.',
    );
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(backend.argsOf('removeStageRequirement')).toEqual([[14]]));
    await waitFor(() => expect(backend.argsOf('getLadder')).toHaveLength(2));
    await waitFor(() => expect(within(column(SPEZIALIST)).getByTestId('stage-requirement-add')).toHaveFocus());
  });
});

describe('LadderScreen views', () => {
  it('switches views with the arrow keys and asks for hire-or-upskill when it opens', async () => {
    const backend = setup({ getHireOrUpskill: demoHireOrUpskill });
    await loaded();
    const overview = screen.getByTestId('ladder-view-overview');
    expect(overview).toBeChecked();
    const user = userEvent.setup();
    overview.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('ladder-view-readiness')).toBeChecked();
    expect(await screen.findByTestId('readiness-list')).toBeInTheDocument();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('ladder-view-hire')).toBeChecked();
    expect(await screen.findByTestId('hire-rule')).toBeInTheDocument();
    expect(backend.commandsCalled()).toEqual(['getLadder', 'getHireOrUpskill']);
  });
});
