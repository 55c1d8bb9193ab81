/**
 * The words of version 1's closed list of relation types, for `nutgraf migrate`: a
 * version-1 dataset that used them gets these legend words, verbs and flow directions
 * instead of words derived from the ids. Version 2 datasets declare their own. The table is
 * data, `data/v1-vocabulary.psv`, shipped beside the code.
 *
 * @module
 */

import type { RelationType } from '@nutgraf/core/dataset';
import { rows } from './gazetteer.js';

/** The words of each version-1 relation type, by its id. */
export const V1_VOCABULARY: Readonly<Record<string, Omit<RelationType, 'id'>>> = Object.fromEntries(
  rows('v1-vocabulary.psv').map(([id, label, verb, direction]) => [
    id!,
    { label: label!, verb: verb!, direction: direction as RelationType['direction'] },
  ]),
);
