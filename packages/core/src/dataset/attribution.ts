/**
 * Who says a claim, in words: "according to Jane Doe", "according to some reports".
 *
 * @module
 */

import { indexDataset } from './view.js';
import type { Attribution, Certainty, Dataset } from './types.js';

/**
 * "according to X"; quoted, "X said"; an opinion, "X argues"; or `undefined` when no speaker
 * is known.
 */
export function attributionWords(
  dataset: Dataset,
  attribution: Attribution | undefined,
  certainty?: Certainty,
): string | undefined {
  const who =
    (attribution?.speaker && indexDataset(dataset).entities.get(attribution.speaker)?.name) ||
    attribution?.description;
  if (!who) return undefined;
  if (attribution?.mode === 'quote') return `${who} said`;
  return certainty === 'opinion' ? `${who} argues` : `according to ${who}`;
}
