/**
 * Who says a claim, in words: "according to Jane Doe", "according to some reports".
 *
 * @module
 */

import { indexDataset } from './view.js';
import type { Attribution, Dataset } from './types.js';

/** The speaker of a claim in words, or `undefined` when the dataset names none. */
export function speakerName(dataset: Dataset, attribution: Attribution | undefined): string | undefined {
  if (!attribution) return undefined;
  const entity = attribution.speaker ? indexDataset(dataset).entities.get(attribution.speaker) : undefined;
  return entity ? entity.name : attribution.description;
}

/** "according to X" (quoted: "X said"), or `undefined` when no speaker is known. */
export function attributionWords(dataset: Dataset, attribution: Attribution | undefined): string | undefined {
  const who = speakerName(dataset, attribution);
  if (!who) return undefined;
  return attribution?.mode === 'quote' ? `${who} said` : `according to ${who}`;
}
