import { textWidth } from '@nutgraf/core';
import { compareIds } from './compare.js';

/** A label to place: its text, the point it names, and how important it is. */
export interface LabelCandidate {
  id: string;
  text: string;
  x: number;
  y: number;
  /** Higher is placed first. */
  priority: number;
  /** Radius of the mark at (x, y) to keep clear of when offsetting (point symbols). */
  clear?: number;
}

/** A placed label: text anchored at (x, y), with a leader line when it moved off its point. */
export interface PlacedLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  leader?: { x1: number; y1: number; x2: number; y2: number };
  /** A name that did not fit: `text` is its number, and the key under the map gives the name. */
  key?: { n: number; name: string };
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Estimated width in px of a label set at `fontSize`, with its 3 px halo. */
export function labelWidth(text: string, fontSize: number): number {
  return textWidth(text, fontSize) + 2;
}

/**
 * Height in px of a label's line box: Arabic-script fonts stand taller than Latin ones at the
 * same size (their box is about 1.35 em high, a Latin one 1.1 em).
 */
export const labelHeight = (text: string, fontSize: number): number =>
  fontSize * (/[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/.test(text) ? 1.4 : 1.2);

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Places labels without collisions, most important first. Each label tries its point,
 * then right, left, above and below it (with a leader line when moved further than its
 * mark). A name that fits nowhere inside `width` × `height` becomes a number placed the same
 * way, which a key under the map names (names of places beyond the frame, `edge:` ids, are
 * dropped instead); a number that fits nowhere either is dropped. Pure.
 */
export function placeLabels(
  candidates: LabelCandidate[],
  width: number,
  height: number,
  fontSize: number,
  obstacles: Box[] = [],
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const boxes: Box[] = [...obstacles];
  const place = (c: LabelCandidate, text: string, key?: PlacedLabel['key']): boolean => {
    const w = labelWidth(text, fontSize);
    const h = labelHeight(text, fontSize);
    const r = c.clear ?? 0;
    const gap = r + 3;
    const tries: { x: number; y: number; anchor: PlacedLabel['anchor']; leader: boolean }[] = [
      ...(r ? [] : [{ x: c.x, y: c.y, anchor: 'middle' as const, leader: false }]),
      { x: c.x + gap, y: c.y, anchor: 'start', leader: false },
      { x: c.x - gap, y: c.y, anchor: 'end', leader: false },
      { x: c.x, y: c.y - gap - h / 2, anchor: 'middle', leader: false },
      { x: c.x, y: c.y + gap + h / 2, anchor: 'middle', leader: false },
      { x: c.x + gap + 14, y: c.y - 14, anchor: 'start', leader: true },
      { x: c.x - gap - 14, y: c.y - 14, anchor: 'end', leader: true },
      { x: c.x + gap + 14, y: c.y + 14, anchor: 'start', leader: true },
      { x: c.x - gap - 14, y: c.y + 14, anchor: 'end', leader: true },
      // A number, being short, may stand farther off on its leader.
      ...(key
        ? [28, 42].flatMap((f) => [
            { x: c.x + gap + f, y: c.y - f, anchor: 'start' as const, leader: true },
            { x: c.x - gap - f, y: c.y - f, anchor: 'end' as const, leader: true },
            { x: c.x + gap + f, y: c.y + f, anchor: 'start' as const, leader: true },
            { x: c.x - gap - f, y: c.y + f, anchor: 'end' as const, leader: true },
          ])
        : []),
    ];
    for (const t of tries) {
      const x0 = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
      const box = { x0, y0: t.y - h / 2, x1: x0 + w, y1: t.y + h / 2 };
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height) continue;
      if (boxes.some((b) => overlaps(b, box))) continue;
      boxes.push(box);
      placed.push({
        id: c.id,
        text,
        x: t.x,
        y: t.y,
        anchor: t.anchor,
        ...(t.leader ? { leader: { x1: c.x + Math.sign(t.x - c.x) * r, y1: c.y, x2: t.x, y2: t.y } } : {}),
        ...(key ? { key } : {}),
      });
      return true;
    }
    return false;
  };
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority || compareIds(a.id, b.id));
  const unplaced = sorted.filter((c) => !place(c, c.text) && !c.id.startsWith('edge:'));
  // Numbered in reading order (top to bottom, then left to right), so the key reads as the map does.
  unplaced.sort((a, b) => a.y - b.y || a.x - b.x || compareIds(a.id, b.id));
  let n = 0;
  for (const c of unplaced) if (place(c, String(n + 1), { n: n + 1, name: c.text })) n++;
  return placed;
}
