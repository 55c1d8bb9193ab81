/**
 * A second cue for relation types that share a colour (more types than the palette holds, or
 * types the dataset gives the same colour): each type drawn gets a shape, on the middle of its
 * lines and on its legend key, so that types of the same colour have different shapes. Pure.
 *
 * @module
 */
import { colorSlots, markerShape } from '@nutgraf/core';
import type { Dataset } from '@nutgraf/core';

/**
 * The shape of each of `types` (ids, in the order drawn) when two of them share a colour;
 * `undefined` when every type has a colour of its own (colour alone tells them apart). The
 * k-th type of a colour takes the shape after the (k − 1)-th's, so up to seven types of one
 * colour all differ.
 */
export function typeCues(dataset: Dataset, types: readonly string[]): Map<string, string> | undefined {
  const slots = colorSlots(dataset);
  const seen = new Map<number, number>();
  const cues = new Map<string, string>();
  let shared = false;
  for (const type of types) {
    const slot = slots.get(`type:${type}`) ?? 1;
    const k = seen.get(slot) ?? 0;
    shared ||= k > 0;
    seen.set(slot, k + 1);
    cues.set(type, markerShape(slot - 1 + k));
  }
  return shared ? cues : undefined;
}
