/**
 * A seeded synthetic dataset for stories and benchmarks: `nodes` actors and `edges`
 * relations with a few hubs, like real networks. Same arguments, same dataset.
 *
 * @module
 */
import type { Certainty, Dataset, Entity, EntityKind, Relation, RelationType } from '@nutgraf/core';
import { lcg } from './random.js';

const KINDS: EntityKind[] = ['country', 'country', 'person', 'organisation'];
const TYPES: RelationType[] = [
  'alliance',
  'arms-supply',
  'contact',
  'support',
  'cooperation',
  'conflict',
  'membership',
];
const CERTAINTIES: Certainty[] = ['asserted', 'asserted', 'reported', 'hypothetical'];

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
    const type = pick(TYPES);
    const key = `${s}-${t}-${type}`;
    if (s === t || seen.has(key)) continue;
    seen.add(key);
    relations.push({
      id: `r${relations.length}`,
      type,
      source: `n${s}`,
      target: `n${t}`,
      label: `${type.replace(/-/g, ' ')} with`,
      certainty: pick(CERTAINTIES),
      basis: 'article',
      evidence: ['ev'],
    });
  }
  return {
    schemaVersion: 1,
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
    },
    entities,
    relations,
    series: [],
    evidence: [{ id: 'ev', quote: 'Synthetic', sentence: 0, start: 0, end: 9, subhead: false }],
    citations: [],
  };
}
