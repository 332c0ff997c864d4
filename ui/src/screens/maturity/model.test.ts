import { describe, expect, it } from 'vitest';
import { formatChange, formatIndex, levelName, monthsBefore } from './model';

describe('maturity figures as the screen writes them', () => {
  it('writes indexes with one decimal and changes with their sign, German style', () => {
    expect(formatIndex(2.14)).toBe('2,1');
    expect(formatIndex(2)).toBe('2,0');
    expect(formatChange(0.4)).toBe('+0,4');
    expect(formatChange(-0.2)).toBe('-0,2');
    expect(formatChange(-0)).toBe('0,0');
    expect(formatChange(0.02)).toBe('0,0');
  });

  it('proposes the day three months back, at a shorter month’s end where needed', () => {
    expect(monthsBefore('2026-11-22', 3)).toBe('2026-08-22');
    expect(monthsBefore('2026-05-31', 3)).toBe('2026-02-28');
    expect(monthsBefore('2026-02-15', 3)).toBe('2025-11-15');
  });

  it('names the levels of the model', () => {
    expect(levelName('sharing', 3)).toBe('Aktiver Multiplikator');
    expect(levelName('autonomy', 1)).toBe('Angeleitet');
  });
});
