/**
 * Who says a claim, in words: "according to Jane Doe", "according to some reports".
 *
 * @module
 */

import { indexDataset } from './view.js';
import type { Attribution, Dataset } from './types.js';

/** "according to X" (quoted: "X said"), or `undefined` when no speaker is known. */
export function attributionWords(dataset: Dataset, attribution: Attribution | undefined): string | undefined {
  const who =
    (attribution?.speaker && indexDataset(dataset).entities.get(attribution.speaker)?.name) ||
    attribution?.description;
  return who && (attribution?.mode === 'quote' ? `${who} said` : `according to ${who}`);
}
