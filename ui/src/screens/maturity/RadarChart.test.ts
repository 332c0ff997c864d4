import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import RadarChart from './RadarChart.svelte';
import { setLocale } from '../../lib/i18n/index.svelte';

afterEach(() => {
  cleanup();
  setLocale('de');
});

const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((r) => [...r.children].map((c) => c.textContent?.replace(/\s+/g, ' ').trim()));

describe('RadarChart', () => {
  it('names the picture and lists every value with German dimension names in its table', () => {
    render(RadarChart, {
      title: 'Reifegrad des Unternehmens',
      series: [{ label: 'Mittelwert', values: [2.14, 1.5, 1.96, 1, 3] }],
    });
    expect(screen.getByRole('img')).toHaveAccessibleName('Reifegrad des Unternehmens');
    const table = screen.getByTestId('radar-table');
    expect(table).toHaveAccessibleName('Reifegrad des Unternehmens: Werte je Dimension');
    expect(rows(table)).toEqual([
      ['Dimension', 'Mittelwert'],
      ['Tool-Kenntnisse', '2,1'],
      ['Anwendungsbreite', '1,5'],
      ['Selbstständigkeit', '2,0'],
      ['Innovation', '1,0'],
      ['Wissensteilung', '3,0'],
    ]);
    // The spokes are labelled in the picture too.
    expect(screen.getByTestId('radar-svg')).toHaveTextContent('Tool-Kenntnisse');
  });

  it('shows whole levels without decimals and overlays a dashed second series with its own markers', () => {
    render(RadarChart, {
      title: 'Vorher/Nachher',
      series: [
        { label: 'Vorher', values: [1, 1, 2, 1, 1], dashed: true },
        { label: 'Nachher', values: [2, 1, 2, 2, 1], dashed: false },
      ],
    });
    expect(rows(screen.getByTestId('radar-table'))).toEqual([
      ['Dimension', 'Vorher', 'Nachher'],
      ['Tool-Kenntnisse', '1', '2'],
      ['Anwendungsbreite', '1', '1'],
      ['Selbstständigkeit', '2', '2'],
      ['Innovation', '1', '2'],
      ['Wissensteilung', '1', '1'],
    ]);
    const outlines = screen.getAllByTestId('radar-series');
    // The solid series lies on top (drawn last); the dashed one has a dash pattern.
    expect(outlines.map((o) => o.dataset.dashed)).toEqual(['true', 'false']);
    const svg = screen.getByTestId('radar-svg');
    expect(svg.querySelectorAll('rect.marker')).toHaveLength(5);
    expect(svg.querySelectorAll('circle.marker')).toHaveLength(5);
    expect(screen.getAllByTestId('radar-key').map((k) => k.textContent?.trim())).toEqual(['Vorher', 'Nachher']);
  });

  it('keeps a compact chart without spoke labels, but with its values', () => {
    render(RadarChart, {
      title: 'Reifegrad: Vertrieb',
      compact: true,
      showTitle: false,
      series: [{ label: 'Mittelwert', values: [2, 2.4, 1.8, 1.2, 1.6] }],
    });
    expect(screen.getByTestId('radar-svg').querySelectorAll('text')).toHaveLength(0);
    expect(rows(screen.getByTestId('radar-table'))[2]).toEqual(['Anwendungsbreite', '2,4']);
  });

  it('speaks English with the English locale', () => {
    setLocale('en');
    render(RadarChart, { title: 'Maturity', series: [{ label: 'Mean', values: [2.25, 1, 1, 1, 1] }] });
    expect(rows(screen.getByTestId('radar-table'))[1]).toEqual(['Tool knowledge', '2.3']);
  });
});
