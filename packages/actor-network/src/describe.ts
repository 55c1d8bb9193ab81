/**
 * What the network says in words: the one-sentence summary, a node's accessible name,
 * and the announcement of one relation. Pure.
 *
 * @module
 */
import { certaintyWords } from '@nutgraf/core';
import type { Graph, GraphEdge, GraphNode } from './graph.js';

const KIND_WORDS: Record<string, [string, string]> = {
  country: ['country', 'countries'],
  person: ['person', 'people'],
  organisation: ['organisation', 'organisations'],
  place: ['place', 'places'],
};

function count(n: number, [one, many]: [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The kind of an entity in words ("country"). */
export function kindWords(kind: string): string {
  return KIND_WORDS[kind]?.[0] ?? kind;
}

/**
 * One sentence about the whole graph: how many actors of which kind, how many relations,
 * and who has the most.
 */
export function summarySentence(graph: Graph, relationCount: number): string {
  const kinds = new Map<string, number>();
  for (const n of graph.nodes) kinds.set(n.kind, (kinds.get(n.kind) ?? 0) + 1);
  const parts = [...kinds].map(([k, n]) => count(n, KIND_WORDS[k] ?? [k, k]));
  let top: GraphNode | undefined;
  for (const n of graph.nodes) if (!top || n.degree > top.degree) top = n;
  const most = top && top.degree > 0 ? `; ${top.name} has the most, ${top.degree}` : '';
  return `${graph.nodes.length} actors (${list(parts)}) linked by ${relationCount} relation${relationCount === 1 ? '' : 's'}${most}.`;
}

/** A relation as a sentence for screen readers: "Russia, supplied … to, Iran, reported". */
export function relationSentence(edge: GraphEdge, names: (id: string) => string): string {
  const status = edge.status && edge.status !== 'active' ? ` (${edge.status})` : '';
  const outside = edge.basis === 'outside' ? ', outside knowledge †' : '';
  return `${names(edge.source)}, ${edge.label}${status}, ${names(edge.target)}, ${certaintyWords(edge.certainty)}${outside}`;
}

/** A node's accessible name: name, kind and how many relations it has. */
export function nodeName(node: GraphNode, relations: number): string {
  const outside = node.outside ? ', outside knowledge †' : '';
  return `${node.name}, ${kindWords(node.kind)}${outside}, ${relations} relation${relations === 1 ? '' : 's'}`;
}
