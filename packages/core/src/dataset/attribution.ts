/**
 * Who says a claim, in words: "according to Jane Doe", "according to some reports".
 *
 * @module
 */

import { msg } from '../messages/format.js';
import { indexDataset } from './view.js';
import type { Attribution, Certainty, Dataset } from './types.js';

/**
 * "according to X"; quoted, "X said"; an opinion, "X argues"; or `undefined` when no speaker
 * is known. In `lang` (English by default).
 */
export function attributionWords(
  dataset: Dataset,
  attribution: Attribution | undefined,
  certainty?: Certainty,
  lang?: string,
): string | undefined {
  const who =
    (attribution?.speaker && indexDataset(dataset).entities.get(attribution.speaker)?.name) ||
    attribution?.description;
  if (!who) return undefined;
  return msg(
    attribution?.mode === 'quote' ? 'said.quote' : certainty === 'opinion' ? 'said.opinion' : 'said.other',
    { who },
    lang,
  );
}
