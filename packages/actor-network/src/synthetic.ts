/**
 * A seeded synthetic dataset (version 2) for stories, tests and benchmarks: `nodes` actors
 * and `edges` relations with a few hubs, like real networks, of six generic relation types
 * (`t1` … `t6`: directed, reversed and undirected) and a few claims that did not happen.
 * Same arguments, same dataset.
 *
 * @module
 */
import type { Certainty, Dataset, Entity, EntityKind, Relation, RelationType } from '@nutgraf/core';
import { lcg } from './random.js';

const KINDS: EntityKind[] = ['country', 'country', 'person', 'organisation', 'company'];
const DIRECTIONS: RelationType['direction'][] = ['forward', 'forward', 'none', 'backward', 'none', 'forward'];
const TYPES: RelationType[] = DIRECTIONS.map((direction, i) => ({
  id: `t${i + 1}`,
  label: `Type ${i + 1}`,
  verb: `is tied (${i + 1}) to`,
  direction,
}));
const CERTAINTIES: Certainty[] = ['asserted', 'asserted', 'reported', 'hypothetical'];
const QUOTE = 'Synthetic';

/** Builds a valid dataset with `nodes` entities and `edges` relations. */
export function syntheticDataset(nodes: number, edges: number, seed = 7): Dataset {
  const random = lcg(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const entities: Entity[] = [];
  for (let i = 0; i < nodes; i++) {
    entities.push({
      id: `n${i}`,
      kind: pick(KINDS),
      name: `Actor ${i + 1}`,
      basis: 'article',
      certainty: 'asserted',
      evidence: ['ev'],
    });
  }
  const relations: Relation[] = [];
  const seen = new Set<string>();
  let guard = 0;
  while (relations.length < edges && guard++ < edges * 20) {
    // Preferential attachment-ish: a skewed pick gives hubs.
    const s = Math.floor(Math.pow(random(), 1.6) * nodes);
    const t = Math.floor(random() * nodes);
    const type = pick(TYPES).id;
    const key = `${s}-${t}-${type}`;
    if (s === t || seen.has(key)) continue;
    seen.add(key);
    relations.push({
      id: `r${relations.length}`,
      type,
      source: `n${s}`,
      target: `n${t}`,
      // One claim in twenty says the thing did not happen.
      ...(random() < 0.05 ? { polarity: 'negative' as const } : {}),
      certainty: pick(CERTAINTIES),
      basis: 'article',
      evidence: ['ev'],
    });
  }
  return {
    schemaVersion: 2,
    id: `synthetic-${nodes}-${edges}-${seed}`,
    title: `Synthetic network of ${nodes} actors`,
    offsetUnit: 'codepoint',
    source: {
      name: 'Synthetic data',
      title: null,
      byline: null,
      date: null,
      url: null,
      language: 'en',
      sha256: '0'.repeat(64),
      sentenceCount: 1,
      selfWritten: true,
    },
    relationTypes: TYPES,
    groupings: [],
    entities,
    relations,
    series: [],
    evidence: [
      {
        id: 'ev',
        quote: QUOTE,
        sentence: 0,
        start: 0,
        end: QUOTE.length,
        subhead: false,
        selector: { type: 'TextQuoteSelector', exact: QUOTE, prefix: '', suffix: '' },
      },
    ],
    citations: [],
  };
}
