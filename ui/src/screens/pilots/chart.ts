//! The scoring chart's layout: benefit (up, 1–5) against risk (right, 1–5) on a fixed
//! canvas. Use cases with the same scores are spread around their cell's centre, and each
//! label takes the first side of its point (right, left, below, above) where it covers no
//! other point or label. Text widths are estimated, so the layout is the same everywhere.
import type { Pilot } from '../../bindings.gen';
import { isScored, markerOf, type Marker } from './model';

export const CHART = { width: 600, height: 440 } as const;
/** The plotting area inside the canvas; axis ticks and titles go in the margins. */
export const PLOT = { left: 72, top: 14, width: 510, height: 360 } as const;
const CELL_W = PLOT.width / 5;
const CELL_H = PLOT.height / 5;
const SPREAD = 13;
const CHAR_W = 6.8;
const LABEL_H = 14;
const MARKER_R = 7;

/** Canvas x of a risk score (cell centre). */
export const xOf = (risk: number) => PLOT.left + (risk - 0.5) * CELL_W;
/** Canvas y of a benefit score (cell centre; 5 at the top). */
export const yOf = (benefit: number) => PLOT.top + (5.5 - benefit) * CELL_H;

/** The "Quick Wins" area: benefit 4–5 at risk 1–2. */
export const QUICK_WINS = { x: PLOT.left, y: PLOT.top, width: 2 * CELL_W, height: 2 * CELL_H } as const;
/** Where the area's caption sits (a label must not cover it). */
export const QUICK_WINS_CAPTION = { x: QUICK_WINS.x + 8, y: QUICK_WINS.y + 17 } as const;

export type Label = { text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end' };
export type PlacedPoint = { pilot: Pilot; x: number; y: number; marker: Marker; label: Label };

type Box = { x1: number; y1: number; x2: number; y2: number };

/** A title cut at a word boundary to about `max` characters, with "…" when cut. */
export function shortTitle(title: string, max = 22): string {
  const text = title.trim();
  if (text.length <= max) return text;
  const words = text.split(/\s+/);
  let short = '';
  for (const word of words) {
    const next = short ? `${short} ${word}` : word;
    if (next.length > max - 1) break;
    short = next;
  }
  if (!short) short = text.slice(0, max - 1);
  return `${short}…`;
}

const textWidth = (text: string) => text.length * CHAR_W;

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  return w > 0 && h > 0 ? w * h : 0;
}

function outside(a: Box): number {
  const area = (a.x2 - a.x1) * (a.y2 - a.y1);
  const inner: Box = { x1: PLOT.left, y1: PLOT.top, x2: PLOT.left + PLOT.width, y2: PLOT.top + PLOT.height };
  return area - overlap(a, inner);
}

function candidates(x: number, y: number, text: string): { label: Label; box: Box }[] {
  const w = textWidth(text);
  const gap = MARKER_R + 4;
  return [
    { label: { text, x: x + gap, y: y + 4, anchor: 'start' }, box: { x1: x + gap, y1: y - 7, x2: x + gap + w, y2: y + 6 } },
    { label: { text, x: x - gap, y: y + 4, anchor: 'end' }, box: { x1: x - gap - w, y1: y - 7, x2: x - gap, y2: y + 6 } },
    { label: { text, x, y: y + gap + 10, anchor: 'middle' }, box: { x1: x - w / 2, y1: y + gap, x2: x + w / 2, y2: y + gap + LABEL_H } },
    { label: { text, x, y: y - gap - 3, anchor: 'middle' }, box: { x1: x - w / 2, y1: y - gap - LABEL_H, x2: x + w / 2, y2: y - gap } },
  ];
}

/** Offsets for `n` points sharing one cell: around the centre, the first to the left. */
function spread(n: number): { dx: number; dy: number }[] {
  if (n === 1) return [{ dx: 0, dy: 0 }];
  return Array.from({ length: n }, (_, i) => {
    const angle = Math.PI + (2 * Math.PI * i) / n;
    return { dx: Math.round(SPREAD * Math.cos(angle) * 10) / 10, dy: Math.round(SPREAD * Math.sin(angle) * 10) / 10 };
  });
}

/**
 * The scored use cases placed on the canvas (unscored ones are left out), labels chosen in
 * order of priority so the most important use cases get the best places.
 * `captionText` is the "Quick Wins" caption in the active language (no label may cover it).
 */
export function layoutChart(pilots: readonly Pilot[], captionText: string): PlacedPoint[] {
  const scored = pilots.filter(isScored);
  const cells = new Map<string, typeof scored>();
  for (const p of [...scored].sort((a, b) => a.id - b.id)) {
    const key = `${p.risk}:${p.benefit}`;
    cells.set(key, [...(cells.get(key) ?? []), p]);
  }
  const points = [...cells.values()].flatMap((group) =>
    spread(group.length).map((offset, i) => ({
      pilot: group[i],
      x: xOf(group[i].risk) + offset.dx,
      y: yOf(group[i].benefit) + offset.dy,
    })),
  );

  const taken: Box[] = [
    ...points.map((p) => ({ x1: p.x - MARKER_R, y1: p.y - MARKER_R, x2: p.x + MARKER_R, y2: p.y + MARKER_R })),
    { x1: QUICK_WINS_CAPTION.x, y1: QUICK_WINS_CAPTION.y - 13, x2: QUICK_WINS_CAPTION.x + textWidth(captionText) + 6, y2: QUICK_WINS_CAPTION.y + 3 },
  ];
  const byImportance = [...points].sort(
    (a, b) => (b.pilot.priority ?? 0) - (a.pilot.priority ?? 0) || a.pilot.title.localeCompare(b.pilot.title) || a.pilot.id - b.pilot.id,
  );
  const labels = new Map<number, Label>();
  for (const p of byImportance) {
    const options = candidates(p.x, p.y, shortTitle(p.pilot.title)).map((c) => ({
      ...c,
      cost: taken.reduce((sum, box) => sum + overlap(c.box, box), 0) + 4 * outside(c.box),
    }));
    const best = options.find((o) => o.cost === 0) ?? options.reduce((a, b) => (b.cost < a.cost ? b : a));
    taken.push(best.box);
    labels.set(p.pilot.id, best.label);
  }
  return points.map((p) => ({ ...p, marker: markerOf(p.pilot.status), label: labels.get(p.pilot.id)! }));
}
