import { isNegative, perObject } from '@nutgraf/core';
import type { Dataset, Relation } from '@nutgraf/core';
import { placeable } from './places.js';

/** Which relations the map draws as arcs, from the data alone (before any geometry). */
export interface ArcPlan {
  /** Type ids with at least one arc, in the order of `presentation.map.arcs` or of the dataset's types. */
  types: string[];
  /** Relations drawn as arcs (whatever the reader hides). */
  drawn: Relation[];
  /** Possible relations left off the map (see `planArcs`); they stay in words. */
  undrawn: Relation[];
}

/**
 * The arcs of a dataset: relations of the types `presentation.map.arcs` names (by default
 * every type except the ones groupings are made of), between two entities the map places at
 * two different marks. A hypothetical relation is drawn only where one of the same type that
 * happened runs between the same two entities: that one shows where it would land. Without
 * it, an arrow to a country's middle would claim a destination the source may not give.
 * Memoised.
 */
export const planArcs = perObject((dataset: Dataset): ArcPlan => {
  const listed = dataset.presentation?.map?.arcs;
  const grouped = new Set(dataset.groupings.map((g) => g.from?.type));
  const at = placeable(dataset);
  const drawn: Relation[] = [];
  const undrawn: Relation[] = [];
  for (const r of dataset.relations) {
    const a = at.get(r.source);
    const b = at.get(r.target);
    if (!a || !b || a === b || (listed ? !listed.includes(r.type) : grouped.has(r.type))) continue;
    const placed =
      r.certainty !== 'hypothetical' ||
      dataset.relations.some(
        (o) =>
          o.type === r.type &&
          o.source === r.source &&
          o.target === r.target &&
          !isNegative(o) &&
          (o.certainty === 'asserted' || o.certainty === 'reported'),
      );
    (placed ? drawn : undrawn).push(r);
  }
  const used = new Set(drawn.map((r) => r.type));
  const order = [...(listed ?? dataset.relationTypes.map((t) => t.id)), ...used];
  return { types: [...new Set(order)].filter((t) => used.has(t)), drawn, undrawn };
});
