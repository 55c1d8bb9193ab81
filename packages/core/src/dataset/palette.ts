/**
 * One colour per relation type and per grouping, the same in every component on a page.
 * Slots are the theme's categorical colours (`--nutgraf-color-1` … `-7`, a colour-blind-safe
 * order). A type or grouping that names a slot keeps it; the rest take the free slots in the
 * order the dataset declares them (types first, then groupings), and share slots round the
 * palette again when there are more than it holds.
 *
 * @module
 */

import { PALETTE_SIZE } from './palette-size.js';
import type { Dataset } from './types.js';

export { PALETTE_SIZE } from './palette-size.js';

const cache = new WeakMap<Dataset, Map<string, number>>();

/** Palette slot (1-based) of every relation type and grouping, keyed `type:<id>` / `grouping:<id>`. */
export function colorSlots(dataset: Dataset): Map<string, number> {
  let slots = cache.get(dataset);
  if (slots) return slots;
  slots = new Map();
  const items = [
    ...dataset.relationTypes.map((t) => [`type:${t.id}`, t.color] as const),
    ...dataset.groupings.map((g) => [`grouping:${g.id}`, g.color] as const),
  ];
  const taken = new Set(items.map(([, c]) => c).filter(Boolean));
  let next = 0;
  for (const [key, color] of items) {
    if (color) {
      slots.set(key, color);
      continue;
    }
    // The next slot no item asked for by name; once all are used, round the palette again.
    let tries = 0;
    while (taken.has((next % PALETTE_SIZE) + 1) && tries++ < PALETTE_SIZE) next++;
    slots.set(key, (next++ % PALETTE_SIZE) + 1);
  }
  cache.set(dataset, slots);
  return slots;
}

/** CSS colour of a relation type: `var(--_cN)`; neutral for a type the dataset does not know. */
export function typeColor(dataset: Dataset, type: string): string {
  const slot = colorSlots(dataset).get(`type:${type}`);
  return slot ? `var(--_c${slot})` : 'var(--_neutral)';
}

/** CSS colour of a grouping: `var(--_cN)`. */
export function groupingColor(dataset: Dataset, grouping: string): string {
  const slot = colorSlots(dataset).get(`grouping:${grouping}`);
  return slot ? `var(--_c${slot})` : 'var(--_neutral)';
}
