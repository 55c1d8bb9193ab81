/**
 * What the network says in words: the one-sentence summary, a node's accessible name,
 * and the announcement of one relation. Pure.
 *
 * @module
 */
import {
  attributionWords,
  basisWords,
  certaintyWords,
  isNegative,
  listWords,
  msg,
  relationLabel,
  relationTypeOf,
} from '@nutgraf/core';
import type { Dataset, EntityKind } from '@nutgraf/core';
import type { Graph, GraphEdge, GraphNode } from './graph.js';
import './messages.js';

/** The mark of outside knowledge, in words. */
const outside = (lang?: string) => basisWords('outside', lang);

/**
 * What did not happen, in the words of its type: "did not: joined the sanctions of". A
 * relation's own words ("refused to join") say what was done instead; these say what was not.
 */
export const negativeWords = (dataset: Dataset, edge: GraphEdge, lang?: string): string =>
  msg('didNot.verb', { verb: relationTypeOf(dataset, edge.type).verb }, lang);

/** Index of the most connected node (the first of equals), -1 for none. */
export function hub(graph: Graph): number {
  return graph.nodes.reduce(
    (best, n, i) => (n.degree > graph.nodes[best]!.degree ? i : best),
    graph.nodes.length ? 0 : -1,
  );
}

/**
 * One sentence about the whole graph, in `lang`: how many actors of which kind, how many
 * relations, and who has the most.
 */
export function summarySentence(graph: Graph, relationCount: number, lang?: string): string {
  const kinds = new Map<string, number>();
  for (const n of graph.nodes) kinds.set(n.kind, (kinds.get(n.kind) ?? 0) + 1);
  // "1 country", "22 countries", "6 people".
  const parts = [...kinds].map(([k, count]) => msg(`kinds.${k as EntityKind}`, { count }, lang));
  const top = graph.nodes[hub(graph)];
  return msg(
    'network.summary',
    {
      actors: msg('network.actors', { count: graph.nodes.length }, lang),
      kinds: listWords(parts, lang),
      relations: msg('network.relations', { count: relationCount }, lang),
      most: top && top.degree > 0 ? msg('network.most', { name: top.name, count: top.degree }, lang) : '',
    },
    lang,
  );
}

/** A relation's words with its status when it is not active ("supplied arms to (frozen)"), in the catalogue's order. */
export const relationWords = (dataset: Dataset, edge: GraphEdge, lang?: string): string => {
  const text = relationLabel(dataset, edge, lang);
  return edge.status && edge.status !== 'active'
    ? msg('paren', { text, more: msg(`status.${edge.status}`, {}, lang) }, lang)
    : text;
};

/**
 * A relation as a sentence for screen readers: "A, supplied arms to (frozen), B, reported,
 * according to Jane Doe"; "A, refused to join, B, did not: joined, asserted" (a relation that
 * did not happen and has words of its own; without, its label already says "did not: …").
 */
export function relationSentence(
  dataset: Dataset,
  edge: GraphEdge,
  names: (id: string) => string,
  lang?: string,
): string {
  const said = attributionWords(dataset, edge.attribution, edge.certainty, lang);
  const how = [
    isNegative(edge) && edge.label && negativeWords(dataset, edge, lang),
    certaintyWords(edge.certainty, lang),
    said,
    edge.basis === 'outside' && outside(lang),
  ];
  return msg(
    'network.rel',
    {
      source: names(edge.source),
      relation: relationWords(dataset, edge, lang),
      target: names(edge.target),
      how: how.filter(Boolean).join(msg('comma', {}, lang)),
    },
    lang,
  );
}

/** What an actor is: "person, head of the council, Ruritania" (and "outside knowledge †"). */
export const actorWords = (node: GraphNode, lang?: string): string =>
  [msg(`kind.${node.kind}`, {}, lang), node.role, node.affiliation, node.outside && outside(lang)]
    .filter(Boolean)
    .join(msg('comma', {}, lang));

/** A node's accessible name: name, kind, role, affiliation and how many relations it has. */
export const nodeName = (node: GraphNode, relations: number, lang?: string): string =>
  msg(
    'network.node',
    {
      name: node.name,
      what: actorWords(node, lang),
      relations: msg('network.relations', { count: relations }, lang),
    },
    lang,
  );
