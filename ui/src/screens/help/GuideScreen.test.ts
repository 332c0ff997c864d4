import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import GuideScreen from './GuideScreen.svelte';
import guideText from '../../../../docs/benutzerhandbuch.md?raw';
import { renderGuide, slug } from './guide';
import { setLocale } from '../../lib/i18n/index.svelte';

afterEach(() => {
  cleanup();
  setLocale('de');
});

describe('GuideScreen', () => {
  it('renders the guide with a table of contents of its sections', () => {
    render(GuideScreen);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Benutzerhandbuch');
    const toc = screen.getByTestId('guide-toc');
    expect(within(toc).getByRole('heading', { level: 2 })).toHaveTextContent('Inhalt');
    const entries = within(toc).getAllByRole('link').map((a) => a.textContent);
    expect(entries).toEqual([
      'Erste Schritte',
      'Mitarbeitende und Kompetenzrahmen',
      'Talentmatrix',
      'Import und Export (Excel)',
      'Drucken und PDF',
      'Pilotprojekte',
      'Dashboard und 90-Tage-Roadmap',
      'KI-Laufbahn',
      'KI-Reifegrad',
      'Lernen und Mentoring',
      'KI-Kompetenz-Nachweis',
      'Datenschutz',
      'Tastenkürzel',
    ]);
    const article = screen.getByTestId('guide-article');
    const sections = within(article).getAllByRole('heading', { level: 2 });
    expect(sections.map((h) => h.textContent)).toEqual(entries);
    // The markdown's own title is the screen's header, not a second h1 in the text.
    expect(within(article).queryByRole('heading', { level: 1 })).toBeNull();
    expect(article).toHaveTextContent('§ 87 Abs. 1 Nr. 6 BetrVG');
  });

  it('leads each table-of-contents link to its heading inside the screen', async () => {
    render(GuideScreen);
    const toc = screen.getByTestId('guide-toc');
    for (const link of within(toc).getAllByRole('link')) {
      const id = link.getAttribute('href')!.slice(1);
      const target = document.getElementById(id);
      expect(target, `${link.textContent} → #${id}`).not.toBeNull();
      expect(target!.tagName).toBe('H2');
      expect(target).toHaveTextContent(link.textContent!);
    }
    const shortcuts = within(toc).getByRole('link', { name: 'Tastenkürzel' });
    await fireEvent.click(shortcuts);
    expect(document.activeElement).toBe(document.getElementById('guide-tastenkuerzel'));
  });

  it('lists the matrix keys and the menu shortcuts in its table', () => {
    render(GuideScreen);
    const table = within(screen.getByTestId('guide-article')).getAllByRole('table').at(-1)!;
    const text = table.textContent ?? '';
    for (const key of ['Strg+Z', 'Strg+Umschalt+P', 'Alt+Pfeil rechts / links', 'Strg+N', 'Strg+O', 'Strg+Q', 'F1', 'F11', 'Strg+1 bis Strg+9', 'Esc']) {
      expect(text, key).toContain(key);
    }
  });

  it('notes in English that the guide is German', () => {
    setLocale('en');
    render(GuideScreen);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('User guide');
    expect(screen.getByTestId('guide-language-note')).toHaveTextContent('The user guide is written in German.');
  });
});

describe('renderGuide', () => {
  it('shows raw HTML as text and lets no link or image leave the guide', () => {
    const guide = renderGuide(
      [
        '# Titel',
        '',
        '## Erste <b>Schritte</b>',
        '',
        '<script>alert(1)</script>',
        '',
        'Text mit <img src=x onerror=alert(1)> und <a href="https://example.com">Link</a>.',
        '',
        '[extern](https://example.com) · [böse](javascript:alert(1)) · [intern](#guide-erste-schritte)',
        '',
        '![Bild](https://example.com/x.png)',
      ].join('\n'),
    );
    const box = document.createElement('div');
    box.innerHTML = guide.html;
    expect(box.querySelector('script, img, b, iframe')).toBeNull();
    expect(box.textContent).toContain('<script>alert(1)</script>');
    expect(box.textContent).toContain('<img src=x onerror=alert(1)>');
    expect([...box.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['#guide-erste-schritte']);
    expect([...box.querySelectorAll('*')].some((el) => [...el.attributes].some((a) => a.name.startsWith('on')))).toBe(false);
    expect(guide.title).toBe('Titel');
    expect(guide.toc).toEqual([{ id: 'guide-erste-b-schritte-b', text: 'Erste <b>Schritte</b>' }]);
  });

  it('gives headings stable, unique anchors', () => {
    expect(slug('Import und Export (Excel)')).toBe('guide-import-und-export-excel');
    expect(slug('Tastenkürzel')).toBe('guide-tastenkuerzel');
    const guide = renderGuide('## A\n\n## A\n');
    expect(guide.toc.map((h) => h.id)).toEqual(['guide-a', 'guide-a-2']);
    expect(renderGuide(guideText).toc.length).toBe(13);
  });
});
