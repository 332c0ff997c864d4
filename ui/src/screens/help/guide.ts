//! The user guide's markdown as HTML with a table of contents. The text is our own
//! (docs/benutzerhandbuch.md), yet nothing executable may come from it: raw HTML in the
//! markdown is shown as text, links lead only to headings inside the guide, and images show
//! their description instead of loading anything.
import { Marked, type Tokens } from 'marked';

export type GuideHeading = { id: string; text: string };
export type Guide = { title: string; html: string; toc: GuideHeading[] };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** A heading's anchor: "Import/Export Excel" → "guide-import-export-excel". */
export function slug(text: string): string {
  const plain = text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `guide-${plain || 'abschnitt'}`;
}

/** A heading's text without markdown emphasis or code marks. */
function plainText(text: string): string {
  return text.replace(/[*_`]/g, '').trim();
}

/**
 * Renders the guide: its first level-1 heading becomes `title` (the screen shows it in its
 * own header), every level-2 heading an entry of `toc` with the `id` it carries in `html`.
 */
export function renderGuide(markdown: string): Guide {
  const toc: GuideHeading[] = [];
  const taken = new Map<string, number>();
  const idFor = (text: string) => {
    const base = slug(plainText(text));
    const count = taken.get(base) ?? 0;
    taken.set(base, count + 1);
    return count === 0 ? base : `${base}-${count + 1}`;
  };

  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    renderer: {
      html({ text }: Tokens.HTML | Tokens.Tag) {
        return escapeHtml(text);
      },
      heading({ tokens, depth, text }: Tokens.Heading) {
        const id = idFor(text);
        if (depth === 2) toc.push({ id, text: plainText(text) });
        return `<h${depth} id="${id}" tabindex="-1">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      link({ href, tokens }: Tokens.Link) {
        const inner = this.parser.parseInline(tokens);
        return href.startsWith('#') ? `<a href="${escapeHtml(href)}">${inner}</a>` : inner;
      },
      image({ text }: Tokens.Image) {
        return escapeHtml(text);
      },
    },
  });

  const tokens = marked.lexer(markdown);
  const titleAt = tokens.findIndex((t) => t.type === 'heading' && (t as Tokens.Heading).depth === 1);
  const title = titleAt >= 0 ? plainText((tokens[titleAt] as Tokens.Heading).text) : '';
  const body = titleAt >= 0 ? [...tokens.slice(0, titleAt), ...tokens.slice(titleAt + 1)] : tokens;
  const html = marked.parser(body);

  return { title, html, toc };
}
