import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../lib/i18n/index.svelte';
import { bandText, gapChip, missingText, needText, recommendationText, ruleText } from './texts';

afterEach(() => setLocale('de'));

describe('ladder texts', () => {
  it('writes salary bands the German way, with open ends and none', () => {
    expect(bandText(52000, 64000)).toBe('52.000 – 64.000 €/Jahr');
    expect(bandText(52000, null)).toBe('ab 52.000 €/Jahr');
    expect(bandText(null, 64000)).toBe('bis 64.000 €/Jahr');
    expect(bandText(null, null)).toBe('kein Band festgelegt');
    setLocale('en');
    expect(bandText(52000, 64000)).toBe('€52,000 – €64,000 per year');
  });

  it('words requirements and what is missing', () => {
    expect(needText({ kind: 'competency', competencyId: 2, code: 'G2', name: 'Prompt Engineering', minLevel: 2 })).toBe(
      'G2 Prompt Engineering: mindestens Stufe 2',
    );
    expect(needText({ kind: 'maturity', minIndex: 2 })).toBe('KI-Reifegrad mindestens 2,0');
    expect(needText({ kind: 'maturity', minIndex: 1.25 })).toBe('KI-Reifegrad mindestens 1,25');
    expect(needText({ kind: 'learningPath', pathId: 1, name: 'Power-User' })).toBe('Lernpfad „Power-User“ abgeschlossen');
    expect(needText({ kind: 'pilotTeam' })).toBe('Mitglied eines Pilotteams');
    expect(needText({ kind: 'mentoring' })).toBe('Betreut jemanden als Mentor/in');

    expect(missingText({ kind: 'competency', code: 'G2', name: 'Prompt Engineering', level: 1, required: 2 })).toBe(
      'G2 Prompt Engineering: Stufe 1 statt 2',
    );
    expect(missingText({ kind: 'competency', code: 'G2', name: 'Prompt Engineering', level: null, required: 2 })).toBe(
      'G2 Prompt Engineering: nicht eingeschätzt, nötig Stufe 2',
    );
    expect(missingText({ kind: 'maturity', index: null, required: 2 })).toBe('KI-Reifegrad nicht eingeschätzt, nötig 2,0');
    expect(missingText({ kind: 'maturity', index: 1.4, required: 2 })).toBe('KI-Reifegrad 1,4 statt 2,0');
    expect(missingText({ kind: 'learningPath', name: 'Basis-Nutzer' })).toBe('Lernpfad „Basis-Nutzer“ nicht abgeschlossen');
  });

  it('takes the rule and the threshold from the backend', () => {
    const rule = { coverageWeight: 60, interestWeight: 25, communicationWeight: 15, threshold: 65 };
    expect(ruleText(rule).replace(/\s/g, ' ')).toBe(
      'Punktzahl = 60 % Abdeckung des Zielprofils + 25 % technisches Interesse + 15 % Kommunikation; ab 65 Punkten gilt jemand als Kandidat.',
    );
    expect(recommendationText('hire', rule)).toContain('noch niemand erreicht 65 Punkte');
    expect(gapChip({ competencyId: 3, code: 'G3', name: 'Grenzen und Risiken', level: 1, required: 2 })).toBe('G3 1→2');
    expect(gapChip({ competencyId: 3, code: 'G3', name: 'Grenzen und Risiken', level: null, required: 2 })).toBe('G3 –→2');
  });
});
