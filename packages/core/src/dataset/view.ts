import { perObject } from '../memo.js';
import { msg } from '../messages/format.js';
import { attributionWords } from './attribution.js';
import { relationTypeOf } from './relation-types.js';
import { quoteUrl } from './text-fragment.js';
import type {
  Attribution,
  Basis,
  Certainty,
  Citation,
  Dataset,
  Entity,
  Evidence,
  Relation,
} from './types.js';

/** Lookups over a dataset, built once per dataset object. */
export interface DatasetIndex {
  entities: Map<string, Entity>;
  evidence: Map<string, Evidence>;
  citations: Map<string, Citation>;
  /** Relations by entity id, both directions. */
  relationsOf: Map<string, Relation[]>;
}

/** Indexes a dataset (memoised per dataset object). */
export const indexDataset = perObject((dataset: Dataset): DatasetIndex => {
  const relationsOf = new Map<string, Relation[]>();
  const add = (id: string, relation: Relation) => {
    const list = relationsOf.get(id);
    if (list) list.push(relation);
    else relationsOf.set(id, [relation]);
  };
  for (const relation of dataset.relations) {
    add(relation.source, relation);
    if (relation.target !== relation.source) add(relation.target, relation);
  }
  return {
    entities: new Map(dataset.entities.map((e) => [e.id, e])),
    evidence: new Map(dataset.evidence.map((e) => [e.id, e])),
    citations: new Map(dataset.citations.map((c) => [c.id, c])),
    relationsOf,
  };
});

/** A quote as a tooltip shows it. */
export interface QuoteView {
  text: string;
  certainty: Certainty;
  basis: Basis;
  /** One-based sentence number, for "sentence N". */
  sentence?: number;
  /** Who says it: "according to some reports", "Jane Doe said". */
  attribution?: string;
  /** For a claim that something did not happen: "did not: <the type's verb>". */
  negation?: string;
  /** Link to the very sentence in the source (a URL text fragment), when the source has a URL. */
  href?: string;
}

/** The quotes supporting a claim, with its certainty, ready for a tooltip; their words in `lang`. */
export function quotesFor(
  dataset: Dataset,
  claim: {
    evidence: string[];
    certainty: Certainty;
    basis: Basis;
    attribution?: Attribution;
    polarity?: string;
    /** A relation's type, to name what did not happen. */
    type?: string;
  },
  lang?: string,
): QuoteView[] {
  const { evidence } = indexDataset(dataset);
  const quotes: QuoteView[] = [];
  const attribution = attributionWords(dataset, claim.attribution, claim.certainty, lang);
  for (const id of claim.evidence) {
    const item = evidence.get(id);
    if (!item) continue;
    quotes.push({
      text: item.quote,
      certainty: claim.certainty,
      basis: claim.basis,
      sentence: item.sentence + 1,
      attribution,
      negation:
        claim.polarity === 'negative'
          ? claim.type
            ? msg('didNot.verb', { verb: relationTypeOf(dataset, claim.type).verb }, lang)
            : msg('didNot.happen', {}, lang)
          : undefined,
      href: quoteUrl(dataset.source.url, item.selector),
    });
  }
  return quotes;
}
