/**
 * Authoring mode's "Copy positions" (loaded the first time it is pressed): every node's place
 * as the JSON of `presentation.network.positions`, one node a line, copied to the clipboard.
 *
 * @module
 */
import type { Point } from './geometry.js';
import type { NetworkModel } from './layout.js';
import { pinOf } from './pins.js';

/** The JSON of `presentation.network.positions` for nodes `ids` at `positions` in `model`'s frame. */
export function positionsJson(
  ids: readonly string[],
  positions: readonly Point[],
  model: NetworkModel,
): string {
  const lines = ids.map(
    (id, i) =>
      `  ${JSON.stringify(id)}: ${JSON.stringify(pinOf(positions[i]!, model.width, model.height, model.metrics))}`,
  );
  return `{\n${lines.join(',\n')}\n}`;
}

/** Copies `text` to the clipboard: true when it is there, false where the page has no clipboard or it refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await globalThis.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
