import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../lib/i18n/index.svelte';
import { evidenceText } from './texts';

afterEach(() => setLocale('de'));

describe('evidenceText', () => {
  it('rounds the share of assessed staff down, as the core does', () => {
    expect(evidenceText({ kind: 'assessed', assessed: 159, active: 200 })).toBe('159 von 200 Mitarbeitenden bewertet (79 %)');
    expect(evidenceText({ kind: 'assessed', assessed: 2, active: 3 })).toBe('2 von 3 Mitarbeitenden bewertet (66 %)');
    expect(evidenceText({ kind: 'assessed', assessed: 140, active: 140 })).toBe('140 von 140 Mitarbeitenden bewertet (100 %)');
    expect(evidenceText({ kind: 'assessed', assessed: 0, active: 0 })).toBe('0 von 0 Mitarbeitenden bewertet (0 %)');
  });

  it('words the lessons of the use cases that ran as pilots', () => {
    expect(evidenceText({ kind: 'lessons', documented: 1, ran: 3 })).toBe('Learnings für 1 von 3 Pilotprojekten dokumentiert');
    expect(evidenceText({ kind: 'lessons', documented: 0, ran: 0 })).toBe('Noch kein Pilotprojekt gelaufen');
  });
});
