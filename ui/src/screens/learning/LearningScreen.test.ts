import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Checkin, Completion, Employee, Framework, Pair, Participant } from '../../bindings.gen';
import LearningScreen from './LearningScreen.svelte';
import Toasts from '../../lib/Toasts.svelte';
import { toasts } from '../../lib/toast.svelte';
import { answer, refuse, type Answers } from '../../test/ipc';
import { employees, framework, TODAY } from '../../test/fixtures';
import { demoCheckins, demoPairs, demoParticipants, demoPaths, demoProposals } from '../../test/growth-fixtures';

// The demo was computed as of TODAY: the dialogs propose that day.
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

const BASIS = demoPaths[0]; // Basis-Nutzer: the demo's participants belong to it
const POWER = demoPaths[1]; // Power-User

function setup(answers: Answers = {}) {
  const backend = answer({
    getFramework: demoFramework(),
    listPendingProposals: demoProposals,
    listLearningPaths: demoPaths,
    listPathParticipants: (pathId) => (pathId === BASIS.id ? structuredClone(demoParticipants) : []),
    ...answers,
  });
  const user = userEvent.setup();
  render(Toasts);
  render(LearningScreen);
  return { backend, user };
}

const text = (el: Element) => el.textContent?.replace(/\s+/g, ' ').trim();
const pathButton = (name: string) => screen.getAllByTestId('learning-path').find((b) => b.textContent?.includes(name))!;
const modules = () => screen.getAllByTestId('learning-module');
const participantRow = (employeeId: number) =>
  screen.getAllByTestId('learning-participant').find((r) => r.dataset.employeeId === String(employeeId))!;
const fieldErrorAt = async (field: string) =>
  (await screen.findAllByTestId('field-error')).find((e) => e.dataset.field === field);

