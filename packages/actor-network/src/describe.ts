/**
 * What the network says in words: the one-sentence summary, a node's accessible name,
 * and the announcement of one relation. Pure.
 *
 * @module
 */
import { certaintyWords, listWords } from '@nutgraf/core';
import type { Graph, GraphEdge, GraphNode } from './graph.js';

/** Index of the most connected node (the first of equals), -1 for none. */
export function hub(graph: Graph): number {
  return graph.nodes.reduce(
    (best, n, i) => (n.degree > graph.nodes[best]!.degree ? i : best),
    graph.nodes.length ? 0 : -1,
  );
}

/** "1 country", "22 countries", "6 people", "2 organisations". */
function count(n: number, kind: string): string {
  return `${n} ${n === 1 ? kind : kind === 'country' ? 'countries' : kind === 'person' ? 'people' : `${kind}s`}`;
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

/** A relation as a sentence for screen readers: "Russia, supplied … to, Iran, reported". */
export function relationSentence(edge: GraphEdge, names: (id: string) => string): string {
  const outside = edge.basis === 'outside' ? ', outside knowledge †' : '';
  return `${names(edge.source)}, ${edge.label}${statusWords(edge)}, ${names(edge.target)}, ${certaintyWords(edge.certainty)}${outside}`;
}

/** A node's accessible name: name, kind and how many relations it has. */
export function nodeName(node: GraphNode, relations: number): string {
  const outside = node.outside ? ', outside knowledge †' : '';
  return `${node.name}, ${node.kind}${outside}, ${relations} relation${relations === 1 ? '' : 's'}`;
}
