/**
 * One colour per relation type and per grouping, the same in every component on a page.
 * Slots are the theme's categorical colours (`--nutgraf-color-1` … `-7`, a colour-blind-safe
 * order). A type or grouping that names a slot keeps it; the rest take the free slots in the
 * order the dataset declares them (types first, then groupings), and share slots round the
 * palette again when there are more than it holds.
 *
 * @module
 */

import { perObject } from '../memo.js';
import { PALETTE_SIZE } from './palette-size.js';
import type { Dataset } from './types.js';

export { PALETTE_SIZE } from './palette-size.js';

/** Palette slot (1-based) of every relation type and grouping, keyed `type:<id>` / `grouping:<id>`. */
export const colorSlots = perObject((dataset: Dataset): Map<string, number> => {
  const slots = new Map<string, number>();
  const items = [
    ...dataset.relationTypes.map((t) => [`type:${t.id}`, t.color] as const),
    ...dataset.groupings.map((g) => [`grouping:${g.id}`, g.color] as const),
  ];
  const taken = new Set(items.map(([, c]) => c));
  let next = 0;
  for (const [key, color] of items) {
    // The next slot no item asked for by name; once all are used, round the palette again.
    if (!color) for (let k = 0; k < PALETTE_SIZE && taken.has((next % PALETTE_SIZE) + 1); k++) next++;
    slots.set(key, color || (next++ % PALETTE_SIZE) + 1);
  }
  return slots;
});

/** CSS colour of a palette key (`type:<id>`, `grouping:<id>`): `var(--_cN)`, neutral when unknown. */
const slotColor = (dataset: Dataset, key: string): string => {
  const slot = colorSlots(dataset).get(key);
  return slot ? `var(--_c${slot})` : 'var(--_neutral)';
};

/** CSS colour of a relation type: `var(--_cN)`; neutral for a type the dataset does not know. */
export const typeColor = (dataset: Dataset, type: string): string => slotColor(dataset, `type:${type}`);

/** CSS colour of a grouping: `var(--_cN)`. */
export const groupingColor = (dataset: Dataset, grouping: string): string =>
  slotColor(dataset, `grouping:${grouping}`);
