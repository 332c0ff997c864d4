import { describe, expect, it } from 'vitest';
import type { Pilot } from '../../bindings.gen';
import { PLOT, layoutChart, shortTitle } from './chart';
import { demoPilots } from '../../test/pilot-fixtures';

const scored = demoPilots.filter((p) => p.priority !== null);
const inPlot = (x: number, y: number) =>
  x >= PLOT.left && x <= PLOT.left + PLOT.width && y >= PLOT.top && y <= PLOT.top + PLOT.height;

describe('layoutChart', () => {
  it('places every scored use case inside the plot and leaves the unscored out', () => {
    const points = layoutChart(demoPilots, 'Quick Wins');
    expect(points.map((p) => p.pilot.id).sort()).toEqual(scored.map((p) => p.id).sort());
    for (const p of points) expect(inPlot(p.x, p.y), p.pilot.title).toBe(true);
  });

  it('spreads use cases with the same scores so that none hides another', () => {
    const twins: Pilot[] = [1, 2, 3].map((id) => ({ ...scored[0], id, title: `Use Case ${id}`, benefit: 4, risk: 2 }));
    const points = layoutChart(twins, 'Quick Wins');
    const spots = new Set(points.map((p) => `${p.x}:${p.y}`));
    expect(spots.size).toBe(3);
    for (const p of points) expect(inPlot(p.x, p.y)).toBe(true);
  });

  it('gives each label its own place in the demo company', () => {
    const points = layoutChart(demoPilots, 'Quick Wins');
    const spots = points.map((p) => `${p.label.x}:${p.label.y}`);
    expect(new Set(spots).size).toBe(points.length);
  });
});

describe('shortTitle', () => {
  it('cuts long titles at a word and keeps short ones', () => {
    expect(shortTitle('Angebotserstellung')).toBe('Angebotserstellung');
    expect(shortTitle('Wartungsprognose aus Maschinendaten')).toBe('Wartungsprognose aus…');
    expect(shortTitle('Donaudampfschifffahrtsgesellschaftskapitän')).toBe('Donaudampfschifffahrt…');
  });
});
