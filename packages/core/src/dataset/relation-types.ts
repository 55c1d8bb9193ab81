/**
 * A relation's type, words and flow, from the dataset's own vocabulary.
 *
 * @module
 */

import { msg } from '../messages/format.js';
import { perObject } from '../memo.js';
import type { Dataset, Relation, RelationType } from './types.js';

/** The dataset's relation types by id (memoised per dataset object). */
export const relationTypes = perObject(
  (dataset: Dataset): Map<string, RelationType> => new Map(dataset.relationTypes.map((t) => [t.id, t])),
);

/** The declared type of a relation; an undeclared one is named by its id and undirected. */
export function relationTypeOf(dataset: Dataset, type: string): RelationType {
  return relationTypes(dataset).get(type) ?? { id: type, label: type, verb: type, direction: 'none' };
}

/** True for a claim that something did not happen (refused, declined, withheld, silent). */
export const isNegative = (claim: { polarity?: string }): boolean => claim.polarity === 'negative';

/**
 * The verb phrase of a relation, read from source to target: its own label, else its type's
 * verb; a negative relation without a label of its own reads "did not: <verb>" (in `lang`).
 */
export function relationLabel(dataset: Dataset, relation: Relation, lang?: string): string {
  if (relation.label) return relation.label;
  const { verb } = relationTypeOf(dataset, relation.type);
  return isNegative(relation) ? msg('didNot.verb', { verb }, lang) : verb;
}

/**
 * Entity ids where a drawn flow starts and ends: `backward` types run target → source;
 * `none` keeps the written order and draws no arrowhead (`directed: false`).
 */
export function flowEnds(
  dataset: Dataset,
  relation: Relation,
): { from: string; to: string; directed: boolean } {
  const { direction } = relationTypeOf(dataset, relation.type);
  return direction === 'backward'
    ? { from: relation.target, to: relation.source, directed: true }
    : { from: relation.source, to: relation.target, directed: direction === 'forward' };
}
