import { describe, expect, it } from 'vitest';
import type { PilotStatus, StatusEntry } from '../../bindings.gen';
import { STAGES, nextStage, previousStage, proposedStage } from './model';

const entry = (status: PilotStatus, on = '2026-09-01'): StatusEntry => ({ status, on, reason: '' });

describe('the one transition rule of board and detail page', () => {
  it('goes one stage on along Idee → Bewertung → Pilot läuft → Skalierung → Abgeschlossen, nothing after it', () => {
    expect(STAGES.map((s) => nextStage(s))).toEqual(['evaluation', 'running', 'scaling', 'completed', null]);
    expect(STAGES.map((s) => previousStage(s))).toEqual([null, 'idea', 'evaluation', 'running', 'scaling']);
  });

  it('resumes a stopped use case at the stage it was stopped in, by its history', () => {
    const history = [entry('idea'), entry('evaluation'), entry('running'), { ...entry('stopped'), reason: 'zu teuer' }];
    expect(nextStage('stopped', history)).toBe('running');
  });

  it('resumes a stopped use case in "Bewertung" when no history is at hand (the board)', () => {
    expect(nextStage('stopped')).toBe('evaluation');
    expect(nextStage('stopped', [entry('stopped')])).toBe('evaluation');
  });

  it('never proposes "Gestoppt", and nothing before a stopped use case', () => {
    const all: PilotStatus[] = [...STAGES, 'stopped'];
    for (const s of all) {
      expect(nextStage(s), s).not.toBe('stopped');
      expect(previousStage(s), s).not.toBe('stopped');
      expect(proposedStage(s), s).not.toBe('stopped');
    }
    expect(previousStage('stopped')).toBeNull();
  });

  it('proposes for "Verschieben …" the next stage, from "Abgeschlossen" the one before', () => {
    expect(proposedStage('idea')).toBe('evaluation');
    expect(proposedStage('scaling')).toBe('completed');
    expect(proposedStage('completed')).toBe('scaling');
    expect(proposedStage('stopped')).toBe('evaluation');
  });
});