describe('Lernpfade', () => {
  it('lists the paths with module count, hours and price per person, and shows the first with its modules', async () => {
    const { user } = setup();
    await waitFor(() => expect(screen.getAllByTestId('learning-path')).toHaveLength(3));
    expect(screen.getAllByTestId('learning-path-figures').map(text)).toEqual([
      'Module: 4 · 13 h · 490 € pro Person',
      'Module: 4 · 34 h · 1.150 € pro Person',
      'Module: 3 · 42 h · 2.100 € pro Person',
    ]);
    expect(pathButton('Basis-Nutzer')).toHaveTextContent('für alle Rollen');
    expect(pathButton('Power-User')).toHaveTextContent('Prompt Engineer');
    expect(pathButton('Basis-Nutzer')).toHaveAttribute('aria-current', 'true');

    expect(screen.getByTestId('learning-path-title')).toHaveTextContent('Basis-Nutzer');
    expect(screen.getByTestId('learning-path-totals')).toHaveTextContent('Module: 4 · zusammen 13 h und 490 € pro Person');
    expect(modules().map((m) => within(m).getByTestId('learning-module-title').textContent)).toEqual(BASIS.modules.map((m) => m.title));
    expect(modules().map((m) => text(within(m).getByTestId('learning-module-format')))).toEqual([
      'Workshop',
      'Online-Kurs',
      'Online-Kurs',
      'Monatliches KI-Update',
    ]);
    expect(modules().map((m) => text(within(m).getByTestId('learning-module-figures')))).toEqual([
      '4 h · 250 € pro Person · hebt G1 auf Stufe 1',
      '6 h · 150 € pro Person · hebt G2 auf Stufe 2',
      '2 h · 90 € pro Person · hebt S1 auf Stufe 1',
      '1 h · kostenlos',
    ]);
    expect(modules()[0]).toHaveTextContent('Wie Sprachmodelle arbeiten, was sie können und was nicht.');

    // The arrow keys move to the next path.
    pathButton('Basis-Nutzer').focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByTestId('learning-path-title')).toHaveTextContent('Power-User');
    expect(pathButton('Power-User')).toHaveFocus();
    expect(modules().map((m) => text(within(m).getByTestId('learning-module-format')))).toEqual([
      'Workshop',
      'Lernen durch Tun',
      'Workshop',
      'KI-Sprechstunde',
    ]);
    expect(text(within(modules()[1]).getByTestId('learning-module-figures'))).toBe('16 h · 300 € pro Person · hebt A3 auf Stufe 2');
    expect(screen.getByTestId('learning-participants-empty')).toHaveTextContent('Noch niemand ist eingeschrieben');
  });

  it('shows one row per participant with completion dates, visits of the monthly update and progress', async () => {
    setup();
    await waitFor(() => expect(screen.getAllByTestId('learning-participant')).toHaveLength(demoParticipants.length));
    expect(screen.getAllByTestId('learning-participants-module').map(text)).toEqual([
      '1. Grundlagen generativer KI Workshop',
      '2. Prompt Engineering für den Arbeitsalltag Online-Kurs',
      '3. Datenschutz-Awareness Online-Kurs',
      '4. Monatliches KI-Update Monatliches KI-Update',
    ]);

    const krause = participantRow(94); // G1 on 06.09., G2 on 01.10.2026
    const cells = within(krause).getAllByTestId('learning-cell');
    expect(krause).toHaveTextContent('Andreas Krause');
    expect(krause).toHaveTextContent('Produktion');
    expect(cells[0]).toHaveTextContent('06.09.2026');
    expect(cells[1]).toHaveTextContent('01.10.2026');
    expect(within(cells[2]).getByRole('button')).toHaveAccessibleName(
      '„Datenschutz-Awareness“ für Andreas Krause als abgeschlossen eintragen …',
    );
    expect(within(cells[3]).getByRole('button')).toHaveTextContent('Teilgenommen …');
    expect(within(krause).getByTestId('learning-progress')).toHaveTextContent('2 von 4');

    // A recurring format counts the visits and offers another one.
    const visitor = demoParticipants.find((p) => p.completions.some((c) => c.moduleId === 4))!;
    const visits = visitor.completions.filter((c) => c.moduleId === 4);
    const monthly = within(participantRow(visitor.employeeId)).getAllByTestId('learning-cell')[3];
    expect(within(monthly).getByTestId('learning-cell-count')).toHaveTextContent(`${visits.length}× teilgenommen`);
    expect(within(monthly).getByRole('button')).toHaveTextContent('Weitere Teilnahme …');

    // Completions whose level still waits for confirmation say so.
    const koch = participantRow(54);
    expect(within(koch).getAllByTestId('learning-cell-pending')).toHaveLength(2);
  });

  it('greys people who have left and offers them nothing', async () => {
    const left: Participant[] = demoParticipants.map((p) => (p.employeeId === 71 ? { ...p, archivedOn: '2026-11-01' } : p));
    setup({ listPathParticipants: left });
    await waitFor(() => expect(participantRow(71)).toBeInTheDocument());
    expect(participantRow(71)).toHaveClass('left');
    expect(participantRow(71)).toHaveTextContent('ausgeschieden am 01.11.2026');
    expect(within(participantRow(71)).queryAllByRole('button')).toHaveLength(0);
  });

  it('enrols a chosen person on the chosen day: only people not yet in the path are offered', async () => {
    const enrolled = demoParticipants[0];
    const staff: Employee[] = [
      ...employees(6),
      { ...employees(1)[0], id: enrolled.employeeId, name: enrolled.name, department: 'Produktion' },
    ];
    const { backend, user } = setup({
      listEmployees: staff,
      enrolEmployee: (employeeId, pathId, on) => ({ id: 900, employeeId, pathId, path: BASIS.name, enrolledOn: on }),
    });
    await user.click(await screen.findByTestId('learning-enrol'));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('Lernpfad „Basis-Nutzer“');
    const person = await within(dialog).findByTestId('learning-enrol-person');
    expect(person).toHaveFocus();
    const offered = within(person).getAllByRole('option').map((o) => o.textContent);
    expect(offered).not.toContain(enrolled.name);
    expect(offered).toContain(staff[2].name);
    expect(within(dialog).getByTestId('learning-enrol-date')).toHaveValue(TODAY);

    await user.selectOptions(person, String(staff[2].id));
    await user.clear(within(dialog).getByTestId('learning-enrol-date'));
    await user.type(within(dialog).getByTestId('learning-enrol-date'), '2026-11-20');
    await user.click(within(dialog).getByTestId('learning-enrol-save'));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.argsOf('enrolEmployee')).toEqual([[staff[2].id, BASIS.id, '2026-11-20']]);
    expect(backend.argsOf('listPathParticipants')).toEqual([[BASIS.id], [BASIS.id]]);
    expect(screen.getByTestId('toast-info')).toHaveTextContent(`${staff[2].name} ist in „Basis-Nutzer“ eingeschrieben.`);
  });

  it('shows a refused enrolment at the person and keeps the dialog open', async () => {
    const staff = employees(4);
    setup({
      listEmployees: staff,
      enrolEmployee: () => refuse({ kind: 'invalid', field: 'name', problem: { problem: 'notAllowed' } }),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('learning-enrol'));
    await user.selectOptions(await screen.findByTestId('learning-enrol-person'), String(staff[1].id));
    await user.click(screen.getByTestId('learning-enrol-date'));
    await user.keyboard('{Enter}');
    const error = await fieldErrorAt('name');
    expect(error).toHaveTextContent('Für ausgeschiedene Personen wird nichts Neues erfasst.');
    expect(screen.getByTestId('learning-enrol-person')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('records a completed module on the chosen day and announces the proposed level right there', async () => {
    const basisModule = BASIS.modules[0];
    const template = demoProposals.find((p) => p.moduleId === basisModule.id)!;
    const answered: Completion = { ...template, id: 700, employeeId: 71, employee: 'Anna Kaiser', completedOn: TODAY };
    let pending = demoProposals;
    const { backend, user } = setup({
      listPendingProposals: () => pending,
      completeModule: () => {
        pending = [...demoProposals, answered];
        return answered;
      },
    });
    await waitFor(() => expect(participantRow(71)).toBeInTheDocument());
    expect(screen.getByTestId('learning-view-proposals-badge')).toHaveTextContent(String(demoProposals.length));

    await user.click(screen.getByRole('button', { name: '„Grundlagen generativer KI“ für Anna Kaiser als abgeschlossen eintragen …' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByTestId('learning-complete-dialog-subject')).toHaveTextContent('Anna Kaiser · Grundlagen generativer KI');
    expect(within(dialog).getByTestId('learning-complete-dialog-date')).toHaveValue(TODAY);
    expect(dialog).toHaveTextContent('Die Talentmatrix ändert sich erst, wenn Sie ihn unter „Vorschläge“ bestätigen.');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.argsOf('completeModule')).toEqual([[71, basisModule.id, TODAY]]);
    const notice = screen.getByTestId('learning-proposed');
    expect(notice).toHaveAttribute('role', 'status');
    expect(notice).toHaveTextContent(
      '„Grundlagen generativer KI“ für Anna Kaiser eingetragen. Vorgeschlagen: G1 auf Stufe 1. Der Vorschlag wartet unter „Vorschläge“ auf Ihre Bestätigung; bis dahin bleibt die Talentmatrix unverändert.',
    );
    await waitFor(() => expect(screen.getByTestId('learning-view-proposals-badge')).toHaveTextContent(String(demoProposals.length + 1)));
    expect(backend.argsOf('listPathParticipants')).toHaveLength(2);

    await user.click(within(notice).getByTestId('learning-proposed-open'));
    expect(screen.getByTestId('learning-view-proposals')).toBeChecked();
    await waitFor(() => expect(screen.getAllByTestId('learning-proposal')).toHaveLength(demoProposals.length + 1));
    expect(screen.getByRole('heading', { name: 'Offene Vorschläge' })).toHaveFocus();
  });

  it('records another visit of a recurring module without a proposal', async () => {
    const visitor = demoParticipants.find((p) => p.completions.some((c) => c.moduleId === 4))!;
    const visit = visitor.completions.find((c) => c.moduleId === 4)!;
    const { backend, user } = setup({ completeModule: { ...visit, id: 701, completedOn: TODAY } });
    await waitFor(() => expect(participantRow(visitor.employeeId)).toBeInTheDocument());
    await user.click(within(participantRow(visitor.employeeId)).getByRole('button', { name: `Teilnahme von ${visitor.name} an „Monatliches KI-Update“ eintragen …` }));
    expect(screen.getByRole('dialog')).toHaveTextContent('Teilnahme eintragen');
    await user.click(screen.getByTestId('learning-complete-dialog-save'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.argsOf('completeModule')).toEqual([[visitor.employeeId, 4, TODAY]]);
    expect(screen.queryByTestId('learning-proposed')).toBeNull();
    expect(screen.getByTestId('toast-info')).toHaveTextContent(`„Monatliches KI-Update“ für ${visitor.name} eingetragen.`);
  });

  it('shows a refused completion day at the date and keeps the dialog open', async () => {
    const { user } = setup({
      completeModule: () => refuse({ kind: 'invalid', field: 'completionDate', problem: { problem: 'beforeStart' } }),
    });
    await waitFor(() => expect(participantRow(71)).toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: '„Grundlagen generativer KI“ für Anna Kaiser als abgeschlossen eintragen …' }));
    await user.click(screen.getByTestId('learning-complete-dialog-save'));
    expect(await fieldErrorAt('completionDate')).toHaveTextContent('Der Abschluss darf nicht vor der Einschreibung liegen.');
    expect(screen.getByTestId('learning-complete-dialog-date')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });
});

describe('Module editor', () => {
  it('adds a module with its format, hours, price and raised level', async () => {
    let paths = demoPaths;
    const { backend, user } = setup({
      listLearningPaths: () => paths,
      createLearningModule: (pathId, input) => {
        const module = {
          ...BASIS.modules[0],
          id: 50,
          pathId,
          title: input.title,
          format: 'consultationHour' as const,
          hours: input.hours,
          cost: input.cost,
          competencyId: input.competencyId,
          competencyCode: 'G3',
          raisesTo: input.raisesTo,
          content: input.content,
        };
        paths = paths.map((p) => (p.id === pathId ? { ...p, modules: [...p.modules, module] } : p));
        return module;
      },
    });
    await user.click(await screen.findByTestId('learning-module-new'));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('Neues Modul in „Basis-Nutzer“');
    expect(within(dialog).getByTestId('learning-module-form-level')).toBeDisabled();
    await user.type(within(dialog).getByTestId('learning-module-form-title'), 'KI-Sprechstunde Verwaltung');
    await user.selectOptions(within(dialog).getByTestId('learning-module-form-format'), 'consultationHour');
    await user.type(within(dialog).getByTestId('learning-module-form-hours'), '1.5');
    await user.type(within(dialog).getByTestId('learning-module-form-cost'), '0');
    await user.selectOptions(within(dialog).getByTestId('learning-module-form-competency'), '3');
    await user.selectOptions(within(dialog).getByTestId('learning-module-form-level'), '2');
    await user.type(within(dialog).getByTestId('learning-module-form-content'), 'Ergebnisse gemeinsam prüfen.');
    await user.click(within(dialog).getByTestId('learning-module-form-save'));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.argsOf('createLearningModule')).toEqual([
      [
        BASIS.id,
        {
          title: 'KI-Sprechstunde Verwaltung',
          format: 'consultationHour',
          hours: 1.5,
          cost: 0,
          competencyId: 3,
          raisesTo: 2,
          content: 'Ergebnisse gemeinsam prüfen.',
        },
      ],
    ]);
    await waitFor(() => expect(modules()).toHaveLength(5));
    expect(text(within(modules()[4]).getByTestId('learning-module-figures'))).toBe('1,5 h · kostenlos · hebt G3 auf Stufe 2');
  });

  it('shows a refused module at its field and keeps the values', async () => {
    const { user } = setup({
      updateLearningModule: () => refuse({ kind: 'invalid', field: 'hours', problem: { problem: 'outOfRange', min: 0, max: 1000 } }),
    });
    await waitFor(() => expect(modules()).toHaveLength(4));
    await user.click(screen.getByRole('button', { name: '„Grundlagen generativer KI“ bearbeiten' }));
    const hours = screen.getByTestId('learning-module-form-hours');
    expect(hours).toHaveValue(4);
    expect(screen.getByTestId('learning-module-form-title')).toHaveValue('Grundlagen generativer KI');
    expect(screen.getByTestId('learning-module-form-format')).toHaveValue('workshop');
    expect(screen.getByTestId('learning-module-form-competency')).toHaveValue('1');
    expect(screen.getByTestId('learning-module-form-level')).toHaveValue('1');
    await user.clear(hours);
    await user.type(hours, '2000');
    await user.click(screen.getByTestId('learning-module-form-save'));
    expect(await fieldErrorAt('hours')).toHaveTextContent('Der Wert muss zwischen 0 und 1000 liegen.');
    expect(hours).toHaveAttribute('aria-invalid', 'true');
    expect(hours).toHaveValue(2000);
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('retires a module only after confirmation', async () => {
    let paths = demoPaths;
    const { backend, user } = setup({
      listLearningPaths: () => paths,
      retireLearningModule: (id) => {
        const retired = { ...BASIS.modules[2], retiredOn: TODAY };
        // The path as the core then answers it: its totals without the retired module
        // (13 − 2 h, 490 − 90 €).
        paths = paths.map((p) =>
          p.id === BASIS.id
            ? { ...p, hours: 11, cost: 400, modules: p.modules.map((m) => (m.id === id ? retired : m)) }
            : p,
        );
        return retired;
      },
    });
    await waitFor(() => expect(modules()).toHaveLength(4));
    await user.click(screen.getByRole('button', { name: '„Datenschutz-Awareness“ stilllegen …' }));
    expect(screen.getByRole('dialog')).toHaveTextContent('Bisherige Abschlüsse bleiben erhalten');
    expect(backend.commandsCalled()).not.toContain('retireLearningModule');
    await user.click(screen.getByText('Abbrechen'));
    expect(backend.commandsCalled()).not.toContain('retireLearningModule');

    await user.click(screen.getByRole('button', { name: '„Datenschutz-Awareness“ stilllegen …' }));
    await user.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(backend.argsOf('retireLearningModule')).toEqual([[BASIS.modules[2].id]]));
    // Shown greyed with its day, out of the totals and the participants table, and the
    // focus on the button that brings it back.
    const reactivate = await screen.findByRole('button', { name: '„Datenschutz-Awareness“ reaktivieren …' });
    await waitFor(() => expect(reactivate).toHaveFocus());
    expect(modules()[2]).toHaveClass('retired');
    expect(modules()[2]).toHaveTextContent('stillgelegt seit 22.11.2026');
    expect(screen.getByTestId('learning-path-totals')).toHaveTextContent('Module: 3 · zusammen 11 h und 400 € pro Person');
    expect(screen.getAllByTestId('learning-participants-module')).toHaveLength(3);
  });

  it('creates a path for an AI role', async () => {
    const { backend, user } = setup({
      createLearningPath: (name, roleId, description) => ({ ...POWER, id: 9, name, roleId, description, modules: [] }),
    });
    await user.click(await screen.findByTestId('learning-path-new'));
    const roles = demoFramework().roles;
    await user.type(screen.getByTestId('learning-path-form-name'), 'Power-User Vertrieb');
    await user.selectOptions(screen.getByTestId('learning-path-form-role'), String(roles[2].id));
    await user.type(screen.getByTestId('learning-path-form-description'), 'Vorlagen für Angebote bauen.');
    await user.click(screen.getByTestId('learning-path-form-save'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.argsOf('createLearningPath')).toEqual([['Power-User Vertrieb', roles[2].id, 'Vorlagen für Angebote bauen.']]);
  });
});

describe('Vorschläge', () => {
  async function openProposals(user: ReturnType<typeof userEvent.setup>) {
    await waitFor(() => expect(screen.getByTestId('learning-view-proposals-badge')).toHaveTextContent(String(demoProposals.length)));
    // The views switch with the arrow keys, like any radio group.
    screen.getByTestId('learning-view-paths').focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByTestId('learning-view-proposals')).toBeChecked();
    await waitFor(() => expect(screen.getAllByTestId('learning-proposal')).toHaveLength(demoProposals.length));
  }

  it('lists each pending proposal and explains that the matrix waits for confirmation', async () => {
    const { user } = setup();
    await openProposals(user);
    expect(screen.getByTestId('learning-view-proposals')).toHaveAccessibleName(`Vorschläge, ${demoProposals.length} offen`);
    expect(screen.getByTestId('learning-proposals')).toHaveTextContent('In der Talentmatrix ändert sich nichts, bis Sie bestätigen');
    const first = screen.getAllByTestId('learning-proposal')[0];
    expect(first).toHaveTextContent('Michael Richter');
    expect(first).toHaveTextContent('Prompt Engineering für den Arbeitsalltag');
    expect(first).toHaveTextContent('Basis-Nutzer · Online-Kurs');
    expect(first).toHaveTextContent('03.11.2026');
    expect(text(within(first).getByTestId('learning-proposal-raise'))).toBe('G2 Prompt Engineering → Stufe 2 vorgeschlagen vom Trainer');
  });

  it('confirms a proposal with its id and reloads the list', async () => {
    const first = demoProposals[0];
    let pending = demoProposals;
    const { backend, user } = setup({
      listPendingProposals: () => pending,
      confirmProposal: (id) => {
        pending = demoProposals.filter((p) => p.id !== id);
        return { ...first, proposal: 'confirmed', assessmentId: 3000 };
      },
    });
    await openProposals(user);
    await user.click(screen.getByRole('button', { name: 'Vorschlag für Michael Richter nach „Prompt Engineering für den Arbeitsalltag“ bestätigen' }));
    await waitFor(() => expect(screen.getAllByTestId('learning-proposal')).toHaveLength(demoProposals.length - 1));
    expect(backend.argsOf('confirmProposal')).toEqual([[first.id]]);
    expect(screen.getByTestId('toast-info')).toHaveTextContent('Eingetragen: Michael Richter, G2 auf Stufe 2 (Einschätzung durch Trainer/in).');
    expect(screen.getByTestId('learning-view-proposals-badge')).toHaveTextContent(String(demoProposals.length - 1));
    // The focus moves on to the proposal that took its place.
    expect(screen.getAllByTestId('learning-proposal-confirm')[0]).toHaveFocus();
  });

  it('rejects a proposal only after confirmation', async () => {
    const third = demoProposals[2];
    const { backend, user } = setup({ rejectProposal: { ...third, proposal: 'rejected' } });
    await openProposals(user);
    const row = screen.getAllByTestId('learning-proposal')[2];
    await user.click(within(row).getByTestId('learning-proposal-reject'));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('Claudia Fischer wird nicht auf A4 Stufe 3 gesetzt; die Talentmatrix bleibt, wie sie ist.');
    expect(backend.commandsCalled()).not.toContain('rejectProposal');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(backend.commandsCalled()).not.toContain('rejectProposal');

    await user.click(within(row).getByTestId('learning-proposal-reject'));
    await user.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(backend.argsOf('rejectProposal')).toEqual([[third.id]]));
    expect(backend.commandsCalled()).not.toContain('confirmProposal');
  });

  it('shows the refusal of an overtaken proposal at the proposal', async () => {
    const { user } = setup({
      confirmProposal: () => refuse({ kind: 'invalid', field: 'status', problem: { problem: 'notAllowed' } }),
    });
    await openProposals(user);
    const row = screen.getAllByTestId('learning-proposal')[1];
    await user.click(within(row).getByTestId('learning-proposal-confirm'));
    const error = await within(row).findByTestId('learning-proposal-error');
    expect(error).toHaveAttribute('role', 'alert');
    expect(error).toHaveTextContent('Dieser Schritt ist im aktuellen Stand nicht (mehr) möglich.');
    expect(error).toHaveTextContent('Vielleicht ist der Vorschlag überholt');
    expect(screen.getAllByTestId('learning-proposal')).toHaveLength(demoProposals.length);
  });

  it('says when nothing waits for confirmation', async () => {
    const { user } = setup({ listPendingProposals: [] });
    await screen.findAllByTestId('learning-path');
    expect(screen.queryByTestId('learning-view-proposals-badge')).toBeNull();
    await user.click(screen.getByTestId('learning-view-proposals'));
    expect(await screen.findByTestId('learning-proposals-empty')).toHaveTextContent('Keine offenen Vorschläge');
  });
});

describe('Mentoring', () => {
  const firstPair = demoPairs[0];

  function mentoring(answers: Answers = {}) {
    return setup({
      listMentoringPairs: demoPairs,
      listCheckins: (pairId) => (pairId === firstPair.id ? demoCheckins : []),
      ...answers,
    });
  }
  const pairRow = (id: number) => screen.getAllByTestId('mentoring-pair').find((r) => r.dataset.pairId === String(id))!;

  it('lists the pairs, explains the KI-Buddy system and shows the first pair’s check-ins, newest first', async () => {
    const { user } = mentoring();
    await user.click(screen.getByTestId('learning-view-mentoring'));
    await waitFor(() => expect(screen.getAllByTestId('mentoring-pair')).toHaveLength(demoPairs.length));
    expect(screen.getByTestId('mentoring')).toHaveTextContent('Das Dashboard zählt die aktiven Paare und die Check-ins der letzten 30 Tage.');
    expect(within(pairRow(firstPair.id)).getAllByRole('cell').map(text)).toEqual([
      'Holger Köhler → begleitet Elif Schulze',
      'Datenschutz im Alltag',
      '20.10.2026',
      'läuft',
      '3',
      '17.11.2026',
    ]);
    const ended = demoPairs.find((p) => p.endedOn !== null)!;
    expect(pairRow(ended.id)).toHaveClass('ended');
    expect(within(pairRow(ended.id)).getAllByRole('cell')[3]).toHaveTextContent('08.10.2026');

    await waitFor(() => expect(screen.getAllByTestId('mentoring-checkin')).toHaveLength(demoCheckins.length));
    expect(screen.getAllByTestId('mentoring-checkin').map(text)).toEqual([
      '17.11.2026 Gemeinsam einen Prompt verbessert.',
      '10.11.2026 Erste Aufgabe selbstständig mit KI erledigt.',
      '27.10.2026 Erste Aufgabe selbstständig mit KI erledigt.',
    ]);

    // Another pair is chosen from the keyboard.
    pairRow(demoPairs[1].id).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('mentoring-pair-title')).toHaveTextContent(`${demoPairs[1].mentor} → ${demoPairs[1].mentee}`);
    expect(await screen.findByTestId('mentoring-checkins-empty')).toBeInTheDocument();
  });

  it('adds a check-in on today with its note and reloads the pair', async () => {
    const added: Checkin = { id: 99, pairId: firstPair.id, heldOn: TODAY, note: 'Vorlage für Angebote gebaut.' };
    const { backend, user } = mentoring({ addCheckin: added });
    await user.click(screen.getByTestId('learning-view-mentoring'));
    const date = await screen.findByTestId('mentoring-checkin-date');
    expect(date).toHaveValue(TODAY);
    await user.type(screen.getByTestId('mentoring-checkin-note'), 'Vorlage für Angebote gebaut.');
    await user.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(backend.argsOf('addCheckin')).toEqual([[firstPair.id, TODAY, 'Vorlage für Angebote gebaut.']]));
    await waitFor(() => expect(backend.argsOf('listCheckins')).toHaveLength(2));
    expect(backend.argsOf('listMentoringPairs')).toHaveLength(2);
    expect(screen.getByTestId('mentoring-checkin-note')).toHaveValue('');
    expect(screen.getByTestId('toast-info')).toHaveTextContent('Check-in vom 22.11.2026 gespeichert.');
  });

  it('shows a refused check-in day at the date', async () => {
    const { user } = mentoring({
      addCheckin: () => refuse({ kind: 'invalid', field: 'date', problem: { problem: 'beforeStart' } }),
    });
    await user.click(screen.getByTestId('learning-view-mentoring'));
    await user.click(await screen.findByTestId('mentoring-checkin-save'));
    expect(await fieldErrorAt('date')).toHaveTextContent('Das Datum liegt vor dem Beginn.');
    expect(screen.getByTestId('mentoring-checkin-date')).toHaveAttribute('aria-invalid', 'true');
  });

  it('creates a pair from the dialog with today as the start', async () => {
    const staff = employees(6);
    const created: Pair = { ...firstPair, id: 20, mentorId: staff[0].id, mentor: staff[0].name, menteeId: staff[3].id, mentee: staff[3].name, checkins: 0, lastCheckin: null };
    const { backend, user } = mentoring({ listEmployees: staff, createMentoringPair: created });
    await user.click(screen.getByTestId('learning-view-mentoring'));
    await user.click(await screen.findByTestId('mentoring-new'));
    const dialog = screen.getByRole('dialog');
    const mentor = await within(dialog).findByRole('combobox', { name: 'Mentor/in' });
    await waitFor(() => expect(mentor).toHaveFocus());
    expect(within(dialog).getByTestId('mentoring-pair-start')).toHaveValue(TODAY);
    expect(within(dialog).getByTestId('mentoring-pair-end')).toHaveValue('');
    await user.selectOptions(mentor, String(staff[0].id));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Mentee' }), String(staff[3].id));
    await user.type(within(dialog).getByTestId('mentoring-pair-topic'), 'Prompts für Angebote{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(backend.argsOf('createMentoringPair')).toEqual([
      [{ mentorId: staff[0].id, menteeId: staff[3].id, topic: 'Prompts für Angebote', startedOn: TODAY, endedOn: null }],
    ]);
    expect(backend.argsOf('listMentoringPairs')).toHaveLength(2);
  });

  it('shows a refusal about the mentee at the mentee and keeps the dialog open', async () => {
    const staff = employees(6);
    const { backend, user } = mentoring({
      listEmployees: staff,
      createMentoringPair: () => refuse({ kind: 'invalid', field: 'mentee', problem: { problem: 'notAllowed' } }),
    });
    await user.click(screen.getByTestId('learning-view-mentoring'));
    await user.click(await screen.findByTestId('mentoring-new'));
    const dialog = screen.getByRole('dialog');
    await user.selectOptions(await within(dialog).findByTestId('mentoring-pair-mentor'), String(staff[1].id));
    await user.selectOptions(within(dialog).getByTestId('mentoring-pair-mentee'), String(staff[1].id));
    await user.click(within(dialog).getByTestId('mentoring-pair-save'));

    const error = await fieldErrorAt('mentee');
    expect(error).toHaveTextContent('Mentee muss eine andere, noch beschäftigte Person als der Mentor sein.');
    expect(within(dialog).getByTestId('mentoring-pair-mentee')).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(within(dialog).getByTestId('mentoring-pair-mentee')).toHaveFocus());
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(backend.argsOf('createMentoringPair')).toEqual([
      [{ mentorId: staff[1].id, menteeId: staff[1].id, topic: '', startedOn: TODAY, endedOn: null }],
    ]);
    expect(backend.argsOf('listMentoringPairs')).toHaveLength(1);
  });

  it('ends a pair on the chosen day after asking', async () => {
    const { backend, user } = mentoring({ endMentoringPair: (id, on) => ({ ...firstPair, id, endedOn: on }) });
    await user.click(screen.getByTestId('learning-view-mentoring'));
    await user.click(await screen.findByTestId('mentoring-end'));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('Holger Köhler → Elif Schulze');
    expect(within(dialog).getByTestId('mentoring-end-dialog-date')).toHaveValue(TODAY);
    expect(backend.commandsCalled()).not.toContain('endMentoringPair');
    await user.click(within(dialog).getByTestId('mentoring-end-dialog-save'));
    await waitFor(() => expect(backend.argsOf('endMentoringPair')).toEqual([[firstPair.id, TODAY]]));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.getByTestId('toast-info')).toHaveTextContent('Das Paar Holger Köhler → Elif Schulze endet am 22.11.2026.');
  });
});
