import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import PersonGrowth from './PersonGrowth.svelte';
import { answer } from '../../test/ipc';
import { todayIso } from '../../lib/dates';
import { demoPersonGrowth } from '../../test/growth-fixtures';

afterEach(() => cleanup());

const person = demoPersonGrowth.readiness;

describe('PersonGrowth', () => {
  it("shows the person's stage, readiness with what is missing, maturity, learning and mentoring from the backend", async () => {
    answer({ getPersonGrowth: demoPersonGrowth });
    render(PersonGrowth, { id: person.employeeId, archived: false });
    const stage = await screen.findByTestId('growth-stage');
    expect(within(stage).getByTestId('growth-stage-name')).toHaveTextContent('Noch keine Stufe');
    expect(stage).toHaveTextContent('Nächste Stufe: KI-Anwender');
    expect(within(stage).getByTestId('readiness')).toHaveAttribute('data-percent', '33');
    const missing = within(stage).getAllByRole('listitem').map((li) => li.textContent?.trim());
    expect(missing).toHaveLength(4);
    expect(missing[0]).toContain('G1');
    expect(missing[3]).toContain('Basis-Nutzer');

    const maturity = screen.getByTestId('growth-maturity');
    expect(maturity).toHaveTextContent('Index 1,8 von 3');
    expect(maturity).toHaveTextContent('Bewertung vom 25.10.2026');
    expect(maturity).toHaveTextContent('zuvor 1,0 am 25.07.2026');

    const learning = screen.getByTestId('growth-learning');
    expect(learning).toHaveTextContent('Basis-Nutzer');
    expect(learning).toHaveTextContent('eingeschrieben am 17.10.2026');
    expect(learning).toHaveTextContent('14.11.2026: Grundlagen generativer KI');
    expect(learning).toHaveTextContent('wartet auf Bestätigung');

    expect(screen.getByTestId('growth-mentoring')).toHaveTextContent('begleitet von Holger Köhler · Datenschutz im Alltag');
  });

  it('sets the stage through the dialog and shows the readiness the backend answers afterwards', async () => {
    const anwender = demoPersonGrowth.stages[0];
    const after = {
      ...demoPersonGrowth,
      readiness: { ...person, stage: { id: anwender.id, position: anwender.position, name: anwender.name }, stageSince: todayIso() },
    };
    let loads = 0;
    const backend = answer({
      getPersonGrowth: () => (loads++ === 0 ? demoPersonGrowth : after),
      setEmployeeStage: after.readiness,
    });
    render(PersonGrowth, { id: person.employeeId, archived: false });
    await fireEvent.click(await screen.findByTestId('growth-set-stage'));
    await fireEvent.change(screen.getByTestId('set-stage-stage'), { target: { value: String(anwender.id) } });
    await fireEvent.click(screen.getByTestId('set-stage-save'));
    await waitFor(() => expect(screen.getByTestId('growth-stage-name')).toHaveTextContent('KI-Anwender'));
    expect(backend.argsOf('setEmployeeStage')).toEqual([[person.employeeId, anwender.id, todayIso()]]);
  });

  it('offers no stage change for someone who has left', async () => {
    answer({ getPersonGrowth: demoPersonGrowth });
    render(PersonGrowth, { id: person.employeeId, archived: true });
    await screen.findByTestId('growth-stage');
    expect(screen.queryByTestId('growth-set-stage')).toBeNull();
  });
});
