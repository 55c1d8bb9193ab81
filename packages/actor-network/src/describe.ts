/**
 * What the network says in words: the one-sentence summary, a node's accessible name,
 * and the announcement of one relation. Pure.
 *
 * @module
 */
import {
  attributionWords,
  certaintyWords,
  isNegative,
  listWords,
  relationLabel,
  relationTypeOf,
} from '@nutgraf/core';
import type { Dataset } from '@nutgraf/core';
import type { Graph, GraphEdge, GraphNode } from './graph.js';

/** The mark of outside knowledge, in words. */
export const OUTSIDE = 'outside knowledge †';

/** The key's words for the mark of a claim that something did not happen. */
export const NEGATIVE = 'Did not happen';

/**
 * What did not happen, in the words of its type: "did not: joined the sanctions of". A
 * relation's own words ("refused to join") say what was done instead; these say what was not.
 */
export const negativeWords = (dataset: Dataset, edge: GraphEdge): string =>
  `did not: ${relationTypeOf(dataset, edge.type).verb}`;

/** Index of the most connected node (the first of equals), -1 for none. */
export function hub(graph: Graph): number {
  return graph.nodes.reduce(
    (best, n, i) => (n.degree > graph.nodes[best]!.degree ? i : best),
    graph.nodes.length ? 0 : -1,
  );
}

/** "1 country", "22 countries", "6 people", "2 companies", "2 organisations". */
function count(n: number, kind: string): string {
  return `${n} ${n === 1 ? kind : kind === 'person' ? 'people' : kind.replace(/y$/, 'ie') + 's'}`;
}

/**
 * One sentence about the whole graph: how many actors of which kind, how many relations,
 * and who has the most.
 */
export function summarySentence(graph: Graph, relationCount: number): string {
  const kinds = new Map<string, number>();
  for (const n of graph.nodes) kinds.set(n.kind, (kinds.get(n.kind) ?? 0) + 1);
  const parts = [...kinds].map(([k, n]) => count(n, k));
  const top = graph.nodes[hub(graph)];
  const most = top && top.degree > 0 ? `; ${top.name} has the most, ${top.degree}` : '';
  return `${graph.nodes.length} actors (${listWords(parts)}) linked by ${relationCount} relation${relationCount === 1 ? '' : 's'}${most}.`;
}

/** " (frozen)" for a relation that is not active, else nothing. */
export const statusWords = (edge: GraphEdge): string =>
  edge.status && edge.status !== 'active' ? ` (${edge.status})` : '';

/**
 * A relation as a sentence for screen readers: "A, supplied arms to (frozen), B, reported,
 * according to Jane Doe"; "A, refused to join, B, did not: joined, asserted" (a relation that
 * did not happen and has words of its own; without, its label already says "did not: …").
 */
export function relationSentence(dataset: Dataset, edge: GraphEdge, names: (id: string) => string): string {
  const said = attributionWords(dataset, edge.attribution, edge.certainty);
  return [
    names(edge.source),
    relationLabel(dataset, edge) + statusWords(edge),
    names(edge.target),
    isNegative(edge) && edge.label && negativeWords(dataset, edge),
    certaintyWords(edge.certainty),
    said,
    edge.basis === 'outside' && OUTSIDE,
  ]
    .filter(Boolean)
    .join(', ');
}

/** What an actor is: "person, head of the council, Ruritania" (and "outside knowledge †"). */
export const actorWords = (node: GraphNode): string =>
  [node.kind, node.role, node.affiliation, node.outside && OUTSIDE].filter(Boolean).join(', ');

/** A node's accessible name: name, kind, role, affiliation and how many relations it has. */
export const nodeName = (node: GraphNode, relations: number): string =>
  `${node.name}, ${actorWords(node)}, ${relations} relation${relations === 1 ? '' : 's'}`;
